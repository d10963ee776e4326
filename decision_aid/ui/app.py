"""Application start-up: Qt application, bundled fonts, language, crash path, main window."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from decision_aid import __version__
from decision_aid.domain.content import ContentError, ContentLibrary, default_content, default_content_dir
from decision_aid.domain.integrity import runtime_problem
from decision_aid.resources_path import resource_dir, translations_dir
from decision_aid.ui import dialogs
from decision_aid.ui.autosave import Autosaver, offer_recovery
from decision_aid.ui.crash import make_excepthook, setup_logging
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.language import Language, system_language
from decision_aid.ui.main_window import MainWindow
from decision_aid.ui.paths import APPLICATION, ORGANISATION, AppPaths
from decision_aid.ui.settings import Settings
from decision_aid.ui.style import apply_style

CJK_FAMILY = "WenQuanYi Micro Hei"
LATIN_FAMILY = "DejaVu Sans"  # bundled: Latin text never falls to the CJK font's glyphs
MIN_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Register the bundled fonts so Chinese renders where no CJK font is installed."""
    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def app_icon() -> QIcon:
    """The app's icon at every size shipped (window title bars, task bars, Alt+Tab)."""
    icon = QIcon()
    for path in sorted((resource_dir() / "icons").glob("decision-aid-*.png")):
        icon.addFile(str(path))
    return icon


def setup_application(app: QApplication) -> None:
    """Names, style and fonts; safe to call more than once (tests, screenshots)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    families = register_fonts()
    apply_style(app)
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    if CJK_FAMILY in families:
        # A Latin font first (the system's UI font if it is a real family, else the bundled one), so
        # English never renders in the CJK font (centred "⋯", full-width quotes); the bundled CJK
        # font catches every Chinese glyph the Latin font lacks.
        system = [f for f in (font.family(), *font.families()) if QFontDatabase.hasFamily(f)]
        system = [f for f in system if f != CJK_FAMILY]
        font.setFamilies(list(dict.fromkeys([*system, LATIN_FAMILY, CJK_FAMILY])))
    font.setPointSizeF(max(font.pointSizeF(), MIN_POINT_SIZE))
    app.setFont(font)


def _translations() -> Path | None:
    try:
        return translations_dir()
    except FileNotFoundError:
        return None


@dataclass
class Session:
    """Everything one window works with, made once and passed in (no global registry)."""

    paths: AppPaths
    settings: Settings
    language: Language
    document: AssessmentDocument
    autosaver: Autosaver
    window: MainWindow


def build_session(
    paths: AppPaths, content: ContentLibrary | None = None, language: str | None = None
) -> Session:
    paths.ensure()
    settings = Settings(paths.settings_file)
    lang = Language(_translations())
    lang.set_code(language or settings.language() or system_language())  # type: ignore[arg-type]
    document = AssessmentDocument(content or default_content())
    autosaver = Autosaver(document, paths.autosave_dir)
    window = MainWindow(document, lang, settings, resource_dir() / "fonts", autosaver)
    lang.setParent(window)
    autosaver.setParent(window)
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    return Session(paths, settings, lang, document, autosaver, window)


def run_gui(file: str | None = None, example: str | None = None, smoke_test: bool = False) -> int:
    """Start the app. ``smoke_test`` opens the window (and file or example), waits until it has been
    painted, prints one line and exits with status 0: used by the bundle's smoke test and the start-up
    benchmark, so it skips the recovery offer, which would wait for an answer."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)  # type: ignore[arg-type]
    try:
        content = default_content()
        problem = runtime_problem(default_content_dir())
    except ContentError as exc:
        problem = str(exc) or "the clinical content could not be loaded"
    if problem:
        # No verdict on content that is unreadable or differs from its lock. The smoke test (no one
        # to close a dialog) says it on stderr and fails at once.
        if smoke_test:
            print(f"decision-aid: error: the clinical content cannot be used: {problem}", file=sys.stderr)
            return 2
        dialogs.error(
            None,
            "SCS decision aid",
            "The clinical content of this installation is damaged or was changed after release, so the "
            "decision aid will not give verdicts. Reinstall the program.",
            problem,
        )
        return 2
    paths = AppPaths.standard()
    with contextlib.suppress(OSError):
        paths.ensure()
    logs = setup_logging(paths.log_dir)
    session = build_session(paths, content)
    window = session.window
    sys.excepthook = make_excepthook(
        session.paths.log_dir, lambda log: dialogs.crash(window, log, session.autosaver.healthy)
    )
    window.show()

    def after_start() -> None:
        if not smoke_test:
            offer_recovery(session.document, session.paths.autosave_dir, window)
        if file:
            session.window.files.open_path(file)
        elif example:
            session.window.files.open_example(example)
        if smoke_test:
            QTimer.singleShot(0, finish_smoke_test)

    def finish_smoke_test() -> None:
        window.repaint()
        print(f"main window shown: {window.windowTitle()}", flush=True)
        app.quit()

    QTimer.singleShot(0, after_start)
    try:
        return app.exec()
    finally:
        if logs is not None:
            logs.close()  # the process may go on (tests): leave no handler behind
