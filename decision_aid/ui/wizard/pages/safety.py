"""Safety: red flags first, then contraindications, antithrombotic drugs and cautions."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage


class SafetyPage(QuestionPage):
    page_id = "safety"
    sections = ("red_flags", "contraindications", "antithrombotic", "cautions")
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {"red_flags": "safety.red_flags"}

    def title(self) -> str:
        return self.tr("Safety, contraindications and red flags")

    def nav_title(self) -> str:
        return self.tr("Safety and red flags")
