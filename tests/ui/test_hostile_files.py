"""The desktop app on hostile files: Open shows the same one-line explanation as the command line
and keeps the current work; recovery at start-up survives them; tampered content gives no verdict."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from decision_aid.resources_path import resource_dir
from decision_aid.storage import AssessmentFileError, load_assessment
from decision_aid.ui.files.autosave import KEPT_FOLDER, find_orphans, offer_recovery
from decision_aid.ui.shell.main_window import MainWindow
from tests.storage.hostile import HOSTILE, write
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import click

CASES = ["deep_lists", "huge_int", "duplicate_red_flag", "bool_age", "newline_key", "utf16", "nan"]


def _cli_message(path: Path) -> str:
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(path)
    return str(caught.value)


@pytest.mark.parametrize("name", CASES)
def test_open_shows_the_same_clean_explanation(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path, name: str
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    before = session.document.assessment.model_dump()
    path = write(tmp_path, name)
    dialog_script.answers["open_file_name"] = str(path)
    dialog_script.answers["error"] = None
    window.act_open.trigger()
    assert dialog_script.names() == ["open_file_name", "error"]
    _, (_parent, _title, text, detail) = dialog_script.calls[-1]
    assert "Your current work is unchanged" in text
    assert detail.endswith("\n\n" + _cli_message(path))
    assert HOSTILE[name][1] in detail
    assert session.document.assessment.model_dump() == before


def test_open_a_fifo_does_not_hang(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    window = make_session().window
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    dialog_script.answers["open_file_name"] = str(fifo)
    dialog_script.answers["error"] = None
    window.act_open.trigger()
    _, (_parent, _title, _text, detail) = dialog_script.calls[-1]
    assert detail.endswith(
        "pipe.json: is a named pipe (FIFO), not a regular file (an assessment is a JSON file)"
    )


@pytest.mark.parametrize("name", ["deep_lists", "huge_int", "duplicate_red_flag", "deep_100k"])
def test_recovery_survives_a_hostile_autosave(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path, name: str
) -> None:
    session = make_session(show=False)
    folder = session.paths.autosave_dir
    orphan = folder / "session-0123456789ab.json"
    orphan.write_bytes(HOSTILE[name][0])
    # An unreadable autosave is nothing this version can recover: without a crash, it is moved
    # aside (not deleted), not offered again, and the user is told once, without a modal dialog.
    dialog_script.answers["notice"] = None
    assert offer_recovery(session.document, folder, session.window) is False
    kept = folder / KEPT_FOLDER / orphan.name
    assert dialog_script.names() == ["notice"]
    _, (_parent, _title, text, detail) = dialog_script.calls[0]
    assert "could not be read" in text and "kept, not deleted" in text and detail == str(kept)
    assert kept.read_bytes() == HOSTILE[name][0]
    assert not orphan.exists() and find_orphans(folder) == []


@pytest.fixture
def tampered_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(resource_dir() / "content", folder)
    rules = folder / "rules.json"
    rules.write_text(rules.read_text(encoding="utf-8").replace("VAS ≥50 mm", "VAS ≥30 mm"), encoding="utf-8")
    return folder


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


# In a process of its own: the app is started for real (two phases, its own event loop) with the
# content folder replaced by the tampered copy and the error dialog replaced by a line on stdout.
_REFUSAL = """
import sys
from pathlib import Path
import decision_aid.domain.content as content
from decision_aid.ui.common import dialogs
from decision_aid.ui.shell import app
content.default_content_dir = lambda: Path(sys.argv[1])
dialogs.error = lambda parent, title, text, detail="": print("DIALOG", text, "|", detail, flush=True)
code = app.run_gui(smoke_test=sys.argv[2] == "smoke")
print("EXIT", code, flush=True)
"""


def _refuse(tampered: Path, mode: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env.update({f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "CACHE")})
    return subprocess.run(
        [sys.executable, "-c", _REFUSAL, str(tampered), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_tampered_content_gives_no_verdict(tampered_content: Path, tmp_path: Path) -> None:
    done = _refuse(tampered_content, "gui", tmp_path)
    dialog = [line for line in done.stdout.splitlines() if line.startswith("DIALOG")]
    assert len(dialog) == 1 and "will not give verdicts" in dialog[0]
    assert "differs from the released content" in dialog[0]
    assert "EXIT 2" in done.stdout


def test_tampered_content_smoke_test_shows_no_dialog(tampered_content: Path, tmp_path: Path) -> None:
    done = _refuse(tampered_content, "smoke", tmp_path)
    assert "DIALOG" not in done.stdout and "EXIT 2" in done.stdout and "ready:" not in done.stdout
    assert "differs from the released content" in done.stderr
