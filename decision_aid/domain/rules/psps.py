"""PSPS-T2 (formerly FBSS): prior surgery, the leg-predominant pathway, surgical re-evaluation."""

from __future__ import annotations

from decision_aid.domain.assessment import Indication, PainScore
from decision_aid.domain.rules.base import C, M, N, Outcome, R, Reader, Role, U, is_unknown, rule, yes_no
from decision_aid.domain.rules.general import intensity_outcome

PSPS = (Indication.psps_t2,)


@rule("psps.prior_surgery", Role.eligibility, (M, N, U), indications=PSPS)
def prior_surgery(read: Reader) -> Outcome:
    return yes_no(read("psps_t2.prior_spine_surgery"), yes=M, no=N)


def _scores(read: Reader) -> tuple[PainScore | None, PainScore | None]:
    leg, back = read.many(("pain.leg_intensity", "pain.back_intensity"))
    # A score answered "unknown" on purpose decides nothing, like no answer.
    return (leg if isinstance(leg, PainScore) else None, back if isinstance(back, PainScore) else None)


def pathway(read: Reader) -> str:
    """'leg', 'back', 'conflict' (stated predominance contradicts the scores) or 'unknown'."""
    stated = read("psps_t2.predominance")
    leg, back = _scores(read)
    from_scores: str | None = None
    if leg is not None and back is not None:
        from_scores = "equal" if leg.vas_mm == back.vas_mm else (
            "leg" if leg.vas_mm > back.vas_mm else "back"
        )
    if stated in ("leg", "back"):
        return "conflict" if from_scores not in (None, "equal", stated) else str(stated)
    if stated == "equal":
        return "leg"
    if from_scores is None:
        return "unknown"
    return "back" if from_scores == "back" else "leg"


@rule("psps.leg_predominant", Role.relative, (M, N, C, U), indications=PSPS)
def leg_predominant(read: Reader) -> Outcome:
    found = pathway(read)
    if found == "conflict":
        # Not silently accepted: the disagreement is outstanding until one answer is corrected.
        return Outcome(N, focus="psps_t2.predominance")
    return Outcome({"leg": M, "back": C, "unknown": U}[found])


@rule("psps.pain_intensity", Role.eligibility, (M, N, U), indications=PSPS, params=("vas",))
def pain_intensity(read: Reader) -> Outcome:
    found = pathway(read)
    if found == "conflict":
        return Outcome(U, focus="psps_t2.predominance")
    leg, back = _scores(read)
    if found == "leg":
        # PROCESS enrolled predominant radicular leg pain: the leg score is the one that counts.
        return intensity_outcome(leg)
    # Off the leg pathway the worse of leg and back pain is the patient's intensity. For FBSS/PSPS-T2
    # the questionnaire asks the leg and back scores only, so no overall score is read here.
    parts = [s for s in (leg, back) if s is not None]
    return intensity_outcome(max(parts, key=lambda s: s.vas_mm) if parts else None)


@rule("psps.surgical_reevaluation", Role.process, (M, N, U), indications=PSPS)
def surgical_reevaluation(read: Reader) -> Outcome:
    return yes_no(read("psps_t2.surgical_reevaluation_done"), yes=M, no=N)


@rule("psps.no_correctable_lesion", Role.safety, (M, C, R, U), indications=PSPS)
def correctable_lesion(read: Reader) -> Outcome:
    lesion = read("psps_t2.correctable_lesion")
    if is_unknown(lesion):
        return Outcome(U)
    if lesion == "no":
        return Outcome(M)
    # north-2005 randomised reoperation candidates (and favoured SCS): a correctable lesion is a
    # surgery-versus-SCS discussion. Only compression with a serious deficit or gross instability
    # stops SCS (north-shipley-2007), and that is a red-flag matter.
    return yes_no(read("psps_t2.lesion_deficit_or_instability"), yes=R, no=C)


RULES = (prior_surgery, leg_predominant, pain_intensity, surgical_reevaluation, correctable_lesion)
