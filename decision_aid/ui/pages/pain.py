"""Page 2: pain duration and intensity, and the DN4 questionnaire with its rule shown live."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.pages.base import QuestionPage


class PainPage(QuestionPage):
    page_id = "pain"
    sections = ("pain", "dn4_interview", "dn4_examination")
    status_under: ClassVar[dict[str, str]] = {"dn4_examination": "general.dn4"}

    def title(self) -> str:
        return self.tr("Pain and DN4")
