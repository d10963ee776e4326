"""Psychosocial screen: evaluation done, exclusions, and the European consensus factors."""

from __future__ import annotations

from decision_aid.domain.assessment import PSYCHOSOCIAL_FACTORS
from decision_aid.domain.rules.base import (
    C,
    H,
    M,
    N,
    Outcome,
    Reader,
    Role,
    U,
    any_present,
    rule,
    yes_no,
)


@rule("psych.evaluation", Role.process, (M, N, U))
def evaluation(read: Reader) -> Outcome:
    return yes_no(read("psychosocial.psychological_evaluation_done"), yes=M, no=N)


@rule("psych.psychiatric_illness", Role.defer, (M, N, U), finding=H)
def psychiatric_illness(read: Reader) -> Outcome:
    return yes_no(read("psychosocial.untreated_major_psychiatric_illness"), yes=N, no=M)


@rule("psych.substance_misuse", Role.defer, (M, N, U), finding=H)
def substance_misuse(read: Reader) -> Outcome:
    return yes_no(read("psychosocial.active_substance_misuse"), yes=N, no=M)


@rule("psych.factors", Role.relative, (M, C, U), params=("count",), finding=H)
def factors(read: Reader) -> Outcome:
    values = read.many(f"psychosocial.{name}" for name in PSYCHOSOCIAL_FACTORS)
    outcome = any_present(values, present=C)
    present = sum(v == "yes" for v in values)
    return Outcome(
        outcome.status,
        {"count": str(present), "present": present, "factors": len(PSYCHOSOCIAL_FACTORS)},
    )


RULES = (evaluation, psychiatric_illness, substance_misuse, factors)
