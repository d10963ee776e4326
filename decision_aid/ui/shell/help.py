"""Help: F1 opens the bundled user guide (both languages, with a shortcut sheet; :mod:`.guide`, loaded
when first opened); Shift+F1 shows the focused question's help from the catalogue; toolbar tooltips
name their shortcuts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWhatsThis, QWidget

from decision_aid.ui.common.lean_qt import set_shortcut
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.template import fill

if TYPE_CHECKING:
    from decision_aid.ui.shell.guide import GuideDialog
    from decision_aid.ui.shell.main_window import MainWindow


class HelpActions(Retranslating, QWidget):
    """The Help menu's guide and question-help actions (F1, Shift+F1)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.hide()
        self.window_ = window
        self.guide: GuideDialog | None = None
        self.act_guide = QAction(window)
        set_shortcut(self.act_guide, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.act_question = QAction(window)
        set_shortcut(self.act_question, QKeySequence("Shift+F1"))
        for action in (self.act_guide, self.act_question):
            window.addAction(action)  # shortcut context: Qt.WindowShortcut, an action's default
        set_shortcut(window.act_about, QKeySequence())  # F1 is the guide now; About stays in the menu
        window.menu_help.insertActions(window.act_about, [self.act_guide, self.act_question])
        window.menu_help.insertSeparator(window.act_about)
        self.act_guide.triggered.connect(self.show_guide)
        self.act_question.triggered.connect(self.show_question_help)
        window.language.changed.connect(self._language_changed)
        self.retranslate()

    def show_guide(self) -> None:
        lang = self.window_.language.code
        if self.guide is None:
            from decision_aid.ui.shell.guide import GuideDialog

            self.guide = GuideDialog(lang, self.window_)
        elif self.guide.lang != lang:
            self.guide.show_lang(lang)
        from decision_aid.ui.common import dialogs  # here: the window imports help before its first paint

        dialogs.show(self.guide)

    def _language_changed(self, code: str) -> None:
        if self.guide is not None:
            self.guide.show_lang(self.window_.language.code)

    def show_question_help(self) -> None:
        """The focused question's help (its What's This text), where the question is."""
        widget = QApplication.focusWidget()
        while widget is not None and not widget.whatsThis():
            widget = widget.parentWidget()
        if widget is None:
            self.show_guide()
            return
        QWhatsThis.showText(widget.mapToGlobal(QPoint(0, widget.height())), widget.whatsThis(), widget)
        self.shown_help = widget.whatsThis()

    def name_shortcuts(self) -> None:
        """Tooltips that name the shortcut: "Save (Ctrl+S)"."""
        w = self.window_
        for action in (w.act_new, w.act_open, w.act_save, w.act_back, w.act_next, w.act_results,
                       w.act_documents, w.act_toggle_language, w.act_next_unanswered):  # fmt: skip
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = re.sub(r"\(&\w\)|&|…", "", action.text()).strip()
            if action is w.act_toggle_language:
                name = action.toolTip().split(" (")[0].split("（")[0]
            action.setToolTip(fill(self.tr("%1 (%2)"), name, keys) if keys else name)

    def retranslate(self) -> None:
        self.act_guide.setText(self.tr("User &guide and shortcuts"))
        self.act_question.setText(self.tr("Help on this &question"))
        self.name_shortcuts()
