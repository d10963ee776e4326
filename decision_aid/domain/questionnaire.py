"""The questionnaire catalogue: each question's model spec joined with its texts, in page order.

A question is one model field (answers, range, unit and relevance; :mod:`.questions`) plus one
entry in ``resources/content/questions.json`` (section, optional group, label, help, citations).
The order of the entries in that file is the order in which the questions are shown.
Views build their widgets from this catalogue and restate nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.content import ContentLibrary, Lang, QuestionText, SectionText, Text
from decision_aid.domain.content import default_content as _default_content
from decision_aid.domain.questions import QuestionSpec, question_specs


@dataclass(frozen=True)
class Question:
    spec: QuestionSpec
    text: QuestionText

    @property
    def path(self) -> str:
        return self.spec.path

    def applies(self, assessment: Assessment) -> bool:
        return self.spec.relevance.applies(assessment)


@dataclass(frozen=True)
class Catalogue:
    questions: tuple[Question, ...]
    sections: dict[str, SectionText]
    content: ContentLibrary

    def question(self, path: str) -> Question:
        return next(q for q in self.questions if q.path == path)

    def in_section(self, section: str) -> list[Question]:
        return [q for q in self.questions if q.text.section == section]

    def section_paths(self, *sections: str) -> list[str]:
        return [q.path for s in sections for q in self.in_section(s)]

    def option_label(self, path: str, key: str, lang: Lang) -> str:
        spec = question_specs().get(path)
        group = spec.option_group if spec is not None else "values"
        return self.content.label(group, key, lang)

    def option_text(self, path: str, key: str) -> Text | None:
        spec = question_specs().get(path)
        group = spec.option_group if spec is not None else "values"
        found: Text | None = getattr(self.content.labels, group).get(key)
        return found

    def describe(self, lang: Lang | None = None) -> list[dict[str, Any]]:
        """Every question as JSON-ready data; both languages unless ``lang`` is given."""

        def text(t: Text) -> Any:
            return t.get(lang) if lang else {"en": t.en, "zh": t.zh}

        out: list[dict[str, Any]] = []
        for q in self.questions:
            spec = q.spec
            item: dict[str, Any] = {
                "id": q.path,
                "section": q.text.section,
                "section_title": text(self.sections[q.text.section].title),
                "label": text(q.text.label),
                "help": text(q.text.help),
                "citations": list(q.text.citations),
                "kind": spec.kind,
            }
            if q.text.group:
                item["group"] = text(self.sections[q.text.section].groups[q.text.group])
            if spec.options:
                item["options"] = [
                    {"value": key, "label": text(t) if (t := self.option_text(q.path, key)) else key}
                    for key in spec.options
                ]
            if spec.range is not None:
                item["range"] = {
                    "min": spec.range.low,
                    "max": spec.range.high,
                    "integer": spec.range.integer,
                }
            if spec.unit:
                item["unit"] = spec.unit
            item["applies"] = spec.relevance.describe() or "always"
            item["counts_towards_progress"] = spec.counts
            out.append(item)
        return out


def build_catalogue(content: ContentLibrary) -> Catalogue:
    """Join the model's questions and the content's texts; raise if they disagree."""
    specs = question_specs()
    texts = content.questions.questions
    missing = [p for p in specs if p not in texts]
    extra = [p for p in texts if p not in specs]
    if missing or extra:
        raise ValueError(f"questions.json and the model disagree: missing {missing}, extra {extra}")
    questions = tuple(Question(specs[path], text) for path, text in texts.items())
    return Catalogue(questions, dict(content.questions.sections), content)


@cache
def default_catalogue() -> Catalogue:
    return build_catalogue(_default_content())
