"""Cross-checks between the content library and the code: ids, statuses, placeholders, labels."""

from __future__ import annotations

from typing import Any, get_args, get_origin

from pydantic import BaseModel

from decision_aid.domain.assessment import Assessment, Indication
from decision_aid.domain.content import ContentLibrary
from decision_aid.domain.evaluate import Verdict
from decision_aid.domain.presentation import PHRASE_KEYS
from decision_aid.domain.rules import ALL_RULES, Role, Status

NEXT_STEP_KEYS = frozenset(
    {
        "red_flag",
        "contraindication",
        "investigational",
        "not_eligible",
        "trial_failed",
        "incomplete",
        "mdt_review",
        "proceed_trial",
        "proceed_implant",
    }
)


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) is not None:
        for arg in get_args(annotation):
            found = _model_of(arg)
            if found is not None:
                return found
    return None


def field_paths(model: type[BaseModel] = Assessment, prefix: str = "") -> list[str]:
    """Every question in the assessment file as a dotted path (a pain score counts as one)."""
    paths: list[str] = []
    for name, info in model.model_fields.items():
        if name == "schema_version":
            continue
        path = f"{prefix}{name}"
        sub = _model_of(info.annotation)
        if sub is not None and sub.__name__ != "PainScore":
            paths.extend(field_paths(sub, path + "."))
        else:
            paths.append(path)
    return paths


def check_content(content: ContentLibrary) -> list[str]:
    """Every mismatch between content and code, as one readable line each; empty when sound."""
    problems: list[str] = []
    code_ids = {r.id for r in ALL_RULES}
    content_ids = set(content.rules)
    problems += [
        f"rules.json: rule {i} is in the code but has no text"
        for i in sorted(code_ids - content_ids)
    ]
    problems += [
        f"rules.json: rule {i} is not a rule in the code" for i in sorted(content_ids - code_ids)
    ]
    for rule in ALL_RULES:
        text = content.rules.get(rule.id)
        if text is None:
            continue
        given = set(text.texts)
        wanted = {s.value for s in rule.statuses}
        for status in sorted(wanted - given):
            problems.append(f"rules.json: {rule.id} has no text for status {status}")
        for status in sorted(given - wanted):
            problems.append(
                f"rules.json: {rule.id} has text for status {status}, which it never gives"
            )
        variants = [t for v in text.indications.values() for t in v.texts.items()]
        for indication in sorted(set(text.indications) - {i.value for i in Indication}):
            problems.append(f"rules.json: {rule.id} has wording for unknown indication {indication}")
        for status in sorted({s for s, _ in variants} - wanted):
            problems.append(
                f"rules.json: {rule.id} has indication text for status {status}, which it never gives"
            )
        for status, body in [*text.texts.items(), *variants]:
            extra = body.placeholders() - rule.params
            if extra:
                problems.append(
                    f"rules.json: {rule.id}/{status} uses unknown placeholder(s) {sorted(extra)}"
                )
        for label, body in (("title", text.title), ("threshold", text.threshold)):
            if body.placeholders():
                problems.append(f"rules.json: {rule.id} {label} must not contain placeholders")
    for key in sorted(NEXT_STEP_KEYS - set(content.next_steps)):
        problems.append(f"next_steps.json: next step {key} is missing")
    for key in sorted(set(content.next_steps) - NEXT_STEP_KEYS):
        problems.append(f"next_steps.json: next step {key} is never used")
    groups = {
        "verdicts": {v.value for v in Verdict},
        "statuses": {s.value for s in Status},
        "roles": {r.value for r in Role},
        "findings": set(PHRASE_KEYS),
        "headlines": {"red_flag", "red_flag_named"},
        "summaries": {"categories", "none"},
    }
    for group, keys in groups.items():
        have = set(getattr(content.labels, group))
        problems += [f"labels.json: {group}.{k} is missing" for k in sorted(keys - have)]
    for path in field_paths():
        if path not in content.fields:
            problems.append(f"fields.json: no label for {path}")
    for path in sorted(set(content.fields) - set(field_paths())):
        problems.append(f"fields.json: {path} is not a field of the assessment")
    return problems
