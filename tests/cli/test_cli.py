"""The command line: examples, evaluate, schema, content check, version, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from decision_aid import __version__
from decision_aid.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_then_evaluate_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "example", "crps")
    assert code == 0
    path = tmp_path / "a.json"
    path.write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert {"verdict", "reasons", "missing", "next_step", "app_version", "content_version"} <= set(result)
    assert result["verdict"] == "appropriate"
    assert result["app_version"] == __version__
    for reason in result["reasons"]:
        assert reason["rule"] and reason["status"] and reason["citations"]
        assert reason["text"]["en"] and reason["text"]["zh"]
    assert "crps.signs" in {r["rule"] for r in result["reasons"]}


@pytest.mark.parametrize(("name", "verdict"), [("psps_t2", "uncertain"), ("sci", "investigational")])
def test_example_out_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, verdict: str
) -> None:
    out_file = tmp_path / f"{name}.json"
    assert run(capsys, "example", name, "--out", str(out_file))[0] == 0
    assert oct(out_file.stat().st_mode & 0o777) == oct(0o600)
    _, out, _ = run(capsys, "evaluate", str(out_file), "--json")
    assert json.loads(out)["verdict"] == verdict


def test_evaluate_human_readable_in_both_languages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "sci.json"
    run(capsys, "example", "sci", "--out", str(path))
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    assert out.startswith("Verdict: ") and "[investigational]" in out
    assert "sci.investigational" in out and "cioni-1995" in out
    code, out, _ = run(capsys, "evaluate", str(path), "--lang", "zh")
    assert out.startswith("结论：") or out.startswith("结论: ")
    assert "研究性" in out


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Assessment"
    assert "indication" in schema["required"]


def test_content_check_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "content", "check")
    assert code == 0 and out.startswith("content OK: version ")


def test_content_check_fails_on_bad_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "content", "check", "--dir", str(tmp_path))
    assert code == 1 and "meta.json: file is missing" in err


BAD_INPUTS = [
    ("missing", None, "missing.json: file not found"),
    ("empty", b"", "empty.json: the file is empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00", "binary.json: is a binary file"),
    ("latin1", '{"n": "caf\xe9"}'.encode("latin-1"), "latin1.json: is not UTF-8 text"),
    ("malformed", b'{"schema_version": 1,', "malformed.json: not valid JSON (line 1, column 22"),
    ("array", b"[1, 2]", "array.json: expected a JSON object"),
    (
        "wrongtype",
        b'{"schema_version": 1, "indication": "crps", "pain": {"duration_months": "long"}}',
        "wrongtype.json: pain.duration_months: Input should be a valid number",
    ),
    (
        "vas140",
        b'{"schema_version": 1, "indication": "crps", "pain": {"intensity": {"value": 140}}}',
        "vas140.json: pain.intensity: a VAS score must be between 0 and 100 (got 140)",
    ),
    (
        "negative",
        b'{"schema_version": 1, "indication": "crps", "pain": {"duration_months": -3}}',
        "negative.json: pain.duration_months: Input should be greater than or equal to 0 (got -3)",
    ),
    (
        "version",
        b'{"schema_version": 7, "indication": "crps"}',
        "version.json: schema_version: unsupported version 7 (this program reads versions 1 to 2)",
    ),
    (
        "noversion",
        b'{"indication": "crps"}',
        "noversion.json: schema_version: is required but missing",
    ),
    (
        "indication",
        b'{"schema_version": 1, "indication": "migraine"}',
        "indication.json: indication: Input should be 'crps', 'psps_t2' or 'sci' (got 'migraine')",
    ),
    (
        "typo",
        b'{"schema_version": 1, "indication": "crps", "pian": {}}',
        "typo.json: pian: is not a field of the assessment file",
    ),
]


@pytest.mark.parametrize(("name", "payload", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_exits_2_with_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    payload: bytes | None,
    message: str,
) -> None:
    path = tmp_path / f"{name}.json"
    if payload is not None:
        path.write_bytes(payload)
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("decision-aid: error: ")
    assert message in lines[0]


def test_folder_instead_of_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "evaluate", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_example_to_unwritable_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "example", "crps", "--out", str(tmp_path / "no" / "such" / "a.json"))
    assert code == 2 and "cannot write here" in err
    assert not (tmp_path / "no").exists()


def test_console_script_version_and_traceback_free_error(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("decision-aid")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "decision_aid.cli"]
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"decision-aid {__version__}"
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "indication": "crps", "pain": {"intensity": {"value": 140}}}')
    done = subprocess.run([*command, "evaluate", str(bad)], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_questions_json_lists_every_question_with_help_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from decision_aid.domain.questions import field_paths

    code, out, _ = run(capsys, "questions", "--json")
    assert code == 0
    items = json.loads(out)
    assert [i["id"] for i in items] == sorted(field_paths(), key=[i["id"] for i in items].index)
    assert {i["id"] for i in items} == set(field_paths())
    by_id = {i["id"]: i for i in items}
    plan = by_id["safety.interruption_plan_agreed"]
    assert plan["applies"] == {"when": {"safety.antithrombotic_use": ["yes"]}}
    assert plan["help"]["en"] and plan["help"]["zh"] and plan["citations"] == ["narouze-2018"]
    assert by_id["trial.pain_relief_percent"]["range"] == {"min": 0, "max": 100, "integer": False}
    assert [o["value"] for o in by_id["crps.signs.oedema"]["options"]] == [
        "observed", "absent", "history_only", "unknown"
    ]


def test_questions_text_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "questions", "--lang", "zh")
    assert code == 0
    assert "DN4 查体：疼痛区触觉减退" in out
    assert "applies: {'indications': ['crps']}" in out


def test_evaluate_text_tells_unknown_from_not_yet_answered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.builders import baseline_data

    data = baseline_data("crps")
    data["safety"]["coagulopathy"] = "unknown"
    data["crps"]["disproportionate_pain"] = None
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    assert "(safety.coagulopathy; answered “unknown”)" in out
    assert "(crps.disproportionate_pain; not yet answered)" in out
    code, out, _ = run(capsys, "evaluate", str(path), "--lang", "zh")
    assert "(crps.disproportionate_pain; 尚未回答)" in out


def test_console_entry_point_writes_whole_outputs_with_collection_off(tmp_path: Path) -> None:
    """`run()` turns the cyclic collector off for one-shot commands and skips the collection at exit:
    the PDF, the JSON on standard output and the exit status must come out whole all the same."""
    exe = Path(sys.executable).with_name("decision-aid")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "decision_aid.cli"]
    example = tmp_path / "crps.json"
    subprocess.run([*command, "example", "crps", "--out", str(example)], check=True)
    pdf = tmp_path / "summary.pdf"
    done = subprocess.run(
        [*command, "report", str(example), "--kind", "clinician", "--lang", "bilingual", "--out", str(pdf)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {pdf} ({pdf.stat().st_size // 1024} KB)\n"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    done = subprocess.run([*command, "evaluate", str(example), "--json"], capture_output=True, check=False)
    assert done.returncode == 0
    result = json.loads(done.stdout)
    assert (result["verdict"], result["indication"]) == ("appropriate", "crps")
    # Only the entry point's one-shot run turns the collector off; main() called in a process that
    # goes on (the tests, a tool) leaves it alone.
    probe = """
import contextlib, gc, io
from decision_aid import cli
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["schema"])
    print(gc.isenabled(), file=__import__("sys").stderr)
    cli.main(["schema"], one_shot_process=True)
    print(gc.isenabled(), file=__import__("sys").stderr)
"""
    flags = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert flags.stderr.split() == ["True", "False"]
