"""Properties of the verdict over generated assessments (hypothesis).

Each generated assessment is the fully answered baseline with a random handful of answers changed to
any value the model allows (``unknown`` included), for a random indication and stage. The quick run
checks a few hundred; the ``slow`` run (``pytest -m slow``) checks 10,000.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.content import default_content
from decision_aid.domain.evaluate import Evaluation, evaluate
from decision_aid.domain.questions import QuestionSpec, question_specs
from tests.builders import baseline_data, set_path

DECIDING = {"safety", "defer", "eligibility", "process", "relative"}
SKIPPED = {"patient.id", "patient.clinician", "patient.notes", "patient.assessment_date", "indication"}


def set_path_safe(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, _ = path.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    set_path(data, path, value)


def _unknown_allowed(path: str) -> bool:
    """Whether the model accepts the answer "unknown" for this question."""
    data = baseline_data("crps", "post_trial")
    set_path_safe(data, path, "unknown")
    try:
        Assessment.model_validate(data)
    except ValidationError:
        return False
    return True


def _options(spec: QuestionSpec) -> st.SearchStrategy[Any]:
    """Any answer the catalogue allows for the question, "not yet answered" (None) included."""
    if spec.kind == "choice":
        found: st.SearchStrategy[Any] = st.sampled_from(spec.options)
    elif spec.kind == "pain_score":
        found = st.one_of(
            st.builds(lambda v: {"value": v, "scale": "vas"}, st.integers(0, 100)),
            st.builds(lambda v: {"value": v, "scale": "nrs"}, st.integers(0, 10)),
        )
    elif spec.kind == "number":
        assert spec.range is not None
        found = st.integers(int(spec.range.low), int(spec.range.high))
        if not spec.range.integer:
            found = found.map(float)
    elif spec.kind == "text":
        found = st.sampled_from(["", "T10", "C5"])
    else:  # pragma: no cover - a new kind of question must be taught to this test
        raise AssertionError(f"no strategy for {spec.kind!r}")
    if spec.kind != "choice" and _unknown_allowed(spec.path):
        found = st.one_of(found, st.just("unknown"))
    return found if spec.kind == "text" else st.one_of(st.none(), found)


SPECS = {path: spec for path, spec in question_specs().items() if path not in SKIPPED}
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    path: _options(spec) for path, spec in SPECS.items() if spec.kind not in ("date", "notes")
}
# The finite answers of a question (empty for numbers and scores).
CHOICES: dict[str, tuple[str, ...]] = {path: spec.options for path, spec in SPECS.items()}


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    indication = draw(st.sampled_from(["crps", "psps_t2", "sci"]))
    stage = draw(st.sampled_from(["pre_trial", "post_trial"]))
    data = baseline_data(indication, stage)
    data["trial"].setdefault("stage", stage)
    for path in draw(st.lists(st.sampled_from(sorted(FIELDS)), max_size=6, unique=True)):
        if path == "trial.stage":
            continue
        set_path_safe(data, path, draw(FIELDS[path]))
    return Assessment.model_validate(data)


def _with(assessment: Assessment, path: str, value: Any) -> Assessment:
    data = assessment.model_dump(mode="json")
    set_path(data, path, value)
    return Assessment.model_validate(data)


def check(assessment: Assessment, evaluation: Evaluation) -> None:
    references = default_content().references
    verdict = evaluation.verdict.value
    deciding = [r for r in evaluation.reasons if r.role.value in DECIDING]
    if verdict == "incomplete":
        assert evaluation.missing, "incomplete must list what is outstanding"
    stops = [r for r in deciding if r.status == "red_flag" or (r.role == "safety" and r.status == "not_met")]
    if stops:
        assert verdict == "not_appropriate", [r.rule for r in stops]
    if verdict in ("appropriate", "investigational"):
        assert not evaluation.missing
        assert not [r.rule for r in deciding if r.status in ("unknown", "not_met", "red_flag")]
        # An input a deciding rule read may still be unanswered only if no answer to it could
        # change the verdict (e.g. a second symptom in a Budapest category already positive).
        for field in {i.field for r in deciding for i in r.inputs if i.value in ("unknown", "unanswered")}:
            for value in CHOICES.get(field, []):
                changed = evaluate(_with(assessment, field, value))
                # An answer that contradicts the others is not information that was missing.
                contradiction = {m.kind for m in changed.missing} == {"conflict"}
                assert changed.verdict == evaluation.verdict or contradiction, (field, value)
    if verdict == "investigational":
        assert evaluation.indication == "sci"
    for reason in evaluation.reasons:
        assert reason.citations, reason.rule
        assert all(key in references for key in reason.citations), reason.rule
    assert all(key in references for key in evaluation.next_step.citations)


PROPERTY_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


@settings(max_examples=300, **PROPERTY_SETTINGS)  # type: ignore[arg-type]
@given(assessments())
def test_verdict_properties_quick(assessment: Assessment) -> None:
    check(assessment, evaluate(assessment))


@pytest.mark.slow
@settings(max_examples=10_000, **PROPERTY_SETTINGS)  # type: ignore[arg-type]
@given(assessments())
def test_verdict_properties_10000(assessment: Assessment) -> None:
    check(assessment, evaluate(assessment))


def test_the_generator_reaches_every_verdict() -> None:
    """The properties mean something only if generated cases reach each verdict."""
    seen: set[str] = set()

    @settings(max_examples=400, database=None, **PROPERTY_SETTINGS)  # type: ignore[arg-type]
    @given(assessments())
    def collect(assessment: Assessment) -> None:
        seen.add(evaluate(assessment).verdict.value)

    collect()
    assert seen == {"appropriate", "uncertain", "not_appropriate", "investigational", "incomplete"}
