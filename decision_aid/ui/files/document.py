"""The open assessment: its answers, where it is saved, whether it has unsaved changes, and the
Evaluation recomputed by :func:`decision_aid.domain.evaluate.evaluate` after every change.

The UI never decides anything clinical: widgets write answers here and read the Evaluation back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal

from decision_aid.domain.assessment import Assessment, Indication, Patient
from decision_aid.domain.content import ContentLibrary
from decision_aid.domain.evaluate import Evaluation, evaluate
from decision_aid.domain.questions import get_path
from decision_aid.domain.validation import first_problem
from decision_aid.storage import FileFingerprint


class AnswerError(ValueError):
    """An answer the assessment model rejects; ``str()`` is the model's reason."""


class AssessmentDocument(QObject):
    changed = Signal(str)  # the field path that changed
    answer_set = Signal(str, object, object)  # path, old value, new value (for undo)
    replaced = Signal()  # a whole new assessment (new, open, recover)
    modified_changed = Signal(bool)
    path_changed = Signal()

    def __init__(self, content: ContentLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self._assessment = Assessment(indication=Indication.crps)
        self._evaluation = evaluate(self._assessment, content)
        self._path: Path | None = None
        self._modified = False
        self._open = False
        # What the file at ``path`` was when opened or last saved here (None: not known).
        self.disk_fingerprint: FileFingerprint | None = None
        self.generation = 0  # counts whole-assessment replacements (new, open, recover, close)
        # An example assessment from the app's library: marked as such on screen and on paper.
        self.example = False

    # -- state ---------------------------------------------------------------------------------
    @property
    def assessment(self) -> Assessment:
        return self._assessment

    @property
    def evaluation(self) -> Evaluation:
        return self._evaluation

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_open(self) -> bool:
        """False until the user starts or opens an assessment (the start page shows)."""
        return self._open

    @property
    def modified(self) -> bool:
        return self._modified

    def display_name(self) -> str:
        return self._path.name if self._path else ""

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit()

    # -- whole assessments ---------------------------------------------------------------------
    def load(
        self, assessment: Assessment, path: Path | None, modified: bool = False, *, example: bool = False
    ) -> None:
        self.example = example
        self._assessment = assessment.model_copy(deep=True)
        self._evaluation = evaluate(self._assessment, self.content)
        self._open = True
        self.disk_fingerprint = None
        self.generation += 1
        self.set_path(path)
        self.replaced.emit()
        self.set_modified(modified)

    def new(self, indication: Indication) -> None:
        # The assessment date is today unless the clinician changes it; every clinical answer
        # starts as unknown.
        patient = Patient(assessment_date=dt.date.today())
        self.load(Assessment(indication=indication, patient=patient), None, modified=False)

    def close(self) -> None:
        """Forget the assessment (after the user saved or discarded it); the start page shows."""
        self._assessment = Assessment(indication=Indication.crps)
        self._evaluation = evaluate(self._assessment, self.content)
        self._open = False
        self.example = False
        self.disk_fingerprint = None
        self.generation += 1
        self.set_path(None)
        self.replaced.emit()
        self.set_modified(False)

    # -- single answers ------------------------------------------------------------------------
    def value(self, path: str) -> Any:
        return get_path(self._assessment, path)

    def set_value(self, path: str, value: Any) -> None:
        """Set one answer; raise :class:`AnswerError` (and change nothing) if the model rejects it."""
        parent, _, leaf = path.rpartition(".")
        node: BaseModel = get_path(self._assessment, parent) if parent else self._assessment
        old = getattr(node, leaf)
        if old == value:
            return
        try:
            setattr(node, leaf, value)
        except ValidationError as exc:
            raise AnswerError(first_problem(exc).message) from exc
        self._evaluation = evaluate(self._assessment, self.content)
        self.set_modified(True)
        self.answer_set.emit(path, old, getattr(node, leaf))
        self.changed.emit(path)
