"""The main window: menus, toolbar, the start page and the guided assessment.

The window can be made in two steps so that it paints before the assessment model and the content
library are loaded: ``MainWindow(None, ..., labels=...)`` builds menus, toolbar and start page, and
:meth:`MainWindow.attach` adds the open assessment (file handling, wizard, documents) a moment later.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from decision_aid import __version__, palette
from decision_aid.resources_path import EXAMPLES
from decision_aid.ui.common.lean_qt import PLAIN_TEXT, TOOL_BUTTON_TEXT_BESIDE_ICON, set_shortcut
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.template import fill
from decision_aid.ui.common.texts import ContentTexts, LabelSource
from decision_aid.ui.shell.help import HelpActions
from decision_aid.ui.shell.language import LANGUAGE_NAMES, Language
from decision_aid.ui.shell.settings import Settings
from decision_aid.ui.shell.start_page import StartPage
from decision_aid.ui.wizard.missing_nav import NEXT_UNANSWERED_SHORTCUT

if TYPE_CHECKING:
    from decision_aid.domain.content import Lang
    from decision_aid.ui.documents.documents_dialog import DocumentsDialog
    from decision_aid.ui.files.autosave import Autosaver
    from decision_aid.ui.files.document import AssessmentDocument
    from decision_aid.ui.files.files import FileController

    # Imported when first used: each pulls in the assessment model (pydantic) or the documents.
    from decision_aid.ui.shell.about_dialog import AboutDialog
    from decision_aid.ui.wizard.wizard import WizardView


class MainWindow(Retranslating, QMainWindow):
    document: AssessmentDocument  # set by attach()
    files: FileController  # set by attach()

    def __init__(
        self,
        document: AssessmentDocument | None,
        language: Language,
        settings: Settings,
        fonts_dir: Path,
        autosaver: Autosaver | None = None,
        parent: QWidget | None = None,
        labels: LabelSource | None = None,
    ) -> None:
        """With ``document`` None, only the shell is made (``labels`` names the indications until
        then) and :meth:`attach` must follow."""
        super().__init__(parent)
        self.language = language
        self.settings = settings
        self.autosaver = autosaver
        self._fonts_dir = fonts_dir
        self._attached = False
        self.texts = ContentTexts(document.content if document else None, language, labels)
        self.start = StartPage(self.texts)
        self._wizard: WizardView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start)
        # A non-modal warning while autosave fails: the user keeps working and knows why.
        self.autosave_warning = QLabel(self)
        self.autosave_warning.setObjectName("warning")
        self.autosave_warning.setWordWrap(True)
        self.autosave_warning.setProperty("textFormat", PLAIN_TEXT)
        self.autosave_warning.setStyleSheet(
            f"background: {palette.WARNING_FILL}; color: {palette.WARNING_TEXT}; padding: 6px;"
        )
        self.autosave_warning.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.autosave_warning)
        self._column = column  # the example banner joins it when an assessment is attached
        self._central = central
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.about_dialog: AboutDialog | None = None
        self.documents_dialog: DocumentsDialog | None = None
        self._make_actions()
        self._make_menus()
        self.help_actions = HelpActions(self)  # F1 user guide, Shift+F1 question help
        self._recent_changed()
        self.retranslate()
        self.resize(1024, 700)
        if document is not None:
            self.attach(document, autosaver)

    def attach(self, document: AssessmentDocument, autosaver: Autosaver | None = None) -> None:
        """Second step: the assessment, and everything that works on it."""
        from decision_aid.ui.files.files import FileController

        self.document = document
        self.autosaver = autosaver
        self.texts.set_content(document.content)
        self.files = FileController(document, self.settings, self, self.texts.field)
        self._attached = True
        from decision_aid.ui.shell.edit_menu import EditMenu
        from decision_aid.ui.shell.example_banner import ExampleBanner

        self.example_banner = ExampleBanner(document, self._central)
        self._column.insertWidget(1, self.example_banner)
        self._connect()
        self.menu_edit = EditMenu(self)  # undo and redo for answers
        self.retranslate()
        self.start.retranslate()  # the validated library's labels (the same text as the shell's)
        self._replaced()

    # -- construction --------------------------------------------------------------------------
    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            set_shortcut(action, QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self.act_open = self._action(QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.act_save = self._action(QKeySequence.StandardKey.Save, sp.SP_DialogSaveButton)
        self.act_save_as = self._action("Ctrl+Shift+S")
        self.act_documents = self._action("Ctrl+P", sp.SP_FileDialogDetailedView)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_start = self._action("Ctrl+Shift+H")
        self.act_back = self._action("Alt+Left", sp.SP_ArrowBack)
        self.act_next = self._action("Alt+Right", sp.SP_ArrowForward)
        self.act_results = self._action("Ctrl+R", sp.SP_DialogApplyButton)
        self.act_next_unanswered = self._action(NEXT_UNANSWERED_SHORTCUT)
        self.act_about = self._action(QKeySequence.StandardKey.HelpContents)
        self.act_toggle_language = self._action("Ctrl+L")
        self.language_group = QActionGroup(self)
        self.act_languages: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.act_languages[code] = action
        self.act_examples: dict[str, QAction] = {name: self._action() for name in EXAMPLES}

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = QMenu(self)
        self.menu_recent = QMenu(self)
        self.menu_examples = QMenu(self)
        for action in self.act_examples.values():
            self.menu_examples.addAction(action)
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addMenu(self.menu_examples)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_documents)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_go = QMenu(self)
        self.menu_go.addActions([self.act_start, self.act_back, self.act_next, self.act_results])
        self.menu_go.addAction(self.act_next_unanswered)
        self.menu_language = QMenu(self)
        self.menu_language.addActions(list(self.act_languages.values()))
        self.menu_help = QMenu(self)
        self.menu_help.addAction(self.act_about)
        for menu in (self.menu_file, self.menu_go, self.menu_language, self.menu_help):
            bar.addMenu(menu)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.toolbar.addActions([self.act_new, self.act_open, self.act_save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_back, self.act_next, self.act_results, self.act_documents])
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.act_toggle_language)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        f = self.files
        self.act_new.triggered.connect(self.new_assessment)
        self.act_open.triggered.connect(f.open_dialog)
        self.act_save.triggered.connect(f.save)
        self.act_save_as.triggered.connect(f.save_as)
        self.act_documents.triggered.connect(self.show_documents)
        self.act_quit.triggered.connect(self.close)
        self.act_start.triggered.connect(self.show_start)
        self.act_back.triggered.connect(lambda: self.wizard.back())
        self.act_next.triggered.connect(lambda: self.wizard.next())
        self.act_results.triggered.connect(lambda: self.wizard.show_results())
        self.act_about.triggered.connect(self.show_about)
        self.act_toggle_language.triggered.connect(
            lambda: self.set_language("en" if self.language.code == "zh" else "zh")
        )
        for name, action in self.act_examples.items():
            action.triggered.connect(lambda _=False, n=name: f.open_example(n))
        self.start.new_requested.connect(f.new_assessment)
        self.start.open_requested.connect(f.open_dialog)
        self.start.recent_requested.connect(f.open_recent)
        self.start.example_requested.connect(f.open_example)
        self.start.continue_requested.connect(self.show_wizard)
        f.recent_changed.connect(self._recent_changed)
        self.document.replaced.connect(self._replaced)
        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(self._update_title)
        self.document.changed.connect(self._field_changed)
        if self.autosaver is not None:
            self.autosaver.status_changed.connect(self._autosave_status)

    @property
    def wizard(self) -> WizardView:
        """The guided pages, made when first needed: the start page alone paints sooner."""
        if self._wizard is None:
            from decision_aid.ui.wizard.missing_nav import wire as wire_missing
            from decision_aid.ui.wizard.wizard import WizardView

            self._wizard = WizardView(self.document, self.texts)
            self._wizard.documents_requested.connect(self.show_documents)
            wire_missing(self._wizard, self.act_next_unanswered)
            self.stack.addWidget(self._wizard)
        return self._wizard

    # -- navigation ----------------------------------------------------------------------------
    def show_start(self) -> None:
        self.start.set_can_continue(self.document.is_open)
        self.stack.setCurrentWidget(self.start)
        self._update_enabled()

    def show_wizard(self) -> None:
        if self.document.is_open:
            self.stack.setCurrentWidget(self.wizard)
        self._update_enabled()

    def new_assessment(self) -> None:
        if self.files.close_assessment():
            self.show_start()
            next(iter(self.start.new_buttons.values())).setFocus()

    def _replaced(self) -> None:
        if self.document.is_open:
            self.show_wizard()
            self.wizard.focus_first()  # keyboard users start on the first question
        else:
            self.show_start()
        self._update_title()

    def _update_enabled(self) -> None:
        current = self.stack.currentWidget()
        is_open = self._attached and self.document.is_open
        in_wizard = is_open and self._wizard is not None and current is self._wizard
        for action in (self.act_save, self.act_save_as, self.act_documents):
            action.setEnabled(is_open)
        for action in (self.act_back, self.act_next, self.act_results, self.act_next_unanswered):
            action.setEnabled(in_wizard)

    def _recent_changed(self) -> None:
        files = self.settings.recent_files()
        self.start.set_recent_files(files)
        self.menu_recent.clear()
        for name in files:
            action = self.menu_recent.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.files.open_recent(n))
        self.menu_recent.setEnabled(bool(files))

    def _update_title(self) -> None:
        is_open = self._attached and self.document.is_open
        name = self.files.name() if is_open else ""
        if name:  # the patient id once entered, and an example said to be one
            patient = " ".join(self.document.assessment.patient.id.split())
            name = f"{patient} · {name}" if patient else name
            name = fill(self.tr("Example: %1"), name) if self.document.example else name
        title = self.tr("SCS decision aid")
        # "[*]" always: Qt shows it as "*" while there are unsaved changes, and warns without it.
        self.setWindowTitle(f"{name}[*] — {title}" if name else f"{title} {__version__}[*]")
        self.setWindowModified(is_open and self.document.modified)

    def _field_changed(self, path: str) -> None:
        if path == "patient.id":
            self._update_title()

    def _autosave_status(self, *_: object) -> None:
        reason = self.autosaver.error if self.autosaver is not None else ""
        if reason:
            self.autosave_warning.setText(
                fill(
                    self.tr(
                        "Autosave is not working: %1. Your latest changes are not autosaved; the decision "
                        "aid keeps trying. Save your work to a file to be safe."
                    ),
                    reason,
                )
            )
        self.autosave_warning.setVisible(bool(reason))

    # -- dialogs -------------------------------------------------------------------------------
    def show_about(self) -> None:
        from decision_aid.ui.common import dialogs
        from decision_aid.ui.shell.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.document.content, self._fonts_dir, self)
        dialogs.show(self.about_dialog)

    def show_documents(self) -> None:
        if not self.document.is_open:
            return
        if self.documents_dialog is None:
            from decision_aid.ui.documents.documents_dialog import DocumentsDialog

            lang = "zh" if self.language.code == "zh" else "bilingual"
            self.documents_dialog = DocumentsDialog(
                self.document, lang, parent=self, verdict_text=lambda ev: self.texts.text(ev.verdict_label)
            )
        from decision_aid.ui.common import dialogs

        dialogs.show(self.documents_dialog)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.language.set_code(code)  # type: ignore[arg-type]
        self.settings.set_language(code)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_examples.setTitle(self.tr("Open e&xample"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = (
            (self.act_new, self.tr("&New assessment…")),
            (self.act_open, self.tr("&Open…")),
            (self.act_save, self.tr("&Save")),
            (self.act_save_as, self.tr("Save &as…")),
            (self.act_documents, self.tr("&Documents…")),
            (self.act_quit, self.tr("&Quit")),
            (self.act_start, self.tr("&Start page")),
            (self.act_back, self.tr("&Previous page")),
            (self.act_next, self.tr("&Next page")),
            (self.act_results, self.tr("&Results")),
            (self.act_next_unanswered, self.tr("Next &unanswered question")),
            (self.act_about, self.tr("&About the decision aid")),
        )
        for action, text in texts:
            action.setText(text)
            action.setIconText(re.sub(r"\(&\w\)|&|…", "", text).strip())
        self.act_back.setIconText(self.tr("Back"))
        self.act_next.setIconText(self.tr("Next"))
        self.act_new.setIconText(self.tr("New"))
        self.act_open.setIconText(self.tr("Open"))
        for name, action in self.act_examples.items():
            action.setText(self.texts.label("indications", name))
        other: Lang = "en" if self.language.code == "zh" else "zh"
        self.act_toggle_language.setText(LANGUAGE_NAMES[other])
        self.act_toggle_language.setToolTip(
            fill(self.tr("Switch the language to %1"), LANGUAGE_NAMES[other])
        )
        self.act_languages[self.language.code].setChecked(True)
        self._autosave_status()
        self._update_title()
        self._update_enabled()
        self.help_actions.name_shortcuts()  # tooltips that name the shortcut


    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached and not self.files.maybe_save():
            event.ignore()
            return
        if self.autosaver is not None:
            self.autosaver.shutdown()
        self.settings.set_geometry(self.saveGeometry())
        event.accept()
