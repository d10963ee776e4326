"""General criteria for every indication: NICE TA159, age, DN4, conventional treatment, MDT."""

from __future__ import annotations

from decision_aid.domain.assessment import DN4_ITEMS, Indication, PainScore
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
)

MIN_DURATION_MONTHS = 6  # nice-ta159
MIN_VAS_MM = 50  # nice-ta159 states the VAS only; NRS ≥5/10 is this app's own conversion
DN4_POSITIVE = 4  # dn4-2005
ADULT_AGE = 18  # north-shipley-2007 and the labels: not established in children
NOT_PSPS = (Indication.crps, Indication.sci)
DN4_INDICATIONS = (Indication.psps_t2, Indication.sci)


@rule("general.age", Role.defer, (M, N, U))
def age(read: Reader) -> Outcome:
    value = read("patient.age")
    if is_unknown(value):
        return Outcome(U)
    return Outcome(M if value >= ADULT_AGE else N)


@rule("general.pain_duration", Role.eligibility, (M, N, U))
def pain_duration(read: Reader) -> Outcome:
    months = read("pain.duration_months")
    if is_unknown(months):
        return Outcome(U)
    return Outcome(M if months >= MIN_DURATION_MONTHS else N)


def intensity_outcome(given: object) -> Outcome:
    # A number can be answered "unknown" on purpose: both that and no answer leave it undecided.
    score = given if isinstance(given, PainScore) else None
    if score is None:
        return Outcome(U)
    status = M if score.vas_mm >= MIN_VAS_MM else N
    return Outcome(status, {"vas": f"{score.vas_mm:g}", "vas_mm": score.vas_mm})


@rule("general.pain_intensity", Role.eligibility, (M, N, U), indications=NOT_PSPS, params=("vas",))
def pain_intensity(read: Reader) -> Outcome:
    return intensity_outcome(read("pain.intensity"))


def dn4_outcome(read: Reader) -> Outcome:
    values = read.many(f"pain.dn4.{item}" for item in DN4_ITEMS)
    low = sum(v == "yes" for v in values)
    high = low + sum(is_unknown(v) for v in values)
    score = f"{low}/10" if low == high else f"{low}-{high}/10"
    params: dict[str, Param] = {"score": score, "low": low, "high": high, "items": len(DN4_ITEMS)}
    if low >= DN4_POSITIVE:
        return Outcome(M, params)
    if high < DN4_POSITIVE:
        return Outcome(C, params)
    return Outcome(U, params)


@rule("general.dn4", Role.relative, (M, C, U), indications=DN4_INDICATIONS, params=("score",))
def dn4(read: Reader) -> Outcome:
    return dn4_outcome(read)


@rule("general.conventional_treatment", Role.eligibility, (M, N, C, U))
def conventional_treatment(read: Reader) -> Outcome:
    drugs, rehab = read.many(
        ("treatment.failed_pharmacological", "treatment.failed_physical_rehab")
    )
    if drugs == "no" or rehab == "no":
        return Outcome(N)
    if drugs != "yes" or rehab != "yes":
        return Outcome(U)
    psychological = read("treatment.failed_psychological")
    if is_unknown(psychological):
        return Outcome(U)
    return Outcome(M if psychological == "yes" else C)


@rule("general.mdt", Role.process, (M, N, U))
def mdt(read: Reader) -> Outcome:
    done = read("treatment.mdt_assessment_done")
    if is_unknown(done):
        return Outcome(U)
    return Outcome(M if done == "yes" else N)


RULES = (age, pain_duration, pain_intensity, dn4, conventional_treatment, mdt)
