"""Safety: red flags, absolute contraindications, deferrals and cautions, graded as the practice
parameters (north-shipley-2007) and the device labels grade them."""

from __future__ import annotations

from decision_aid.domain.assessment import RED_FLAGS
from decision_aid.domain.rules.base import (
    C,
    H,
    K,
    M,
    N,
    Outcome,
    R,
    Reader,
    Role,
    U,
    any_present,
    is_unknown,
    rule,
    yes_no,
)


@rule("safety.red_flags", Role.safety, (M, R, U))
def red_flags(read: Reader) -> Outcome:
    return any_present(read.many(f"safety.{name}" for name in RED_FLAGS), present=R)


@rule("safety.infection", Role.safety, (M, N, U))
def infection(read: Reader) -> Outcome:
    values = read.many(("safety.active_systemic_infection", "safety.implant_site_infection"))
    return any_present(values, present=N)


@rule("safety.coagulopathy", Role.safety, (M, N, U))
def coagulopathy(read: Reader) -> Outcome:
    return yes_no(read("safety.coagulopathy"), yes=N, no=M)


@rule("safety.device_use", Role.safety, (M, N, U), finding=K)
def device_use(read: Reader) -> Outcome:
    return yes_no(read("safety.able_to_operate_device"), yes=M, no=N)


@rule("safety.diathermy", Role.safety, (M, N, U))
def diathermy(read: Reader) -> Outcome:
    return yes_no(read("safety.therapeutic_diathermy_needed"), yes=N, no=M)


@rule("safety.surgical_risk", Role.safety, (M, N, U))
def surgical_risk(read: Reader) -> Outcome:
    return yes_no(read("safety.unacceptable_surgical_risk"), yes=N, no=M)


@rule("safety.pregnancy", Role.defer, (M, N, U), finding=H)
def pregnancy(read: Reader) -> Outcome:
    answer = read("safety.pregnancy")
    if is_unknown(answer):
        return Outcome(U)
    return Outcome(N if answer == "yes" else M)


@rule("safety.antithrombotic", Role.process, (M, N, C, U), finding=H)
def antithrombotic(read: Reader) -> Outcome:
    used = read("safety.antithrombotic_use")
    if is_unknown(used):
        return Outcome(U)
    if used == "no":
        return Outcome(M)
    # Taking one: the plan is a step to complete, and with it the drug remains a caution.
    return yes_no(read("safety.interruption_plan_agreed"), yes=C, no=N)


@rule("safety.cardiac_device", Role.relative, (M, C, U), finding=H)
def cardiac_device(read: Reader) -> Outcome:
    return yes_no(read("safety.implanted_cardiac_device"), yes=C, no=M)


@rule("safety.immunosuppression", Role.relative, (M, C, U), finding=H)
def immunosuppression(read: Reader) -> Outcome:
    return yes_no(read("safety.immunosuppression"), yes=C, no=M)


@rule("safety.occupational_risk", Role.relative, (M, C, U), finding=H)
def occupational_risk(read: Reader) -> Outcome:
    return yes_no(read("safety.occupational_risk"), yes=C, no=M)


@rule("safety.comorbid_pain", Role.relative, (M, C, U), finding=H)
def comorbid_pain(read: Reader) -> Outcome:
    return yes_no(read("safety.comorbid_chronic_pain_syndrome"), yes=C, no=M)


@rule("safety.mri", Role.info, (M, C, U), finding=H)
def mri(read: Reader) -> Outcome:
    # A device-selection point (choose an MR Conditional system), not doubt about candidacy.
    return yes_no(read("safety.expected_mri_need"), yes=C, no=M)


RULES = (
    red_flags,
    infection,
    coagulopathy,
    device_use,
    diathermy,
    surgical_risk,
    pregnancy,
    antithrombotic,
    cardiac_device,
    immunosuppression,
    occupational_risk,
    comorbid_pain,
    mri,
)
