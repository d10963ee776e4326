"""Safety: red flags, absolute and relative contraindications."""

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


@rule("safety.antithrombotic", Role.process, (M, N, U))
def antithrombotic(read: Reader) -> Outcome:
    used = read("safety.antithrombotic_use")
    if is_unknown(used):
        return Outcome(U)
    if used == "no":
        return Outcome(M)
    return yes_no(read("safety.interruption_plan_agreed"), yes=M, no=N)


@rule("safety.pregnancy", Role.relative, (M, C, U), finding=H)
def pregnancy(read: Reader) -> Outcome:
    return yes_no(read("safety.pregnancy"), yes=C, no=M)


@rule("safety.mri", Role.relative, (M, C, U), finding=H)
def mri(read: Reader) -> Outcome:
    return yes_no(read("safety.expected_mri_need"), yes=C, no=M)


@rule("safety.cardiac_device", Role.relative, (M, C, U), finding=H)
def cardiac_device(read: Reader) -> Outcome:
    return yes_no(read("safety.implanted_cardiac_device"), yes=C, no=M)


@rule("safety.immunosuppression", Role.relative, (M, C, U), finding=H)
def immunosuppression(read: Reader) -> Outcome:
    return yes_no(read("safety.immunosuppression"), yes=C, no=M)


RULES = (
    red_flags,
    infection,
    coagulopathy,
    device_use,
    antithrombotic,
    pregnancy,
    mri,
    cardiac_device,
    immunosuppression,
)
