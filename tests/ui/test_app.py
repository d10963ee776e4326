"""Start-up through the command line: ``decision-aid --example crps`` opens the app on that example."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from decision_aid.cli import main
from decision_aid.ui.shell.app import register_fonts
from decision_aid.ui.shell.main_window import MainWindow


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.mark.parametrize("argv", [["--example", "crps"], ["gui", "--example", "crps"]])
def test_example_flag_opens_the_app_on_it(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(self: QApplication) -> int:  # instead of the event loop: look, then close
        for _ in range(5):
            QApplication.processEvents()
        (window,) = _windows()
        seen["patient"] = window.document.assessment.patient.id
        seen["page"] = window.stack.currentWidget() is window.wizard
        seen["hook"] = sys.excepthook
        window.close()
        window.language.set_code("en")
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    assert main(argv) == 0
    assert seen["patient"] == "CRPS-2026-014" and seen["page"]
    assert seen["hook"] is not sys.__excepthook__  # the crash path is installed


def test_bundled_fonts_register() -> None:
    families = register_fonts()
    assert "WenQuanYi Micro Hei" in families and "DejaVu Sans" in families



def test_the_app_has_its_icon_at_several_sizes(qapp: QApplication) -> None:
    from decision_aid.ui.shell.app import app_icon, setup_application

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    setup_application(qapp)
    assert not qapp.windowIcon().isNull()
