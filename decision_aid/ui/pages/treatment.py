"""Treatment history: conventional treatments tried, and the multidisciplinary team assessment."""

from __future__ import annotations

from decision_aid.ui.pages.base import QuestionPage


class TreatmentPage(QuestionPage):
    page_id = "treatment"

    def build(self) -> None:
        self.tried = self.section()
        self.tri(
            self.tried,
            "treatment.failed_pharmacological",
            "treatment.failed_physical_rehab",
            "treatment.failed_psychological",
        )
        self.mdt = self.section()
        self.tri(self.mdt, "treatment.mdt_assessment_done")

    def title(self) -> str:
        return self.tr("Treatment history and MDT")

    def nav_title(self) -> str:
        return self.tr("Treatment and MDT")

    def retranslate_page(self) -> None:
        self.tried.setTitle(self.tr("Conventional treatment"))
        self.mdt.setTitle(self.tr("Multidisciplinary team (MDT)"))
