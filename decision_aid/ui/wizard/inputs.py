"""Answer widgets for numbers, pain scores, text, notes and dates; choices are in choice.py.

Every input can say ``unknown``: numbers and dates have an explicit Unknown box, pain scores
likewise. "Not yet answered" is different: an empty number field, no choice picked. Inputs emit
``committed(value)`` with the model value (``None`` for not yet answered, ``"unknown"`` when the
Unknown box is ticked) and ``problem(text)`` while what is typed cannot be accepted.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from decision_aid.domain.assessment import UNKNOWN
from decision_aid.ui.wizard.choice import SegmentedChoice

Label = Callable[[str], str]


translate = QCoreApplication.translate


def _fmt(number: float) -> str:
    return f"{number:g}"


def labelled(name: str, part: str) -> str:
    """"Pain intensity: scale" — with a full-width colon in the Chinese UI."""
    return translate("inputs", "%1: %2").replace("%1", name).replace("%2", part)


class Input(QWidget):
    committed = Signal(object)
    problem = Signal(str)

    def load(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self

    def set_accessible_name(self, name: str) -> None:
        self.focus_target().setAccessibleName(name)

    def retranslate(self) -> None:
        """Refresh texts for the current language (content labels and chrome)."""


class ChoiceInput(Input):
    def __init__(self, options: list[str], label: Label, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = SegmentedChoice(options, label, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        self.setFocusProxy(self.choice)
        self.choice.chosen.connect(lambda key: self.committed.emit(key))

    def load(self, value: Any) -> None:
        self.choice.set_value(None if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.choice

    def retranslate(self) -> None:
        self.choice.retranslate()


class _UnknownBox(QCheckBox):
    pass


class NumberInput(Input):
    """A number in a range, or unknown (empty field, or the Unknown box ticked)."""

    def __init__(
        self,
        low: float,
        high: float,
        unknown_label: Label,
        integer: bool = False,
        middle: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.integer = low, high, integer
        self._unknown_label = unknown_label
        self.edit = QLineEdit(self)
        self.edit.setMaximumWidth(110)
        validator = QDoubleValidator(low, high, 0 if integer else 1, self.edit)
        validator.setLocale(QLocale.c())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self._validator = validator
        self.unknown = _UnknownBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if middle is not None:
            layout.addWidget(middle)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._edited)
        self.unknown.toggled.connect(self._unknown_toggled)
        self.retranslate()

    def parse(self) -> tuple[bool, float | None]:
        # Full-width digits and punctuation from a Chinese input method (７２．５) count as typed.
        text = unicodedata.normalize("NFKC", self.edit.text()).strip().replace(",", ".").replace("。", ".")
        if not text:
            return True, None
        result = cast(tuple[QValidator.State, str, int], self._validator.validate(text, 0))
        if result[0] != QValidator.State.Acceptable:
            return False, None
        return True, float(text)

    def _edited(self, _: str) -> None:
        ok, value = self.parse()
        if not ok:
            # Record nothing rather than keep the last valid number the user has typed over.
            self.committed.emit(None)
            self.problem.emit(self.range_message())
            return
        self.problem.emit("")
        self.unknown.blockSignals(True)
        self.unknown.setChecked(False)
        self.unknown.blockSignals(False)
        self.committed.emit(int(value) if value is not None and self.integer else value)

    def _unknown_toggled(self, checked: bool) -> None:
        if checked:
            self.edit.clear()
            self.problem.emit("")
            self.committed.emit(UNKNOWN)
        else:
            self.committed.emit(None)
            self.edit.setFocus()

    def set_top(self, high: float) -> None:
        self.high = high
        self._validator.setTop(high)

    def range_message(self) -> str:
        return (
            translate("inputs", "Enter a number from %1 to %2, or leave empty if unknown.")
            .replace("%1", _fmt(self.low))
            .replace("%2", _fmt(self.high))
        )

    def load(self, value: Any) -> None:
        number = None if value is None or value == UNKNOWN else float(value)
        if self.parse() != (True, number):
            self.edit.setText("" if number is None else _fmt(number))
        self.unknown.blockSignals(True)
        self.unknown.setChecked(value == UNKNOWN)
        self.unknown.blockSignals(False)
        self.problem.emit("")

    def focus_target(self) -> QWidget:
        return self.edit

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.unknown.setAccessibleName(labelled(name, self._unknown_label(UNKNOWN)))

    def retranslate(self) -> None:
        self.unknown.setText(self._unknown_label(UNKNOWN))
        self.edit.setPlaceholderText(self._unknown_label(UNKNOWN))
        ok, _ = self.parse()
        if not ok:
            self.problem.emit(self.range_message())


class LineInput(Input):
    """A short text (pseudonymous id, clinician, neurological level). Empty means not given."""

    def __init__(self, max_length: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(max_length)
        self.edit.setMinimumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda text: self.committed.emit(text))

    def load(self, value: Any) -> None:
        if self.edit.text().strip().upper() != str(value or "").strip().upper():
            self.edit.setText(str(value or ""))
        self.problem.emit("")

    def focus_target(self) -> QWidget:
        return self.edit


class NotesInput(Input):
    def __init__(self, max_length: int = 100_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)  # Tab must leave the notes, not trap the keyboard
        self.edit.setMinimumHeight(70)
        self.edit.setMaximumHeight(140)
        self.edit.setMinimumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._changed)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.committed.emit(self.edit.toPlainText()[: self.max_length])

    def load(self, value: Any) -> None:
        if self.edit.toPlainText() != (value or ""):
            self._loading = True
            self.edit.setPlainText(value or "")
            self._loading = False

    def focus_target(self) -> QWidget:
        return self.edit


class _DateEdit(QDateEdit):
    """A date edit that never changes by accident: the wheel over it while it has no focus scrolls
    the page, and Tab leaves it (instead of walking through its year, month and day sections)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # passed on to the scrolling page

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateInput(Input):
    def __init__(self, unknown_label: Label, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unknown_label = unknown_label
        self.edit = _DateEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd")  # ISO: unambiguous in both languages
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.unknown = _UnknownBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._date_changed)
        self.unknown.toggled.connect(self._unknown_toggled)
        self.retranslate()

    def _date_changed(self, date: QDate) -> None:
        if not self.unknown.isChecked():
            self.committed.emit(dt.date(date.year(), date.month(), date.day()))

    def _unknown_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        if checked:
            self.committed.emit(UNKNOWN)
        else:
            self._date_changed(self.edit.date())

    def load(self, value: Any) -> None:
        self.unknown.blockSignals(True)
        self.edit.blockSignals(True)
        self.unknown.setChecked(value == UNKNOWN)
        self.edit.setEnabled(value != UNKNOWN)
        if isinstance(value, dt.date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)
        self.unknown.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.edit if self.edit.isEnabled() else self.unknown

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.unknown.setAccessibleName(labelled(name, self._unknown_label(UNKNOWN)))

    def retranslate(self) -> None:
        self.unknown.setText(self._unknown_label(UNKNOWN))
