"""PSPS-T2 (formerly FBSS): prior surgery, leg versus back pain, and surgical re-evaluation."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage


class PspsPage(QuestionPage):
    page_id = "psps_t2"
    sections = ("psps_surgery", "psps_pattern")
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {"psps_pattern": "psps.leg_predominant"}

    def title(self) -> str:
        return self.tr("FBSS / PSPS-T2: surgery and pain pattern")

    def nav_title(self) -> str:
        return self.tr("FBSS / PSPS-T2")
