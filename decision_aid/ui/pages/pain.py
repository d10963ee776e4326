"""Page 2: pain duration and intensity, and the DN4 questionnaire with its score shown live."""

from __future__ import annotations

from decision_aid.domain.assessment import DN4_ITEMS, dn4_score
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus

INTERVIEW_ITEMS = 7  # DN4: seven interview items, then three examination items (dn4-2005)


class PainPage(QuestionPage):
    page_id = "pain"

    def build(self) -> None:
        self.pain = self.section()
        self.number(self.pain, "pain.duration_months", 0, 1200)
        self.pain_score(self.pain, "pain.intensity")
        self.dn4_interview = self.section()
        self.tri(self.dn4_interview, *(f"pain.dn4.{item}" for item in DN4_ITEMS[:INTERVIEW_ITEMS]))
        self.dn4_exam = self.section()
        self.tri(self.dn4_exam, *(f"pain.dn4.{item}" for item in DN4_ITEMS[INTERVIEW_ITEMS:]))
        self.score = RuleStatus("general.dn4", self.texts, self.body)
        self.dn4_exam.add_widget(self.score)

    def title(self) -> str:
        return self.tr("Pain and DN4")

    def retranslate_page(self) -> None:
        self.pain.setTitle(self.tr("Pain"))
        self.dn4_interview.setTitle(self.tr("DN4: interview (%1 items)").replace("%1", str(INTERVIEW_ITEMS)))
        self.dn4_exam.setTitle(
            self.tr("DN4: examination (%1 items)").replace("%1", str(len(DN4_ITEMS) - INTERVIEW_ITEMS))
        )

    def score_text(self) -> str:
        low, high = dn4_score(self.document.assessment.pain.dn4)
        if low == high:
            return self.tr("DN4 score: %1 of %2").replace("%1", str(low)).replace("%2", str(len(DN4_ITEMS)))
        return (
            self.tr("DN4 score: %1 to %2 of %3 (some items unanswered)")
            .replace("%1", str(low))
            .replace("%2", str(high))
            .replace("%3", str(len(DN4_ITEMS)))
        )

    def refresh(self) -> None:
        # In CRPS the DN4 informs only (crps.dn4); elsewhere it is a relative criterion.
        crps = self.document.assessment.indication == "crps"
        self.score.rule_id = "crps.dn4" if crps else "general.dn4"
        self.score.show_status(self.document.evaluation, self.score_text())
