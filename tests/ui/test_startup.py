"""Two-phase start: the window paints before pydantic, the assessment model and the content library
are loaded; they are attached on the next turn of the event loop, and a broken library is still
reported (and the app ends) as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import decision_aid.domain.content as content_module
from decision_aid.domain.content import ContentError, default_content
from decision_aid.ui.shell import app as app_module
from decision_aid.ui.shell.main_window import MainWindow
from decision_aid.ui.shell.paths import AppPaths
from tests.ui.conftest import DialogScript

START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from decision_aid.ui.shell import app as A
from decision_aid.ui.shell.main_window import MainWindow
from decision_aid.ui.shell.paths import AppPaths

HEAVY = ("pydantic", "decision_aid.domain.assessment", "decision_aid.domain.content",
         "decision_aid.domain.evaluate", "reportlab")
# Not needed for the first paint either: dialogs, the guide, the log file's handlers, file storage.
LATER = ("decision_aid.ui.common.dialogs", "decision_aid.ui.shell.guide", "logging.handlers",
         "decision_aid.storage")
seen = {"painted": False}

class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow) and not seen["painted"]:
            seen["painted"] = True
            seen["loaded_at_first_paint"] = [m for m in HEAVY + LATER if m in sys.modules]
            # PySide6 builds the Qt namespace's ~90 Python enums on its first use (~20 ms).
            seen["qt_namespace_at_first_paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            # The style sheet on the start page alone for the first paint, on the whole app after it.
            seen["sheets_at_first_paint"] = [bool(qapp.styleSheet()), bool(obj.start.body.styleSheet())]
        return False

qapp = QApplication([])
paints = Paints()
qapp.installEventFilter(paints)
A.AppPaths.standard = classmethod(lambda cls: AppPaths.under(Path(sys.argv[1])))
real = A.attach_session

def attach(shell, content=None):
    seen["painted_before_attach"] = seen["painted"]
    seen["labels_first"] = [b.text() for b in shell.window.start.new_buttons.values()]
    session = real(shell, content)
    seen["labels_after"] = [b.text() for b in shell.window.start.new_buttons.values()]
    seen["loaded_after"] = [m for m in HEAVY if m in sys.modules]
    seen["sheets_after"] = [qapp.styleSheet() == A.style_sheet(), shell.window.start.body.styleSheet()]
    return session

A.attach_session = attach
code = A.run_gui(smoke_test=True)
import gc
seen["frozen_objects"] = gc.get_freeze_count()
print("SEEN " + json.dumps(seen, ensure_ascii=False))
sys.exit(code)
"""


def test_the_window_paints_before_the_domain_loads(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    # The smoke test's mark comes at the first paint, its last line once everything is loaded.
    assert lines[0].startswith("main window shown: ") and lines[1].startswith("ready: ")
    seen = json.loads(next(line for line in lines if line.startswith("SEEN "))[5:])
    assert seen["painted_before_attach"] is True
    assert seen["loaded_at_first_paint"] == []
    assert seen["qt_namespace_at_first_paint"] is False
    assert seen["sheets_at_first_paint"] == [False, True]
    assert seen["sheets_after"] == [True, ""]
    assert {"pydantic", "decision_aid.domain.content"} <= set(seen["loaded_after"])
    assert "reportlab" not in seen["loaded_after"]
    # Once loaded, the long-lived objects are kept out of full garbage collections (which would
    # otherwise stop the window for 100 ms and more while a document is made on the worker).
    assert seen["frozen_objects"] > 10_000
    # The shell named the indications from labels.json; the validated library says the same.
    library = default_content()
    expected = [library.label("indications", key, "en") for key in ("crps", "psps_t2", "sci")]
    assert seen["labels_first"] == expected == seen["labels_after"]


def test_a_broken_library_is_reported_after_the_first_paint(
    monkeypatch: pytest.MonkeyPatch, dialog_script: DialogScript, tmp_path: Path
) -> None:
    def broken() -> Any:
        raise ContentError("rules.json: crps.budapest: must not be empty")

    seen: dict[str, Any] = {}

    def fake_exec(self: QApplication) -> int:
        for _ in range(5):
            QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        for window in windows:
            window.close()
            window.language.set_code("en")
        return 0

    monkeypatch.setattr(content_module, "default_content", broken)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(AppPaths, "standard", classmethod(lambda cls: AppPaths.under(tmp_path)))
    dialog_script.answers["error"] = None
    assert app_module.run_gui() == 2  # as the command line: unusable content, no verdict
    assert dialog_script.names() == ["error"]
    _, (_, _, text, detail) = dialog_script.calls[0]
    assert "will not give verdicts" in text
    assert detail == "rules.json: crps.budapest: must not be empty"
    assert seen["windows"] == 1  # the window painted first


def test_the_second_phase_runs_once_even_if_the_window_never_paints(qtbot: Any, tmp_path: Path) -> None:
    shell = app_module.build_shell(AppPaths.under(tmp_path), "en")
    qtbot.addWidget(shell.window)
    calls: list[str] = []
    hidden = app_module._FirstPaint(shell.window, lambda: calls.append("hidden"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["hidden"], timeout=2000)
    # Painted: it runs on the paint, and the fallback does not run it again.
    painted: list[str] = []
    shown = app_module._FirstPaint(shell.window, lambda: painted.append("painted"), fallback_ms=300)
    with qtbot.waitExposed(shell.window):
        shell.window.show()
    qtbot.waitUntil(lambda: painted == ["painted"], timeout=2000)
    qtbot.wait(400)
    assert painted == ["painted"] and calls == ["hidden"]
    assert hidden is not shown
    shell.window.hide()


def test_the_shell_sets_by_number_what_qt_names(qtbot: Any, tmp_path: Path) -> None:
    """The values set without PySide6's Qt namespace (ui/common/lean_qt.py) are the named ones."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QScrollArea

    from decision_aid.ui.common import lean_qt

    assert Qt.TextFormat.PlainText.value == lean_qt.PLAIN_TEXT
    assert Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value == lean_qt.TOOL_BUTTON_TEXT_BESIDE_ICON
    assert Qt.FocusPolicy.NoFocus.value == lean_qt.NO_FOCUS
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == lean_qt.SCROLL_BAR_ALWAYS_OFF
    assert Qt.ItemDataRole.UserRole.value == lean_qt.USER_ROLE
    aligned = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    wrapped = int(aligned) | int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)
    assert wrapped == lean_qt.WRAPPED_BUTTON_TEXT
    shell = app_module.build_shell(AppPaths.under(tmp_path), "en")
    window = shell.window
    qtbot.addWidget(window)
    assert window.autosave_warning.textFormat() == Qt.TextFormat.PlainText
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    scroll = window.start.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Shortcuts set as lists (QAction.setShortcut would load the namespace): one each, as before.
    assert window.act_new.shortcuts() == [QKeySequence(QKeySequence.StandardKey.New)]
    assert window.act_documents.shortcuts() == [QKeySequence("Ctrl+P")]
    assert window.act_about.shortcuts() == []  # F1 went to the guide
    assert window.help_actions.act_guide.shortcuts() == [QKeySequence(QKeySequence.StandardKey.HelpContents)]
    # The open button sits at the left at its natural width (as AlignLeft placed it).
    with qtbot.waitExposed(window):
        window.show()
    button = window.start.open_button
    assert button.width() == button.sizeHint().width()
    assert button.x() == window.start.no_recent.x()  # the label below it fills the row from the left
    window.hide()

