"""evaluate(assessment) -> Evaluation: the one place where the verdict is decided.

Verdict precedence (first match wins):

1. ``not_appropriate`` — a red flag, or an absolute contraindication (a ``safety`` rule not met).
   Safety comes before everything, the indication included.
2. ``investigational`` — central neuropathic pain after SCI: never an approved indication.
3. ``not_appropriate`` — an ``eligibility`` criterion is not met (including a failed trial).
4. ``incomplete`` — a ``safety``, ``eligibility``, ``process`` or ``relative`` rule cannot be decided
   because an answer is unknown, or a ``process`` step (MDT, psychological evaluation, surgical
   re-evaluation, antithrombotic plan) has not been done.
5. ``uncertain`` — everything is decided, but at least one rule raises a caution.
6. ``appropriate`` — every criterion met: before a trial this means "proceed to trial stimulation",
   after a trial "proceed to permanent implant".

``info`` rules are reported and never change the verdict.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from decision_aid import __version__
from decision_aid.domain.assessment import Assessment, Indication, Stage
from decision_aid.domain.content import ContentLibrary, Text, default_content
from decision_aid.domain.presentation import phrase_key, verdict_headline
from decision_aid.domain.rules import ALL_RULES, Reader, Role, Rule, Status
from decision_aid.domain.rules.base import Finding, display


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


class MissingItem(BaseModel):
    field: str
    label: Text
    rules: list[str]


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


def _decide(assessment: Assessment, results: list[tuple[Rule, Status]]) -> tuple[Verdict, str]:
    """Apply the precedence in the module docstring; return the verdict and the next-step key."""

    def any_(statuses: set[Status], roles: set[Role]) -> bool:
        return any(s in statuses and r.role in roles for r, s in results)

    if any_({Status.red_flag}, {Role.safety}):
        return Verdict.not_appropriate, "red_flag"
    if any_({Status.not_met}, {Role.safety}):
        return Verdict.not_appropriate, "contraindication"
    if assessment.indication == Indication.sci:
        return Verdict.investigational, "investigational"
    if any_({Status.not_met}, {Role.eligibility}):
        trial_failed = any(s == Status.not_met and r.id.startswith("trial.") for r, s in results)
        return Verdict.not_appropriate, "trial_failed" if trial_failed else "not_eligible"
    deciding = {Role.safety, Role.eligibility, Role.process, Role.relative}
    if any_({Status.unknown}, deciding) or any_({Status.not_met}, {Role.process}):
        return Verdict.incomplete, "incomplete"
    if any_({Status.caution}, deciding):
        return Verdict.uncertain, "mdt_review"
    if assessment.trial.stage == Stage.post_trial:
        return Verdict.appropriate, "proceed_implant"
    return Verdict.appropriate, "proceed_trial"


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
        params = {name: outcome.params.get(name, "?") for name in rule.params}
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
            )
        )
        if outcome.status == Status.unknown:
            for path in read.unknown_paths():
                item = missing.setdefault(
                    path,
                    MissingItem(field=path, label=_field_label(content, path), rules=[]),
                )
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
    return content.fields.get(path) or Text(en=path, zh=path)
