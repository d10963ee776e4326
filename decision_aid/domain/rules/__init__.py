"""The rule catalogue, in the order a clinician works through an assessment."""

from __future__ import annotations

from decision_aid.domain.rules import crps, general, psps, psychosocial, safety, sci, trial
from decision_aid.domain.rules.base import Outcome, Reader, Role, Rule, Status

ALL_RULES: tuple[Rule, ...] = (
    *safety.RULES[:1],  # red flags stand first
    *general.RULES,
    *crps.RULES,
    *psps.RULES,
    *sci.RULES,
    *psychosocial.RULES,
    *safety.RULES[1:],
    *trial.RULES,
)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in ALL_RULES}

__all__ = ["ALL_RULES", "RULES_BY_ID", "Outcome", "Reader", "Role", "Rule", "Status"]
