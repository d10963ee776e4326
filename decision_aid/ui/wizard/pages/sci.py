"""Central neuropathic pain after SCI: level, AIS grade, ISCIP pain type (investigational only)."""

from __future__ import annotations

from decision_aid.ui.wizard.pages.base import QuestionPage


class SciPage(QuestionPage):
    page_id = "sci"
    sections = ("sci_injury", "sci_pain")
    notice_rule = "sci.investigational"

    def title(self) -> str:
        return self.tr("SCI: injury and pain type")

    def nav_title(self) -> str:
        return self.tr("SCI: injury and pain")
