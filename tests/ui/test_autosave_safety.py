"""Autosave keeps up with continuous typing, survives kill -9, reports its failures without the crash
dialog, respects other sessions' locks, and never lets a malformed recovery file stop the start."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication, QWidget

from decision_aid.storage import load_assessment
from decision_aid.ui.common.dialogs import notice as real_notice
from decision_aid.ui.files import autosave
from decision_aid.ui.files.autosave import DELAY_MS, find_orphans, offer_recovery
from decision_aid.ui.shell.paths import AppPaths
from tests.ui.conftest import DialogScript, SessionFactory


def test_continuous_changes_are_saved_within_a_second_of_the_first(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    session.window.files.open_example("crps")
    saver = session.autosaver
    start = time.monotonic()
    written_at: float | None = None
    typed = ""
    # A key every 150 ms for 2 s: a restarting debounce would never fire.
    while time.monotonic() - start < 2.0:
        typed += "x"
        session.document.set_value("patient.notes", typed)
        qtbot.wait(150)
        if written_at is None and saver.data_path.exists():
            written_at = time.monotonic()
    assert written_at is not None and written_at - start <= 1.0 + 0.2  # one 150 ms step of slack
    assert DELAY_MS < 1000


KILLED_WHILE_TYPING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from decision_aid.ui.shell.app import build_session, setup_application
    from decision_aid.ui.shell.paths import AppPaths

    app = QApplication([])
    setup_application(app)
    session = build_session(AppPaths.under(Path(sys.argv[1])), language="en")
    window = session.window
    window.show()
    window.activateWindow()
    window.files.open_example("crps")
    assert window.wizard.go_to_field("patient.notes")
    app.processEvents()
    notes = app.focusWidget()

    def type_one():
        QTest.keyClick(notes, Qt.Key.Key_X)
        print(len(session.document.value("patient.notes")), flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(int(sys.argv[2]))
    app.exec()
    """
)


@pytest.mark.parametrize("interval_ms", [150, 400])
def test_kill_during_continuous_typing_loses_at_most_the_last_second(
    tmp_path: Path, interval_ms: int
) -> None:
    root = tmp_path / "app"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WHILE_TYPING, str(root), str(interval_ms)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    typed: list[tuple[float, int]] = []
    try:
        for line in child.stdout:
            typed.append((time.monotonic(), int(line)))
            if typed[-1][0] - typed[0][0] >= 4.0:
                break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert len(typed) >= 5
    (orphan,) = find_orphans(AppPaths.under(root).autosave_dir)
    recovered = len(load_assessment(orphan.data).patient.notes)
    orphan.lock.unlock()
    must_have = max(n for t, n in typed if t <= killed_at - 1.0)
    assert recovered >= must_have, (recovered, must_have, typed[-1])


def _break_folder(folder: Path) -> None:
    """The autosave folder removed and a file in its place: nothing can be written there."""
    shutil.rmtree(folder)
    folder.write_text("not a folder")


def test_autosave_failure_warns_in_the_window_and_retries(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "RETRY_MS", (200, 400))
    session = make_session()
    window, saver = session.window, session.autosaver
    window.files.open_example("crps")
    assert not window.autosave_warning.isVisible()
    folder = session.paths.autosave_dir
    _break_folder(folder)
    session.document.set_value("crps.crps_type", "II")
    qtbot.waitUntil(window.autosave_warning.isVisible, timeout=2000)
    assert not saver.healthy
    text = window.autosave_warning.text()
    assert "Autosave is not working" in text and saver.error in text and saver.error
    assert dialog_script.calls == []  # no crash dialog, no modal box at all
    # The crash dialog, if something else failed now, must not claim the answers are autosaved.
    dialog_script.answers["crash"] = None
    from decision_aid.ui.common import dialogs

    dialogs.crash(window, "log", saver.healthy)
    assert dialog_script.calls[-1][1][2] is False
    folder.unlink()
    folder.mkdir(mode=0o700)  # the folder is back: the retry writes and the warning goes
    qtbot.waitUntil(lambda: not window.autosave_warning.isVisible(), timeout=3000)
    assert load_assessment(saver.data_path).crps.crps_type == "II"
    assert saver.healthy


def test_a_session_never_writes_into_a_live_sessions_file(
    make_session: SessionFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class FixedId:
        hex = "0123456789abcdef"

    monkeypatch.setattr(autosave.uuid, "uuid4", lambda: FixedId())
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    folder.mkdir(parents=True)
    other = QLockFile(str(folder / "session-0123456789ab.lock"))  # a live session owns this name
    assert other.tryLock(0)
    (folder / "session-0123456789ab.json").write_text("the other session's autosave")
    session = make_session(root=root)
    session.window.files.open_example("crps")
    session.document.set_value("crps.crps_type", "II")
    assert not session.autosaver.save_now()
    assert (folder / "session-0123456789ab.json").read_text() == "the other session's autosave"
    assert not session.autosaver.healthy
    assert session.window.autosave_warning.isVisibleTo(session.window)
    other.unlock()


def test_stale_locks_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    folder.mkdir()
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        "l = QLockFile(sys.argv[1]); assert l.tryLock(0); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code, str(folder / "session-dead.lock")], check=True, timeout=60)
    (folder / "session-dead.meta.json").write_text("{}")
    assert (folder / "session-dead.lock").exists()  # left by a session that died before writing
    assert find_orphans(folder) == []
    assert list(folder.iterdir()) == []


def _orphan(folder: Path, stem: str, data: str, meta: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"session-{stem}.json").write_text(data)
    if meta is not None:
        (folder / f"session-{stem}.meta.json").write_text(meta)


def test_malformed_recovery_files_do_not_stop_the_start(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    _orphan(folder, "deep", "[" * 100_000 + "]" * 100_000, "[" * 100_000)
    _orphan(folder, "bigint", '{"schema_version": 1, "patient": {"age": ' + "9" * 20_000 + "}}", "{}")
    good = Path(__file__).parents[2] / "resources" / "examples" / "crps.json"
    _orphan(folder, "nometa", good.read_text(), '{"unrelated": 1}')
    session = make_session(root=root)
    dialog_script.answers["ask_recover"] = True
    dialog_script.answers["notice"] = None  # the unreadable ones, if met before the good one
    assert offer_recovery(session.document, folder, session.window)
    ((_, (_, when, name)),) = [call for call in dialog_script.calls if call[0] == "ask_recover"]
    assert when == "?" and name == "CRPS-2026-014"
    assert [p.name for p in folder.iterdir() if p.name.startswith("session-") and "nometa" in p.name] == []


def test_a_recovery_file_from_a_newer_version_is_kept_and_explained(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    newer = json.dumps({"schema_version": 99, "patient": {"id": "P-1"}})
    _orphan(folder, "newer", newer, json.dumps({"saved_at": "2026-01-01T10:00:00+00:00"}))
    session = make_session(root=root)
    dialog_script.answers["information"] = None
    assert not offer_recovery(session.document, folder, session.window)
    assert dialog_script.names() == ["information"]
    _, (_, _title, text, detail) = dialog_script.calls[0]
    assert "newer version" in text and "99" in text
    kept = folder / autosave.KEPT_FOLDER / "session-newer.json"
    assert kept.read_text() == newer and str(kept) in detail
    # Not offered again on the next start.
    assert find_orphans(folder) == []


LIVE_SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from decision_aid.ui.shell.app import build_session, setup_application
    from decision_aid.ui.shell.paths import AppPaths

    app = QApplication([])
    setup_application(app)
    session = build_session(AppPaths.under(Path(sys.argv[1])), language="en")
    session.window.files.open_example("crps")
    session.document.set_value("crps.crps_type", "II")
    assert session.autosaver.save_now()
    print("autosaved", flush=True)
    sys.stdin.readline()  # alive until the test is done
    """
)


def test_another_live_process_is_never_offered_as_a_crash(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    child = subprocess.Popen(
        [sys.executable, "-c", LIVE_SESSION, str(root)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "autosaved"
        folder = AppPaths.under(root).autosave_dir
        assert len(list(folder.glob("session-*.meta.json"))) == 1
        assert find_orphans(folder) == []
        session = make_session(root=root)
        assert not offer_recovery(session.document, folder, session.window)
        assert dialog_script.calls == []
        assert len(list(folder.glob("session-*.meta.json"))) == 1  # left alone
    finally:
        child.communicate("\n", timeout=30)


def test_unreadable_autosaves_are_kept_and_reported_in_one_message(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    _orphan(folder, "deep", "[" * 100_000 + "]" * 100_000, "[" * 100_000)
    _orphan(folder, "garbage", "\x00\xff not json", None)
    session = make_session(root=root)
    dialog_script.answers["notice"] = None
    assert not offer_recovery(session.document, folder, session.window)
    assert dialog_script.names() == ["notice"]  # one message for both, and no modal dialog
    _, (_, _title, text, detail) = dialog_script.calls[0]
    assert "kept, not deleted" in text
    kept = folder / autosave.KEPT_FOLDER
    assert sorted(detail.splitlines()) == [
        str(kept / "session-deep.json"),
        str(kept / "session-garbage.json"),
    ]
    assert (kept / "session-deep.meta.json").read_text() == "[" * 100_000
    assert find_orphans(folder) == []  # not offered (or reported) again


def test_the_notice_does_not_block(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = real_notice(parent, "Title", "Text", "detail")
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    box.close()


def test_a_fifo_in_the_autosave_folder_does_not_hang_the_start(
    make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    root = tmp_path / "app"
    folder = AppPaths.under(root).autosave_dir
    good = Path(__file__).parents[2] / "resources" / "examples" / "crps.json"
    _orphan(folder, "metafifo", good.read_text())
    os.mkfifo(folder / "session-metafifo.meta.json")
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "session-datafifo.json")
    found: list[Any] = []
    worker = threading.Thread(target=lambda: found.append(find_orphans(folder)), daemon=True)
    worker.start()
    worker.join(10)
    try:
        assert not worker.is_alive(), "find_orphans blocked on a FIFO"
    finally:
        for fifo in ("session-metafifo.meta.json", "session-datafifo.json"):
            with contextlib.suppress(OSError):  # unblock a reader left hanging
                os.close(os.open(folder / fifo, os.O_WRONLY | os.O_NONBLOCK))
    orphans = found[0]
    assert sorted(o.data.name for o in orphans) == ["session-datafifo.json", "session-metafifo.json"]
    meta_fifo = next(o for o in orphans if o.data.name == "session-metafifo.json")
    assert meta_fifo.saved_at is None and meta_fifo.original == ""
    for orphan in orphans:
        orphan.lock.unlock()
    # The whole recovery: the good one is offered, the FIFO data file kept, nothing blocks.
    dialog_script.answers["ask_recover"] = False
    dialog_script.answers["notice"] = None
    session = make_session(root=root)
    assert offer_recovery(session.document, folder, session.window) is False
    assert sorted(dialog_script.names()) == ["ask_recover", "notice"]
    assert (folder / autosave.KEPT_FOLDER / "session-datafifo.json").exists()
