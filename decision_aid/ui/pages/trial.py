"""After trial stimulation: pain relief, function and analgesic use during the trial."""

from __future__ import annotations

from decision_aid.domain.assessment import Assessment, Stage
from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.rule_status import RuleStatus


class TrialPage(QuestionPage):
    page_id = "trial"

    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        return assessment.trial.stage == Stage.post_trial

    def build(self) -> None:
        self.outcome = self.section()
        self.number(self.outcome, "trial.success_threshold_percent", 1, 100)
        self.number(self.outcome, "trial.pain_relief_percent", 0, 100)
        self.choice(self.outcome, "trial.function_change", ["improved", "unchanged", "worse", "unknown"])
        self.choice(self.outcome, "trial.analgesic_change", ["reduced", "stable", "increased", "unknown"])
        self.status = RuleStatus("trial.pain_relief", self.texts, self.body)
        self.outcome.add_widget(self.status)

    def title(self) -> str:
        return self.tr("Trial outcome")

    def retranslate_page(self) -> None:
        self.outcome.setTitle(self.tr("During trial stimulation"))

    def refresh(self) -> None:
        self.status.show_status(self.document.evaluation, "")
