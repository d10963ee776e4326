"""Undo and redo for answers (Qt's undo framework), and a brief highlight on the answer changed.

Every answer the document accepts becomes a command on one QUndoStack; consecutive edits of the same
field within a moment (typing "72") merge into one. Undoing or redoing shows the question, puts the
answer back in its widget and highlights the row, so the clinician sees what changed. A new, opened
or recovered assessment starts a fresh history.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from decision_aid.ui.files.document import AssessmentDocument

MERGE_SECONDS = 1.5


class SetAnswer(QUndoCommand):
    def __init__(self, history: AnswerHistory, path: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.history = history
        self.path, self.old, self.new = path, old, new
        self.at = time.monotonic()
        self._applied = True  # pushed after the document took the answer

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or other.path != self.path:
            return False
        if other.at - self.at > MERGE_SECONDS:
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.history.apply(self.path, self.new)

    def undo(self) -> None:
        self.history.apply(self.path, self.old)


class AnswerHistory(QObject):
    """The undo stack of one window's answers. ``applied(path)`` follows every undo and redo."""

    applied = Signal(str)

    def __init__(
        self, document: AssessmentDocument, describe: Callable[[str], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = QUndoStack(self)
        self._describe = describe
        self._applying = False
        document.answer_set.connect(self._record)
        document.replaced.connect(self.stack.clear)

    def _record(self, path: str, old: Any, new: Any) -> None:
        if not self._applying:
            self.stack.push(SetAnswer(self, path, old, new, self._describe(path)))

    def apply(self, path: str, value: Any) -> None:
        self._applying = True
        try:
            self.document.set_value(path, value)
        finally:
            self._applying = False
        self.applied.emit(path)
