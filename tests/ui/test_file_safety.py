"""No silent overwrite: a file changed on disk since it was opened or saved here (another program,
another instance, or since the crash a recovered autosave came from) is never replaced without asking;
a read-only file is never replaced. Recent files that are gone are offered for removal, once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from decision_aid.resources_path import example_path
from decision_aid.storage import FileFingerprint, file_fingerprint, load_assessment
from decision_aid.ui.files.autosave import offer_recovery
from decision_aid.ui.shell.paths import AppPaths
from tests.ui.conftest import DialogScript, SessionFactory


def _patient_file(tmp_path: Path) -> Path:
    target = tmp_path / "patient.json"
    shutil.copy(example_path("psps_t2"), target)
    return target


def _add_red_flag(path: Path) -> None:
    """Another program edits the file: a red flag is recorded."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("safety", {})["suspected_fracture"] = "yes"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


@pytest.mark.parametrize("answer", ["cancel", "overwrite", "reload", "save_as"])
def test_save_over_another_programs_change_asks(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path, answer: str
) -> None:
    target = _patient_file(tmp_path)
    session = make_session()
    files, document = session.window.files, session.document
    assert files.open_path(target)
    document.set_value("patient.notes", "my note")
    _add_red_flag(target)
    dialog_script.answers["ask_conflict"] = answer
    other = tmp_path / "copy.json"
    dialog_script.answers["save_file_name"] = str(other)
    saved = files.save()
    assert dialog_script.names()[0] == "ask_conflict"
    assert dialog_script.calls[0][1][1] == "patient.json"
    on_disk = load_assessment(target)
    if answer == "cancel":
        assert not saved and document.modified
        assert on_disk.safety.suspected_fracture == "yes"  # the other program's red flag is kept
    elif answer == "overwrite":
        assert saved and not document.modified
        assert on_disk.safety.suspected_fracture != "yes" and on_disk.patient.notes == "my note"
    elif answer == "reload":
        assert not saved and not document.modified
        assert document.value("safety.suspected_fracture") == "yes"
        assert document.value("patient.notes") != "my note"
    else:
        assert saved and document.path == other.resolve()
        assert on_disk.safety.suspected_fracture == "yes"
        assert load_assessment(other).patient.notes == "my note"


def test_two_instances_on_one_file(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    target = _patient_file(tmp_path)
    a = make_session(root=tmp_path / "a")
    b = make_session(root=tmp_path / "b", show=False)
    assert a.window.files.open_path(target) and b.window.files.open_path(target)
    a.document.set_value("patient.notes", "A's edit")
    b.document.set_value("pain.dn4.itching", "yes")
    assert a.window.files.save()
    assert dialog_script.calls == []  # A saves what it opened: no question
    dialog_script.answers["ask_conflict"] = "cancel"
    assert not b.window.files.save()
    assert dialog_script.names() == ["ask_conflict"]
    assert load_assessment(target).patient.notes == "A's edit"
    # Saving again after an own save does not ask: the remembered state follows each save.
    a.document.set_value("patient.notes", "A's second edit")
    assert a.window.files.save()
    assert dialog_script.names() == ["ask_conflict"]


def test_touch_without_change_does_not_ask(make_session: SessionFactory, tmp_path: Path) -> None:
    target = _patient_file(tmp_path)
    session = make_session()
    assert session.window.files.open_path(target)
    session.document.set_value("patient.notes", "x")
    target.touch()
    assert session.window.files.save()


def test_recovered_autosave_checks_the_original_before_writing_back(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    target = _patient_file(tmp_path)
    before = file_fingerprint(target)
    assert isinstance(before, FileFingerprint)
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    folder.mkdir(parents=True)
    data = load_assessment(target).model_copy(update={})
    data.patient.notes = "typed before the crash"
    (folder / "session-crashed.json").write_text(data.model_dump_json())
    meta = {"saved_at": "2026-11-01T10:00:00+00:00", "original": str(target.resolve())}
    meta["original_fingerprint"] = before.to_json()  # type: ignore[assignment]
    (folder / "session-crashed.meta.json").write_text(json.dumps(meta))
    _add_red_flag(target)  # edited elsewhere after the crash
    session = make_session(root=root)
    dialog_script.answers["ask_recover"] = True
    assert offer_recovery(session.document, folder, session.window)
    dialog_script.answers["ask_conflict"] = "cancel"
    assert not session.window.files.save()
    assert dialog_script.names() == ["ask_recover", "ask_conflict"]
    assert load_assessment(target).safety.suspected_fracture == "yes"


def test_a_read_only_file_is_not_replaced(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    target = _patient_file(tmp_path)
    session = make_session()
    assert session.window.files.open_path(target)
    target.chmod(0o444)
    original = target.read_bytes()
    session.document.set_value("patient.notes", "x")
    dialog_script.answers["ask_save_read_only"] = False
    assert not session.window.files.save()
    assert target.read_bytes() == original
    dialog_script.answers["ask_save_read_only"] = True
    dialog_script.answers["save_file_name"] = str(tmp_path / "elsewhere.json")
    assert session.window.files.save()
    assert target.read_bytes() == original
    assert load_assessment(tmp_path / "elsewhere.json").patient.notes == "x"


def test_a_missing_recent_file_is_offered_for_removal_once(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    target = _patient_file(tmp_path)
    session = make_session()
    window = session.window
    assert window.files.open_path(target)
    window.files.close_assessment()
    window.show_start()
    target.unlink()
    dialog_script.answers["ask_remove_missing"] = True
    qtbot.wait(20)  # the list was hidden until now: let the layout give it its height
    recent = window.start.recent
    assert recent.count() == 1
    where = recent.visualItemRect(recent.item(0)).center()
    # A real double-click: press-release, then the double-click (both activated and doubleClicked fire).
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dialog_script.names() == ["ask_remove_missing"]  # once, and no error dialogs
    assert str(target) in dialog_script.calls[0][1][1]
    assert session.settings.recent_files() == []
    assert recent.count() == 0 and not session.document.is_open


def test_a_non_utf8_file_is_explained_as_an_encoding_problem(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    bad = tmp_path / "latin1.json"
    text = '{"schema_version": 1, "indication": "crps", "patient": {"id": "Müller"}}'
    bad.write_bytes(text.encode("latin-1"))
    session = make_session()
    dialog_script.answers["error"] = None
    assert not session.window.files.open_path(bad)
    detail = dialog_script.calls[-1][1][3]
    assert detail.startswith("latin1.json is not an assessment file (its text encoding is not readable).")


def test_placeholders_are_filled_in_one_pass(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    bad = tmp_path / "x%2.json"
    data = {"schema_version": 1, "indication": "crps", "pain": {"duration_months": "long"}}
    bad.write_text(json.dumps(data))
    session = make_session()
    dialog_script.answers["error"] = None
    assert not session.window.files.open_path(bad)
    detail = dialog_script.calls[-1][1][3]
    assert detail.startswith("x%2.json: the answer to “Pain duration (months)” is not valid.")
