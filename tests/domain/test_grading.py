"""Issue 12: each verdict as the practice parameters, the labels and the trials grade it.

Every test checks the exact verdict, the next step and the reason that decides it.
"""

from __future__ import annotations

from typing import Any

import pytest

from decision_aid.domain.evaluate import Evaluation, Reason, evaluate
from tests.builders import make

LABELS = {"label-boston-sci", "label-abbott", "label-medtronic"}


def run(indication: str = "crps", stage: str = "pre_trial", **overrides: Any) -> Evaluation:
    return evaluate(make(indication, stage, **overrides))


def outcome(evaluation: Evaluation) -> tuple[str, str]:
    return evaluation.verdict.value, evaluation.next_step.key


def reason(evaluation: Evaluation, rule_id: str) -> Reason:
    (found,) = [r for r in evaluation.reasons if r.rule == rule_id]
    return found


def all_text(evaluation: Evaluation) -> str:
    parts = [evaluation.next_step.text.en]
    parts += [r.text.en for r in evaluation.reasons]
    return " ".join(parts)


# --- Verdict precedence -------------------------------------------------------------------------


@pytest.mark.parametrize("indication", ["crps", "psps_t2", "sci"])
def test_red_flag_stops_every_indication(indication: str) -> None:
    ev = run(indication, safety__cauda_equina_signs="yes")
    assert outcome(ev) == ("not_appropriate", "red_flag")
    assert reason(ev, "safety.red_flags").status == "red_flag"


def test_sci_with_a_contraindication_is_not_appropriate_not_investigational() -> None:
    ev = run("sci", safety__coagulopathy="yes")
    assert outcome(ev) == ("not_appropriate", "contraindication")
    assert reason(ev, "safety.coagulopathy").status == "not_met"


def test_sci_after_a_failed_trial_says_remove_the_trial_leads() -> None:
    ev = run("sci", "post_trial", trial__pain_relief_percent=20)
    assert outcome(ev) == ("not_appropriate", "trial_failed")
    assert reason(ev, "trial.pain_relief").status == "not_met"
    assert "Remove the trial leads" in ev.next_step.text.en


def test_sci_with_a_step_not_done_is_incomplete_and_names_the_step() -> None:
    ev = run("sci", treatment__mdt_assessment_done="no")
    assert outcome(ev) == ("incomplete", "incomplete")
    assert [(m.kind, m.field, m.rules) for m in ev.missing] == [
        ("step", "treatment.mdt_assessment_done", ["general.mdt"])
    ]


@pytest.mark.parametrize(
    ("overrides", "rule_id"),
    [({"patient__age": 16}, "general.age"), ({"safety__pregnancy": "yes"}, "safety.pregnancy")],
)
def test_sci_with_age_or_pregnancy_is_deferred(overrides: dict[str, Any], rule_id: str) -> None:
    ev = run("sci", **overrides)
    assert outcome(ev) == ("not_appropriate", "defer")
    assert reason(ev, rule_id).status == "not_met"


def test_sci_other_pain_type_leaves_the_pathway_without_a_research_protocol() -> None:
    ev = run("sci", sci__iscip_pain_type="other")
    assert outcome(ev) == ("not_appropriate", "not_eligible")
    assert reason(ev, "sci.pain_type").status == "not_met"
    assert reason(ev, "sci.investigational").status == "not_met"
    assert "does not apply" in reason(ev, "sci.investigational").text.en
    assert "research protocol is suggested" in reason(ev, "sci.investigational").text.en
    assert "within an ethics-approved research protocol" not in all_text(ev)


# --- "Incomplete" always says what is outstanding ------------------------------------------------


@pytest.mark.parametrize(
    ("indication", "overrides", "field", "rule_id"),
    [
        ("crps", {"treatment__mdt_assessment_done": "no"}, "treatment.mdt_assessment_done", "general.mdt"),
        (
            "crps",
            {"psychosocial__psychological_evaluation_done": "no"},
            "psychosocial.psychological_evaluation_done",
            "psych.evaluation",
        ),
        (
            "psps_t2",
            {"psps_t2__surgical_reevaluation_done": "no"},
            "psps_t2.surgical_reevaluation_done",
            "psps.surgical_reevaluation",
        ),
        (
            "crps",
            {"safety__antithrombotic_use": "yes", "safety__interruption_plan_agreed": "no"},
            "safety.interruption_plan_agreed",
            "safety.antithrombotic",
        ),
    ],
)
def test_a_step_not_done_is_listed_as_outstanding(
    indication: str, overrides: dict[str, Any], field: str, rule_id: str
) -> None:
    ev = run(indication, **overrides)
    assert outcome(ev) == ("incomplete", "incomplete")
    assert ev.verdict_label.en == "Incomplete: answers or steps outstanding"
    (item,) = ev.missing
    assert (item.kind, item.field, item.rules) == ("step", field, [rule_id])
    title = reason(ev, rule_id).title
    assert item.label.en == f"Step not yet done: {title.en}"
    assert item.label.zh == f"尚未完成的步骤：{title.zh}"


def test_unanswered_questions_and_steps_are_listed_together() -> None:
    ev = run(treatment__mdt_assessment_done="no", pain__duration_months=None)
    assert outcome(ev) == ("incomplete", "incomplete")
    assert {(m.kind, m.field) for m in ev.missing} == {
        ("step", "treatment.mdt_assessment_done"),
        ("question", "pain.duration_months"),
    }


def test_the_terminal_view_names_the_step_instead_of_none() -> None:
    from decision_aid.textview import render_evaluation

    text = render_evaluation(run(psychosocial__psychological_evaluation_done="no"))
    missing = text.split("Missing information:")[1]
    assert "none" not in missing.splitlines()[1]
    assert "Step not yet done: Psychological evaluation" in missing


# --- After a trial ----------------------------------------------------------------------------

SETTLED_SIGNS = {
    f"crps__signs__{name}": "history_only"
    for name in (
        "hyperalgesia_pinprick",
        "allodynia_light_touch",
        "allodynia_deep_pressure",
        "allodynia_joint_movement",
        "temperature_asymmetry",
        "skin_colour_change",
        "skin_colour_asymmetry",
        "oedema",
        "sweating_change",
        "sweating_asymmetry",
        "decreased_range_of_motion",
        "motor_dysfunction",
        "trophic_changes",
    )
}


def test_after_a_successful_crps_trial_settled_signs_do_not_undo_the_diagnosis() -> None:
    ev = run("crps", "post_trial", **SETTLED_SIGNS)
    assert outcome(ev) == ("appropriate", "proceed_implant")
    assert "crps.signs" not in {r.rule for r in ev.reasons}
    after = reason(ev, "crps.signs_after_trial")
    assert after.status == "met"
    assert "Categories with signs seen at this examination: 0." in after.text.en
    # Before the trial the signs are still required at the examination.
    before = run("crps", "pre_trial", **SETTLED_SIGNS)
    assert outcome(before) == ("not_appropriate", "not_eligible")
    assert reason(before, "crps.signs").status == "not_met"


def test_trial_relief_is_judged_against_the_threshold_agreed_before_the_trial() -> None:
    default = reason(run("crps", "post_trial", trial__pain_relief_percent=55), "trial.pain_relief")
    assert default.status == "met"
    assert "55%, reaching the success threshold of 50% (the one agreed before the trial" in default.text.en
    strict = run("crps", "post_trial", trial__pain_relief_percent=60, trial__success_threshold_percent=70)
    assert outcome(strict) == ("not_appropriate", "trial_failed")
    assert "60%, below the success threshold of 70%" in reason(strict, "trial.pain_relief").text.en
    lenient = run("crps", "post_trial", trial__pain_relief_percent=45, trial__success_threshold_percent=40)
    assert outcome(lenient) == ("appropriate", "proceed_implant")
    unknown = reason(run("crps", "post_trial", trial__pain_relief_percent=None), "trial.pain_relief")
    assert "(success threshold: 50%)" in unknown.text.en


def test_worse_function_with_enough_relief_is_a_caution_for_the_mdt() -> None:
    ev = run("psps_t2", "post_trial", trial__pain_relief_percent=80, trial__function_change="worse")
    assert outcome(ev) == ("uncertain", "mdt_review")
    assert reason(ev, "trial.function").status == "caution"
    assert "relief with worse function" in reason(ev, "trial.function").text.en


def test_more_analgesics_fail_the_trial_even_with_enough_relief() -> None:
    ev = run("crps", "post_trial", trial__pain_relief_percent=80, trial__analgesic_change="increased")
    assert outcome(ev) == ("not_appropriate", "trial_failed")
    assert reason(ev, "trial.analgesics").status == "not_met"


# --- Contraindications and cautions as the sources grade them ---------------------------------


@pytest.mark.parametrize(
    ("overrides", "rule_id"),
    [
        ({"safety__able_to_operate_device": "no"}, "safety.device_use"),
        ({"safety__therapeutic_diathermy_needed": "yes"}, "safety.diathermy"),
        ({"safety__unacceptable_surgical_risk": "yes"}, "safety.surgical_risk"),
    ],
)
def test_absolute_contraindications_cite_the_parameters_and_all_three_labels(
    overrides: dict[str, Any], rule_id: str
) -> None:
    ev = run("psps_t2", **overrides)
    assert outcome(ev) == ("not_appropriate", "contraindication")
    decisive = reason(ev, rule_id)
    assert decisive.status == "not_met"
    assert {"north-shipley-2007", *LABELS} <= set(decisive.citations)


@pytest.mark.parametrize(
    ("overrides", "rule_id"),
    [
        ({"safety__active_systemic_infection": "yes"}, "safety.infection"),
        ({"safety__coagulopathy": "yes"}, "safety.coagulopathy"),
    ],
)
def test_infection_and_coagulopathy_stay_absolute(overrides: dict[str, Any], rule_id: str) -> None:
    ev = run("crps", **overrides)
    assert outcome(ev) == ("not_appropriate", "contraindication")
    assert "north-shipley-2007" in reason(ev, rule_id).citations


def test_diathermy_text_says_the_labels_bar_it_and_warn_of_death() -> None:
    text = reason(run(safety__therapeutic_diathermy_needed="yes"), "safety.diathermy").text.en
    assert "all three device labels warn against diathermy" in text
    assert "two state that it can cause severe injury or death" in text


def test_immunosuppression_alone_is_a_caution_unless_the_team_judges_the_risk_unacceptable() -> None:
    alone = run(safety__immunosuppression="yes")
    assert outcome(alone) == ("uncertain", "mdt_review")
    assert reason(alone, "safety.immunosuppression").status == "caution"
    judged = run(safety__immunosuppression="yes", safety__unacceptable_surgical_risk="yes")
    assert outcome(judged) == ("not_appropriate", "contraindication")
    assert reason(judged, "safety.surgical_risk").status == "not_met"


def test_pregnancy_defers_and_not_applicable_is_an_answer() -> None:
    pregnant = run(safety__pregnancy="yes")
    assert outcome(pregnant) == ("not_appropriate", "defer")
    assert reason(pregnant, "safety.pregnancy").status == "not_met"
    assert "Boston Scientific" in reason(pregnant, "safety.pregnancy").text.en
    na = run(safety__pregnancy="not_applicable")
    assert outcome(na) == ("appropriate", "proceed_trial")
    assert na.missing == []
    unanswered = run(safety__pregnancy="unknown")
    assert outcome(unanswered) == ("incomplete", "incomplete")
    assert [m.field for m in unanswered.missing] == ["safety.pregnancy"]


def test_under_18_defers_and_refers_to_a_paediatric_centre() -> None:
    ev = run("psps_t2", patient__age=17)
    assert outcome(ev) == ("not_appropriate", "defer")
    assert reason(ev, "general.age").status == "not_met"
    assert "paediatric specialist centre" in reason(ev, "general.age").text.en
    assert "paediatric specialist centre" in ev.next_step.text.en


@pytest.mark.parametrize(
    ("overrides", "rule_id", "wording"),
    [
        (
            {"psychosocial__untreated_major_psychiatric_illness": "yes"},
            "psych.psychiatric_illness",
            "unresolved major psychiatric comorbidity",
        ),
        (
            {"psychosocial__active_substance_misuse": "yes"},
            "psych.substance_misuse",
            "an active and untreated substance abuse disorder",
        ),
    ],
)
def test_psychiatric_and_substance_problems_defer_in_the_parameters_words(
    overrides: dict[str, Any], rule_id: str, wording: str
) -> None:
    ev = run("crps", **overrides)
    assert outcome(ev) == ("not_appropriate", "defer")
    decisive = reason(ev, rule_id)
    assert decisive.status == "not_met"
    assert wording in decisive.text.en
    assert "defer, delay or modify the screening trial" in decisive.text.en
    assert "north-shipley-2007" in decisive.citations


@pytest.mark.parametrize(
    ("overrides", "rule_id"),
    [
        ({"safety__implanted_cardiac_device": "yes"}, "safety.cardiac_device"),
        ({"safety__occupational_risk": "yes"}, "safety.occupational_risk"),
        ({"safety__comorbid_chronic_pain_syndrome": "yes"}, "safety.comorbid_pain"),
        (
            {"safety__antithrombotic_use": "yes", "safety__interruption_plan_agreed": "yes"},
            "safety.antithrombotic",
        ),
    ],
)
def test_cautions_for_the_mdt(overrides: dict[str, Any], rule_id: str) -> None:
    ev = run("crps", **overrides)
    assert outcome(ev) == ("uncertain", "mdt_review")
    assert [r.rule for r in ev.reasons if r.status == "caution"] == [rule_id]
    assert "north-shipley-2007" in reason(ev, rule_id).citations


def test_foreseeable_mri_is_a_note_that_does_not_change_the_verdict() -> None:
    ev = run("crps", safety__expected_mri_need="yes")
    assert outcome(ev) == ("appropriate", "proceed_trial")
    note = reason(ev, "safety.mri")
    assert (note.role, note.status) == ("info", "caution")
    assert "MR Conditional" in note.text.en
    unanswered = run("crps", safety__expected_mri_need="unknown")
    assert outcome(unanswered) == ("appropriate", "proceed_trial")
    assert unanswered.missing == []


# --- Indication-specific ----------------------------------------------------------------------


def test_leg_predominant_fbss_is_judged_on_the_leg_pain_score() -> None:
    high_leg = run(
        "psps_t2",
        pain__intensity={"value": 45},
        pain__leg_intensity={"value": 60},
        pain__back_intensity={"value": 30},
    )
    assert outcome(high_leg) == ("appropriate", "proceed_trial")
    low_leg = run(
        "psps_t2",
        pain__intensity={"value": 80},
        pain__leg_intensity={"value": 45},
        pain__back_intensity={"value": 30},
    )
    assert outcome(low_leg) == ("not_appropriate", "not_eligible")
    decisive = reason(low_leg, "psps.pain_intensity")
    assert decisive.status == "not_met"
    assert "45 mm" in decisive.text.en
    # The overall score (80) is not even read on the leg-predominant pathway.
    assert "pain.intensity" not in [i.field for i in decisive.inputs]


def test_leg_predominance_that_contradicts_the_scores_is_a_problem() -> None:
    ev = run("psps_t2", pain__leg_intensity={"value": 40}, pain__back_intensity={"value": 80})
    assert outcome(ev) == ("incomplete", "incomplete")
    assert reason(ev, "psps.leg_predominant").status == "not_met"
    text = reason(ev, "psps.leg_predominant").text.en
    assert "disagrees with the recorded leg and back pain scores" in text
    kinds = {(m.kind, m.field) for m in ev.missing}
    assert ("conflict", "psps_t2.predominance") in kinds
    assert all(m.label.en.startswith("Answers disagree") for m in ev.missing)


def test_correctable_lesion_is_a_discussion_unless_deficit_or_instability() -> None:
    lesion = run("psps_t2", psps_t2__correctable_lesion="yes", psps_t2__lesion_deficit_or_instability="no")
    assert outcome(lesion) == ("uncertain", "mdt_review")
    assert reason(lesion, "psps.no_correctable_lesion").status == "caution"
    assert "9/19 vs 3/26" in reason(lesion, "psps.no_correctable_lesion").text.en
    serious = run("psps_t2", psps_t2__correctable_lesion="yes", psps_t2__lesion_deficit_or_instability="yes")
    assert outcome(serious) == ("not_appropriate", "red_flag")
    assert reason(serious, "psps.no_correctable_lesion").status == "red_flag"
    asked = run("psps_t2", psps_t2__correctable_lesion="yes")
    assert outcome(asked) == ("incomplete", "incomplete")
    assert [m.field for m in asked.missing] == ["psps_t2.lesion_deficit_or_instability"]


def test_dn4_informs_but_does_not_decide_in_crps() -> None:
    low = {f"pain__dn4__{i}": "no" for i in ("burning", "painful_cold", "electric_shocks")}
    ev = run("crps", **low)
    assert outcome(ev) == ("appropriate", "proceed_trial")
    assert (reason(ev, "crps.dn4").role, reason(ev, "crps.dn4").status) == ("info", "not_met")
    blank = {f"pain__dn4__{i}": "unknown" for i in ("burning", "tingling", "numbness", "itching")}
    unanswered = run("crps", **blank)
    assert outcome(unanswered) == ("appropriate", "proceed_trial")
    assert unanswered.missing == []
    # For FBSS the same DN4 gaps are still outstanding.
    fbss = run("psps_t2", **blank)
    assert outcome(fbss) == ("incomplete", "incomplete")
    items = ("burning", "tingling", "numbness", "itching")
    assert {m.field for m in fbss.missing} == {f"pain.dn4.{i}" for i in items}


def test_nrs_conversion_is_presented_as_the_apps_not_nices() -> None:
    ev = run(pain__intensity={"value": 5, "scale": "nrs"})
    decisive = reason(ev, "general.pain_intensity")
    assert decisive.status == "met"
    assert "NICE TA159 states the VAS only" in decisive.threshold.en
    assert "That conversion is the app's, not NICE's" in decisive.threshold.en
    assert "converted by this app" in decisive.text.en


# --- Sources in the reasons -------------------------------------------------------------------


def test_red_flags_cite_red_flag_sources_not_nacc() -> None:
    ev = run(safety__suspected_fracture="yes")
    assert reason(ev, "safety.red_flags").citations == ["finucane-2020", "verhagen-2016"]
    assert ev.next_step.citations == ["finucane-2020", "verhagen-2016"]


def test_trial_step_questions_the_screening_trial_and_gives_figures_only_where_verified() -> None:
    crps = run("crps")
    assert crps.next_step.key == "proceed_trial"
    assert "trial-stim-2020" in crps.next_step.citations
    assert "sensitivity of 100% but a specificity of 8%" in crps.next_step.text.en
    assert "24 of 36" not in crps.next_step.text.en
    assert "24 of 36 patients had a successful test stimulation" in reason(crps, "crps.trial_success").text.en
    fbss = run("psps_t2")
    assert "crps.trial_success" not in {r.rule for r in fbss.reasons}
    assert "24 of 36" not in all_text(fbss)
