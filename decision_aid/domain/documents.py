"""The clinical text of the two printed documents: the clinician evidence summary and the patient handout.

Like the rest of the content library this is data (resources/content/evidence.json and handout.json),
English and Chinese side by side. Loading checks what a reviewer would otherwise have to: both languages
present, every citation key resolving to a full reference, every indication covered, labels matching the
placeholders the renderer fills in, the SCI material marked as research, and the handout giving benefits
and harms in equal detail with "not having SCS" among the options.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from decision_aid.domain.assessment import Indication
from decision_aid.domain.content import (
    DOCUMENT_FILES,
    Cited,
    ContentError,
    ContentLibrary,
    Reference,
    Text,
    _first_error,
    _read_json,
    check_citations,
    default_content,
    default_content_dir,
)
from decision_aid.domain.document_labels import EVIDENCE_LABELS as EVIDENCE_LABELS
from decision_aid.domain.document_labels import HANDOUT_LABELS as HANDOUT_LABELS
from decision_aid.domain.figures import figure_problems

Finding = Literal["favours_scs", "no_benefit", "scs_vs_scs", "uncertain"]
# Next-step keys for which the standard handout is withheld: SCS is not the next step, and a short
# sheet says why (a red flag, a contraindication, or a trial that did not help enough).
STOP_KEYS: tuple[str, ...] = ("red_flag", "contraindication", "trial_failed")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_labels(labels: Mapping[str, Text], wanted: Mapping[str, frozenset[str]]) -> None:
    missing = sorted(set(wanted) - set(labels))
    if missing:
        raise ValueError(f"missing label(s) {', '.join(missing)}")
    unused = sorted(set(labels) - set(wanted))
    if unused:
        raise ValueError(f"label(s) {', '.join(unused)} are never used")
    for key, text in labels.items():
        for lang in ("en", "zh"):
            found = {name for _, name, _, _ in string.Formatter().parse(text.get(lang)) if name}
            if found != wanted[key]:
                raise ValueError(
                    f"label {key}.{lang} must use the placeholder(s) {sorted(wanted[key])}, "
                    f"not {sorted(found)}"
                )


def _check_indications(found: Mapping[Indication, Any]) -> None:
    missing = sorted(i.value for i in Indication if i not in found)
    if missing:
        raise ValueError(f"no text for indication(s) {', '.join(missing)}")


class Study(_Strict):
    """One row of the key-studies table; numbers come only from the checked facts sheet."""

    name: str = Field(min_length=1)
    finding: Finding
    design: Text
    n: Text | None = None
    population: Text
    outcome: Text
    follow_up: Text | None = None
    # Only where the source grades it (a Cochrane review's GRADE wording); never inferred.
    certainty: Text | None = None
    citations: tuple[str, ...] = Field(min_length=1)


class HarmRate(_Strict):
    """One row of the clinician harms table: a harm with its frequency, population and source."""

    harm: Text
    frequency: Text
    population: Text
    follow_up: Text
    citations: tuple[str, ...] = Field(min_length=1)


class IndicationEvidence(_Strict):
    overview: tuple[Cited, ...] = Field(min_length=1)
    studies: tuple[Study, ...] = Field(min_length=1)
    certainty: Cited
    negative: tuple[Cited, ...] = Field(min_length=1)
    investigational: tuple[Cited, ...] = ()


class Evidence(_Strict):
    labels: dict[str, Text]
    indications: dict[Indication, IndicationEvidence]
    harm_rates: tuple[HarmRate, ...] = Field(min_length=1)
    harms: tuple[Cited, ...] = Field(min_length=1)
    mechanisms: tuple[Cited, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _complete(self) -> Evidence:
        _check_labels(self.labels, EVIDENCE_LABELS)
        _check_indications(self.indications)
        sci = self.indications.get(Indication.sci)
        if sci is not None and not sci.investigational:
            raise ValueError("indications.sci needs the 'investigational' section")
        return self

    def label(self, key: str) -> Text:
        return self.labels[key]


class Option(_Strict):
    """One option with its positive and negative features (IPDAS: for every option, SCS or not)."""

    kind: OptionKind
    title: Text
    text: Cited
    pros: tuple[Cited, ...] = Field(min_length=1)
    cons: tuple[Cited, ...] = Field(min_length=1)
    # After a successful trial the SCS option is the permanent implant, not trying SCS.
    title_after_trial: Text | None = None
    text_after_trial: Cited | None = None

    @model_validator(mode="after")
    def _after_trial(self) -> Option:
        if self.kind == "scs" and (self.title_after_trial is None or self.text_after_trial is None):
            raise ValueError("the SCS option needs title_after_trial and text_after_trial")
        return self

    def for_stage(self, after_trial: bool) -> tuple[Text, Cited]:
        if after_trial and self.title_after_trial is not None and self.text_after_trial is not None:
            return self.title_after_trial, self.text_after_trial
        return self.title, self.text


class Step(_Strict):
    title: Text
    paragraphs: tuple[Cited, ...] = Field(min_length=1)


OptionKind = Literal["scs", "no_scs", "other"]


class IconFigure(_Strict):
    """A 100-figure icon array for the main benefit or a main harm of one option. ``count`` (and
    ``count_high`` for a range) is a figure listed on a cited reference, as printed there ("39",
    "18.2"): the figure check reads it like any number in the caption, so it is never invented."""

    option: OptionKind
    kind: Literal["benefit", "harm"]
    count: str
    count_high: str | None = None
    text: Text
    citations: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _in_range(self) -> IconFigure:
        low = self.people()[0]
        high = self.people()[1]
        if not 0 <= low <= high <= 100:
            raise ValueError(f"icon array count {self.count!r}-{self.count_high!r} must lie in 0-100")
        return self

    def people(self) -> tuple[int, int]:
        """Figures to colour (out of 100): the count, and the top of a range; rounded to whole people."""
        try:
            low = round(float(self.count))
            high = round(float(self.count_high)) if self.count_high is not None else low
        except ValueError as exc:
            raise ValueError(f"icon array count must be a number as listed (got {self.count!r})") from exc
        return low, high


class HandoutIndication(_Strict):
    condition: tuple[Cited, ...] = Field(min_length=1)
    decision: tuple[Cited, ...] = Field(min_length=1)
    decision_after_trial: tuple[Cited, ...] = Field(min_length=1)
    research_notice: tuple[Cited, ...] = ()
    options: tuple[Option, ...] = Field(min_length=2)
    benefits: tuple[Cited, ...] = Field(min_length=1)
    harms: tuple[Cited, ...] = Field(min_length=1)
    icon_arrays: tuple[IconFigure, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _balanced(self) -> HandoutIndication:
        # IPDAS: benefits and harms in equal detail; the handout prints them side by side, row by row.
        if len(self.benefits) != len(self.harms):
            raise ValueError(
                f"benefits ({len(self.benefits)}) and harms ({len(self.harms)}) must be given "
                "in equal detail (the same number of statements)"
            )
        if not any(o.kind == "no_scs" for o in self.options):
            raise ValueError("options must include not having SCS (kind 'no_scs')")
        if not any(o.kind == "scs" for o in self.options):
            raise ValueError("options must include SCS (kind 'scs')")
        kinds = {o.kind for o in self.options}
        for figure in self.icon_arrays:
            if figure.option not in kinds:
                raise ValueError(f"icon array for option {figure.option!r}, which is not an option here")
        if {f.kind for f in self.icon_arrays if f.option == "scs"} != {"benefit", "harm"}:
            raise ValueError("icon arrays must show the main benefit and a main harm of SCS")
        return self

    def decision_for(self, after_trial: bool) -> tuple[Cited, ...]:
        return self.decision_after_trial if after_trial else self.decision


class StopSheet(_Strict):
    """The short sheet given instead of the handout when SCS is not the next step, and why."""

    title: Text
    paragraphs: tuple[Cited, ...] = Field(min_length=1)


class Handout(_Strict):
    labels: dict[str, Text]
    intro: tuple[Text, ...] = Field(min_length=1)
    involves: tuple[Step, ...] = Field(min_length=1)
    indications: dict[Indication, HandoutIndication]
    values: tuple[Text, ...] = Field(min_length=3)
    questions: tuple[Text, ...] = Field(min_length=3)
    # Yes/no questions on how sure the reader feels about the choice (a "no" means: talk more first).
    sure: tuple[Text, ...] = Field(min_length=3)
    stop: dict[str, StopSheet]

    @model_validator(mode="after")
    def _complete(self) -> Handout:
        _check_labels(self.labels, HANDOUT_LABELS)
        _check_indications(self.indications)
        missing = sorted(set(STOP_KEYS) - set(self.stop))
        if missing or set(self.stop) - set(STOP_KEYS):
            raise ValueError(f"stop sheets must be given for exactly {', '.join(STOP_KEYS)}")
        sci = self.indications.get(Indication.sci)
        if sci is not None and not sci.research_notice:
            raise ValueError("indications.sci needs the 'research_notice' (research, not standard care)")
        return self

    def label(self, key: str) -> Text:
        return self.labels[key]


_HANDOUT_SECTIONS = ("condition", "decision", "decision_after_trial", "research_notice", "benefits", "harms")


class DocumentLibrary(_Strict):
    evidence: Evidence
    handout: Handout
    references: dict[str, Reference]

    @model_validator(mode="after")
    def _citations_resolve(self) -> DocumentLibrary:
        check_citations(self.cited_keys(), self.references)
        return self

    def cited_keys(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        ev = self.evidence
        for ind, item in ev.indications.items():
            where = f"evidence.json: indications.{ind.value}"
            for section in ("overview", "negative", "investigational"):
                for i, cited in enumerate(getattr(item, section)):
                    yield f"{where}.{section}.{i}", cited.citations
            yield f"{where}.certainty", item.certainty.citations
            for study in item.studies:
                yield f"{where}.studies ({study.name})", study.citations
        for section in ("harms", "mechanisms"):
            for i, cited in enumerate(getattr(ev, section)):
                yield f"evidence.json: {section}.{i}", cited.citations
        for i, rate in enumerate(ev.harm_rates):
            yield f"evidence.json: harm_rates.{i}", rate.citations
        for ind, hand in self.handout.indications.items():
            where = f"handout.json: indications.{ind.value}"
            for section in _HANDOUT_SECTIONS:
                for i, cited in enumerate(getattr(hand, section)):
                    yield f"{where}.{section}.{i}", cited.citations
            for i, figure in enumerate(hand.icon_arrays):
                yield f"{where}.icon_arrays.{i}", figure.citations
            for i, option in enumerate(hand.options):
                for j, cited in enumerate(_option_cited(option)):
                    yield f"{where}.options.{i}.{j}", cited.citations
        for key, sheet in self.handout.stop.items():
            for i, cited in enumerate(sheet.paragraphs):
                yield f"handout.json: stop.{key}.paragraphs.{i}", cited.citations
        for i, step in enumerate(self.handout.involves):
            for j, cited in enumerate(step.paragraphs):
                yield f"handout.json: involves.{i}.paragraphs.{j}", cited.citations

    def handout_citations(self, indication: Indication, after_trial: bool = False) -> list[str]:
        """Citation keys the handout for this indication and stage uses, in order of first use."""
        hand = self.handout.indications[indication]
        cited: list[Cited] = [*hand.research_notice, *hand.condition, *hand.decision_for(after_trial)]
        for option in hand.options:
            cited += [option.for_stage(after_trial)[1], *option.pros, *option.cons]
        cited += [p for step in self.handout.involves for p in step.paragraphs]
        cited += [*hand.benefits, *hand.harms]
        keys = [k for c in cited for k in c.citations]
        return _unique(keys + [k for f in hand.icon_arrays for k in f.citations])

    def stop_citations(self, key: str) -> list[str]:
        return _unique(k for c in self.handout.stop[key].paragraphs for k in c.citations)


def _option_cited(option: Option) -> list[Cited]:
    extra = [option.text_after_trial] if option.text_after_trial is not None else []
    return [option.text, *extra, *option.pros, *option.cons]


def _unique(keys: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def load_documents(
    directory: Path | None = None, content: ContentLibrary | None = None, *, check_figures: bool = True
) -> DocumentLibrary:
    """Read and validate evidence.json and handout.json against the content library's references;
    ``check_figures=False`` skips the figure check (for content already checked, see below)."""
    directory = directory or default_content_dir()
    content = content or default_content()
    raw: dict[str, Any] = {}
    for name in DOCUMENT_FILES:
        raw[name.removesuffix(".json")] = _read_json(directory / name)
    raw["references"] = content.references
    try:
        library = DocumentLibrary.model_validate(raw)
    except ValidationError as exc:
        raise ContentError(_first_error(exc, {"evidence", "handout"})) from exc
    # Every number printed anywhere (rules, next steps, evidence, handout) must be listed on a
    # reference its statement cites; see decision_aid.domain.figures.
    problems = figure_problems(directory, content.references) if check_figures else []
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ContentError(f"figure check: {problems[0]}{more}")
    return library


@cache
def default_documents() -> DocumentLibrary:
    """The shipped document text, loaded and validated once per process.

    The figure check reads every content file again (~50-90 ms, the largest part of loading). The
    content lock is written only for content that passes it (tools/lock_content.py), so when the
    files hash to the locked value they are the very files that passed, and it is not run again."""
    from decision_aid.domain.integrity import runtime_problem

    directory = default_content_dir()
    return load_documents(directory, check_figures=runtime_problem(directory) is not None)
