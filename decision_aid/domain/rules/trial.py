"""After the trial: relief against the threshold agreed beforehand, analgesic use and function."""

from __future__ import annotations

from decision_aid.domain.assessment import Stage
from decision_aid.domain.rules.base import C, M, N, Outcome, Param, Reader, Role, U, is_unknown, rule

POST = (Stage.post_trial,)
DEFAULT_THRESHOLD_PERCENT = 50  # north-shipley-2007: the common convention when none was agreed


@rule("trial.pain_relief", Role.eligibility, (M, N, U), stages=POST, params=("relief", "threshold"))
def pain_relief(read: Reader) -> Outcome:
    agreed = read("trial.success_threshold_percent")
    threshold = DEFAULT_THRESHOLD_PERCENT if is_unknown(agreed) else agreed
    relief = read("trial.pain_relief_percent")
    params: dict[str, Param] = {"threshold": f"{threshold:g}", "threshold_percent": threshold}
    if is_unknown(relief):
        return Outcome(U, params)
    params.update(relief=f"{relief:g}", relief_percent=relief)
    return Outcome(M if relief >= threshold else N, params)


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
