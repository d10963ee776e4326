"""Budapest clinical criteria counted item by item, and the research criteria reported beside them."""

from __future__ import annotations

from typing import Any

import pytest

from decision_aid.domain.assessment import BUDAPEST_SIGN_ITEMS, BUDAPEST_SYMPTOM_ITEMS, Assessment
from decision_aid.domain.evaluate import evaluate
from tests.builders import baseline_data


def crps_with(symptoms: dict[str, str], signs: dict[str, str]) -> Assessment:
    """Symptom and sign categories given as {category: value for all its items}."""
    data: dict[str, Any] = baseline_data("crps")
    for category, items in BUDAPEST_SYMPTOM_ITEMS.items():
        for item in items:
            data["crps"]["symptoms"][item] = symptoms.get(category, "no")
    for category, items in BUDAPEST_SIGN_ITEMS.items():
        for item in items:
            data["crps"]["signs"][item] = signs.get(category, "absent")
    return Assessment.model_validate(data)


def statuses(assessment: Assessment) -> dict[str, tuple[str, str]]:
    return {
        r.rule: (r.status.value, r.text.en)
        for r in evaluate(assessment).reasons
        if r.rule in ("crps.symptoms", "crps.signs", "crps.research_criteria")
    }


THREE = {"sensory": "yes", "vasomotor": "yes", "sudomotor": "yes"}
TWO_SIGNS = {"sensory": "observed", "motor_trophic": "observed"}


def test_exactly_three_symptom_categories_and_two_sign_categories_meet_clinical_criteria() -> None:
    result = statuses(crps_with(THREE, TWO_SIGNS))
    assert result["crps.symptoms"][0] == "met"
    assert result["crps.signs"][0] == "met"
    # Research criteria need all four symptom categories.
    assert result["crps.research_criteria"][0] == "not_met"
    assert evaluate(crps_with(THREE, TWO_SIGNS)).verdict == "appropriate"


def test_two_symptom_categories_do_not_meet() -> None:
    result = statuses(crps_with({"sensory": "yes", "vasomotor": "yes"}, TWO_SIGNS))
    assert result["crps.symptoms"][0] == "not_met"
    assert "2" in result["crps.symptoms"][1]
    assert evaluate(crps_with({"sensory": "yes", "vasomotor": "yes"}, TWO_SIGNS)).verdict == (
        "not_appropriate"
    )


def test_one_sign_category_does_not_meet() -> None:
    assert statuses(crps_with(THREE, {"sensory": "observed"}))["crps.signs"][0] == "not_met"


def test_a_sign_counts_only_if_observed_at_this_evaluation() -> None:
    history = {"sensory": "observed", "motor_trophic": "history_only"}
    assert statuses(crps_with(THREE, history))["crps.signs"][0] == "not_met"


def test_one_positive_item_is_enough_for_its_category() -> None:
    data = baseline_data("crps")
    for item in BUDAPEST_SIGN_ITEMS["vasomotor"] + BUDAPEST_SIGN_ITEMS["sudomotor"]:
        data["crps"]["signs"][item] = "absent"
    for item in BUDAPEST_SIGN_ITEMS["sensory"] + BUDAPEST_SIGN_ITEMS["motor_trophic"]:
        data["crps"]["signs"][item] = "absent"
    data["crps"]["signs"]["allodynia_joint_movement"] = "observed"
    data["crps"]["signs"]["trophic_changes"] = "observed"
    result = statuses(Assessment.model_validate(data))
    assert result["crps.signs"][0] == "met"


@pytest.mark.parametrize(
    ("symptoms", "expected"),
    [
        # Two categories certain, one unknown: could be 2 or 3, so the criterion is undecided.
        ({"sensory": "yes", "vasomotor": "yes", "sudomotor": "unknown"}, "unknown"),
        # Two certain, the others certainly absent: not met whatever else is asked.
        ({"sensory": "yes", "vasomotor": "yes"}, "not_met"),
        # One certain and two unknown is still undecided (1-3).
        ({"sensory": "yes", "vasomotor": "unknown", "sudomotor": "unknown"}, "unknown"),
    ],
)
def test_unknown_items_leave_the_count_open(symptoms: dict[str, str], expected: str) -> None:
    assert statuses(crps_with(symptoms, TWO_SIGNS))["crps.symptoms"][0] == expected


def test_count_range_is_shown_when_undecided() -> None:
    text = statuses(crps_with({"sensory": "yes", "vasomotor": "yes", "sudomotor": "unknown"}, TWO_SIGNS))
    assert "2-3" in text["crps.symptoms"][1]


def test_research_criteria_met_with_all_four_symptom_categories() -> None:
    four = dict.fromkeys(BUDAPEST_SYMPTOM_ITEMS, "yes")
    assert statuses(crps_with(four, TWO_SIGNS))["crps.research_criteria"][0] == "met"


def test_research_criteria_unknown_when_fourth_category_unknown() -> None:
    symptoms = {**THREE, "motor_trophic": "unknown"}
    assert statuses(crps_with(symptoms, TWO_SIGNS))["crps.research_criteria"][0] == "unknown"


def test_research_criteria_never_change_the_verdict() -> None:
    # Clinical criteria met, research criteria not met: still appropriate.
    assert evaluate(crps_with(THREE, TWO_SIGNS)).verdict == "appropriate"


def test_signs_read_every_item_as_input() -> None:
    reason = next(r for r in evaluate(crps_with(THREE, TWO_SIGNS)).reasons if r.rule == "crps.signs")
    fields = [i.field for i in reason.inputs]
    assert len(fields) == sum(len(v) for v in BUDAPEST_SIGN_ITEMS.values())
    assert fields[0] == "crps.signs.hyperalgesia_pinprick"
