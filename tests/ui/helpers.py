"""Driving the app the way a user does: clicks on the real buttons, key presses on the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from decision_aid.ui.shell.main_window import MainWindow
from decision_aid.ui.wizard.pages import QuestionPage


def click(qtbot: Any, widget: QAbstractButton | QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def page(window: MainWindow, page_id: str) -> QuestionPage:
    return next(p for p in window.wizard.pages if p.page_id == page_id)


def go_to_page(qtbot: Any, window: MainWindow, page_id: str) -> QuestionPage:
    """Click the page's entry in the side panel's list of steps."""
    target = page(window, page_id)
    steps = window.wizard.steps()
    row = steps.index(target)
    panel = window.wizard.side.steps
    rect = panel.visualItemRect(panel.item(row))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.wizard.current_widget() is target
    return target


def choose(qtbot: Any, window: MainWindow, path: str, key: str) -> None:
    """Click the answer chip ``key`` of the question at ``path`` (on its page)."""
    for p in window.wizard.steps():
        if isinstance(p, QuestionPage) and path in p.rows:
            if window.wizard.current_widget() is not p:
                go_to_page(qtbot, window, p.page_id)
            p.focus_field(path)
            click(qtbot, p.rows[path].control.choice.buttons[key])  # type: ignore[attr-defined]
            return
    raise AssertionError(f"no page asks {path}")
