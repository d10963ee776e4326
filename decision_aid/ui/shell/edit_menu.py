"""The Edit menu: undo and redo for answers, with the question shown and highlighted afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from decision_aid.ui.common import dialogs
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.wizard.undo import AnswerHistory

if TYPE_CHECKING:
    from decision_aid.ui.shell.main_window import MainWindow


class EditMenu(Retranslating, QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.history = AnswerHistory(window.document, window.texts.field, self)
        stack = self.history.stack
        self.act_undo = QAction(self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            self.addAction(action)
            window.addAction(action)  # the shortcut works while the menu is closed
        self.act_undo.triggered.connect(stack.undo)
        self.act_redo.triggered.connect(stack.redo)
        stack.indexChanged.connect(self._stack_changed)
        self.history.applied.connect(self._show)
        window.document.changed.connect(self._highlight)
        bar = window.menuBar()
        bar.insertMenu(window.menu_go.menuAction(), self)
        self.retranslate()

    def _stack_changed(self, _: int) -> None:
        self.retranslate()

    def _rows(self, path: str) -> list[object]:
        wizard = self.window_._wizard
        if wizard is None:
            return []
        return [p.rows[path] for p in wizard.pages if p.built and path in p.rows]

    def _highlight(self, path: str) -> None:
        for row in self._rows(path):
            row.flash()  # type: ignore[attr-defined]

    def _show(self, path: str) -> None:
        """After undo or redo: the answer back in its widget, its question in view."""
        for row in self._rows(path):
            row.load()  # type: ignore[attr-defined]
        if self.window_.document.is_open and self.window_._wizard is not None:
            self.window_.wizard.go_to_field(path)
        self._highlight(path)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Edit"))
        stack = self.history.stack
        for action, can, what, plain in (
            (self.act_undo, stack.canUndo(), stack.undoText(), self.tr("&Undo")),
            (self.act_redo, stack.canRedo(), stack.redoText(), self.tr("&Redo")),
        ):
            action.setEnabled(can)
            action.setText(dialogs.fill(self.tr("%1: %2"), plain, what) if what else plain)
            action.setToolTip(
                dialogs.fill(self.tr("%1 (%2)"), plain.replace("&", ""), action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText))
            )
