"""CRPS: the Budapest clinical criteria, counted item by item (budapest-2007)."""

from __future__ import annotations

from decision_aid.domain.assessment import (
    BUDAPEST_CATEGORIES,
    BUDAPEST_SIGN_ITEMS,
    BUDAPEST_SYMPTOM_ITEMS,
    Indication,
    Stage,
)
from decision_aid.domain.rules.base import (
    C,
    M,
    N,
    Outcome,
    Param,
    Reader,
    Role,
    U,
    is_unknown,
    rule,
    yes_no,
)
from decision_aid.domain.rules.general import dn4_outcome

SYMPTOM_CATEGORIES_CLINICAL = 3
SYMPTOM_CATEGORIES_RESEARCH = 4
SIGN_CATEGORIES = 2
CRPS = (Indication.crps,)
PRE = (Stage.pre_trial,)
POST = (Stage.post_trial,)


def category_counts(read: Reader, kind: str) -> tuple[int, int]:
    """(categories certainly positive, categories possibly positive) for symptoms or signs.

    A symptom counts when reported ("yes"); a sign only when observed at this evaluation, so a
    sign known from history alone counts as absent.
    """
    items = BUDAPEST_SYMPTOM_ITEMS if kind == "symptoms" else BUDAPEST_SIGN_ITEMS
    positive = "yes" if kind == "symptoms" else "observed"
    sure = possible = 0
    for category in BUDAPEST_CATEGORIES:
        values = read.many(f"crps.{kind}.{item}" for item in items[category])
        if any(v == positive for v in values):
            sure += 1
            possible += 1
        elif any(is_unknown(v) for v in values):
            possible += 1
    return sure, possible


def _at_least(sure: int, possible: int, needed: int) -> Outcome:
    count = str(sure) if sure == possible else f"{sure}-{possible}"
    params: dict[str, Param] = {
        "count": count,
        "positive": sure,
        "possible": possible,
        "categories": len(BUDAPEST_CATEGORIES),
        "needed": needed,
    }
    if sure >= needed:
        return Outcome(M, params)
    if possible < needed:
        return Outcome(N, params)
    return Outcome(U, params)


@rule("crps.disproportionate_pain", Role.eligibility, (M, N, U), indications=CRPS)
def disproportionate_pain(read: Reader) -> Outcome:
    return yes_no(read("crps.disproportionate_pain"), yes=M, no=N)


@rule("crps.symptoms", Role.eligibility, (M, N, U), indications=CRPS, params=("count",))
def symptoms(read: Reader) -> Outcome:
    return _at_least(*category_counts(read, "symptoms"), SYMPTOM_CATEGORIES_CLINICAL)


@rule("crps.signs", Role.eligibility, (M, N, U), indications=CRPS, stages=PRE, params=("count",))
def signs(read: Reader) -> Outcome:
    return _at_least(*category_counts(read, "signs"), SIGN_CATEGORIES)


@rule("crps.signs_after_trial", Role.info, (M,), indications=CRPS, stages=POST, params=("count",))
def signs_after_trial(read: Reader) -> Outcome:
    # The diagnosis made before the trial stands; signs that have settled since do not undo it.
    sure, possible = category_counts(read, "signs")
    return Outcome(M, {"count": str(sure) if sure == possible else f"{sure}-{possible}"})


@rule("crps.dn4", Role.info, (M, N, U), indications=CRPS, params=("score",))
def dn4(read: Reader) -> Outcome:
    # CRPS is diagnosed by the Budapest criteria: DN4 informs and never decides (or goes missing).
    outcome = dn4_outcome(read)
    return Outcome(N if outcome.status is C else outcome.status, outcome.params)


@rule("crps.trial_success", Role.info, (M,), indications=CRPS, stages=PRE)
def trial_success(read: Reader) -> Outcome:
    read("indication")
    return Outcome(M)


@rule("crps.no_better_explanation", Role.eligibility, (M, N, U), indications=CRPS)
def no_better_explanation(read: Reader) -> Outcome:
    return yes_no(read("crps.no_better_explanation"), yes=M, no=N)


@rule("crps.research_criteria", Role.info, (M, N, U), indications=CRPS)
def research_criteria(read: Reader) -> Outcome:
    symptoms_ = _at_least(*category_counts(read, "symptoms"), SYMPTOM_CATEGORIES_RESEARCH).status
    signs_ = _at_least(*category_counts(read, "signs"), SIGN_CATEGORIES).status
    if N in (symptoms_, signs_):
        return Outcome(N)
    return Outcome(M if symptoms_ == signs_ == M else U)


RULES = (
    disproportionate_pain,
    symptoms,
    signs,
    signs_after_trial,
    no_better_explanation,
    research_criteria,
    dn4,
    trial_success,
)
