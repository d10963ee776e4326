"""Input widgets never change data by accident: the wheel over an unfocused date scrolls the page,
Tab leaves the date field, and full-width digits from a Chinese input method count as typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import SessionFactory
from tests.ui.helpers import page


def _control(window: Any, path: str) -> Any:
    assert window.wizard.go_to_field(path)
    for p in window.wizard.steps():
        rows = getattr(p, "rows", {})
        if path in rows:
            return rows[path].control
    raise AssertionError(path)


def _wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    for _ in range(abs(notches)):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(widget.rect().center())),
            QPoint(),
            QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def test_the_wheel_over_an_unfocused_date_does_not_change_it(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    window = session.window
    window.files.open_example("crps")
    date = _control(window, "patient.assessment_date")
    before = session.document.value("patient.assessment_date")
    assert isinstance(before, dt.date)
    _control(window, "patient.id").focus_target().setFocus()  # the focus is elsewhere
    qtbot.waitUntil(lambda: not date.edit.hasFocus())
    _wheel(date.edit, 3)
    _wheel(date.edit, -1)
    assert session.document.value("patient.assessment_date") == before
    assert date.edit.date().toPython() == before
    assert not date.edit.hasFocus()  # the wheel does not take the focus either


def test_tab_leaves_the_date_field(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    window.files.open_example("crps")
    date = _control(window, "patient.assessment_date")
    before = session.document.value("patient.assessment_date")
    date.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(date.edit.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not date.edit.hasFocus()  # not walking into the month and day sections
    assert QApplication.focusWidget() is date.unknown
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert date.edit.hasFocus()
    qtbot.keyClick(date.edit, Qt.Key.Key_Backtab)
    assert not date.edit.hasFocus()
    assert session.document.value("patient.assessment_date") == before


@pytest.mark.parametrize(
    ("path", "typed", "expected"),
    [
        ("patient.age", "７２", 72),
        ("pain.duration_months", "７２．５", 72.5),
        ("pain.duration_months", "１２，５", 12.5),
    ],
)
def test_full_width_digits_are_accepted(
    qtbot: Any, make_session: SessionFactory, path: str, typed: str, expected: float
) -> None:
    session = make_session()
    session.window.files.open_example("crps")
    control = _control(session.window, path)
    control.edit.clear()
    control.edit.setFocus()
    # What a Chinese input method sends: a committed string (QTest cannot type non-Latin-1 keys).
    event = QInputMethodEvent()
    event.setCommitString(typed)
    QApplication.sendEvent(control.edit, event)
    assert control.edit.text() == typed
    assert session.document.value(path) == expected
    assert page(session.window, "patient") is not None  # the wizard is intact
