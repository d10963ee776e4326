"""Safety: red flags first, then contraindications, antithrombotic drugs and cautions."""

from __future__ import annotations

from decision_aid.domain.assessment import RED_FLAGS
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus


class SafetyPage(QuestionPage):
    page_id = "safety"

    def build(self) -> None:
        self.red_flags = self.section()
        self.tri(self.red_flags, *(f"safety.{name}" for name in RED_FLAGS))
        self.red_status = RuleStatus("safety.red_flags", self.texts, self.body)
        self.red_flags.add_widget(self.red_status)
        self.contra = self.section()
        self.tri(
            self.contra,
            "safety.active_systemic_infection",
            "safety.implant_site_infection",
            "safety.coagulopathy",
            "safety.able_to_operate_device",
            "safety.therapeutic_diathermy_needed",
            "safety.unacceptable_surgical_risk",
        )
        self.bleeding = self.section()
        self.tri(self.bleeding, "safety.antithrombotic_use", "safety.interruption_plan_agreed")
        self.cautions = self.section()
        self.choice(self.cautions, "safety.pregnancy", ["yes", "no", "not_applicable", "unknown"])
        self.tri(
            self.cautions,
            "safety.expected_mri_need",
            "safety.implanted_cardiac_device",
            "safety.immunosuppression",
            "safety.occupational_risk",
            "safety.comorbid_chronic_pain_syndrome",
        )

    def title(self) -> str:
        return self.tr("Safety, contraindications and red flags")

    def nav_title(self) -> str:
        return self.tr("Safety and red flags")

    def retranslate_page(self) -> None:
        self.red_flags.setTitle(self.tr("Red flags"))
        self.contra.setTitle(self.tr("Contraindications"))
        self.bleeding.setTitle(self.tr("Anticoagulant and antiplatelet drugs"))
        self.cautions.setTitle(self.tr("Cautions"))

    def refresh(self) -> None:
        self.red_status.show_status(self.document.evaluation, "")
