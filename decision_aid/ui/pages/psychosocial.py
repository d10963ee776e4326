"""Psychosocial screen: psychological evaluation, exclusions, and the European consensus factors."""

from __future__ import annotations

from decision_aid.domain.assessment import PSYCHOSOCIAL_FACTORS
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus


class PsychosocialPage(QuestionPage):
    page_id = "psychosocial"

    def build(self) -> None:
        self.psych = self.section()
        self.tri(
            self.psych,
            "psychosocial.psychological_evaluation_done",
            "psychosocial.untreated_major_psychiatric_illness",
            "psychosocial.active_substance_misuse",
        )
        self.factors = self.section()
        self.tri(self.factors, *(f"psychosocial.{name}" for name in PSYCHOSOCIAL_FACTORS))
        self.count = RuleStatus("psych.factors", self.texts, self.body)
        self.factors.add_widget(self.count)

    def title(self) -> str:
        return self.tr("Psychosocial screen")

    def retranslate_page(self) -> None:
        self.psych.setTitle(self.tr("Psychological evaluation"))
        self.factors.setTitle(self.tr("Psychosocial factors (European consensus)"))

    def refresh(self) -> None:
        present = sum(self.document.value(f"psychosocial.{name}") == "yes" for name in PSYCHOSOCIAL_FACTORS)
        lead = (
            self.tr("Factors present: %1 of %2")
            .replace("%1", str(present))
            .replace("%2", str(len(PSYCHOSOCIAL_FACTORS)))
        )
        self.count.show_status(self.document.evaluation, lead)
