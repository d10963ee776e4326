"""Every message box and standard dialog the app shows goes through this one module.

Tests replace these functions (monkeypatch) to answer questions without a user; the rest of the app
never calls QMessageBox or QFileDialog directly. Standard buttons (Save, Discard, Cancel, Yes, No)
are translated by Qt's own catalogue, which :mod:`decision_aid.ui.language` loads.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

SaveChoice = Literal["save", "discard", "cancel"]
_Btn = QMessageBox.StandardButton


translate = QCoreApplication.translate


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str = "",
    buttons: QMessageBox.StandardButton = _Btn.Ok,
    default: QMessageBox.StandardButton = _Btn.Ok,
) -> QMessageBox.StandardButton:
    box = QMessageBox(icon, title, text, buttons, parent)
    # Messages carry file names and paths: never let them be read as HTML.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(default)
    return _Btn(box.exec())


def information(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, detail)


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, detail)


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    answer = _box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Unsaved changes"),
        translate("dialogs", "Save the changes to “%1” before closing it?").replace("%1", name),
        translate("dialogs", "If you do not save, your changes will be lost."),
        _Btn.Save | _Btn.Discard | _Btn.Cancel,
        _Btn.Save,
    )
    return {_Btn.Save: "save", _Btn.Discard: "discard"}.get(answer, "cancel")  # type: ignore[return-value]


def ask_recover(parent: QWidget | None, when: str, name: str) -> bool:
    answer = _box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Recover unsaved work"),
        translate(
            "dialogs", "The decision aid did not close normally. Recover the assessment “%1” autosaved at %2?"
        )
        .replace("%1", name)
        .replace("%2", when),
        translate("dialogs", "If you choose No, the autosaved copy is deleted."),
        _Btn.Yes | _Btn.No,
        _Btn.Yes,
    )
    return answer == _Btn.Yes


def crash(parent: QWidget | None, log_path: str) -> None:
    _box(
        parent,
        QMessageBox.Icon.Critical,
        translate("dialogs", "Unexpected error"),
        translate(
            "dialogs",
            "Something went wrong inside the decision aid. Your answers are autosaved; save your "
            "work and restart the program.",
        ),
        translate("dialogs", "A technical log (no patient data) was written to: %1").replace("%1", log_path),
    )


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return name


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


def run_modal(dialog: QDialog) -> int:
    """Run a dialog of our own modally (print dialog, document options) and return its result."""
    return dialog.exec()


def show(dialog: QDialog) -> None:
    """Show a dialog of our own without blocking (About, references)."""
    dialog.open()
