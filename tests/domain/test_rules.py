"""Every rule with met, not-met (or caution / red flag) and unknown inputs."""

from __future__ import annotations

from typing import Any

import pytest

from decision_aid.domain.evaluate import Evaluation, evaluate
from decision_aid.domain.rules import ALL_RULES, Status
from tests.builders import make

M, N, U, C, R = "met", "not_met", "unknown", "caution", "red_flag"
VAS = {"value": 70, "scale": "vas"}

# (rule, indication, stage, overrides, expected status)
CASES: list[tuple[str, str, str, dict[str, Any], str]] = [
    ("safety.red_flags", "crps", "pre_trial", {}, M),
    ("safety.red_flags", "crps", "pre_trial", {"safety__suspected_tumour": "yes"}, R),
    ("safety.red_flags", "crps", "pre_trial", {"safety__cauda_equina_signs": "unknown"}, U),
    (
        "safety.red_flags",
        "crps",
        "pre_trial",
        {"safety__cauda_equina_signs": "unknown", "safety__suspected_fracture": "yes"},
        R,
    ),
    ("general.age", "crps", "pre_trial", {}, M),
    ("general.age", "crps", "pre_trial", {"patient__age": 17}, N),
    ("general.age", "crps", "pre_trial", {"patient__age": 18}, M),
    ("general.age", "crps", "pre_trial", {"patient__age": None}, U),
    ("general.pain_duration", "crps", "pre_trial", {"pain__duration_months": 6}, M),
    ("general.pain_duration", "crps", "pre_trial", {"pain__duration_months": 5.9}, N),
    ("general.pain_duration", "crps", "pre_trial", {"pain__duration_months": None}, U),
    ("general.pain_intensity", "crps", "pre_trial", {"pain__intensity": {"value": 50}}, M),
    ("general.pain_intensity", "crps", "pre_trial", {"pain__intensity": {"value": 49}}, N),
    (
        "general.pain_intensity",
        "crps",
        "pre_trial",
        {"pain__intensity": {"value": 5, "scale": "nrs"}},
        M,
    ),
    (
        "general.pain_intensity",
        "crps",
        "pre_trial",
        {"pain__intensity": {"value": 4, "scale": "nrs"}},
        N,
    ),
    ("general.pain_intensity", "crps", "pre_trial", {"pain__intensity": None}, U),
    # PSPS-T2 on the leg-predominant pathway: the leg score decides.
    ("psps.pain_intensity", "psps_t2", "pre_trial", {"pain__intensity": None}, M),
    (
        "psps.pain_intensity",
        "psps_t2",
        "pre_trial",
        {
            "pain__intensity": None,
            "pain__leg_intensity": {"value": 40},
            "pain__back_intensity": {"value": 30},
        },
        N,
    ),
    (
        "psps.pain_intensity",
        "psps_t2",
        "pre_trial",
        {"pain__intensity": None, "pain__leg_intensity": None, "pain__back_intensity": None},
        U,
    ),
    ("general.dn4", "psps_t2", "pre_trial", {}, M),
    (
        "general.dn4",
        "psps_t2",
        "pre_trial",
        {"pain__dn4__burning": "no", "pain__dn4__tingling": "no"},
        C,
    ),
    (
        "general.dn4",
        "psps_t2",
        "pre_trial",
        {"pain__dn4__burning": "no", "pain__dn4__tingling": "no", "pain__dn4__itching": "unknown"},
        U,
    ),
    ("general.conventional_treatment", "crps", "pre_trial", {}, M),
    (
        "general.conventional_treatment",
        "crps",
        "pre_trial",
        {"treatment__failed_physical_rehab": "no"},
        N,
    ),
    (
        "general.conventional_treatment",
        "crps",
        "pre_trial",
        {"treatment__failed_psychological": "no"},
        C,
    ),
    (
        "general.conventional_treatment",
        "crps",
        "pre_trial",
        {"treatment__failed_pharmacological": "unknown"},
        U,
    ),
    ("general.mdt", "crps", "pre_trial", {"treatment__mdt_assessment_done": "no"}, N),
    ("general.mdt", "crps", "pre_trial", {"treatment__mdt_assessment_done": "unknown"}, U),
    ("general.mdt", "crps", "pre_trial", {}, M),
    ("crps.disproportionate_pain", "crps", "pre_trial", {}, M),
    ("crps.disproportionate_pain", "crps", "pre_trial", {"crps__disproportionate_pain": "no"}, N),
    (
        "crps.disproportionate_pain",
        "crps",
        "pre_trial",
        {"crps__disproportionate_pain": "unknown"},
        U,
    ),
    ("crps.no_better_explanation", "crps", "pre_trial", {}, M),
    ("crps.no_better_explanation", "crps", "pre_trial", {"crps__no_better_explanation": "no"}, N),
    (
        "crps.no_better_explanation",
        "crps",
        "pre_trial",
        {"crps__no_better_explanation": "unknown"},
        U,
    ),
    ("psps.prior_surgery", "psps_t2", "pre_trial", {}, M),
    ("psps.prior_surgery", "psps_t2", "pre_trial", {"psps_t2__prior_spine_surgery": "no"}, N),
    ("psps.prior_surgery", "psps_t2", "pre_trial", {"psps_t2__prior_spine_surgery": "unknown"}, U),
    ("psps.leg_predominant", "psps_t2", "pre_trial", {}, M),
    ("psps.leg_predominant", "psps_t2", "pre_trial", {"psps_t2__predominance": "equal"}, M),
    (
        "psps.leg_predominant",
        "psps_t2",
        "pre_trial",
        {"psps_t2__predominance": "back", "pain__back_intensity": {"value": 80}},
        C,
    ),
    # Stated "back" but the leg score is higher: a contradiction, shown as a problem.
    ("psps.leg_predominant", "psps_t2", "pre_trial", {"psps_t2__predominance": "back"}, N),
    # Not stated: derived from leg vs back intensity, which is shown among the inputs read.
    ("psps.leg_predominant", "psps_t2", "pre_trial", {"psps_t2__predominance": "unknown"}, M),
    (
        "psps.leg_predominant",
        "psps_t2",
        "pre_trial",
        {"psps_t2__predominance": "unknown", "pain__back_intensity": {"value": 90}},
        C,
    ),
    (
        "psps.leg_predominant",
        "psps_t2",
        "pre_trial",
        {"psps_t2__predominance": "unknown", "pain__leg_intensity": None},
        U,
    ),
    ("psps.surgical_reevaluation", "psps_t2", "pre_trial", {}, M),
    (
        "psps.surgical_reevaluation",
        "psps_t2",
        "pre_trial",
        {"psps_t2__surgical_reevaluation_done": "no"},
        N,
    ),
    (
        "psps.surgical_reevaluation",
        "psps_t2",
        "pre_trial",
        {"psps_t2__surgical_reevaluation_done": "unknown"},
        U,
    ),
    ("psps.no_correctable_lesion", "psps_t2", "pre_trial", {}, M),
    (
        "psps.no_correctable_lesion",
        "psps_t2",
        "pre_trial",
        {"psps_t2__correctable_lesion": "yes", "psps_t2__lesion_deficit_or_instability": "no"},
        C,
    ),
    (
        "psps.no_correctable_lesion",
        "psps_t2",
        "pre_trial",
        {"psps_t2__correctable_lesion": "yes", "psps_t2__lesion_deficit_or_instability": "yes"},
        R,
    ),
    (
        "psps.no_correctable_lesion",
        "psps_t2",
        "pre_trial",
        {"psps_t2__correctable_lesion": "yes"},
        U,
    ),
    (
        "psps.no_correctable_lesion",
        "psps_t2",
        "pre_trial",
        {"psps_t2__correctable_lesion": "unknown"},
        U,
    ),
    ("sci.investigational", "sci", "pre_trial", {}, C),
    ("sci.investigational", "sci", "pre_trial", {"sci__iscip_pain_type": "other"}, N),
    ("sci.pain_type", "sci", "pre_trial", {}, M),
    ("sci.pain_type", "sci", "pre_trial", {"sci__iscip_pain_type": "at_level"}, M),
    ("sci.pain_type", "sci", "pre_trial", {"sci__iscip_pain_type": "other"}, N),
    ("sci.pain_type", "sci", "pre_trial", {"sci__iscip_pain_type": "unknown"}, U),
    ("sci.lesion_completeness", "sci", "pre_trial", {}, M),
    ("sci.lesion_completeness", "sci", "pre_trial", {"sci__ais_grade": "A"}, C),
    ("sci.lesion_completeness", "sci", "pre_trial", {"sci__ais_grade": "unknown"}, U),
    ("psych.evaluation", "crps", "pre_trial", {}, M),
    (
        "psych.evaluation",
        "crps",
        "pre_trial",
        {"psychosocial__psychological_evaluation_done": "no"},
        N,
    ),
    (
        "psych.evaluation",
        "crps",
        "pre_trial",
        {"psychosocial__psychological_evaluation_done": "unknown"},
        U,
    ),
    ("psych.psychiatric_illness", "crps", "pre_trial", {}, M),
    (
        "psych.psychiatric_illness",
        "crps",
        "pre_trial",
        {"psychosocial__untreated_major_psychiatric_illness": "yes"},
        N,
    ),
    (
        "psych.psychiatric_illness",
        "crps",
        "pre_trial",
        {"psychosocial__untreated_major_psychiatric_illness": "unknown"},
        U,
    ),
    ("psych.substance_misuse", "crps", "pre_trial", {}, M),
    (
        "psych.substance_misuse",
        "crps",
        "pre_trial",
        {"psychosocial__active_substance_misuse": "yes"},
        N,
    ),
    (
        "psych.substance_misuse",
        "crps",
        "pre_trial",
        {"psychosocial__active_substance_misuse": "unknown"},
        U,
    ),
    ("psych.factors", "crps", "pre_trial", {}, M),
    ("psych.factors", "crps", "pre_trial", {"psychosocial__secondary_gain": "yes"}, C),
    ("psych.factors", "crps", "pre_trial", {"psychosocial__dysfunctional_coping": "unknown"}, U),
    ("safety.infection", "crps", "pre_trial", {}, M),
    ("safety.infection", "crps", "pre_trial", {"safety__implant_site_infection": "yes"}, N),
    ("safety.infection", "crps", "pre_trial", {"safety__active_systemic_infection": "unknown"}, U),
    ("safety.coagulopathy", "crps", "pre_trial", {}, M),
    ("safety.coagulopathy", "crps", "pre_trial", {"safety__coagulopathy": "yes"}, N),
    ("safety.coagulopathy", "crps", "pre_trial", {"safety__coagulopathy": "unknown"}, U),
    ("safety.device_use", "crps", "pre_trial", {}, M),
    ("safety.device_use", "crps", "pre_trial", {"safety__able_to_operate_device": "no"}, N),
    ("safety.device_use", "crps", "pre_trial", {"safety__able_to_operate_device": "unknown"}, U),
    ("safety.antithrombotic", "crps", "pre_trial", {}, M),
    (
        "safety.antithrombotic",
        "crps",
        "pre_trial",
        {"safety__antithrombotic_use": "yes", "safety__interruption_plan_agreed": "yes"},
        C,
    ),
    (
        "safety.antithrombotic",
        "crps",
        "pre_trial",
        {"safety__antithrombotic_use": "yes", "safety__interruption_plan_agreed": "no"},
        N,
    ),
    ("safety.antithrombotic", "crps", "pre_trial", {"safety__antithrombotic_use": "yes"}, U),
    ("safety.antithrombotic", "crps", "pre_trial", {"safety__antithrombotic_use": "unknown"}, U),
    ("safety.pregnancy", "crps", "pre_trial", {}, M),
    ("safety.pregnancy", "crps", "pre_trial", {"safety__pregnancy": "yes"}, N),
    ("safety.pregnancy", "crps", "pre_trial", {"safety__pregnancy": "not_applicable"}, M),
    ("safety.pregnancy", "crps", "pre_trial", {"safety__pregnancy": "unknown"}, U),
    ("safety.mri", "crps", "pre_trial", {}, M),
    ("safety.mri", "crps", "pre_trial", {"safety__expected_mri_need": "yes"}, C),
    ("safety.mri", "crps", "pre_trial", {"safety__expected_mri_need": "unknown"}, U),
    ("safety.cardiac_device", "crps", "pre_trial", {}, M),
    ("safety.cardiac_device", "crps", "pre_trial", {"safety__implanted_cardiac_device": "yes"}, C),
    (
        "safety.cardiac_device",
        "crps",
        "pre_trial",
        {"safety__implanted_cardiac_device": "unknown"},
        U,
    ),
    ("safety.immunosuppression", "crps", "pre_trial", {}, M),
    ("safety.immunosuppression", "crps", "pre_trial", {"safety__immunosuppression": "yes"}, C),
    ("safety.immunosuppression", "crps", "pre_trial", {"safety__immunosuppression": "unknown"}, U),
    ("trial.pain_relief", "crps", "post_trial", {"trial__pain_relief_percent": 50}, M),
    ("trial.pain_relief", "crps", "post_trial", {"trial__pain_relief_percent": 49.5}, N),
    ("trial.pain_relief", "crps", "post_trial", {"trial__pain_relief_percent": None}, U),
    ("trial.analgesics", "crps", "post_trial", {"trial__analgesic_change": "reduced"}, M),
    ("trial.analgesics", "crps", "post_trial", {"trial__analgesic_change": "increased"}, N),
    ("trial.analgesics", "crps", "post_trial", {"trial__analgesic_change": "unknown"}, U),
    ("trial.function", "crps", "post_trial", {}, M),
    ("trial.function", "crps", "post_trial", {"trial__function_change": "worse"}, C),
    ("trial.function", "crps", "post_trial", {"trial__function_change": "unknown"}, U),
    # Issue 12 additions.
    ("safety.diathermy", "crps", "pre_trial", {}, M),
    ("safety.diathermy", "crps", "pre_trial", {"safety__therapeutic_diathermy_needed": "yes"}, N),
    ("safety.diathermy", "crps", "pre_trial", {"safety__therapeutic_diathermy_needed": "unknown"}, U),
    ("safety.surgical_risk", "crps", "pre_trial", {}, M),
    ("safety.surgical_risk", "crps", "pre_trial", {"safety__unacceptable_surgical_risk": "yes"}, N),
    ("safety.surgical_risk", "crps", "pre_trial", {"safety__unacceptable_surgical_risk": "unknown"}, U),
    ("safety.occupational_risk", "crps", "pre_trial", {}, M),
    ("safety.occupational_risk", "crps", "pre_trial", {"safety__occupational_risk": "yes"}, C),
    ("safety.occupational_risk", "crps", "pre_trial", {"safety__occupational_risk": "unknown"}, U),
    ("safety.comorbid_pain", "crps", "pre_trial", {}, M),
    ("safety.comorbid_pain", "crps", "pre_trial", {"safety__comorbid_chronic_pain_syndrome": "yes"}, C),
    (
        "safety.comorbid_pain",
        "crps",
        "pre_trial",
        {"safety__comorbid_chronic_pain_syndrome": "unknown"},
        U,
    ),
    ("crps.dn4", "crps", "pre_trial", {}, M),
    ("crps.dn4", "crps", "pre_trial", {"pain__dn4__burning": "no", "pain__dn4__tingling": "no"}, N),
    ("crps.dn4", "crps", "pre_trial", {"pain__dn4__burning": "unknown", "pain__dn4__tingling": "no"}, U),
    ("crps.trial_success", "crps", "pre_trial", {}, M),
]


def reason(evaluation: Evaluation, rule_id: str) -> Any:
    found = [r for r in evaluation.reasons if r.rule == rule_id]
    assert len(found) == 1, f"{rule_id} reported {len(found)} times"
    return found[0]


@pytest.mark.parametrize(("rule_id", "indication", "stage", "overrides", "expected"), CASES)
def test_rule_status(
    rule_id: str, indication: str, stage: str, overrides: dict[str, Any], expected: str
) -> None:
    result = reason(evaluate(make(indication, stage, **overrides)), rule_id)
    assert result.status == expected
    assert result.citations, "every reason carries citation keys"
    assert result.inputs, "every reason lists the inputs it read"


def test_every_rule_is_covered_with_each_of_its_statuses() -> None:
    covered = {(rule_id, status) for rule_id, _, _, _, status in CASES}
    expected = {(r.id, s.value) for r in ALL_RULES for s in r.statuses}
    # crps.symptoms, crps.signs and crps.research_criteria are covered in test_budapest.py.
    budapest = {(i, s) for i, s in expected if i.startswith(("crps.symptoms", "crps.signs", "crps.research"))}
    assert expected - budapest - covered == set()


def test_unknown_status_lists_exactly_the_unknown_inputs_as_missing() -> None:
    evaluation = evaluate(make(safety__active_systemic_infection="unknown"))
    assert [(m.field, m.rules) for m in evaluation.missing] == [
        ("safety.active_systemic_infection", ["safety.infection"])
    ]
    assert evaluation.missing[0].label.en and evaluation.missing[0].label.zh


def test_inputs_record_values_and_nrs_conversion() -> None:
    evaluation = evaluate(make(pain__intensity={"value": 6, "scale": "nrs"}))
    pain = reason(evaluation, "general.pain_intensity")
    assert [(i.field, i.value) for i in pain.inputs] == [
        ("pain.intensity", "NRS 6/10 = VAS 60 mm"),
    ]
    assert "60" in pain.text.en and "60" in pain.text.zh


def test_psps_intensity_falls_back_to_worse_of_leg_and_back_off_the_leg_pathway() -> None:
    evaluation = evaluate(
        make(
            "psps_t2",
            pain__intensity=None,
            psps_t2__predominance="back",
            pain__back_intensity={"value": 80},
        )
    )
    pain = reason(evaluation, "psps.pain_intensity")
    assert [i.field for i in pain.inputs] == [
        "psps_t2.predominance",
        "pain.leg_intensity",
        "pain.back_intensity",
    ]
    assert pain.status == Status.met
    assert "80" in pain.text.en


def test_dn4_score_range_shown_when_items_unknown() -> None:
    evaluation = evaluate(make("psps_t2", pain__dn4__burning="unknown", pain__dn4__tingling="no"))
    dn4 = reason(evaluation, "general.dn4")
    # three certain "yes" plus one unknown: the score could be 3 or 4.
    assert dn4.status == Status.unknown
    assert "3-4/10" in dn4.text.en


def test_rules_for_other_indications_are_not_applied() -> None:
    ids = {r.rule for r in evaluate(make("crps")).reasons}
    assert not any(i.startswith(("psps.", "sci.", "trial.")) for i in ids)
    ids = {r.rule for r in evaluate(make("psps_t2", "post_trial")).reasons}
    assert not any(i.startswith(("crps.", "sci.")) for i in ids)
    assert {"trial.pain_relief", "trial.analgesics", "trial.function"} <= ids
