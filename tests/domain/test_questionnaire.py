"""The questionnaire catalogue: model and content agree, texts are complete, relevance is declared
once and used by progress, the missing list and the verdict alike."""

from __future__ import annotations

import json
import typing

import pytest

from decision_aid.domain.assessment import (
    BUDAPEST_SIGN_ITEMS,
    BUDAPEST_SYMPTOM_ITEMS,
    DN4_INTERVIEW_ITEMS,
    DN4_ITEMS,
    PSYCHOSOCIAL_FACTORS,
    RED_FLAGS,
    SCI,
    Assessment,
    Sign,
    Tri,
)
from decision_aid.domain.content import default_content
from decision_aid.domain.evaluate import Verdict, evaluate
from decision_aid.domain.questionnaire import build_catalogue, default_catalogue
from decision_aid.domain.questions import answer_state, field_paths, progress, question_specs
from decision_aid.storage import dump_assessment, parse_assessment
from tests.builders import baseline_data, make


def _leaf_fields(model: type, prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        if name == "schema_version":
            continue
        sub = next(
            (
                a
                for a in (typing.get_args(info.annotation) or (info.annotation,))
                if isinstance(a, type) and hasattr(a, "model_fields") and a.__name__ != "PainScore"
            ),
            None,
        )
        out |= _leaf_fields(sub, f"{prefix}{name}.") if sub else {f"{prefix}{name}"}
    return out


def test_every_model_field_is_a_question_and_every_question_a_model_field() -> None:
    catalogue = default_catalogue()
    assert {q.path for q in catalogue.questions} == _leaf_fields(Assessment)
    assert set(field_paths()) == _leaf_fields(Assessment)


def test_a_question_missing_from_the_content_is_refused() -> None:
    content = default_content()
    questions = dict(content.questions.questions)
    del questions["safety.pregnancy"]
    broken = content.model_copy(
        update={"questions": content.questions.model_copy(update={"questions": questions})}
    )
    with pytest.raises(ValueError, match=r"safety\.pregnancy"):
        build_catalogue(broken)


def test_every_question_has_both_languages_help_and_a_resolving_citation() -> None:
    content = default_content()
    for q in default_catalogue().questions:
        for text in (q.text.label, q.text.help):
            assert text.en.strip() and text.zh.strip(), q.path
            assert text.en != text.zh, q.path
        assert q.text.citations, q.path
        assert all(key in content.references for key in q.text.citations), q.path
        assert q.text.section in default_catalogue().sections


def test_options_ranges_and_units_come_from_the_model() -> None:
    specs = question_specs()
    assert specs["crps.signs.oedema"].options == tuple(s.value for s in Sign)
    assert specs["safety.coagulopathy"].options == tuple(t.value for t in Tri)
    assert specs["sci.ais_grade"].options == ("A", "B", "C", "D", "E", "unknown")
    assert specs["indication"].option_group == "indications"
    age = specs["patient.age"]
    assert (age.kind, age.range, age.unit) == ("number", age.range, "years")
    assert age.range is not None and (age.range.low, age.range.high, age.range.integer) == (0, 120, True)
    relief = specs["trial.pain_relief_percent"]
    assert relief.range is not None and (relief.range.high, relief.unit) == (100, "%")
    assert specs["pain.intensity"].kind == "pain_score"
    assert specs["patient.notes"].kind == "notes" and not specs["patient.notes"].counts


def test_the_domain_item_lists_match_the_catalogue_sections() -> None:
    catalogue = default_catalogue()
    dn4 = [f"pain.dn4.{i}" for i in DN4_ITEMS]
    assert catalogue.section_paths("dn4_interview") == dn4[:DN4_INTERVIEW_ITEMS]
    assert catalogue.section_paths("dn4_examination") == dn4[DN4_INTERVIEW_ITEMS:]
    assert catalogue.section_paths("psych_factors") == [f"psychosocial.{n}" for n in PSYCHOSOCIAL_FACTORS]
    assert catalogue.section_paths("red_flags") == [f"safety.{n}" for n in RED_FLAGS]
    for section, items in (
        ("budapest_symptoms", BUDAPEST_SYMPTOM_ITEMS),
        ("budapest_signs", BUDAPEST_SIGN_ITEMS),
    ):
        kind = section.removeprefix("budapest_")
        groups = {
            category: [q.path for q in catalogue.in_section(section) if q.text.group == category]
            for category in items
        }
        assert groups == {c: [f"crps.{kind}.{i}" for i in names] for c, names in items.items()}


def _relevant(assessment: Assessment) -> set[str]:
    return {q.path for q in default_catalogue().questions if q.applies(assessment)}


@pytest.mark.parametrize(
    ("indication", "asked", "not_asked"),
    [
        ("crps", "crps.signs.oedema", ("psps_t2.predominance", "sci.ais_grade", "pain.leg_intensity")),
        ("psps_t2", "pain.leg_intensity", ("crps.signs.oedema", "sci.ais_grade")),
        ("sci", "sci.ais_grade", ("crps.signs.oedema", "psps_t2.predominance", "pain.back_intensity")),
    ],
)
def test_relevance_per_indication(indication: str, asked: str, not_asked: tuple[str, ...]) -> None:
    relevant = _relevant(make(indication))
    assert asked in relevant
    assert "pain.dn4.burning" in relevant and "safety.pregnancy" in relevant
    assert not relevant & set(not_asked)
    other_sections = {"crps", "psps_t2", "sci"} - {indication}
    assert not any(p.split(".")[0] in other_sections for p in relevant)


def test_relevance_per_stage() -> None:
    trial = {"trial.pain_relief_percent", "trial.function_change", "trial.analgesic_change"}
    assert not _relevant(make("crps", "pre_trial")) & trial
    assert trial <= _relevant(make("crps", "post_trial"))
    assert "trial.stage" in _relevant(make("crps", "pre_trial"))


def test_interruption_plan_is_asked_only_with_an_antithrombotic_drug() -> None:
    plan = "safety.interruption_plan_agreed"
    assert plan not in _relevant(make(safety__antithrombotic_use="no"))
    assert plan not in _relevant(make(safety__antithrombotic_use="unknown"))
    assert plan in _relevant(make(safety__antithrombotic_use="yes"))


def test_progress_counts_only_relevant_questions_and_agrees_with_the_missing_list() -> None:
    complete = make("crps")
    done = progress(complete)
    evaluation = evaluate(complete)
    assert evaluation.missing == [] and evaluation.verdict == Verdict.appropriate
    assert done.unanswered == done.unknown == 0
    assert done.total == len(
        [q for q in default_catalogue().questions if q.applies(complete) and q.spec.counts]
    )
    # The interruption plan is not asked (no antithrombotic drug) and must not be counted.
    with_drug = make("crps", safety__antithrombotic_use="yes")
    assert progress(with_drug).total == done.total + 1
    assert progress(with_drug).unanswered == 1
    assert [m.field for m in evaluate(with_drug).missing] == ["safety.interruption_plan_agreed"]


def test_unknown_and_not_yet_answered_are_distinct_but_both_missing() -> None:
    assessment = make("crps", safety__coagulopathy="unknown", crps__disproportionate_pain=None)
    assert answer_state(assessment.safety.coagulopathy) == "unknown"
    assert answer_state(assessment.crps.disproportionate_pain) == "unanswered"
    counts = progress(assessment)
    assert (counts.unknown, counts.unanswered) == (1, 1)
    evaluation = evaluate(assessment)
    assert evaluation.verdict == Verdict.incomplete
    states = {m.field: m.state for m in evaluation.missing}
    assert states == {"safety.coagulopathy": "unknown", "crps.disproportionate_pain": "unanswered"}


def test_a_version_1_file_opens_migrated_and_saves_as_version_2() -> None:
    data = baseline_data("crps")
    data["schema_version"] = 1
    data["safety"]["coagulopathy"] = "unknown"  # v1 could not tell unknown from unanswered
    data["sci"]["ais_grade"] = "unknown"
    data["pain"]["back_intensity"] = None
    data["patient"]["notes"] = "unknown"  # free text stays as written
    assessment = parse_assessment(json.dumps(data))
    assert assessment.schema_version == 2
    assert assessment.safety.coagulopathy is None
    assert assessment.sci.ais_grade is None
    assert assessment.crps.signs.oedema == "observed"
    assert assessment.patient.notes == "unknown"
    saved = dump_assessment(assessment)
    assert json.loads(saved)["schema_version"] == 2
    assert parse_assessment(saved) == assessment


def test_a_version_2_file_keeps_unknown_and_unanswered_apart_through_a_round_trip() -> None:
    assessment = make(
        "sci", sci__ais_grade="unknown", sci__iscip_pain_type=None, pain__duration_months="unknown"
    )
    again = parse_assessment(dump_assessment(assessment))
    assert again.sci.ais_grade == "unknown" and again.sci.iscip_pain_type is None
    assert again.pain.duration_months == "unknown"
    assert again == assessment


def test_reasons_carry_the_rule_figures() -> None:
    evaluation = evaluate(make("crps", crps__signs__oedema="unknown"))
    signs = next(r for r in evaluation.reasons if r.rule == "crps.signs")
    assert signs.params["positive"] == 4 and signs.params["categories"] == 4 and signs.params["needed"] == 2
    factors = next(r for r in evaluation.reasons if r.rule == "psych.factors")
    assert (factors.params["present"], factors.params["factors"]) == (0, 8)


def test_relevance_is_declared_in_the_json_schema() -> None:
    schema = json.dumps(Assessment.model_json_schema())
    assert '"relevance": {"indications": ["crps"]}' in schema
    assert '"safety.antithrombotic_use": ["yes"]' in schema
    assert SCI.model_json_schema()["relevance"] == {"indications": ["sci"]}


def test_reason_inputs_tell_unknown_from_not_yet_answered() -> None:
    evaluation = evaluate(make("crps", safety__coagulopathy="unknown", treatment__mdt_assessment_done=None))
    inputs = {i.field: i.value for r in evaluation.reasons for i in r.inputs}
    assert inputs["safety.coagulopathy"] == "unknown"
    assert inputs["treatment.mdt_assessment_done"] == "unanswered"
    assert default_content().labels.values["unanswered"].en == "Not yet answered"


def test_schema_command_describes_version_2(capsys: pytest.CaptureFixture[str]) -> None:
    from decision_aid.cli import main

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["schema_version"]["const"] == 2
    assert schema["$defs"]["CRPS"]["relevance"] == {"indications": ["crps"]}


@pytest.mark.parametrize("indication", ["crps", "psps_t2", "sci"])
@pytest.mark.parametrize("stage", ["pre_trial", "post_trial"])
@pytest.mark.parametrize("drug", ["yes", "no", None])
def test_the_verdict_reads_only_questions_that_are_asked(
    indication: str, stage: str, drug: str | None
) -> None:
    """Rules and questionnaire share one relevance: no rule decides on a question the page hides."""
    for assessment in (
        make(indication, stage, safety__antithrombotic_use=drug),
        Assessment.model_validate({"indication": indication, "trial": {"stage": stage}}),
    ):
        relevant = _relevant(assessment)
        read = {i.field for r in evaluate(assessment).reasons for i in r.inputs}
        assert read <= relevant, sorted(read - relevant)


@pytest.mark.parametrize("name", ["crps", "psps_t2", "sci"])
def test_progress_and_the_missing_list_agree_on_every_example(name: str) -> None:
    """'60 of 61 answered' beside 'nothing missing' cannot happen: both use one relevance."""
    from decision_aid.resources_path import example_path
    from decision_aid.storage import load_assessment

    assessment = load_assessment(example_path(name))
    done = progress(assessment)
    missing = [m for m in evaluate(assessment).missing if m.kind == "question"]
    assert (done.unanswered + done.unknown == 0) == (missing == [])
