"""Widgets from the questionnaire catalogue: one answer widget per question kind.

Nothing here knows a clinical option, range or word: options, ranges and labels come from the
domain catalogue and the content library.
"""

from __future__ import annotations

from decision_aid.domain.questionnaire import Question
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.wizard.inputs import (
    ChoiceInput,
    DateInput,
    Input,
    LineInput,
    NotesInput,
    NumberInput,
)
from decision_aid.ui.wizard.pain_score import PainScoreInput
from decision_aid.ui.wizard.question import QuestionRow


def make_input(question: Question, texts: ContentTexts) -> Input:
    spec = question.spec
    path = spec.path
    if spec.kind == "choice":
        return ChoiceInput(list(spec.options), lambda key: texts.option(path, key))
    if spec.kind == "number":
        assert spec.range is not None
        return NumberInput(spec.range.low, spec.range.high, texts.value, spec.range.integer)
    if spec.kind == "pain_score":
        return PainScoreInput(texts.value)
    if spec.kind == "date":
        return DateInput(texts.value)
    if spec.kind == "notes":
        return NotesInput(spec.max_length or 100_000)
    return LineInput(spec.max_length or 200)


def make_row(question: Question, document: AssessmentDocument, texts: ContentTexts) -> QuestionRow:
    return QuestionRow(question, make_input(question, texts), document, texts)
