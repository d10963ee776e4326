"""Status words that describe the finding, red-flag headlines, input summaries and short citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from decision_aid.domain.content import default_content
from decision_aid.domain.evaluate import evaluate
from decision_aid.domain.presentation import (
    PHRASE_KEYS,
    SYMBOLS,
    Group,
    citation_label,
    group,
    phrase_key,
    status_line,
    summarise_inputs,
)
from decision_aid.domain.rules import ALL_RULES, RULES_BY_ID, Role, Status
from decision_aid.domain.rules.base import Finding
from tests.builders import make
from tests.domain.conftest import edit

HAZARD_TITLES = (
    "safety.red_flags",
    "safety.infection",
    "safety.coagulopathy",
    "safety.pregnancy",
    "safety.mri",
    "safety.cardiac_device",
    "safety.immunosuppression",
    "safety.diathermy",
    "safety.surgical_risk",
    "safety.antithrombotic",
    "safety.occupational_risk",
    "safety.comorbid_pain",
    "psps.no_correctable_lesion",
    "psych.psychiatric_illness",
    "psych.substance_misuse",
    "psych.factors",
)


def words(assessment_reasons: list, rule: str, lang: str = "en") -> str:  # type: ignore[type-arg]
    reason = next(r for r in assessment_reasons if r.rule == rule)
    return status_line(reason, default_content(), lang)  # type: ignore[arg-type]


def test_rules_naming_a_hazard_are_hazards_and_the_rest_criteria() -> None:
    hazards = {r.id for r in ALL_RULES if r.finding == Finding.hazard}
    assert hazards == set(HAZARD_TITLES)
    # A safety rule is a hazard unless it says otherwise: the ability to use the device is a criterion.
    assert RULES_BY_ID["safety.device_use"].role == Role.safety
    assert RULES_BY_ID["safety.device_use"].finding == Finding.criterion


def test_absent_hazards_read_absent_never_met() -> None:
    # psps.no_correctable_lesion applies to FBSS/PSPS only: read it from a PSPS baseline.
    reasons = evaluate(make()).reasons + evaluate(make(indication="psps_t2")).reasons
    for rule in HAZARD_TITLES:
        assert words(reasons, rule) == "✓ Absent", rule
        assert words(reasons, rule, "zh") == "✓ 无", rule
    assert words(reasons, "general.pain_duration") == "✓ Met"
    assert words(reasons, "safety.device_use") == "✓ Met"


def test_present_hazards_read_present_and_unrecorded_ones_not_recorded() -> None:
    cautions = evaluate(make(safety__implanted_cardiac_device="yes")).reasons
    assert words(cautions, "safety.cardiac_device") == "⚠ Present: discuss at MDT"
    reasons = evaluate(
        make(
            psychosocial__active_substance_misuse="yes",
            safety__pregnancy="yes",
            safety__cauda_equina_signs="yes",
            safety__coagulopathy="unknown",
        )
    ).reasons
    assert words(reasons, "psych.substance_misuse") == "✗ Present"
    # Pregnancy defers SCS (not appropriate at present): a present hazard, not a caution.
    assert words(reasons, "safety.pregnancy") == "✗ Present"
    assert words(reasons, "safety.pregnancy", "zh") == "✗ 存在"
    assert words(reasons, "safety.red_flags") == "✗ Present"
    assert words(reasons, "safety.coagulopathy") == "? Not recorded"
    assert words(reasons, "safety.coagulopathy", "zh") == "? 未记录"


def test_criteria_caution_and_note_say_what_to_do() -> None:
    assert phrase_key(Role.relative, Finding.criterion, Status.caution) == "discuss"
    assert phrase_key(Role.info, Finding.criterion, Status.caution) == "note"
    assert phrase_key(Role.eligibility, Finding.criterion, Status.not_met) == "not_met"
    reasons = evaluate(make(indication="sci")).reasons
    assert words(reasons, "sci.investigational") == "ℹ Note: take into account"


def test_every_phrase_has_words_in_both_languages_and_a_symbol() -> None:
    findings = default_content().labels.findings
    for key in PHRASE_KEYS:
        assert findings[key].en and findings[key].zh and SYMBOLS[key]
    for role in Role:
        for finding in Finding:
            for status in Status:
                assert phrase_key(role, finding, status) in PHRASE_KEYS


def test_red_flag_headline_names_every_flag_present() -> None:
    evaluation = evaluate(make(safety__cauda_equina_signs="yes", safety__suspected_tumour="yes"))
    assert evaluation.verdict.value == "not_appropriate"
    assert evaluation.verdict_label.en == (
        "Red flag: investigate first (Signs of cauda equina syndrome; Suspected tumour)"
    )
    assert evaluation.verdict_label.zh == "红旗征：请先排查（马尾综合征表现；怀疑肿瘤）"
    assert evaluation.reasons[0].status_words is not None
    assert evaluation.reasons[0].status_words.en == "Present"


def test_other_verdicts_keep_their_label() -> None:
    evaluation = evaluate(make(psychosocial__active_substance_misuse="yes"))
    assert evaluation.verdict_label == default_content().labels.verdicts["not_appropriate"]


@pytest.mark.parametrize("indication", ["crps", "sci"])
def test_pain_threshold_carries_no_fbss_sentence_outside_fbss(indication: str) -> None:
    for stage_unknown in (False, True):
        overrides = {"pain__intensity": None} if stage_unknown else {}
        reason = next(
            r for r in evaluate(make(indication=indication, **overrides)).reasons
            if r.rule == "general.pain_intensity"
        )
        for text in (reason.threshold, reason.text):
            assert "FBSS" not in text.en and "PSPS" not in text.en
            assert "FBSS" not in text.zh and "腰椎术后" not in text.zh


def test_pain_threshold_for_fbss_explains_leg_and_back() -> None:
    rules = {r.rule: r for r in evaluate(make(indication="psps_t2")).reasons}
    # FBSS/PSPS has its own pain-intensity rule (leg pain on the leg-predominant pathway).
    assert "general.pain_intensity" not in rules
    reason = rules["psps.pain_intensity"]
    assert "worse of leg and back pain" in reason.threshold.en


def test_groups_put_what_needs_action_first() -> None:
    evaluation = evaluate(
        make(
            safety__cauda_equina_signs="yes",
            pain__duration_months=3,
            safety__coagulopathy="unknown",
            safety__pregnancy="yes",
            safety__implanted_cardiac_device="yes",
        )
    )
    by_rule = {r.rule: group(r) for r in evaluation.reasons}
    assert by_rule["safety.red_flags"] == Group.red_flag
    assert by_rule["general.pain_duration"] == Group.not_met
    assert by_rule["safety.coagulopathy"] == Group.outstanding
    assert by_rule["safety.pregnancy"] == Group.not_met  # defers SCS: not appropriate at present
    assert by_rule["safety.cardiac_device"] == Group.caution
    assert by_rule["crps.research_criteria"] == Group.note
    assert by_rule["general.age"] == Group.met


def test_budapest_inputs_are_summarised_by_category() -> None:
    symptoms = {
        "hyperesthesia": "yes",
        "allodynia": "no",
        "temperature_asymmetry": "yes",
        "skin_colour_change": "no",
        "skin_colour_asymmetry": "no",
        "oedema": "yes",
        "sweating_change": "no",
        "sweating_asymmetry": "no",
        "decreased_range_of_motion": "no",
        "motor_dysfunction": "no",
        "trophic_changes": "no",
    }
    evaluation = evaluate(make(crps__symptoms=symptoms))
    reason = next(r for r in evaluation.reasons if r.rule == "crps.symptoms")
    content = default_content()
    assert summarise_inputs(reason, content, "en") == [
        "Symptom reported: 3 of 4 categories: sensory, vasomotor, sudomotor/oedema; No ×8"
    ]
    assert summarise_inputs(reason, content, "zh") == [
        "患者自述症状：4 类中 3 类：感觉类、血管舒缩类、泌汗/水肿类；否 ×8"
    ]
    few = next(r for r in evaluation.reasons if r.rule == "general.pain_duration")
    assert summarise_inputs(few, content, "en") == ["Pain duration (months): 12"]


def test_citations_read_as_author_and_year() -> None:
    content = default_content()
    assert citation_label("kemler-2000", content) == "Kemler 2000"
    assert citation_label("nice-ta159", content) == "NICE TA159"
    assert citation_label("budapest-2010", content) == "Harden 2010"
    labels = [citation_label(k, content) for k in content.references]
    assert len(set(labels)) == len(labels)  # no two sources share a short label
    assert not [k for k, label in zip(content.references, labels, strict=True) if label == k]


def test_content_check_reports_missing_status_words_and_bad_indication_wording(content_copy: Path) -> None:
    from decision_aid.domain.catalogue import check_content
    from decision_aid.domain.content import load_content

    edit(content_copy, "labels.json", lambda d: d["findings"].pop("absent"))
    edit(
        content_copy,
        "rules.json",
        lambda d: d["general.pain_duration"].update(
            indications={"ibs": {"texts": {"caution": {"en": "x", "zh": "x"}}}}
        ),
    )
    problems = check_content(load_content(content_copy))
    assert "labels.json: findings.absent is missing" in problems
    assert "rules.json: general.pain_duration has wording for unknown indication ibs" in problems
    assert (
        "rules.json: general.pain_duration has indication text for status caution, which it never gives"
        in problems
    )


def test_verdict_reasons_name_what_the_verdict_rests_on() -> None:
    from decision_aid.domain.presentation import verdict_reasons

    def rules(**overrides: object) -> list[str]:
        return [r.rule for r in verdict_reasons(evaluate(make(**overrides)))]

    assert rules(indication="sci") == ["sci.investigational"]
    assert rules(safety__suspected_tumour="yes") == ["safety.red_flags"]
    assert rules(safety__pregnancy="yes") == ["safety.pregnancy"]
    assert rules() == ["safety.red_flags", "general.age"]  # nothing needs action: what is met
    assert rules(pain__duration_months=3, safety__coagulopathy="unknown") == [
        "general.pain_duration",
        "safety.coagulopathy",
    ]
