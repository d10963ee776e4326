"""Central neuropathic pain after spinal cord injury: investigational only."""

from __future__ import annotations

from decision_aid.domain.assessment import Indication
from decision_aid.domain.rules.base import C, M, N, Outcome, Reader, Role, U, is_unknown, rule

SCI = (Indication.sci,)


@rule("sci.investigational", Role.info, (C, N), indications=SCI)
def investigational(read: Reader) -> Outcome:
    # With ISCIP "other" pain the SCI pathway does not apply, so no research protocol is suggested.
    return Outcome(N if read("sci.iscip_pain_type") == "other" else C)


@rule("sci.pain_type", Role.eligibility, (M, N, U), indications=SCI)
def pain_type(read: Reader) -> Outcome:
    kind = read("sci.iscip_pain_type")
    if is_unknown(kind):
        return Outcome(U)
    # "Other" neuropathic pain in ISCIP is not caused by the cord injury itself.
    return Outcome(M if kind in ("at_level", "below_level") else N)


@rule("sci.lesion_completeness", Role.relative, (M, C, U), indications=SCI)
def lesion_completeness(read: Reader) -> Outcome:
    grade = read("sci.ais_grade")
    if is_unknown(grade):
        return Outcome(U)
    # cioni-1995: results were better in incomplete lesions; AIS A is a complete lesion.
    return Outcome(C if grade == "A" else M)


RULES = (investigational, pain_type, lesion_completeness)
