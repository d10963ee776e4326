"""Page 1: the pseudonymous patient, the indication under assessment and the stage."""

from __future__ import annotations

from decision_aid.ui.pages.base import QuestionPage


class PatientPage(QuestionPage):
    page_id = "patient"

    def build(self) -> None:
        self.patient = self.section()
        self.line(self.patient, "patient.id")
        self.number(self.patient, "patient.age", 0, 120, integer=True)
        self.date(self.patient, "patient.assessment_date")
        self.line(self.patient, "patient.clinician")
        self.notes(self.patient, "patient.notes")
        self.decision = self.section()
        self.choice(self.decision, "indication", ["crps", "psps_t2", "sci"])
        self.choice(self.decision, "trial.stage", ["pre_trial", "post_trial"])

    def title(self) -> str:
        return self.tr("Patient and indication")

    def intro_text(self) -> str:
        return self.tr(
            "Record a pseudonymous ID your clinic can map back to the patient, not the patient's name."
        )

    def retranslate_page(self) -> None:
        self.patient.setTitle(self.tr("Patient"))
        self.decision.setTitle(self.tr("Decision to support"))
