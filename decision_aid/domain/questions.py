"""Every question of the assessment, derived from the model: kind, options, range, unit, relevance.

The pydantic model is the only place where a question's answers are defined: options come from its
Literal or Enum type, a number's range and unit from its field constraints, and when it is asked
from the ``asked(...)`` declaration on the field or on its section model. The texts (section,
label, help, citations) come from ``resources/content/questions.json``; see
:mod:`decision_aid.domain.questionnaire`.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from decision_aid.domain.assessment import UNKNOWN, Assessment, Indication, PainScore, Stage

Kind = Literal["choice", "number", "pain_score", "text", "notes", "date"]
AnswerState = Literal["unanswered", "unknown", "answered"]


def get_path(root: Any, path: str) -> Any:
    """The value at a dotted path (``"pain.dn4.burning"``) of a model."""
    node = root
    for part in path.split("."):
        node = getattr(node, part)
    return node


def answer_state(value: Any) -> AnswerState:
    """``unanswered`` (nothing given yet), ``unknown`` (given on purpose) or ``answered``."""
    if value is None or value == "":
        return "unanswered"
    if value == UNKNOWN:
        return "unknown"
    return "answered"


@dataclass(frozen=True)
class Relevance:
    """When a question is asked: indications, stages and other answers (all must hold)."""

    indications: frozenset[str] | None = None
    stages: frozenset[str] | None = None
    when: tuple[tuple[str, frozenset[str]], ...] = ()

    def applies(self, assessment: Assessment) -> bool:
        if self.indications is not None and assessment.indication not in self.indications:
            return False
        if self.stages is not None and assessment.trial.stage not in self.stages:
            return False
        return all(str(get_path(assessment, p)) in values for p, values in self.when)

    def merged(self, other: Relevance) -> Relevance:
        def both(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
            if a is None or b is None:
                return a if b is None else b
            return a & b

        return Relevance(
            both(self.indications, other.indications),
            both(self.stages, other.stages),
            self.when + other.when,
        )

    def describe(self) -> dict[str, Any]:
        """A JSON-ready description (for ``decision-aid questions``); empty means always asked."""
        out: dict[str, Any] = {}
        if self.indications is not None:
            out["indications"] = sorted(self.indications)
        if self.stages is not None:
            out["stages"] = sorted(self.stages)
        if self.when:
            out["when"] = {p: sorted(v) for p, v in self.when}
        return out


ALWAYS = Relevance()


def _relevance(extra: Any) -> Relevance:
    if not isinstance(extra, Mapping) or not isinstance(extra.get("relevance"), Mapping):
        return ALWAYS
    spec = extra["relevance"]
    indications = spec.get("indications")
    stages = spec.get("stages")
    when = spec.get("when") or {}
    return Relevance(
        frozenset(indications) if indications else None,
        frozenset(stages) if stages else None,
        tuple((path, frozenset(values)) for path, values in when.items()),
    )


@dataclass(frozen=True)
class NumberRange:
    low: float
    high: float
    integer: bool


@dataclass(frozen=True)
class QuestionSpec:
    """What the model says about one question; no text."""

    path: str
    kind: Kind
    options: tuple[str, ...] = ()
    option_group: str = "values"  # the labels.json group that names the options
    range: NumberRange | None = None
    unit: str = ""
    relevance: Relevance = ALWAYS
    counts: bool = True  # whether it counts towards progress (free-text notes do not)
    max_length: int | None = None


def _parts(annotation: Any) -> list[Any]:
    """The alternatives of a union, with ``None`` and ``Literal["unknown"]`` removed."""
    union = get_origin(annotation) in (Union, types.UnionType)
    args = list(get_args(annotation)) if union else [annotation]
    return [
        a
        for a in args
        if a is not type(None) and not (get_origin(a) is Literal and get_args(a) == (UNKNOWN,))
    ]


def _unknown_allowed(annotation: Any) -> bool:
    if get_origin(annotation) in (Union, types.UnionType):
        return any(get_origin(a) is Literal and UNKNOWN in get_args(a) for a in get_args(annotation))
    return False


def _constraints(base: Any, info: FieldInfo) -> tuple[Any, list[Any], dict[str, Any]]:
    """(bare type, constraint metadata, json_schema_extra) of one alternative of a field."""
    metadata: list[Any] = list(info.metadata)
    extra: dict[str, Any] = dict(info.json_schema_extra) if isinstance(info.json_schema_extra, dict) else {}
    if get_origin(base) is Annotated:
        inner, *meta = get_args(base)
        for item in meta:
            if isinstance(item, FieldInfo):
                metadata += item.metadata
                if isinstance(item.json_schema_extra, dict):
                    extra.update(item.json_schema_extra)
            else:
                metadata.append(item)
        base = inner
    return base, metadata, extra


def _spec(path: str, info: FieldInfo, inherited: Relevance) -> QuestionSpec:
    parts = _parts(info.annotation)
    if len(parts) != 1:
        raise TypeError(f"{path}: a question needs one answer type, got {parts}")
    base, metadata, extra = _constraints(parts[0], info)
    relevance = inherited.merged(_relevance(extra))
    if isinstance(base, type) and issubclass(base, Enum):
        group = "indications" if base is Indication else "stages" if base is Stage else "values"
        options = tuple(str(m.value) for m in base)
        return QuestionSpec(path, "choice", options, group, relevance=relevance)
    if get_origin(base) is Literal:
        options = tuple(str(a) for a in get_args(base))
        if _unknown_allowed(info.annotation) and UNKNOWN not in options:
            options += (UNKNOWN,)
        return QuestionSpec(path, "choice", options, relevance=relevance)
    if base is PainScore:
        return QuestionSpec(path, "pain_score", relevance=relevance)
    if base is dt.date:
        return QuestionSpec(path, "date", relevance=relevance)
    if base in (int, float):
        low = next(m.ge for m in metadata if isinstance(m, annotated_types.Ge))
        high = next(m.le for m in metadata if isinstance(m, annotated_types.Le))
        number_range = NumberRange(float(low), float(high), base is int)  # type: ignore[arg-type]
        unit = str(extra.get("unit", ""))
        # An optional number has a stated default when left empty (e.g. the trial threshold):
        # it never counts towards progress or as missing.
        optional = bool(extra.get("optional"))
        return QuestionSpec(
            path, "number", range=number_range, unit=unit, relevance=relevance, counts=not optional
        )
    if base is str:
        max_length = next((m.max_length for m in metadata if isinstance(m, annotated_types.MaxLen)), None)
        optional = bool(extra.get("optional"))
        kind: Kind = "notes" if optional else "text"
        return QuestionSpec(
            path, kind, relevance=relevance, counts=not optional, max_length=max_length
        )
    raise TypeError(f"{path}: no question kind for {base!r}")


def _model_of(annotation: Any) -> type[BaseModel] | None:
    for part in _parts(annotation):
        if isinstance(part, type) and issubclass(part, BaseModel) and part is not PainScore:
            return part
    return None


def _walk(model: type[BaseModel], prefix: str, inherited: Relevance) -> list[QuestionSpec]:
    specs: list[QuestionSpec] = []
    for name, info in model.model_fields.items():
        if name == "schema_version":
            continue
        path = f"{prefix}{name}"
        sub = _model_of(info.annotation)
        if sub is not None:
            inner = inherited.merged(_relevance(sub.model_config.get("json_schema_extra")))
            specs += _walk(sub, path + ".", inner)
        else:
            specs.append(_spec(path, info, inherited))
    return specs


@cache
def question_specs() -> dict[str, QuestionSpec]:
    """Every question of the assessment file, by dotted path, in model order."""
    return {spec.path: spec for spec in _walk(Assessment, "", ALWAYS)}


def field_paths() -> list[str]:
    return list(question_specs())


def is_relevant(path: str, assessment: Assessment) -> bool:
    """Whether the question at ``path`` is asked for this assessment (unknown paths: yes)."""
    spec = question_specs().get(path)
    return spec is None or spec.relevance.applies(assessment)


@dataclass(frozen=True)
class Progress:
    answered: int  # a definite answer
    unknown: int  # answered "unknown" on purpose
    unanswered: int  # not yet answered

    @property
    def total(self) -> int:
        return self.answered + self.unknown + self.unanswered


def progress(assessment: Assessment, paths: list[str] | None = None) -> Progress:
    """Counts over the relevant questions that count (all of them, or those in ``paths``)."""
    specs = question_specs()
    chosen = [specs[p] for p in (paths if paths is not None else list(specs))]
    states = [
        answer_state(get_path(assessment, s.path))
        for s in chosen
        if s.counts and s.relevance.applies(assessment)
    ]
    return Progress(
        answered=states.count("answered"),
        unknown=states.count("unknown"),
        unanswered=states.count("unanswered"),
    )
