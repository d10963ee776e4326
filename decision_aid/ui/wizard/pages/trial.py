"""After trial stimulation: pain relief, function and analgesic use during the trial."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage


class TrialPage(QuestionPage):
    page_id = "trial"
    sections = ("trial_outcome",)
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {"trial_outcome": "trial.pain_relief"}

    def title(self) -> str:
        return self.tr("Trial outcome")
