"""`decision-aid evaluate` uses the same status words and red-flag headline as the screen and PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decision_aid.cli import main
from tests.builders import baseline_data


def _evaluate(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str, **safety: str) -> str:
    data = baseline_data()
    data["safety"].update(safety)
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["evaluate", str(path), *args]) == 0
    return capsys.readouterr().out


def test_text_output_words_hazards_by_the_finding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = _evaluate(capsys, tmp_path)
    assert "[✓ Absent] Pregnancy (safety.pregnancy)" in out
    assert "[✓ Absent] Active and untreated substance use disorder (psych.substance_misuse)" in out
    assert "[✓ Met] Pain duration (general.pain_duration)" in out
    assert "[Met]" not in out and "✓ Met] Pregnancy" not in out
    zh = _evaluate(capsys, tmp_path, "--lang", "zh")
    assert "[✓ 无] 妊娠 (safety.pregnancy)" in zh


def test_red_flag_headline_in_text_and_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = _evaluate(capsys, tmp_path, suspected_tumour="yes")
    assert out.startswith("Verdict: Red flag: investigate first (Suspected tumour) [not_appropriate]")
    assert "[✗ Present] Red flags (safety.red_flags)" in out
    result = json.loads(_evaluate(capsys, tmp_path, "--json", suspected_tumour="yes"))
    assert result["verdict_label"]["en"] == "Red flag: investigate first (Suspected tumour)"
    reasons = {r["rule"]: r for r in result["reasons"]}
    assert reasons["safety.red_flags"]["status_words"]["en"] == "Present"
    assert reasons["safety.pregnancy"]["status_words"] == {"en": "Absent", "zh": "无"}
    assert reasons["safety.pregnancy"]["finding"] == "hazard"
