"""Every message box and standard dialog the app shows goes through this one module.

Tests replace these functions (monkeypatch) to answer questions without a user; the rest of the app
never calls QMessageBox or QFileDialog directly. Standard buttons (Save, Discard, Cancel, Yes, No)
are translated by Qt's own catalogue, which :mod:`decision_aid.ui.shell.language` loads.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from decision_aid.ui.common.template import fill as fill  # here too, for the other dialogs' callers

SaveChoice = Literal["save", "discard", "cancel"]
ConflictChoice = Literal["overwrite", "save_as", "reload", "cancel"]
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
    add_mnemonics(box)
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(default)
    return _Btn(box.exec())


def mnemonic_texts() -> dict[QMessageBox.StandardButton, str]:
    """Standard buttons with Alt mnemonics (Qt's own "Save" and "Discard" have none)."""
    return {
        _Btn.Save: translate("dialogs", "&Save"),
        _Btn.Discard: translate("dialogs", "&Don't save"),
        _Btn.Yes: translate("dialogs", "&Yes"),
        _Btn.No: translate("dialogs", "&No"),
        _Btn.Ok: translate("dialogs", "&OK"),
        _Btn.Cancel: translate("dialogs", "&Cancel"),
    }


def add_mnemonics(box: QMessageBox) -> None:
    for which, text in mnemonic_texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def information(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, detail)


def notice(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """A message that does not block: the user goes on working and closes it when read."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, _Btn.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, detail)


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    answer = _box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Unsaved changes"),
        fill(translate("dialogs", "Save the changes to “%1” before closing it?"), name),
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
        fill(
            translate(
                "dialogs",
                "The decision aid did not close normally. Recover the assessment “%1” autosaved at %2?",
            ),
            name,
            when,
        ),
        translate("dialogs", "If you choose No, the autosaved copy is deleted."),
        _Btn.Yes | _Btn.No,
        _Btn.Yes,
    )
    return answer == _Btn.Yes


def crash(parent: QWidget | None, log_path: str, autosaved: bool = True) -> None:
    """``autosaved`` is False while autosave is failing: then the message must not claim it."""
    if autosaved:
        text = translate(
            "dialogs",
            "Something went wrong inside the decision aid. Your answers are autosaved; save your "
            "work and restart the program.",
        )
    else:
        text = translate(
            "dialogs",
            "Something went wrong inside the decision aid. Autosave is not working at the moment, so "
            "your latest answers are not autosaved: save your work now, then restart the program.",
        )
    _box(
        parent,
        QMessageBox.Icon.Critical,
        translate("dialogs", "Unexpected error"),
        text,
        fill(translate("dialogs", "A technical log (no patient data) was written to: %1"), log_path),
    )


def ask_conflict(parent: QWidget | None, name: str) -> ConflictChoice:
    """The file changed on disk since it was opened or saved here (another program or instance)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("dialogs", "File changed on disk"),
        fill(
            translate(
                "dialogs",
                "“%1” was changed by another program (or another window) since you opened or saved it "
                "here. Saving now would overwrite those changes.",
            ),
            name,
        ),
        _Btn.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    overwrite = box.addButton(translate("dialogs", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("dialogs", "Save &as…"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(translate("dialogs", "&Reload from disk"), QMessageBox.ButtonRole.ResetRole)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    choices: dict[object, ConflictChoice] = {overwrite: "overwrite", save_as: "save_as", reload: "reload"}
    return choices.get(clicked, "cancel")


def ask_save_read_only(parent: QWidget | None, name: str) -> bool:
    """True to save under another name; the read-only file itself is never replaced."""
    answer = _box(
        parent,
        QMessageBox.Icon.Warning,
        translate("dialogs", "Read-only file"),
        fill(
            translate("dialogs", "“%1” is read-only, so it is not overwritten. Save under another name?"),
            name,
        ),
        "",
        _Btn.Yes | _Btn.Cancel,
        _Btn.Yes,
    )
    return answer == _Btn.Yes


def ask_remove_missing(parent: QWidget | None, path: str) -> bool:
    answer = _box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "File not found"),
        fill(translate("dialogs", "File not found: %1. Remove it from the list of recent files?"), path),
        "",
        _Btn.Yes | _Btn.No,
        _Btn.Yes,
    )
    return answer == _Btn.Yes


# Qt's own file dialog, not the platform's: it follows the app's language (qtbase_zh_CN) in the
# Chinese UI, where a native dialog would speak the system's language.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=FILE_DIALOG_OPTIONS)
    return name


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=FILE_DIALOG_OPTIONS)
    return name


def run_modal(dialog: QDialog) -> int:
    """Run a dialog of our own modally (print dialog, document options) and return its result."""
    return dialog.exec()


def show(dialog: QDialog) -> None:
    """Show a dialog of our own without blocking (About, references)."""
    dialog.open()
