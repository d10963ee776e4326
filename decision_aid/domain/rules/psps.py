"""PSPS-T2 (formerly FBSS): prior surgery, leg-predominant radicular pain, surgical re-evaluation."""

from __future__ import annotations

from decision_aid.domain.assessment import Indication, PainScore
from decision_aid.domain.rules.base import C, M, N, Outcome, Reader, Role, U, rule, yes_no

PSPS = (Indication.psps_t2,)


@rule("psps.prior_surgery", Role.eligibility, (M, N, U), indications=PSPS)
def prior_surgery(read: Reader) -> Outcome:
    return yes_no(read("psps_t2.prior_spine_surgery"), yes=M, no=N)


@rule("psps.leg_predominant", Role.relative, (M, C, U), indications=PSPS)
def leg_predominant(read: Reader) -> Outcome:
    predominance = read("psps_t2.predominance")
    if predominance in ("leg", "equal"):
        return Outcome(M)
    if predominance == "back":
        return Outcome(C)
    # Not stated: leg pain at least as strong as back pain counts as leg-predominant.
    leg, back = read.many(("pain.leg_intensity", "pain.back_intensity"))
    if not isinstance(leg, PainScore) or not isinstance(back, PainScore):
        return Outcome(U)
    return Outcome(M if leg.vas_mm >= back.vas_mm else C)


@rule("psps.surgical_reevaluation", Role.process, (M, N, U), indications=PSPS)
def surgical_reevaluation(read: Reader) -> Outcome:
    return yes_no(read("psps_t2.surgical_reevaluation_done"), yes=M, no=N)


@rule("psps.no_correctable_lesion", Role.eligibility, (M, N, U), indications=PSPS)
def no_correctable_lesion(read: Reader) -> Outcome:
    return yes_no(read("psps_t2.correctable_lesion"), yes=N, no=M)


RULES = (prior_surgery, leg_predominant, surgical_reevaluation, no_correctable_lesion)
