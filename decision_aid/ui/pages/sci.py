"""Central neuropathic pain after SCI: level, AIS grade, ISCIP pain type (investigational only)."""

from __future__ import annotations

from decision_aid.domain.assessment import Assessment, Indication
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus


class SciPage(QuestionPage):
    page_id = "sci"

    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        return assessment.indication == Indication.sci

    def build(self) -> None:
        self.notice = RuleStatus("sci.investigational", self.texts, self.body)
        self.column.addWidget(self.notice)
        self.injury = self.section()
        self.line(self.injury, "sci.neurological_level", rejected=self._level_problem)
        self.number(self.injury, "sci.months_since_injury", 0, 1200)
        self.choice(self.injury, "sci.ais_grade", ["A", "B", "C", "D", "E", "unknown"])
        self.pain = self.section()
        self.choice(self.pain, "sci.iscip_pain_type", ["at_level", "below_level", "other", "unknown"])

    def _level_problem(self) -> str:
        return self.tr("Not recorded: enter a level such as %1.").replace("%1", "C5, T10, L1, S2")

    def title(self) -> str:
        return self.tr("SCI: injury and pain type")

    def nav_title(self) -> str:
        return self.tr("SCI: injury and pain")

    def retranslate_page(self) -> None:
        self.injury.setTitle(self.tr("Spinal cord injury"))
        self.pain.setTitle(self.tr("Neuropathic pain type (ISCIP)"))

    def refresh(self) -> None:
        self.notice.show_status(self.document.evaluation, "")
