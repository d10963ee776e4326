"""Assessments for tests: a fully answered baseline that meets every criterion, then overrides."""

from __future__ import annotations

from typing import Any

from decision_aid.domain.assessment import (
    BUDAPEST_SIGN_ITEMS,
    BUDAPEST_SYMPTOM_ITEMS,
    DN4_ITEMS,
    PSYCHOSOCIAL_FACTORS,
    RED_FLAGS,
    Assessment,
)


def baseline_data(indication: str = "crps", stage: str = "pre_trial") -> dict[str, Any]:
    """Every answer given and favourable: evaluates to 'appropriate' for crps and psps_t2."""
    dn4 = {item: ("yes" if i < 5 else "no") for i, item in enumerate(DN4_ITEMS)}
    symptoms = {i: "yes" for items in BUDAPEST_SYMPTOM_ITEMS.values() for i in items}
    signs = {i: "observed" for items in BUDAPEST_SIGN_ITEMS.values() for i in items}
    safety = {name: "no" for name in RED_FLAGS}
    safety.update(
        active_systemic_infection="no",
        implant_site_infection="no",
        coagulopathy="no",
        antithrombotic_use="no",
        interruption_plan_agreed=None,
        pregnancy="no",
        expected_mri_need="no",
        implanted_cardiac_device="no",
        able_to_operate_device="yes",
        immunosuppression="no",
        therapeutic_diathermy_needed="no",
        unacceptable_surgical_risk="no",
        occupational_risk="no",
        comorbid_chronic_pain_syndrome="no",
    )
    psychosocial = {name: "no" for name in PSYCHOSOCIAL_FACTORS}
    psychosocial.update(
        psychological_evaluation_done="yes",
        untreated_major_psychiatric_illness="no",
        active_substance_misuse="no",
    )
    trial: dict[str, Any] = {"stage": stage}
    if stage == "post_trial":
        trial.update(pain_relief_percent=60, function_change="improved", analgesic_change="stable")
    return {
        "schema_version": 2,
        "patient": {"id": "T-1", "age": 50, "assessment_date": "2026-11-01", "clinician": "Dr T"},
        "indication": indication,
        "pain": {
            "duration_months": 12,
            "intensity": {"value": 70, "scale": "vas"},
            "leg_intensity": {"value": 70, "scale": "vas"},
            "back_intensity": {"value": 30, "scale": "vas"},
            "dn4": dn4,
        },
        "crps": {
            "disproportionate_pain": "yes",
            "symptoms": symptoms,
            "signs": signs,
            "no_better_explanation": "yes",
            "crps_type": "I",
        },
        "psps_t2": {
            "prior_spine_surgery": "yes",
            "predominance": "leg",
            "surgical_reevaluation_done": "yes",
            "correctable_lesion": "no",
            "lesion_deficit_or_instability": "unknown",
        },
        "sci": {
            "neurological_level": "T10",
            "ais_grade": "C",
            "iscip_pain_type": "below_level",
            "months_since_injury": 36,
        },
        "treatment": {
            "failed_pharmacological": "yes",
            "failed_physical_rehab": "yes",
            "failed_psychological": "yes",
            "mdt_assessment_done": "yes",
        },
        "psychosocial": psychosocial,
        "safety": safety,
        "trial": trial,
    }


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    node = data
    for part in parents:
        node = node[part]
    node[leaf] = value


def make(indication: str = "crps", stage: str = "pre_trial", **overrides: Any) -> Assessment:
    """Baseline plus overrides given as dotted paths with '__' for '.', e.g. pain__duration_months=3."""
    data = baseline_data(indication, stage)
    for key, value in overrides.items():
        set_path(data, key.replace("__", "."), value)
    return Assessment.model_validate(data)
