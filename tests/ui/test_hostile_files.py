"""The desktop app on hostile files: Open shows the same one-line explanation as the command line
and keeps the current work; recovery at start-up survives them; tampered content gives no verdict."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from decision_aid.resources_path import resource_dir
from decision_aid.storage import AssessmentFileError, load_assessment
from decision_aid.ui.app import run_gui
from decision_aid.ui.autosave import KEPT_FOLDER, find_orphans, offer_recovery
from decision_aid.ui.main_window import MainWindow
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


def test_tampered_content_gives_no_verdict(
    monkeypatch: pytest.MonkeyPatch, dialog_script: DialogScript, tampered_content: Path
) -> None:
    monkeypatch.setattr("decision_aid.domain.content.default_content_dir", lambda: tampered_content)
    before = set(_windows())
    dialog_script.answers["error"] = None
    assert run_gui() == 2
    assert dialog_script.names() == ["error"]
    _, (_parent, _title, text, detail) = dialog_script.calls[0]
    assert "will not give verdicts" in text
    assert "differs from the released content" in detail and "\n" not in detail
    # The shell painted (two-phase start), but no assessment, evaluation or verdict was attached.
    (window,) = set(_windows()) - before
    assert not window._attached
    window.deleteLater()


def test_tampered_content_smoke_test_shows_no_dialog(
    monkeypatch: pytest.MonkeyPatch,
    dialog_script: DialogScript,
    tampered_content: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("decision_aid.domain.content.default_content_dir", lambda: tampered_content)
    assert run_gui(smoke_test=True) == 2
    assert dialog_script.calls == []
    assert "differs from the released content" in capsys.readouterr().err
