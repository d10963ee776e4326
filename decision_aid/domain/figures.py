"""The figure check: every number the app prints is listed on a reference the statement cites.

Each reference in references.json lists the figures the app may print with it (:class:`Figure`: the
value as printed, what it measures, the population and follow-up, and where in the source it was seen).
Natural frequencies ("4 in 10") are listed too, declared as derived from a listed figure, and their
arithmetic is checked here.

The check walks every content file generically: a JSON object with a ``citations`` list is a statement,
and every string inside it (outside ``citations``) may print only numbers that one of those citations
lists. Strings outside any statement may print no number at all. Excepted everywhere: list numbering,
the year of a cited reference, version strings and dates, identifiers in which a number is part of a
name (DN4, PSPS-T2, ICD-11, NICE TA159), subtype names ("type 2", "2 型") and scale ranges ("0–10").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

# references.json is the bibliography itself (volumes, pages); the lock file is not text.
SKIPPED_FILES = frozenset({"references.json", "content.lock.json"})
# Keys whose values are never printed as statements: citation keys and version stamps.
SKIPPED_KEYS = frozenset({"citations", "content_version", "updated"})

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?")
_EXCEPTED = (
    re.compile(r"(?m)^\s*\d+[.)、]\s"),  # list numbering at the start of a line
    re.compile(r"[(（]\d+[)）]"),  # (1) （2） list numbering inside a sentence
    re.compile(r"\bv(?:ersion)?\s?\d+(?:\.\d+)+", re.IGNORECASE),  # v4.0, version 4.0
    re.compile(r"\b\d+\.\d+\.\d+\b"),  # content versions such as 2026.11.3
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),  # dates
    re.compile(r"\btype\s+\d+\b", re.IGNORECASE),  # subtype names: PSPS type 2
    re.compile(r"\d+\s*型"),  # 2 型
    re.compile(r"(?<![\d.])0\s*[–~～-]\s*\d+"),  # scale ranges: 0–10, 0–100 mm
    re.compile(r"5-(?:羟色胺|HT)"),  # serotonin (5-hydroxytryptamine) is a name
)


class Figure(BaseModel):
    """One number (or set of numbers) the app may print with a reference."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: str = Field(min_length=1, description="as printed, e.g. '48% vs 9%' or '4 in 10'")
    measure: str = Field(min_length=1, description="what the number measures")
    population: str = Field(min_length=1, description="population and follow-up")
    where: str = Field(default="", description="where in the source it was seen")
    derived_from: str = Field(default="", description="for conversions: the listed value it comes from")

    @field_validator("value")
    @classmethod
    def _has_number(cls, value: str) -> str:
        if not numbers_in(value, excepted=False):
            raise ValueError(f"figure {value!r} has no number")
        return value


def numbers_in(text: str, *, excepted: bool = True) -> list[str]:
    """The numbers in ``text`` that count as figures, normalised (thousands separators removed)."""
    if excepted:
        for pattern in _EXCEPTED:
            text = pattern.sub(" ", text)
    found: list[str] = []
    for match in _NUMBER.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        # A number glued to Latin letters is part of a name: DN4, T2, TA159, ICD-11, CD014789.
        if before[-1:].isascii() and before[-1:].isalpha():
            continue
        if before[-1:] == "-" and before[:1].isascii() and before[:1].isalpha():
            continue
        found.append(match.group().replace(",", ""))
    return found


_FREQUENCY = re.compile(
    r"(?P<qual>fewer than|less than|more than|over|about|almost)?\s*"
    r"(?P<low>\d+)(?:\s*to\s*(?P<high>\d+))?\s+in\s+(?P<den>\d+)",
    re.IGNORECASE,
)
_PROPORTION = re.compile(r"(\d+(?:\.\d+)?)\s*%|(\d+)\s*(?:/|of)\s*(\d+)")


def _proportions(text: str) -> list[float]:
    out: list[float] = []
    for match in _PROPORTION.finditer(text):
        if match.group(1):
            out.append(float(match.group(1)) / 100)
        elif int(match.group(3)):
            out.append(int(match.group(2)) / int(match.group(3)))
    return out


def _frequency_fits(qual: str, count: int, den: int, shares: list[float]) -> bool:
    share = count / den
    if qual in ("fewer than", "less than"):
        return any(p < share for p in shares)
    if qual in ("more than", "over"):
        return any(p > share for p in shares)
    return any(abs(p - share) <= 0.5 / den + 1e-9 for p in shares)


def figure_list_problems(key: str, figures: tuple[Figure, ...]) -> list[str]:
    """Problems in one reference's figure list: sources named, derivations resolving and adding up."""
    problems: list[str] = []
    listed = {f.value for f in figures if not f.derived_from}
    for fig in figures:
        if not fig.derived_from:
            if not fig.where.strip():
                problems.append(f"{key}: figure {fig.value!r} does not say where in the source it was seen")
            continue
        if fig.derived_from not in listed:
            problems.append(
                f"{key}: figure {fig.value!r} is derived from {fig.derived_from!r}, "
                "which is not a listed figure"
            )
            continue
        shares = _proportions(fig.derived_from)
        for match in _FREQUENCY.finditer(fig.value):
            qual = (match.group("qual") or "").lower()
            den = int(match.group("den"))
            counts = [int(match.group("low"))] + ([int(match.group("high"))] if match.group("high") else [])
            if not all(_frequency_fits(qual, c, den, shares) for c in counts):
                problems.append(
                    f"{key}: natural frequency {fig.value!r} does not follow from {fig.derived_from!r}"
                )
    return problems


class _Source(BaseModel):
    """The part of a reference the check reads (the full model lives in content.py)."""

    year: int | None
    figures: tuple[Figure, ...] = ()


Site = tuple[str, tuple[str, ...] | None, str]


def _statements(node: Any, where: str, cites: tuple[str, ...] | None) -> Iterator[Site]:
    if isinstance(node, dict):
        keys = node.get("citations")
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            cites = tuple(keys)
        for name, value in node.items():
            if name not in SKIPPED_KEYS:
                yield from _statements(value, f"{where}.{name}" if where else str(name), cites)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _statements(value, f"{where}.{i}", cites)
    elif isinstance(node, str):
        yield where, cites, node


_FREQUENCY_ZH = re.compile(
    r"每\s*(?P<den>\d+)\s*人中[^\d，。；]{0,4}?(?P<low>\d+)(?:\s*到\s*(?P<high>\d+))?\s*人"
)

Frequency = tuple[int, int | None, int]


def frequencies_in(text: str) -> list[Frequency]:
    """Natural frequencies ("3 to 4 in 10", "每 10 人中有 3 到 4 人") as (count, upper count, out of)."""
    found: list[Frequency] = []
    for pattern in (_FREQUENCY, _FREQUENCY_ZH):
        for m in pattern.finditer(text):
            high = int(m.group("high")) if m.group("high") else None
            found.append((int(m.group("low")), high, int(m.group("den"))))
    return found


def _frequency_text(freq: Frequency) -> str:
    low, high, den = freq
    return f"{low} to {high} in {den}" if high is not None else f"{low} in {den}"


def unlisted_numbers(
    text: str, cites: tuple[str, ...] | None, references: Mapping[str, _Source | Any]
) -> list[str]:
    """Numbers in ``text`` that none of ``cites`` lists (every number, when nothing is cited).

    A natural frequency must match a listed one as a whole: "6 in 10" is not covered by a reference
    that lists "6 months" and "4 in 10".
    """
    allowed: set[str] = set()
    years: set[str] = set()
    frequencies: set[Frequency] = set()
    for key in cites or ():
        ref = references.get(key)
        if ref is None:
            continue  # unknown keys are reported by the citation check
        if ref.year is not None:
            years.add(str(ref.year))
        for fig in ref.figures:
            # The value, what it measures (">=50% relief") and its population and follow-up ("6 months").
            for part in (fig.value, fig.measure, fig.population):
                allowed.update(numbers_in(part, excepted=False))
            frequencies.update(frequencies_in(fig.value))
    unlisted = [_frequency_text(f) for f in frequencies_in(text) if f not in frequencies]
    return unlisted + [n for n in numbers_in(text) if n not in allowed and n not in years]


def figure_problems(directory: Path, references: Mapping[str, Any]) -> list[str]:
    """Every unlisted number in every content file, plus faults in the figure lists themselves."""
    problems: list[str] = []
    for key, ref in references.items():
        problems += figure_list_problems(key, tuple(ref.figures))
    for path in sorted(directory.glob("*.json")):
        if path.name in SKIPPED_FILES:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for where, cites, text in _statements(data, "", None):
            unlisted = unlisted_numbers(text, cites, references)
            if not unlisted:
                continue
            basis = f"cites {', '.join(cites)}" if cites else "cites nothing"
            problems.append(
                f"{path.name}: {where}: number(s) {', '.join(dict.fromkeys(unlisted))} listed by no "
                f"citation ({basis})"
            )
    return problems
