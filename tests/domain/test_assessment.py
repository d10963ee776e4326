"""The assessment file model: JSON round trip, unknown as a first-class value, validation."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from decision_aid.domain.assessment import Assessment, PainScore
from decision_aid.domain.evaluate import evaluate
from decision_aid.resources_path import EXAMPLES, example_path
from decision_aid.storage import dump_assessment, load_assessment, parse_assessment
from tests.builders import make


def test_json_round_trip_is_lossless() -> None:
    original = make(
        "psps_t2",
        "post_trial",
        patient__notes="多行\n备注 ✓",
        pain__intensity={"value": 7, "scale": "nrs"},
    )
    again = parse_assessment(dump_assessment(original))
    assert again == original
    assert again.pain.intensity is not None and again.pain.intensity.scale == "nrs"
    assert json.loads(dump_assessment(again))["schema_version"] == 2


def test_a_new_assessment_is_unanswered_not_no_and_not_unknown() -> None:
    blank = Assessment(indication="crps")
    assert blank.safety.coagulopathy is None
    assert blank.pain.duration_months is None
    assert blank.crps.signs.oedema is None
    assert blank.crps.crps_type is None


def test_nrs_converts_explicitly_to_vas() -> None:
    assert PainScore(value=7, scale="nrs").vas_mm == 70
    assert PainScore(value=7, scale="vas").vas_mm == 7


@pytest.mark.parametrize(("value", "scale"), [(140, "vas"), (11, "nrs"), (-1, "vas")])
def test_impossible_pain_scores_are_rejected(value: float, scale: str) -> None:
    with pytest.raises(ValidationError, match="must be between 0 and"):
        PainScore(value=value, scale=scale)


def test_dn4_score_is_a_range_while_items_are_unknown() -> None:
    evaluation = evaluate(make("psps_t2", pain__dn4__burning="unknown", pain__dn4__itching="yes"))
    dn4 = next(r for r in evaluation.reasons if r.rule == "general.dn4")
    assert (dn4.params["low"], dn4.params["high"], dn4.params["items"]) == (5, 6, 10)


def test_neurological_level_is_normalised_and_checked() -> None:
    assert make("sci", sci__neurological_level=" t4 ").sci.neurological_level == "T4"
    with pytest.raises(ValidationError, match="level such as"):
        make("sci", sci__neurological_level="T13")


def test_unknown_keys_are_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Assessment.model_validate({"schema_version": 2, "indication": "crps", "pian": {}})


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_load_and_reach_their_documented_verdicts(name: str) -> None:
    expected = {"crps": "appropriate", "psps_t2": "uncertain", "sci": "investigational"}
    evaluation = evaluate(load_assessment(example_path(name)))
    assert evaluation.verdict == expected[name]
    assert evaluation.missing == []
