"""CRPS: the Budapest checklist, with the live status of the symptom and sign criteria."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.pages.base import QuestionPage


class CrpsPage(QuestionPage):
    page_id = "crps"
    sections = ("crps_pain", "budapest_symptoms", "budapest_signs", "crps_diagnosis")
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {
        "budapest_symptoms": "crps.symptoms",
        "budapest_signs": "crps.signs",
    }

    def title(self) -> str:
        return self.tr("CRPS: Budapest criteria")
