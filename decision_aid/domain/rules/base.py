"""The parts every rule is made of: statuses, roles, the input reader and the rule record."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from decision_aid.domain.assessment import Assessment, Indication, PainScore, Stage
from decision_aid.domain.questions import get_path


class Status(StrEnum):
    met = "met"
    not_met = "not_met"
    unknown = "unknown"
    caution = "caution"
    red_flag = "red_flag"


class Role(StrEnum):
    """How a rule's status feeds the verdict (see :mod:`decision_aid.domain.evaluate`)."""

    safety = "safety"  # red flags and absolute contraindications: stop before anything else
    defer = "defer"  # relative contraindications that defer SCS until resolved (north-shipley-2007)
    eligibility = "eligibility"  # selection criteria: not met means SCS is not supported
    process = "process"  # steps of the pathway: not yet done means the assessment is incomplete
    relative = "relative"  # relative contraindications and cautions: raise for MDT discussion
    info = "info"  # reported for the clinician, never changes the verdict


class Finding(StrEnum):
    """What a rule's title names: a hazard (present or absent) or a criterion (met or not met)."""

    hazard = "hazard"  # e.g. "Active substance misuse": met means the hazard is absent
    criterion = "criterion"  # e.g. "Pain duration": met means the criterion is fulfilled


# A safety rule names a hazard unless it says otherwise; every other role names a criterion.
DEFAULT_FINDING = {Role.safety: Finding.hazard}


def is_unknown(value: Any) -> bool:
    return value is None or value == "unknown" or value == ""


def display(value: Any) -> str:
    """A stable, language-neutral rendering of an input value for the reason's input list."""
    if value is None or value == "":
        return "unanswered"  # not yet answered, as opposed to answered "unknown"
    if is_unknown(value):
        return "unknown"
    if isinstance(value, PainScore):
        if value.scale == "nrs":
            return f"NRS {value.value:g}/10 = VAS {value.vas_mm:g} mm"
        return f"VAS {value.value:g} mm"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class Reader:
    """Reads assessment fields by dotted path and remembers what it read, in order."""

    def __init__(self, assessment: Assessment) -> None:
        self._assessment = assessment
        self.read: dict[str, Any] = {}

    def __call__(self, path: str) -> Any:
        value = get_path(self._assessment, path)
        self.read[path] = value
        return value

    def many(self, paths: Iterable[str]) -> list[Any]:
        return [self(p) for p in paths]

    def unknown_paths(self) -> list[str]:
        return [p for p, v in self.read.items() if is_unknown(v)]


Param = str | int | float


@dataclass(frozen=True)
class Outcome:
    """A rule's status and its figures (scores, counts, categories) for the UI, PDF and text."""

    status: Status
    params: dict[str, Param] = field(default_factory=dict)
    # The answer to revisit when a process step is not done or answers disagree (default: the
    # last input read); it names the outstanding item and lets the UI jump to it.
    focus: str | None = None


RuleFn = Callable[[Reader], Outcome]


@dataclass(frozen=True)
class Rule:
    id: str
    role: Role
    statuses: frozenset[Status]
    fn: RuleFn
    indications: frozenset[Indication] | None = None  # None: every indication
    stages: frozenset[Stage] | None = None  # None: before and after the trial
    params: frozenset[str] = frozenset()
    declared_finding: Finding | None = None

    @property
    def finding(self) -> Finding:
        return self.declared_finding or DEFAULT_FINDING.get(self.role, Finding.criterion)

    def applies(self, assessment: Assessment) -> bool:
        if self.indications is not None and assessment.indication not in self.indications:
            return False
        return self.stages is None or assessment.trial.stage in self.stages


def rule(
    rule_id: str,
    role: Role,
    statuses: Iterable[Status],
    *,
    indications: Iterable[Indication] | None = None,
    stages: Iterable[Stage] | None = None,
    params: Iterable[str] = (),
    finding: Finding | None = None,
) -> Callable[[RuleFn], Rule]:
    def make(fn: RuleFn) -> Rule:
        return Rule(
            id=rule_id,
            role=role,
            statuses=frozenset(statuses),
            fn=fn,
            indications=frozenset(indications) if indications is not None else None,
            stages=frozenset(stages) if stages is not None else None,
            params=frozenset(params),
            declared_finding=finding,
        )

    return make


M, N, U, C, R = Status.met, Status.not_met, Status.unknown, Status.caution, Status.red_flag
H, K = Finding.hazard, Finding.criterion  # what a rule title names: hazard or criterion (K)


def yes_no(value: Any, *, yes: Status, no: Status) -> Outcome:
    """The common shape: one tri-state answer mapped to two statuses, unknown stays unknown."""
    if is_unknown(value):
        return Outcome(U)
    return Outcome(yes if value == "yes" else no)


def any_present(values: list[Any], *, present: Status) -> Outcome:
    """Any 'yes' decides; all 'no' is met; otherwise the answer is still unknown."""
    if any(v == "yes" for v in values):
        return Outcome(present)
    if all(v == "no" for v in values):
        return Outcome(M)
    return Outcome(U)
