"""File fuzz: mutated copies of the three examples through load_assessment (what the command line
and the desktop app call), then evaluate and the text view for those that load. The only exception
allowed is the project's own AssessmentFileError, its message one clean line of at most ~300
characters. Deterministic: file n is always the same bytes."""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest

from decision_aid.domain.evaluate import evaluate
from decision_aid.storage import AssessmentFileError, load_assessment
from decision_aid.textview import render_evaluation
from tests.storage.hostile import assert_one_clean_line
from tests.storage.mutations import mutated_file


def fuzz(folder: Path, seeds: range) -> dict[str, int]:
    path = folder / "fuzz.json"
    counts = {"loaded": 0, "refused": 0}
    failures: list[str] = []
    for seed in seeds:
        path.write_bytes(mutated_file(seed))
        try:
            assessment = load_assessment(path)
        except AssessmentFileError as exc:
            counts["refused"] += 1
            message = str(exc)
            try:
                assert message.startswith(f"{path}: ")
                assert_one_clean_line(message)
            except AssertionError as bad:
                failures.append(f"seed {seed}: {bad}")
            continue
        except Exception:
            failures.append(f"seed {seed}: {traceback.format_exc(limit=3)}")
            continue
        counts["loaded"] += 1
        try:
            evaluation = evaluate(assessment)
            render_evaluation(evaluation, "en")
            render_evaluation(evaluation, "zh")
            evaluation.model_dump_json()
        except Exception:
            failures.append(f"seed {seed} (loaded): {traceback.format_exc(limit=3)}")
    assert failures == [], f"{len(failures)} failures, first: {failures[:3]}"
    return counts


def test_file_fuzz_quick(tmp_path: Path) -> None:
    counts = fuzz(tmp_path, range(2_000))
    # Both outcomes must be exercised, or the mutations are not testing anything.
    assert counts["loaded"] > 200 and counts["refused"] > 1_000


@pytest.mark.slow
def test_file_fuzz_60000(tmp_path: Path) -> None:
    counts = fuzz(tmp_path, range(100_000, 160_000))
    assert counts["loaded"] + counts["refused"] == 60_000
