"""Page 1: the pseudonymous patient, the indication under assessment and the stage."""

from __future__ import annotations

from decision_aid.ui.wizard.pages.base import QuestionPage


class PatientPage(QuestionPage):
    page_id = "patient"
    sections = ("patient", "decision")

    def title(self) -> str:
        return self.tr("Patient and indication")

    def intro_text(self) -> str:
        return self.tr(
            "Record a pseudonymous ID your clinic can map back to the patient, not the patient's name."
        )
