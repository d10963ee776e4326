"""CRPS: the Budapest checklist, with live counts of positive symptom and sign categories."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from decision_aid.domain.assessment import (
    BUDAPEST_CATEGORIES,
    BUDAPEST_SIGN_ITEMS,
    BUDAPEST_SYMPTOM_ITEMS,
    Assessment,
    Indication,
)
from decision_aid.domain.rules.base import Reader
from decision_aid.domain.rules.crps import category_counts
from decision_aid.ui.pages.base import TRI, QuestionPage
from decision_aid.ui.question import Section
from decision_aid.ui.rule_status import RuleStatus

SIGN_OPTIONS = ["observed", "absent", "history_only", "unknown"]


class CrpsPage(QuestionPage):
    page_id = "crps"

    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        return assessment.indication == Indication.crps

    def build(self) -> None:
        self.pain = self.section()
        self.tri(self.pain, "crps.disproportionate_pain")
        self.symptoms = self.section()
        self.symptom_heads = self._categories(self.symptoms, "symptoms", BUDAPEST_SYMPTOM_ITEMS, TRI)
        self.symptom_count = RuleStatus("crps.symptoms", self.texts, self.body)
        self.symptoms.add_widget(self.symptom_count)
        self.signs = self.section()
        self.sign_heads = self._categories(self.signs, "signs", BUDAPEST_SIGN_ITEMS, SIGN_OPTIONS)
        self.sign_count = RuleStatus("crps.signs", self.texts, self.body)
        self.signs.add_widget(self.sign_count)
        self.diagnosis = self.section()
        self.tri(self.diagnosis, "crps.no_better_explanation")
        self.choice(self.diagnosis, "crps.crps_type", ["I", "II", "unknown"])

    def _categories(
        self, section: Section, kind: str, items: dict[str, tuple[str, ...]], options: list[str]
    ) -> list[QLabel]:
        heads = []
        for category in BUDAPEST_CATEGORIES:
            head = QLabel(section)
            head.setObjectName("hint")
            head.setStyleSheet("font-weight: 600; color: #2a6fb0; padding-top: 6px;")
            section.add_widget(head)
            heads.append(head)
            for item in items[category]:
                self.choice(section, f"crps.{kind}.{item}", options)
        return heads

    def title(self) -> str:
        return self.tr("CRPS: Budapest criteria")

    def retranslate_page(self) -> None:
        self.pain.setTitle(self.tr("Pain"))
        self.symptoms.setTitle(self.tr("Symptoms reported by the patient"))
        self.signs.setTitle(self.tr("Signs at this examination"))
        self.diagnosis.setTitle(self.tr("Diagnosis"))
        names = [
            self.tr("Sensory"),
            self.tr("Vasomotor"),
            self.tr("Sudomotor / oedema"),
            self.tr("Motor / trophic"),
        ]
        for heads in (self.symptom_heads, self.sign_heads):
            for head, name in zip(heads, names, strict=True):
                head.setText(name)

    def refresh(self) -> None:
        evaluation = self.document.evaluation
        total = len(BUDAPEST_CATEGORIES)
        for kind, widget in (("symptoms", self.symptom_count), ("signs", self.sign_count)):
            sure, possible = category_counts(Reader(self.document.assessment), kind)
            if sure == possible:
                lead = (
                    self.tr("Positive categories: %1 of %2")
                    .replace("%1", str(sure))
                    .replace("%2", str(total))
                )
            else:
                lead = (
                    self.tr("Positive categories: %1 to %2 of %3 (some items unanswered)")
                    .replace("%1", str(sure))
                    .replace("%2", str(possible))
                    .replace("%3", str(total))
                )
            widget.show_status(evaluation, lead)
