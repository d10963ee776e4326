"""Each verdict is reached, and the precedence between them holds (see domain/evaluate.py)."""

from __future__ import annotations

from typing import Any

import pytest

from decision_aid.domain.evaluate import evaluate
from tests.builders import make

RED_FLAG = {"safety__suspected_infection": "yes"}
ABSOLUTE = {"safety__coagulopathy": "yes"}
NOT_ELIGIBLE = {"pain__duration_months": 3}
UNKNOWN = {"treatment__mdt_assessment_done": "unknown"}
PROCESS_NOT_DONE = {"psychosocial__psychological_evaluation_done": "no"}
CAUTION = {"safety__implanted_cardiac_device": "yes"}


def verdict(indication: str = "crps", stage: str = "pre_trial", **overrides: Any) -> tuple[str, str]:
    evaluation = evaluate(make(indication, stage, **overrides))
    return evaluation.verdict.value, evaluation.next_step.key


@pytest.mark.parametrize("indication", ["crps", "psps_t2"])
def test_all_criteria_met_before_trial_means_proceed_to_trial(indication: str) -> None:
    assert verdict(indication) == ("appropriate", "proceed_trial")


@pytest.mark.parametrize("indication", ["crps", "psps_t2"])
def test_all_criteria_met_after_trial_means_proceed_to_implant(indication: str) -> None:
    assert verdict(indication, "post_trial") == ("appropriate", "proceed_implant")


def test_failed_trial_is_not_appropriate_with_its_own_next_step() -> None:
    assert verdict("crps", "post_trial", trial__pain_relief_percent=30) == (
        "not_appropriate",
        "trial_failed",
    )


def test_sci_is_investigational_when_nothing_else_stands_in_the_way() -> None:
    assert verdict("sci") == ("investigational", "investigational")
    assert verdict("sci", "post_trial") == ("investigational", "investigational")
    # A caution does not stand in the way: it is listed beside the investigational verdict.
    assert verdict("sci", **CAUTION) == ("investigational", "investigational")


def test_red_flag_precedes_everything_including_sci() -> None:
    combined = {**RED_FLAG, **ABSOLUTE, **NOT_ELIGIBLE, **UNKNOWN, **CAUTION}
    assert verdict("crps", **combined) == ("not_appropriate", "red_flag")
    assert verdict("sci", **RED_FLAG) == ("not_appropriate", "red_flag")


def test_absolute_contraindication_precedes_indication_and_eligibility() -> None:
    combined = {**ABSOLUTE, **NOT_ELIGIBLE, **UNKNOWN, **CAUTION}
    assert verdict("crps", **combined) == ("not_appropriate", "contraindication")
    assert verdict("sci", **ABSOLUTE) == ("not_appropriate", "contraindication")


@pytest.mark.parametrize(
    "overrides",
    [
        {"safety__active_systemic_infection": "yes"},
        {"safety__able_to_operate_device": "no"},
        {"safety__therapeutic_diathermy_needed": "yes"},
        {"safety__unacceptable_surgical_risk": "yes"},
        {"safety__coagulopathy": "yes"},
    ],
)
def test_each_absolute_contraindication_stops(overrides: dict[str, str]) -> None:
    assert verdict("psps_t2", **overrides) == ("not_appropriate", "contraindication")


def test_ineligible_precedes_incomplete_and_uncertain() -> None:
    assert verdict("crps", **NOT_ELIGIBLE, **UNKNOWN, **CAUTION) == (
        "not_appropriate",
        "not_eligible",
    )


def test_incomplete_precedes_uncertain() -> None:
    assert verdict("crps", **UNKNOWN, **CAUTION) == ("incomplete", "incomplete")


def test_a_process_step_not_done_makes_the_assessment_incomplete() -> None:
    assert verdict("crps", **PROCESS_NOT_DONE) == ("incomplete", "incomplete")


def test_caution_alone_is_uncertain() -> None:
    assert verdict("crps", **CAUTION) == ("uncertain", "mdt_review")


def test_info_rules_never_change_the_verdict() -> None:
    # Research criteria not met (only three symptom categories) leaves the verdict appropriate.
    overrides = {
        f"crps__symptoms__{i}": "no"
        for i in ("decreased_range_of_motion", "motor_dysfunction", "trophic_changes")
    }
    assert verdict("crps", **overrides) == ("appropriate", "proceed_trial")


def test_blank_assessment_is_incomplete_and_lists_what_is_missing() -> None:
    from decision_aid.domain.assessment import Assessment

    evaluation = evaluate(Assessment(indication="psps_t2"))
    assert evaluation.verdict == "incomplete"
    fields = {m.field for m in evaluation.missing}
    assert {"pain.duration_months", "psps_t2.prior_spine_surgery", "safety.coagulopathy"} <= fields
    assert "crps.disproportionate_pain" not in fields


def test_red_flags_stand_first_in_the_reasons() -> None:
    evaluation = evaluate(make("crps", **RED_FLAG, **NOT_ELIGIBLE))
    assert evaluation.reasons[0].rule == "safety.red_flags"
    assert evaluation.reasons[0].status == "red_flag"
    assert evaluation.reasons[1].status == "not_met"


def test_verdict_label_and_next_step_are_bilingual() -> None:
    evaluation = evaluate(make("sci"))
    assert evaluation.verdict_label.en and evaluation.verdict_label.zh
    assert evaluation.next_step.text.zh != evaluation.next_step.text.en
    assert evaluation.next_step.citations
