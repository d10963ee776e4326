"""evaluate(assessment) -> Evaluation: the one place where the verdict is decided.

Verdict precedence (first match wins), the same for every indication:

1. ``not_appropriate`` (red_flag) — a red flag: a serious spinal condition comes first.
2. ``not_appropriate`` (contraindication) — an absolute contraindication (a ``safety`` rule not met:
   cannot operate the device, need for therapeutic diathermy, unacceptable surgical risk, active
   infection, uncorrected coagulopathy).
3. ``not_appropriate`` (defer) — a relative contraindication that defers SCS (a ``defer`` rule not
   met: pregnancy, age under 18, untreated substance use disorder, unresolved major psychiatric
   comorbidity).
4. ``not_appropriate`` (trial_failed / not_eligible) — an ``eligibility`` criterion is not met.
5. ``incomplete`` — an answer a deciding rule needs is unknown, a ``process`` step is not done, or
   answers disagree; the outstanding list names each one.
6. ``investigational`` — central neuropathic pain after SCI, when nothing above stands in the way.
7. ``uncertain`` — everything is decided, but at least one rule raises a caution for the MDT.
8. ``appropriate`` — every criterion met: before a trial this means "proceed to trial stimulation",
   after a trial "proceed to permanent implant".

``info`` rules (e.g. foreseeable MRI, DN4 in CRPS) are reported and never change the verdict; their
unanswered questions are not outstanding.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from decision_aid import __version__
from decision_aid.domain.assessment import Assessment, Indication, Stage
from decision_aid.domain.content import ContentLibrary, Text, default_content
from decision_aid.domain.presentation import phrase_key, verdict_headline
from decision_aid.domain.questions import answer_state, get_path, is_relevant
from decision_aid.domain.rules import ALL_RULES, Outcome, Reader, Role, Rule, Status
from decision_aid.domain.rules.base import Finding, Param, display


class Verdict(StrEnum):
    appropriate = "appropriate"
    uncertain = "uncertain"
    not_appropriate = "not_appropriate"
    investigational = "investigational"
    incomplete = "incomplete"


class InputRead(BaseModel):
    field: str
    value: str


class Reason(BaseModel):
    rule: str
    role: Role
    status: Status
    finding: Finding = Finding.criterion  # what the title names; decides the status words
    status_words: Text | None = None  # "Absent", "Not met", …: see domain.presentation
    title: Text
    text: Text
    threshold: Text
    inputs: list[InputRead]
    citations: list[str]
    # The rule's figures (scores, counts, categories): views show them and never recompute them.
    params: dict[str, Param] = Field(default_factory=dict)


ItemKind = Literal["question", "step", "conflict"]


class MissingItem(BaseModel):
    """An outstanding item: an unanswered question, a step not yet done, or answers that disagree."""

    field: str
    label: Text
    rules: list[str]
    kind: ItemKind = "question"
    # For questions: never answered, or answered "Unknown" on purpose (both count as missing).
    state: Literal["unanswered", "unknown"] = "unanswered"


class NextStep(BaseModel):
    key: str
    text: Text
    citations: list[str]


class Evaluation(BaseModel):
    verdict: Verdict
    verdict_label: Text
    indication: Indication
    stage: Stage
    reasons: list[Reason]
    missing: list[MissingItem]
    next_step: NextStep
    app_version: str = __version__
    content_version: str
    content_hash: str = Field(description="SHA-256 of the content library files")

    def reasons_with(self, status: Status) -> list[Reason]:
        return [r for r in self.reasons if r.status == status]


_STATUS_ORDER = {
    Status.red_flag: 0,
    Status.not_met: 1,
    Status.unknown: 2,
    Status.caution: 3,
    Status.met: 4,
}


_DECIDING = {Role.safety, Role.defer, Role.eligibility, Role.process, Role.relative}


def _decide(assessment: Assessment, results: list[tuple[Rule, Status]]) -> tuple[Verdict, str]:
    """Apply the precedence in the module docstring; return the verdict and the next-step key."""

    def any_(statuses: set[Status], roles: set[Role]) -> bool:
        return any(s in statuses and r.role in roles for r, s in results)

    if any_({Status.red_flag}, _DECIDING):
        return Verdict.not_appropriate, "red_flag"
    if any_({Status.not_met}, {Role.safety}):
        return Verdict.not_appropriate, "contraindication"
    if any_({Status.not_met}, {Role.defer}):
        return Verdict.not_appropriate, "defer"
    if any_({Status.not_met}, {Role.eligibility}):
        trial_failed = any(s == Status.not_met and r.id.startswith("trial.") for r, s in results)
        return Verdict.not_appropriate, "trial_failed" if trial_failed else "not_eligible"
    if any_({Status.unknown}, _DECIDING) or any_({Status.not_met}, {Role.process, Role.relative}):
        return Verdict.incomplete, "incomplete"
    if assessment.indication == Indication.sci:
        return Verdict.investigational, "investigational"
    if any_({Status.caution}, _DECIDING):
        return Verdict.uncertain, "mdt_review"
    if assessment.trial.stage == Stage.post_trial:
        return Verdict.appropriate, "proceed_implant"
    return Verdict.appropriate, "proceed_trial"


def _outstanding(
    content: ContentLibrary, rule: Rule, outcome: Outcome, read: Reader, assessment: Assessment
) -> list[MissingItem]:
    """What this rule still needs before the verdict can rest on it (empty when nothing)."""
    if rule.role not in _DECIDING:
        return []
    focus = outcome.focus or (list(read.read)[-1] if read.read else rule.id)
    title = content.rules[rule.id].title
    if outcome.status == Status.unknown:
        unknown = read.unknown_paths()
        # The same relevance as the questionnaire and its progress counts.
        relevant = [p for p in unknown if is_relevant(p, assessment)] or unknown
        if relevant:
            return [_question(content, p, rule.id, assessment) for p in relevant]
        return [_item(content, "conflict", focus, title, rule.id)]
    if outcome.status == Status.not_met and rule.role == Role.process:
        return [_item(content, "step", focus, title, rule.id)]
    if outcome.status == Status.not_met and rule.role == Role.relative:
        return [_item(content, "conflict", focus, title, rule.id)]
    return []


def _question(content: ContentLibrary, path: str, rule_id: str, assessment: Assessment) -> MissingItem:
    state = "unknown" if answer_state(get_path(assessment, path)) == "unknown" else "unanswered"
    return MissingItem(field=path, label=_field_label(content, path), rules=[rule_id], state=state)


def _item(content: ContentLibrary, kind: ItemKind, path: str, title: Text, rule_id: str) -> MissingItem:
    template = content.labels.values[f"outstanding_{kind}"]
    label = Text(en=template.en.format(item=title.en), zh=template.zh.format(item=title.zh))
    return MissingItem(field=path, label=label, rules=[rule_id], kind=kind)


def evaluate(assessment: Assessment, content: ContentLibrary | None = None) -> Evaluation:
    """Apply every rule that fits the indication and stage; pure, no I/O beyond cached content."""
    content = content or default_content()
    results: list[tuple[Rule, Status]] = []
    reasons: list[Reason] = []
    missing: dict[str, MissingItem] = {}
    for rule in ALL_RULES:
        if not rule.applies(assessment):
            continue
        read = Reader(assessment)
        outcome = rule.fn(read)
        results.append((rule, outcome.status))
        text = content.rules[rule.id]
        threshold, texts = text.for_indication(assessment.indication.value)
        params = {name: str(outcome.params.get(name, "?")) for name in rule.params}
        reasons.append(
            Reason(
                rule=rule.id,
                role=rule.role,
                status=outcome.status,
                finding=rule.finding,
                status_words=content.labels.findings[phrase_key(rule.role, rule.finding, outcome.status)],
                title=text.title,
                text=texts[outcome.status].format(**params),
                threshold=threshold,
                inputs=[InputRead(field=p, value=display(v)) for p, v in read.read.items()],
                citations=list(text.citations),
                params=dict(outcome.params),
            )
        )
        for found in _outstanding(content, rule, outcome, read, assessment):
            item = missing.setdefault(f"{found.kind}:{found.field}", found)
            if item is not found:
                item.rules.append(rule.id)
    verdict, step_key = _decide(assessment, results)
    reasons.sort(key=lambda r: _STATUS_ORDER[r.status])
    step = content.next_steps[step_key]
    return Evaluation(
        verdict=verdict,
        verdict_label=verdict_headline(content.labels.verdicts[verdict], reasons, content),
        indication=assessment.indication,
        stage=assessment.trial.stage,
        reasons=reasons,
        missing=list(missing.values()),
        next_step=NextStep(key=step_key, text=step.text, citations=list(step.citations)),
        content_version=content.version,
        content_hash=content.content_hash,
    )


def _field_label(content: ContentLibrary, path: str) -> Text:
    question = content.questions.questions.get(path)
    return question.label if question is not None else Text(en=path, zh=path)
