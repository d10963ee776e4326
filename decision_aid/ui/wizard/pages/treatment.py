"""Treatment history: conventional treatments tried, and the multidisciplinary team assessment."""

from __future__ import annotations

from decision_aid.ui.wizard.pages.base import QuestionPage


class TreatmentPage(QuestionPage):
    page_id = "treatment"
    sections = ("treatment_tried", "mdt")

    def title(self) -> str:
        return self.tr("Treatment history and MDT")

    def nav_title(self) -> str:
        return self.tr("Treatment and MDT")
