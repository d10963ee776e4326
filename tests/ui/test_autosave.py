"""Autosave within a second of a change; recovery offered after a crash; clean close removes it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from decision_aid.storage import load_assessment
from decision_aid.ui.files.autosave import DELAY_MS, find_orphans, offer_recovery
from decision_aid.ui.shell.paths import AppPaths
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import choose, click


def test_autosave_is_debounced_and_within_a_second(qtbot: Any, make_session: SessionFactory) -> None:
    assert DELAY_MS <= 1000
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    saver = session.autosaver
    assert not saver.data_path.exists()  # opening an example changes nothing
    writes: list[int] = []
    original = saver.save_now
    saver._timer.timeout.disconnect()  # count the writes the timer makes
    saver._timer.timeout.connect(lambda: (writes.append(1), original()))
    for key in ("yes", "no", "yes"):  # a burst of changes, well within DELAY_MS
        session.document.set_value("pain.dn4.itching", key)
    qtbot.waitUntil(saver.data_path.exists, timeout=1000)
    assert writes == [1]  # three changes, one write
    assert load_assessment(saver.data_path).pain.dn4.itching == "yes"
    assert saver.data_path.stat().st_mode & 0o077 == 0


def test_save_and_clean_close_remove_the_autosave(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["sci"])
    choose(qtbot, window, "sci.ais_grade", "B")
    session.autosaver.save_now()
    assert session.autosaver.data_path.exists()
    dialog_script.answers["save_file_name"] = str(tmp_path / "sci.json")
    window.act_save.trigger()
    assert not session.autosaver.data_path.exists()
    choose(qtbot, window, "sci.ais_grade", "C")
    session.autosaver.save_now()
    dialog_script.answers["ask_save_changes"] = "discard"
    window.close()
    assert list(session.paths.autosave_dir.iterdir()) == []


CRASHING_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from decision_aid.ui.shell.app import build_session, setup_application
    from decision_aid.ui.shell.paths import AppPaths

    app = QApplication([])
    setup_application(app)
    session = build_session(AppPaths.under(Path(sys.argv[1])), language="en")
    session.window.show()
    session.window.files.open_example("crps")
    session.document.set_value("crps.crps_type", "II")
    session.document.set_value("patient.notes", "typed just before the crash")
    while not session.autosaver.data_path.exists():
        app.processEvents()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _crash_a_session(root: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(root)],
        env=env,
        timeout=60,
        capture_output=True,
        text=True,
    )
    assert result.returncode == -9, result.stderr[-2000:]


def test_recovery_offered_after_a_crash(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    _crash_a_session(root)
    orphans = find_orphans(AppPaths.under(root).autosave_dir)
    assert len(orphans) == 1
    for orphan in orphans:
        orphan.lock.unlock()
    session = make_session(root=root)
    dialog_script.answers["ask_recover"] = True
    assert offer_recovery(session.document, session.paths.autosave_dir, session.window)
    assert dialog_script.names() == ["ask_recover"]
    _, (_, when, name) = dialog_script.calls[0]
    assert when[:4].isdigit() and name == "CRPS-2026-014"
    assert session.document.value("crps.crps_type") == "II"
    assert session.document.value("patient.notes") == "typed just before the crash"
    assert session.document.modified and session.document.path is None
    assert session.window.stack.currentWidget() is session.window.wizard
    # The recovered copy is gone from the orphan list; only this session's own autosave remains.
    assert find_orphans(session.paths.autosave_dir) == []


def test_declined_recovery_deletes_the_copy(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    _crash_a_session(root)
    session = make_session(root=root)
    dialog_script.answers["ask_recover"] = False
    assert not offer_recovery(session.document, session.paths.autosave_dir, session.window)
    assert not session.document.is_open
    assert [p for p in session.paths.autosave_dir.iterdir() if p.suffix == ".json"] == []


def test_a_running_session_is_not_offered(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    first = make_session(root=root)
    first.window.files.open_example("crps")
    first.document.set_value("crps.crps_type", "II")
    first.autosaver.save_now()
    second = make_session(root=root)
    assert not offer_recovery(second.document, second.paths.autosave_dir, second.window)
    assert dialog_script.calls == []
    assert first.autosaver.data_path.exists()
