"""PSPS-T2 (formerly FBSS): prior surgery, leg versus back pain, and surgical re-evaluation."""

from __future__ import annotations

from decision_aid.domain.assessment import Assessment, Indication
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus


class PspsPage(QuestionPage):
    page_id = "psps_t2"

    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        return assessment.indication == Indication.psps_t2

    def build(self) -> None:
        self.surgery = self.section()
        self.tri(self.surgery, "psps_t2.prior_spine_surgery")
        self.tri(self.surgery, "psps_t2.surgical_reevaluation_done")
        self.tri(self.surgery, "psps_t2.correctable_lesion", "psps_t2.lesion_deficit_or_instability")
        self.pattern = self.section()
        self.pain_score(self.pattern, "pain.leg_intensity")
        self.pain_score(self.pattern, "pain.back_intensity")
        self.choice(self.pattern, "psps_t2.predominance", ["leg", "back", "equal", "unknown"])
        self.status = RuleStatus("psps.leg_predominant", self.texts, self.body)
        self.pattern.add_widget(self.status)

    def title(self) -> str:
        return self.tr("FBSS / PSPS-T2: surgery and pain pattern")

    def nav_title(self) -> str:
        return self.tr("FBSS / PSPS-T2")

    def retranslate_page(self) -> None:
        self.surgery.setTitle(self.tr("Spine surgery"))
        self.pattern.setTitle(self.tr("Leg and back pain"))

    def refresh(self) -> None:
        self.status.show_status(self.document.evaluation, "")
