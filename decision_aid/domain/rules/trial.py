"""After the trial: the common convention of about 50% relief with stable or fewer analgesics."""

from __future__ import annotations

from decision_aid.domain.assessment import Stage
from decision_aid.domain.rules.base import C, M, N, Outcome, Reader, Role, U, is_unknown, rule

MIN_RELIEF_PERCENT = 50  # trial-success, nice-ta159
POST = (Stage.post_trial,)


@rule("trial.pain_relief", Role.eligibility, (M, N, U), stages=POST, params=("relief",))
def pain_relief(read: Reader) -> Outcome:
    relief = read("trial.pain_relief_percent")
    if is_unknown(relief):
        return Outcome(U)
    status = M if relief >= MIN_RELIEF_PERCENT else N
    return Outcome(status, {"relief": f"{relief:g}", "relief_percent": relief})


@rule("trial.analgesics", Role.eligibility, (M, N, U), stages=POST)
def analgesics(read: Reader) -> Outcome:
    change = read("trial.analgesic_change")
    if is_unknown(change):
        return Outcome(U)
    return Outcome(N if change == "increased" else M)


@rule("trial.function", Role.relative, (M, C, U), stages=POST)
def function(read: Reader) -> Outcome:
    change = read("trial.function_change")
    if is_unknown(change):
        return Outcome(U)
    return Outcome(M if change == "improved" else C)


RULES = (pain_relief, analgesics, function)
