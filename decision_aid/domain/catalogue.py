"""Cross-checks between the content library and the code: ids, statuses, placeholders, labels."""

from __future__ import annotations

from decision_aid.domain.assessment import Indication
from decision_aid.domain.content import ContentLibrary
from decision_aid.domain.evaluate import Verdict
from decision_aid.domain.presentation import PHRASE_KEYS
from decision_aid.domain.questions import field_paths
from decision_aid.domain.rules import ALL_RULES, Role, Status

NEXT_STEP_KEYS = frozenset(
    {
        "red_flag",
        "contraindication",
        "defer",
        "investigational",
        "not_eligible",
        "trial_failed",
        "incomplete",
        "mdt_review",
        "proceed_trial",
        "proceed_implant",
    }
)


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
    paths = field_paths()
    problems += [
        f"questions.json: no entry for question {p}" for p in paths if p not in content.fields
    ]
    problems += [
        f"questions.json: {p} is not a field of the assessment"
        for p in sorted(set(content.fields) - set(paths))
    ]
    used = {q.section for q in content.questions.questions.values()}
    problems += [
        f"questions.json: section {s} has no questions"
        for s in sorted(set(content.questions.sections) - used)
    ]
    return problems
