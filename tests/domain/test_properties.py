"""Properties of the verdict over generated assessments (hypothesis).

Each generated assessment is the fully answered baseline with a random handful of answers changed to
any value the model allows (``unknown`` included), for a random indication and stage. The quick run
checks a few hundred; the ``slow`` run (``pytest -m slow``) checks 10,000.
"""

from __future__ import annotations

import types
import typing
from enum import Enum
from typing import Any, Literal, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decision_aid.domain.assessment import Assessment, PainScore
from decision_aid.domain.catalogue import field_paths
from decision_aid.domain.content import default_content
from decision_aid.domain.evaluate import Evaluation, evaluate
from tests.builders import baseline_data, set_path

DECIDING = {"safety", "defer", "eligibility", "process", "relative"}
SKIPPED = {"patient.id", "patient.clinician", "patient.notes", "patient.assessment_date", "indication"}


def _annotation(path: str) -> Any:
    model: Any = Assessment
    annotation: Any = None
    for part in path.split("."):
        annotation = model.model_fields[part].annotation
        model = next((a for a in (annotation, *get_args(annotation)) if isinstance(a, type)), None)
    return annotation


def _options(annotation: Any) -> st.SearchStrategy[Any]:
    args = [a for a in get_args(annotation) if a is not type(None)]
    optional = get_origin(annotation) in (typing.Union, types.UnionType) and len(args) < len(
        get_args(annotation)
    )
    inner = args[0] if optional and len(args) == 1 else annotation
    if get_origin(inner) is Literal:
        found: st.SearchStrategy[Any] = st.sampled_from(get_args(inner))
    elif isinstance(inner, type) and issubclass(inner, Enum):
        found = st.sampled_from([m.value for m in inner])
    elif inner is PainScore:
        found = st.one_of(
            st.builds(lambda v: {"value": v, "scale": "vas"}, st.integers(0, 100)),
            st.builds(lambda v: {"value": v, "scale": "nrs"}, st.integers(0, 10)),
        )
    elif inner is int:
        found = st.integers(0, 120)
    elif inner is float:
        found = st.integers(1, 100).map(float)
    elif inner is str:
        found = st.sampled_from(["", "T10", "C5"])
    else:  # pragma: no cover - a new kind of field must be taught to this test
        raise AssertionError(f"no strategy for {annotation!r}")
    return st.one_of(st.none(), found) if optional else found


FIELDS: dict[str, st.SearchStrategy[Any]] = {
    path: _options(_annotation(path)) for path in field_paths() if path not in SKIPPED
}


def _choices(annotation: Any) -> list[Any]:
    """The finite answers of a question (empty for numbers and scores)."""
    if get_origin(annotation) is Literal:
        return list(get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [m.value for m in annotation]
    return []


CHOICES: dict[str, list[Any]] = {path: _choices(_annotation(path)) for path in FIELDS}


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


def set_path_safe(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, _ = path.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    set_path(data, path, value)


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
        for field in {i.field for r in deciding for i in r.inputs if i.value == "unknown"}:
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
