"""New, Open, Save, Save As, recent files, malformed files and the unsaved-changes prompt."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from decision_aid.resources_path import example_path
from decision_aid.storage import load_assessment
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import choose, click


def test_save_as_then_reopen(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    assert session.document.path is None  # an example opens as an untitled copy
    choose(qtbot, window, "pain.dn4.itching", "yes")
    assert window.isWindowModified()
    target = tmp_path / "patient 14"  # no suffix: .json is added
    dialog_script.answers["save_file_name"] = str(target)
    window.act_save.trigger()  # Save on an untitled assessment asks where (Save As)
    saved = tmp_path / "patient 14.json"
    assert saved.exists() and not window.isWindowModified()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert load_assessment(saved).pain.dn4.itching == "yes"
    assert "patient 14.json" in window.windowTitle()
    assert session.settings.recent_files()[0] == str(saved.resolve())
    # Save again goes to the same file without asking.
    choose(qtbot, window, "pain.dn4.itching", "no")
    window.act_save.trigger()
    assert dialog_script.names().count("save_file_name") == 1
    assert load_assessment(saved).pain.dn4.itching == "no"
    # Reopen through the start page's recent files.
    window.new_assessment()
    assert window.stack.currentWidget() is window.start
    assert window.start.recent.count() == 1
    window.start.recent.itemActivated.emit(window.start.recent.item(0))
    assert session.document.path == saved.resolve()
    assert session.document.value("pain.dn4.itching") == "no"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{ not json", "not valid JSON"),
        (json.dumps({"schema_version": 1, "indication": "migraine"}), "indication"),
        ("", "empty"),
    ],
)
def test_malformed_file_keeps_current_work(
    qtbot: Any,
    make_session: SessionFactory,
    dialog_script: DialogScript,
    tmp_path: Path,
    content: str,
    problem: str,
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["psps_t2"])
    choose(qtbot, window, "safety.pregnancy", "unknown")
    before = session.document.assessment.model_dump()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    dialog_script.answers["open_file_name"] = str(bad)
    dialog_script.answers["error"] = None
    window.act_open.trigger()
    assert dialog_script.names() == ["open_file_name", "error"]
    _, (_parent, _title, text, detail) = dialog_script.calls[-1]
    assert "Your current work is unchanged" in text
    assert "bad.json" in detail and problem in detail
    assert session.document.assessment.model_dump() == before
    assert session.document.modified and window.isWindowModified()
    assert window.wizard.current_widget() is not window.start


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path, answer: str
) -> None:
    session = make_session()
    window = session.window
    path = tmp_path / "a.json"
    path.write_text(example_path("sci").read_text(encoding="utf-8"), encoding="utf-8")
    assert window.files.open_path(path)
    choose(qtbot, window, "sci.ais_grade", "A")
    dialog_script.answers["ask_save_changes"] = answer
    window.close()
    assert dialog_script.names() == ["ask_save_changes"]
    assert window.isVisible() == (answer == "cancel")
    saved = load_assessment(path).sci.ais_grade
    assert saved == ("A" if answer == "save" else "C")
    if answer == "cancel":
        assert session.document.modified


def test_new_with_unsaved_changes_asks_and_cancel_keeps_work(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    choose(qtbot, window, "crps.crps_type", "II")
    dialog_script.answers["ask_save_changes"] = "cancel"
    window.act_new.trigger()
    assert dialog_script.names() == ["ask_save_changes"]
    assert session.document.is_open and session.document.value("crps.crps_type") == "II"
    dialog_script.answers["ask_save_changes"] = "discard"
    window.act_new.trigger()
    assert not session.document.is_open and window.stack.currentWidget() is window.start


def test_unchanged_assessment_closes_without_asking(
    make_session: SessionFactory, dialog_script: DialogScript
) -> None:
    session = make_session()
    session.window.files.open_example("sci")
    session.window.close()
    assert dialog_script.calls == []
    assert not session.window.isVisible()


@pytest.mark.parametrize(
    ("lang", "content", "expected"),
    [
        ("zh", "{ not json", "bad.json 已损坏或不是评估文件（不是有效的 JSON）。"),
        (
            "zh",
            json.dumps({"schema_version": 1, "indication": "crps", "pain": {"intensity": {"value": 140}}}),
            "bad.json：“总体疼痛强度（VAS 或 NRS）”的回答无效。",
        ),
        ("en", "", "bad.json is empty."),
        (
            "en",
            json.dumps({"schema_version": 1, "indication": "crps", "pain": {"duration_months": "long"}}),
            "bad.json: the answer to “Pain duration (months)” is not valid.",
        ),
    ],
)
def test_file_problem_is_explained_in_the_interface_language(
    make_session: SessionFactory,
    dialog_script: DialogScript,
    tmp_path: Path,
    lang: str,
    content: str,
    expected: str,
) -> None:
    session = make_session(lang)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    dialog_script.answers["error"] = None
    assert not session.window.files.open_path(bad)
    _, (_parent, _title, _text, detail) = dialog_script.calls[-1]
    explanation, technical = detail.split("\n\n")
    assert explanation == expected
    assert technical.startswith(f"{bad}: ")  # the exact problem stays for support
