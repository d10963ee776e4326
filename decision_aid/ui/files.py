"""New, Open, Save, Save As, recent files and examples, through :mod:`decision_aid.storage`.

A file is read and validated before anything is replaced, so a malformed file leaves the current
work untouched; unsaved changes are offered for saving before they would be lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from decision_aid.domain.assessment import Indication
from decision_aid.resources_path import example_path
from decision_aid.storage import AssessmentFileError, StorageError, load_assessment, save_assessment
from decision_aid.ui import dialogs
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.settings import Settings


class FileController(QObject):
    recent_changed = Signal()

    def __init__(self, document: AssessmentDocument, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._settings = settings
        self._window = window

    def _filters(self) -> str:
        return self.tr("Assessment files (*.json);;All files (*)")

    def name(self) -> str:
        return self._document.display_name() or self.tr("Untitled assessment")

    # -- unsaved changes -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current assessment (saved, discarded or unchanged)."""
        if not (self._document.is_open and self._document.modified):
            return True
        choice = dialogs.ask_save_changes(self._window, self.name())
        if choice == "save":
            return self.save()
        return choice == "discard"

    # -- opening -------------------------------------------------------------------------------
    def new_assessment(self, indication: str) -> bool:
        if not self.maybe_save():
            return False
        self._document.new(Indication(indication))
        return True

    def close_assessment(self) -> bool:
        if not self.maybe_save():
            return False
        self._document.close()
        return True

    def open_dialog(self) -> bool:
        folder = str(self._document.path.parent) if self._document.path else str(Path.home())
        name = dialogs.open_file_name(self._window, self.tr("Open assessment"), folder, self._filters())
        return self.open_path(name) if name else False

    def open_path(self, name: str | Path, as_example: bool = False) -> bool:
        try:
            assessment = load_assessment(name)
        except AssessmentFileError as exc:
            dialogs.error(
                self._window,
                self.tr("Cannot open the file"),
                self.tr("This file is not a valid assessment. Your current work is unchanged."),
                str(exc),
            )
            if not as_example and exc.problem == "file not found":
                self._settings.remove_recent_file(str(name))
                self.recent_changed.emit()
            return False
        if not self.maybe_save():
            return False
        # Examples open as untitled copies so that Save never overwrites the shipped file.
        self._document.load(assessment, None if as_example else Path(name).resolve())
        if not as_example:
            self._settings.add_recent_file(name)
            self.recent_changed.emit()
        return True

    def open_example(self, example: str) -> bool:
        return self.open_path(example_path(example), as_example=True)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        if self._document.path is None:
            return self.save_as()
        return self._write(self._document.path)

    def save_as(self) -> bool:
        suggested = self._document.path or Path.home() / f"{self._suggested_stem()}.json"
        name = dialogs.save_file_name(
            self._window, self.tr("Save assessment as"), str(suggested), self._filters()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        return self._write(path)

    def _suggested_stem(self) -> str:
        pid = "".join(c if c.isalnum() or c in "-_" else "_" for c in self._document.assessment.patient.id)
        return pid.strip("_") or "assessment"

    def _write(self, path: Path) -> bool:
        try:
            save_assessment(path, self._document.assessment)
        except StorageError as exc:
            dialogs.error(
                self._window, self.tr("Cannot save"), self.tr("The assessment was not saved."), str(exc)
            )
            return False
        self._document.set_path(path.resolve())
        self._document.set_modified(False)
        self._settings.add_recent_file(path)
        self.recent_changed.emit()
        return True
