"""The bilingual content library: criterion texts, next steps, the questionnaire's texts, references.

Clinical text is data (resources/content/*.json), English and Chinese side by side. Loading validates
that both languages are present, that every citation key resolves to a full reference, and (in
:func:`decision_aid.domain.catalogue.check_content`) that rule ids in content and code agree.
"""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from decision_aid.domain.figures import Figure

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

CONTENT_FILES: tuple[str, ...] = (
    "meta.json",
    "labels.json",
    "questions.json",
    "rules.json",
    "next_steps.json",
    "references.json",
)
# Validated by decision_aid.domain.documents; hashed with the rest so that every evaluation's content
# stamp also covers the text printed in the clinician summary and the patient handout.
DOCUMENT_FILES: tuple[str, ...] = ("evidence.json", "handout.json")


class ContentError(Exception):
    """The content library is unsound; the message names the file and the problem."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """One piece of text in both languages."""

    en: str
    zh: str

    @field_validator("en", "zh")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    def placeholders(self) -> set[str]:
        names: set[str] = set()
        for text in (self.en, self.zh):
            names |= {name for _, name, _, _ in string.Formatter().parse(text) if name}
        return names

    def format(self, **params: str) -> Text:
        if not params:
            return self
        return Text(en=self.en.format(**params), zh=self.zh.format(**params))


class Cited(_Strict):
    text: Text
    citations: tuple[str, ...] = Field(min_length=1)


class Reference(_Strict):
    # Empty when the byline was not verified: a reference is then cited by title, source and identifiers,
    # never by an author filled in from memory. Likewise ``year`` is None when it was not seen.
    authors: str = ""
    title: str
    source: str
    year: int | None = Field(default=None, ge=1900, le=2100)
    details: str = ""
    pmid: str = ""
    doi: str = ""
    url: str = ""
    # The numbers the app may print with this reference (checked by decision_aid.domain.figures).
    figures: tuple[Figure, ...] = ()
    short: str = ""  # the citation as author and year, when the first author alone would mislead

    @field_validator("title", "source")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    def formatted(self) -> str:
        """Vancouver-like one-line reference."""
        def sentence(text: str) -> str:
            return text if text.endswith((".", "?", "!")) else text + "."

        head = f"{sentence(self.authors)} " if self.authors.strip() else ""
        head += f"{sentence(self.title)} {self.source}."
        if self.year is not None:
            head += f" {self.year}"
        if self.details:
            head += f";{self.details}" if self.details[0].isdigit() and self.year else f", {self.details}"
        parts = [sentence(head)]
        if self.pmid:
            parts.append(f"PMID {self.pmid}.")
        if self.doi:
            parts.append(f"doi:{self.doi}.")
        if self.url:
            parts.append(self.url)
        return " ".join(parts)


class RuleVariant(_Strict):
    """Wording for one indication that replaces the rule's general threshold or status texts."""

    threshold: Text | None = None
    texts: dict[str, Text] = Field(default_factory=dict)


class RuleText(_Strict):
    title: Text
    threshold: Text
    texts: dict[str, Text]
    citations: tuple[str, ...] = Field(min_length=1)
    indications: dict[str, RuleVariant] = Field(default_factory=dict)

    def for_indication(self, indication: str) -> tuple[Text, dict[str, Text]]:
        """The threshold and status texts that apply to this indication."""
        variant = self.indications.get(indication)
        if variant is None:
            return self.threshold, self.texts
        return variant.threshold or self.threshold, {**self.texts, **variant.texts}


class Meta(_Strict):
    content_version: str = Field(min_length=1)
    updated: str = Field(min_length=1)
    update_policy: Text


class Labels(_Strict):
    verdicts: dict[str, Text]
    statuses: dict[str, Text]
    roles: dict[str, Text]
    indications: dict[str, Text]
    stages: dict[str, Text]
    values: dict[str, Text]
    terms: dict[str, Text]  # words of the plain-text views (CLI), e.g. "Verdict", "sources"
    # Labels of the printed documents' own furniture (sign-off block, appendix, footer).
    document: dict[str, Text] = Field(default_factory=dict)
    # Status words that describe the finding (see domain.presentation) and verdict headlines.
    findings: dict[str, Text]
    headlines: dict[str, Text]
    summaries: dict[str, Text]


class SectionText(_Strict):
    """A titled group of questions; ``groups`` names sub-headings inside it (Budapest categories)."""

    title: Text
    groups: dict[str, Text] = Field(default_factory=dict)


class QuestionText(_Strict):
    """The words of one question: where it sits, its label, help for the examiner, and sources."""

    section: str
    group: str = ""
    label: Text
    help: Text
    citations: tuple[str, ...] = Field(min_length=1)


class QuestionTexts(_Strict):
    sections: dict[str, SectionText]
    questions: dict[str, QuestionText]

    @model_validator(mode="after")
    def _sections_exist(self) -> QuestionTexts:
        for path, question in self.questions.items():
            section = self.sections.get(question.section)
            if section is None:
                raise ValueError(f"{path}: unknown section {question.section!r}")
            if question.group and question.group not in section.groups:
                raise ValueError(f"{path}: section {question.section} has no group {question.group!r}")
        return self


def check_citations(
    cited: Iterable[tuple[str, tuple[str, ...]]], references: Mapping[str, Reference]
) -> None:
    """Raise for the first place that cites a key with no full reference."""
    for where, keys in cited:
        unknown = [k for k in keys if k not in references]
        if unknown:
            raise ValueError(f"{where}: unknown citation key(s) {', '.join(unknown)}")


class ContentLibrary(_Strict):
    meta: Meta
    labels: Labels
    questions: QuestionTexts
    rules: dict[str, RuleText]
    next_steps: dict[str, Cited]
    references: dict[str, Reference]
    content_hash: str

    @model_validator(mode="after")
    def _citations_resolve(self) -> ContentLibrary:
        check_citations(self.cited_keys(), self.references)
        return self

    def cited_keys(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        for rule_id, rule in self.rules.items():
            yield f"rules.json: {rule_id}", rule.citations
        for key, step in self.next_steps.items():
            yield f"next_steps.json: {key}", step.citations
        for path, question in self.questions.questions.items():
            yield f"questions.json: {path}", question.citations

    @property
    def fields(self) -> dict[str, Text]:
        """Each question's label, by dotted path."""
        return {path: q.label for path, q in self.questions.questions.items()}

    @property
    def version(self) -> str:
        return self.meta.content_version

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    def label(self, group: str, key: str, lang: Lang) -> str:
        text = getattr(self.labels, group).get(key)
        return text.get(lang) if text is not None else key

    def field_label(self, path: str, lang: Lang) -> str:
        question = self.questions.questions.get(path)
        return question.label.get(lang) if question is not None else path


def default_content_dir() -> Path:
    from decision_aid.resources_path import resource_dir

    return resource_dir() / "content"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(f"{path.name}: file is missing") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc


def content_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in (*CONTENT_FILES, *DOCUMENT_FILES):
        path = directory / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def _first_error(exc: ValidationError, files: set[str]) -> str:
    """'<file>.json: <path inside the file>: <problem>' for the first validation error."""
    err = exc.errors()[0]
    loc = [str(p) for p in err["loc"]]
    message = str(err["msg"]).removeprefix("Value error, ")
    if exc.error_count() > 1:
        message += f" (and {exc.error_count() - 1} more)"
    if loc and loc[0] in files:
        inner = ".".join(loc[1:])
        return f"{loc[0]}.json: {inner + ': ' if inner else ''}{message}"
    return message


def load_content(directory: Path | None = None) -> ContentLibrary:
    """Read and validate the content library; raise :class:`ContentError` with a clear message."""
    directory = directory or default_content_dir()
    raw: dict[str, Any] = {}
    for name in CONTENT_FILES:
        data = _read_json(directory / name)
        key = name.removesuffix(".json")
        raw[key] = data
    raw["content_hash"] = content_hash(directory)
    try:
        return ContentLibrary.model_validate(raw)
    except ValidationError as exc:
        raise ContentError(_first_error(exc, set(raw) - {"content_hash"})) from exc


@cache
def default_content() -> ContentLibrary:
    """The shipped content library, loaded and validated once per process."""
    return load_content()
