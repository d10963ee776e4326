"""Page 2: pain duration and intensity, and the DN4 questionnaire with its rule shown live."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage


class PainPage(QuestionPage):
    page_id = "pain"
    sections = ("pain", "dn4_interview", "dn4_examination")
    # In CRPS the DN4 informs only (crps.dn4); elsewhere it is a relative criterion (general.dn4).
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {
        "dn4_examination": ("general.dn4", "crps.dn4")
    }

    def title(self) -> str:
        return self.tr("Pain and DN4")
