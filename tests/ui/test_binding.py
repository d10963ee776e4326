"""The Qt binding must not drain the reference counts of None, True and False.

PySide6 6.12.0's abi3 build on CPython <= 3.11 returns these singletons without a reference: each
void Qt call loses one to None, each emit/connect/disconnect one to True (a failed disconnect one to
False), and after a few thousand calls the interpreter aborts ("bool_dealloc"). pytest itself holds
thousands of references to True, so ordinary tests never notice: this test counts them directly,
and the soak test drives the real window in a process of its own, where nothing props them up.
On CPython >= 3.12 the singletons are immortal and the counts never move (the test passes).
"""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

ROUNDS = 300
# Unrelated allocations move the counts by a few; a leaking binding loses one per call (>= 300).
SLACK = 50


class _Emitter(QObject):
    fired = Signal(int)


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_calls_emits_and_disconnects_keep_their_references() -> None:
    emitter = _Emitter()
    received: list[int] = []

    def slot(value: int) -> None:
        received.append(value)

    def never_connected(value: int) -> None:  # pragma: no cover - never called
        received.append(-value)

    before = _counts()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PySide6 warns about each failed disconnect
        for index in range(ROUNDS):
            emitter.setObjectName("emitter")  # void
            emitter.blockSignals(False)  # returns a bool
            emitter.fired.connect(slot)
            emitter.fired.emit(index)
            emitter.fired.disconnect(slot)
            with contextlib.suppress(RuntimeError, TypeError):
                emitter.fired.disconnect(never_connected)  # fails: returns False or raises
    after = _counts()
    assert received == list(range(ROUNDS))
    lost = {
        name: old - new
        for name, old, new in zip(("None", "True", "False"), before, after, strict=True)
        if new < old - SLACK
    }
    assert not lost, f"the binding lost references in {ROUNDS} rounds: {lost}"


SOAK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from decision_aid.ui.shell.app import build_session, setup_application
    from decision_aid.ui.shell.paths import AppPaths

    keys, answers, switches = (int(n) for n in sys.argv[2:5])
    app = QApplication([])
    setup_application(app)
    session = build_session(AppPaths.under(Path(sys.argv[1])), language="en")
    window = session.window
    window.show()
    window.files.open_example("crps")
    window.activateWindow()
    assert window.wizard.go_to_field("patient.notes")
    app.processEvents()
    notes = app.focusWidget()
    assert notes is not None and notes.metaObject().className() == "QPlainTextEdit", notes
    for index in range(keys):
        QTest.keyClick(notes, Qt.Key.Key_A if index % 2 else Qt.Key.Key_B)
        if index % 200 == 0:
            app.processEvents()
    assert len(session.document.value("patient.notes")) >= keys
    for index in range(answers):
        session.document.set_value("pain.dn4.itching", "yes" if index % 2 else "no")
        if index % 200 == 0:
            app.processEvents()
    for index in range(switches):
        window.set_language("zh" if index % 2 == 0 else "en")
        app.processEvents()
    session.document.set_modified(False)  # a normal close without the save question
    window.close()
    app.processEvents()
    print("soak done", flush=True)
    """
)


def _soak(root: Path, keys: int, answers: int, switches: int) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    result = subprocess.run(
        [sys.executable, "-c", SOAK, str(root), str(keys), str(answers), str(switches)],
        env=env,
        timeout=600,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "soak done" in result.stdout


def test_soak_short(tmp_path: Path) -> None:
    """A reduced soak that runs in the default suite; on a leaking binding this already aborts at exit."""
    _soak(tmp_path / "app", 1_500, 1_500, 40)


@pytest.mark.slow
def test_soak_full(tmp_path: Path) -> None:
    """The issue's soak: 5,000 keystrokes, 5,000 answer changes, 200 language switches, a normal close."""
    _soak(tmp_path / "app", 5_000, 5_000, 200)
