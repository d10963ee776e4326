"""How a result is worded, the same on screen, on the command line and on paper.

A status word describes the finding, so it can never be read backwards: a rule whose title names a
hazard ("Active substance misuse") reads Present / Absent / Not recorded, a criterion ("Pain
duration") reads Met / Not met / Not recorded, and cautions and notes say what to do. Each word has a
symbol that survives greyscale printing. The words themselves live in the content library
(``labels.json``: ``findings``, ``headlines``, ``summaries``); this module only chooses the key.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

from decision_aid.domain.content import ContentLibrary, Lang, Text
from decision_aid.domain.rules.base import Finding, Role, Status

if TYPE_CHECKING:
    from decision_aid.domain.evaluate import Evaluation, InputRead, Reason

PHRASE_KEYS = ("met", "not_met", "absent", "present", "present_discuss", "discuss", "note", "not_recorded")

SYMBOLS = {
    "met": "✓",
    "absent": "✓",
    "not_met": "✗",
    "present": "✗",
    "present_discuss": "⚠",
    "discuss": "⚠",
    "note": "ℹ",
    "not_recorded": "?",
}


def phrase_key(role: Role, finding: Finding, status: Status) -> str:
    """The key of the status words for a rule of this role and finding in this status."""
    if status == Status.unknown:
        return "not_recorded"
    if status == Status.caution and role == Role.info:
        return "note"  # information for the team (e.g. choose an MR Conditional system)
    if finding == Finding.hazard:
        if status == Status.met:
            return "absent"
        return "present_discuss" if status == Status.caution else "present"
    if status == Status.met:
        return "met"
    if status == Status.caution:
        return "discuss"
    return "not_met"  # not_met, and red_flag from a rule that names no hazard


def status_words(reason: Reason, content: ContentLibrary) -> Text:
    return content.labels.findings[phrase_key(reason.role, reason.finding, reason.status)]


def status_symbol(reason: Reason) -> str:
    return SYMBOLS[phrase_key(reason.role, reason.finding, reason.status)]


def status_line(reason: Reason, content: ContentLibrary, lang: Lang) -> str:
    """"✓ Absent" — the symbol and the words together."""
    return f"{status_symbol(reason)} {status_words(reason, content).get(lang)}"


class Group(StrEnum):
    """Where a reason stands on the results page: what needs action first, met criteria last."""

    red_flag = "red_flag"
    not_met = "not_met"
    outstanding = "outstanding"
    caution = "caution"
    note = "note"
    met = "met"


GROUP_ORDER = tuple(Group)


def group(reason: Reason) -> Group:
    if reason.status == Status.red_flag:
        return Group.red_flag
    if reason.role == Role.info:
        return Group.note
    if reason.status == Status.not_met:
        return Group.not_met
    if reason.status == Status.unknown:
        return Group.outstanding
    if reason.status == Status.caution:
        return Group.caution
    return Group.met


def verdict_reasons(evaluation: Evaluation, limit: int = 2) -> list[Reason]:
    """The reasons the verdict rests on, most telling first: what needs action (a caution note such
    as an investigational indication leads when the verdict is investigational); when nothing does,
    the met criteria."""
    order = {g: i for i, g in enumerate(GROUP_ORDER)}
    ranked = sorted(evaluation.reasons, key=lambda r: order[group(r)])
    notes = [r for r in ranked if group(r) == Group.note and r.status == Status.caution]
    action = [r for r in ranked if group(r) not in (Group.met, Group.note)]
    if evaluation.verdict == "investigational":
        action = notes + action
    else:
        action += notes
    met = [r for r in ranked if group(r) == Group.met]
    return (action or met)[:limit]


# -- red flags ---------------------------------------------------------------------------------
def present_flags(reasons: list[Reason]) -> list[str]:
    """The input fields answered "yes" by every rule that raised a red flag, in order."""
    return [
        i.field for r in reasons if r.status == Status.red_flag for i in r.inputs if i.value == "yes"
    ]


def verdict_headline(label: Text, reasons: list[Reason], content: ContentLibrary) -> Text:
    """The verdict's words: with a red flag, "Red flag: investigate first" naming every flag."""
    if not any(r.status == Status.red_flag for r in reasons):
        return label
    fields = present_flags(reasons)
    if not fields:
        return content.labels.headlines["red_flag"]
    named = content.labels.headlines["red_flag_named"]
    return Text(
        en=named.en.format(flags="; ".join(content.field_label(f, "en") for f in fields)),
        zh=named.zh.format(flags="；".join(content.field_label(f, "zh") for f in fields)),
    )


# -- inputs, summarised ------------------------------------------------------------------------
_PREFIX_SEPARATORS = {"en": (": ", " – "), "zh": ("：",)}
_CATEGORY = re.compile(r"\s*[（(]([^（）()]+)[)）]\s*$")
POSITIVE_VALUES = ("yes", "observed")
_SEP = {"en": ": ", "zh": "："}
_LIST = {"en": ", ", "zh": "、"}
_PARTS = {"en": "; ", "zh": "；"}


def value_label(content: ContentLibrary, value: str, lang: Lang) -> str:
    """An input value in words: answers, then indications and stages."""
    for group_name in ("values", "indications", "stages"):
        text = getattr(content.labels, group_name).get(value)
        if text is not None:
            return str(text.get(lang))
    return value


def input_line(item: InputRead, content: ContentLibrary, lang: Lang) -> str:
    return f"{content.field_label(item.field, lang)}{_SEP[lang]}{value_label(content, item.value, lang)}"


def summarise_inputs(reason: Reason, content: ContentLibrary, lang: Lang, limit: int = 3) -> list[str]:
    """A few lines instead of one line per input: items sharing a label prefix ("Symptom reported:")
    are grouped; what is present is named (by category when the labels carry one), the rest counted.
    Only the Reason's inputs and the content's labels are used: nothing is re-judged here."""
    if len(reason.inputs) <= limit:
        return [input_line(i, content, lang) for i in reason.inputs]
    groups: dict[str, list[tuple[str, str]]] = {}
    for item in reason.inputs:
        label = content.field_label(item.field, lang)
        split = next((s for s in _PREFIX_SEPARATORS[lang] if s in label), "")
        head, _, tail = label.partition(split) if split else ("", "", label)
        groups.setdefault(head, []).append((tail, item.value))
    return [_group_line(head, items, content, lang) for head, items in groups.items()]


def _group_line(head: str, items: list[tuple[str, str]], content: ContentLibrary, lang: Lang) -> str:
    positive = [tail for tail, value in items if value in POSITIVE_VALUES]
    found = [(_CATEGORY.search(tail), value) for tail, value in items]
    parts: list[str] = []
    if all(m for m, _ in found):
        categories = list(dict.fromkeys(m.group(1) for m, _ in found if m))
        hit = [c for c in categories if any(v in POSITIVE_VALUES and m and m.group(1) == c for m, v in found)]
        template = content.labels.summaries["categories"].get(lang)
        none = content.labels.summaries["none"].get(lang)
        parts.append(template.format(n=len(hit), m=len(categories), names=_LIST[lang].join(hit) or none))
    else:
        present = value_label(content, "yes", lang)
        named = _LIST[lang].join(positive)
        if named:
            parts.append(f"{present}{_SEP[lang]}{named}")
    counts: dict[str, int] = {}
    for _, value in items:
        if value not in POSITIVE_VALUES:
            counts[value] = counts.get(value, 0) + 1
    parts += [f"{value_label(content, v, lang)} ×{n}" for v, n in counts.items()]
    body = _PARTS[lang].join(parts)
    return f"{head}{_SEP[lang]}{body}" if head else body


# -- citations ---------------------------------------------------------------------------------
_SURNAME = re.compile(r"^([A-Z][A-Za-z'\-]+(?: [a-z]{1,3} [A-Z][A-Za-z'\-]+)?) [A-Z]{1,4}\b")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def citation_label(key: str, content: ContentLibrary) -> str:
    """A citation as author and year ("Kemler 2000", "NICE 2008"); the key if it is unknown."""
    ref = content.references.get(key)
    if ref is None:
        return key
    if ref.short:
        return ref.short
    surname = _SURNAME.match(ref.authors)
    if surname:
        return f"{surname.group(1)} {ref.year}"
    acronym = _ACRONYM.search(ref.authors)
    if acronym:
        return f"{acronym.group(1)} {ref.year}"
    return key
