"""The command line on hostile input: one line on stderr, exit status 2, inputs and existing
outputs untouched; stdout errors; the shipped content verified at every start."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from decision_aid.cli import main
from decision_aid.resources_path import resource_dir
from tests.storage.hostile import HOSTILE, assert_one_clean_line, example_text, write

CLI = [sys.executable, "-m", "decision_aid.cli"]


def one_error_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    line = err.removesuffix("\n")
    assert line.startswith("decision-aid: error: ")
    assert_one_clean_line(line.removeprefix("decision-aid: error: "))
    return line.removeprefix("decision-aid: error: ")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_evaluate_hostile_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name)
    before = path.read_bytes()
    assert one_error_line(capsys, "evaluate", str(path)).startswith(f"{path}: {HOSTILE[name][1]}")
    assert path.read_bytes() == before


def test_evaluate_fifo_and_device(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    assert one_error_line(capsys, "evaluate", str(fifo)).endswith(
        "is a named pipe (FIFO), not a regular file (an assessment is a JSON file)"
    )
    assert one_error_line(capsys, "evaluate", "/dev/zero") == (
        "/dev/zero: is a character device, not a regular file (an assessment is a JSON file)"
    )


def test_example_out_refuses_special_targets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    assert "is a named pipe (FIFO)" in one_error_line(capsys, "example", "crps", "--out", str(fifo))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    real = tmp_path / "real.json"
    real.write_bytes(b"keep")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert "is a symbolic link" in one_error_line(capsys, "example", "crps", "--out", str(link))
    assert link.is_symlink() and real.read_bytes() == b"keep"
    real.chmod(0o444)
    assert "is read-only" in one_error_line(capsys, "example", "crps", "--out", str(real))
    assert real.read_bytes() == b"keep"


def test_report_out_name_too_long_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    source.write_text(example_text(), encoding="utf-8")
    out = tmp_path / ("报" * 90 + ".pdf")
    assert "the file name is too long (274 bytes; at most 255)" in one_error_line(
        capsys, "report", str(source), "--out", str(out)
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_report_out_to_a_device_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    source.write_text(example_text(), encoding="utf-8")
    link = tmp_path / "out.pdf"
    link.symlink_to("/dev/null")
    assert "is a symbolic link (to /dev/null)" in one_error_line(
        capsys, "report", str(source), "--out", str(link)
    )
    assert link.is_symlink()


def test_long_chinese_name_works_end_to_end(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / ("评估" * 40 + ".json")  # 80 Chinese characters: 245 bytes with ".json"
    assert main(["example", "crps", "--out", str(out)]) == 0
    assert main(["evaluate", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Verdict: ")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [["evaluate", "EXAMPLE"], ["example", "crps"], ["schema"]])
def test_stdout_on_a_full_device_is_one_line(tmp_path: Path, args: list[str]) -> None:
    example = tmp_path / "a.json"
    example.write_text(example_text(), encoding="utf-8")
    argv = [str(example) if a == "EXAMPLE" else a for a in args]
    with open("/dev/full", "w") as full:
        done = subprocess.run([*CLI, *argv], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == "decision-aid: error: cannot write to standard output (No space left on device)\n"


def test_closed_pipe_exits_quietly() -> None:
    with subprocess.Popen([*CLI, "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first write, as with `| head -c0`
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == 0
    assert err == b""


def test_content_lock_is_not_a_user_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["content", "lock"])
    assert caught.value.code == 2
    assert "invalid choice: 'lock'" in capsys.readouterr().err


# -- the shipped content, verified at every start ------------------------------------------------


@pytest.fixture
def tampered(tmp_path: Path) -> Path:
    """A copy of the shipped resources whose VAS threshold text was edited from 50 to 30 mm."""
    root = tmp_path / "resources"
    shutil.copytree(resource_dir() / "content", root / "content")
    shutil.copytree(resource_dir() / "examples", root / "examples")
    rules = root / "content" / "rules.json"
    text = rules.read_text(encoding="utf-8")
    assert "VAS ≥50 mm" in text
    rules.write_text(text.replace("VAS ≥50 mm", "VAS ≥30 mm"), encoding="utf-8")
    return root


def _in_process(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    monkeypatch.setattr("decision_aid.domain.content.default_content_dir", lambda: root / "content")


@pytest.mark.parametrize(
    "args", [["evaluate", "EXAMPLE"], ["example", "crps"], ["schema"], ["report", "EXAMPLE"]]
)
def test_tampered_content_is_refused_at_start(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tampered: Path,
    tmp_path: Path,
    args: list[str],
) -> None:
    _in_process(monkeypatch, tampered)
    example = tampered / "examples" / "crps.json"
    argv = [str(example) if a == "EXAMPLE" else a for a in args]
    if args[0] == "report":
        argv += ["--out", str(tmp_path / "r.pdf")]
    message = one_error_line(capsys, *argv)
    assert message.startswith(
        f"the clinical content in {tampered / 'content'} differs from the released content"
    )
    assert "reinstall the program" in message
    assert not (tmp_path / "r.pdf").exists()


def test_content_check_still_reports_tampering(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tampered: Path
) -> None:
    _in_process(monkeypatch, tampered)
    assert main(["content", "check"]) == 1
    assert "changed without a new version" in capsys.readouterr().err


def _smoke_test(resources: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DECISION_AID_RESOURCES": str(resources), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, "gui", "--smoke-test"], env=env, capture_output=True, text=True, timeout=60)


def test_gui_smoke_test_fails_fast_on_tampered_content(tampered: Path) -> None:
    shutil.copytree(resource_dir() / "fonts", tampered / "fonts")
    shutil.copytree(resource_dir() / "icons", tampered / "icons")
    done = _smoke_test(tampered)
    # The window paints first (two-phase start); the content is checked before anything else loads,
    # and the app stops there: never "ready", no verdict.
    assert done.returncode == 2 and "ready:" not in done.stdout
    assert done.stderr.startswith("decision-aid: error: the clinical content cannot be used: ")
    assert done.stderr.count("\n") == 1


def test_gui_smoke_test_fails_fast_on_broken_content_json(tampered: Path) -> None:
    (tampered / "content" / "labels.json").write_text('{"verdicts": ', encoding="utf-8")
    done = _smoke_test(tampered)  # before: a modal dialog nobody closes, so this never returned
    assert done.returncode == 2
    assert "labels.json: not valid UTF-8 JSON" in done.stderr


def test_lock_writer_is_not_shipped() -> None:
    # The lock is written by tools/lock_content.py only: not by the package, the wheel or the bundle.
    root = Path(__file__).resolve().parents[2]
    assert (root / "tools" / "lock_content.py").is_file()
    shipped = [*(root / "decision_aid").rglob("*.py"), root / "packaging" / "decision_aid.spec"]
    writers = [
        p
        for p in shipped
        if "LOCK_FILE" in (text := p.read_text(encoding="utf-8")) and "atomic_write" in text
    ]
    assert writers == []
    assert [p for p in shipped if "from tools" in p.read_text(encoding="utf-8")] == []
    assert '"tools' not in (root / "pyproject.toml").read_text(encoding="utf-8")


def test_no_standard_output_at_all(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A windowed bundle on Windows starts with sys.stdout = None: commands must not crash on it.
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["schema"]) == 0
    assert main(["example", "crps", "--out", str(tmp_path / "a.json")]) == 0
