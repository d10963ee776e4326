"""New, Open, Save, Save As, recent files and examples, through :mod:`decision_aid.storage`.

A file is read and validated before anything is replaced, so a malformed file leaves the current
work untouched; unsaved changes are offered for saving before they would be lost. What the file was
when opened or saved (size, time, hash) is remembered: Save never silently overwrites another
program's or another window's changes, nor replaces a read-only file.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from decision_aid.domain.assessment import Indication
from decision_aid.resources_path import example_path
from decision_aid.storage import (
    AssessmentFileError,
    StorageError,
    file_fingerprint,
    file_stem,
    load_assessment,
    save_assessment,
)
from decision_aid.ui.common import dialogs
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.shell.settings import Settings

log = logging.getLogger(__name__)


class FileController(QObject):
    recent_changed = Signal()

    def __init__(
        self,
        document: AssessmentDocument,
        settings: Settings,
        window: QWidget,
        field_label: Callable[[str], str] = str,
    ) -> None:
        super().__init__(window)
        self._document = document
        self._settings = settings
        self._window = window
        self._field_label = field_label
        self._busy = False  # one open at a time: a second request while the first asks is dropped

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

    def open_recent(self, name: str) -> bool:
        """Open a file from the recent list; a file that is gone may be removed from the list."""
        if not Path(name).is_file() and not Path(name).is_dir():
            if self._busy:
                return False
            self._busy = True
            try:
                if dialogs.ask_remove_missing(self._window, name):
                    self._settings.remove_recent_file(name)
                    self.recent_changed.emit()
            finally:
                self._busy = False
            return False
        return self.open_path(name)

    def open_path(self, name: str | Path, as_example: bool = False) -> bool:
        if self._busy:
            return False
        self._busy = True
        try:
            return self._open_path(name, as_example)
        finally:
            self._busy = False

    def _open_path(self, name: str | Path, as_example: bool) -> bool:
        try:
            assessment = load_assessment(name)
        except AssessmentFileError as exc:
            log.info("could not open a file: %s", exc.code)
            dialogs.error(
                self._window,
                self.tr("Cannot open the file"),
                self.tr("The file was not found. Your current work is unchanged.")
                if exc.code == "not_found"
                else self.tr("This file is not a valid assessment. Your current work is unchanged."),
                self.describe_error(exc),
            )
            return False
        if not self.maybe_save():
            return False
        fingerprint = None if as_example else file_fingerprint(name)
        # Examples open as untitled copies so that Save never overwrites the shipped file.
        self._document.load(assessment, None if as_example else Path(name).resolve(), example=as_example)
        self._document.disk_fingerprint = fingerprint
        if not as_example:
            self._settings.add_recent_file(name)
            self.recent_changed.emit()
        return True

    def reload(self) -> bool:
        """Replace the open assessment by the file on disk (the user chose to drop their changes)."""
        path = self._document.path
        if path is None:
            return False
        try:
            assessment = load_assessment(path)
        except AssessmentFileError as exc:
            dialogs.error(
                self._window,
                self.tr("Cannot open the file"),
                self.tr("This file is not a valid assessment. Your current work is unchanged."),
                self.describe_error(exc),
            )
            return False
        fingerprint = file_fingerprint(path)
        self._document.load(assessment, path)
        self._document.disk_fingerprint = fingerprint
        return True

    def describe_error(self, exc: AssessmentFileError) -> str:
        """The problem in the user's language; a field's problem keeps the validator's technical
        wording (English) after the translated field name, since it comes from the schema."""
        name = Path(exc.path).name
        known = {
            "not_found": self.tr("%1: the file was not found."),
            "permission": self.tr("%1: you do not have permission to read this file."),
            "unreadable": self.tr("%1: the file cannot be read."),
            "folder": self.tr("%1 is a folder, not an assessment file."),
            "too_large": self.tr("%1 is too large to be an assessment file."),
            "binary": self.tr("%1 is not an assessment file (it holds binary data)."),
            "not_utf8": self.tr("%1 is not an assessment file (its text encoding is not readable)."),
            "empty": self.tr("%1 is empty."),
            "not_json": self.tr("%1 is damaged or not an assessment file (it is not valid JSON)."),
            "not_object": self.tr("%1 is not an assessment file (no assessment object in it)."),
            "no_version": self.tr("%1 has no schema version, so it is not an assessment file."),
            "version": self.tr("%1 was written in a format this version of the program cannot read."),
        }
        if exc.code in known:
            text = dialogs.fill(known[exc.code], name)
        else:
            text = dialogs.fill(self.tr("%1: the answer to “%2” is not valid."), name, self._label(exc.field))
        return f"{text}\n\n{exc}"

    def _label(self, path: str) -> str:
        """The question's label; for a part of an answer (e.g. a score's value), its question's."""
        parts = path.split(".")
        while parts:
            candidate = ".".join(parts)
            label = self._field_label(candidate)
            if label != candidate:
                return label
            parts.pop()
        return path

    def open_example(self, example: str) -> bool:
        return self.open_path(example_path(example), as_example=True)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        path = self._document.path
        if path is None:
            return self.save_as()
        if self._read_only(path):
            return self.save_as() if dialogs.ask_save_read_only(self._window, path.name) else False
        if self.changed_on_disk():
            choice = dialogs.ask_conflict(self._window, path.name)
            if choice == "save_as":
                return self.save_as()
            if choice == "reload":
                self.reload()
                return False
            if choice != "overwrite":
                return False
        return self._write(path)

    def changed_on_disk(self) -> bool:
        """True if the open file is not what it was when opened or last saved here."""
        path = self._document.path
        if path is None or not path.exists():
            return False  # nothing there to overwrite
        now = file_fingerprint(path)
        then = self._document.disk_fingerprint
        if then is None or now is None:
            return True  # not known what it was (e.g. recovered from an old autosave): ask
        return (now.size, now.sha256) != (then.size, then.sha256)

    @staticmethod
    def _read_only(path: Path) -> bool:
        """The file exists and may not be written (an atomic save would replace it regardless)."""
        try:
            mode = path.stat().st_mode
        except OSError:
            return False
        return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)

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
        if self._read_only(path):
            dialogs.error(
                self._window,
                self.tr("Cannot save"),
                dialogs.fill(self.tr("“%1” is read-only, so it is not overwritten."), path.name),
            )
            return False
        return self._write(path)

    def _suggested_stem(self) -> str:
        return file_stem(self._document.assessment.patient.id)

    def _write(self, path: Path) -> bool:
        try:
            save_assessment(path, self._document.assessment)
        except StorageError as exc:
            dialogs.error(
                self._window, self.tr("Cannot save"), self.tr("The assessment was not saved."), str(exc)
            )
            return False
        self._document.set_path(path.resolve())
        self._document.disk_fingerprint = file_fingerprint(path)
        self._document.set_modified(False)
        self._settings.add_recent_file(path)
        self.recent_changed.emit()
        return True
