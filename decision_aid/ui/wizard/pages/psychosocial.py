"""Psychosocial screen: psychological evaluation, exclusions, and the European consensus factors."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage


class PsychosocialPage(QuestionPage):
    page_id = "psychosocial"
    sections = ("psych_evaluation", "psych_factors")
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {"psych_factors": "psych.factors"}

    def title(self) -> str:
        return self.tr("Psychosocial screen")
