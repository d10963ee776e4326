"""Application start-up: Qt application, bundled fonts, language, crash path, main window.

The desktop app starts in two phases so the window paints as soon as Qt can: first the shell (menus,
toolbar, start page; the indication names read straight from labels.json), then, once that is on
screen, the content library, the assessment model (pydantic) and the open assessment are loaded and
attached (:func:`attach_session`). Tests and tools that need the whole session at once call
:func:`build_session`, which does both phases in one go.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from decision_aid import __version__
from decision_aid.cache_folder import set_cache_folder
from decision_aid.resources_path import resource_dir, translations_dir
from decision_aid.ui.common.style import apply_style, style_sheet
from decision_aid.ui.shell.crash import start_logging
from decision_aid.ui.shell.language import Language, system_language
from decision_aid.ui.shell.main_window import MainWindow
from decision_aid.ui.shell.paths import APPLICATION, ORGANISATION, AppPaths
from decision_aid.ui.shell.settings import Settings
from decision_aid.ui.shell.start_labels import StartLabels

if TYPE_CHECKING:
    # The second phase's modules: pydantic, the assessment model, the content library.
    from decision_aid.domain.content import ContentLibrary
    from decision_aid.ui.files.autosave import Autosaver
    from decision_aid.ui.files.document import AssessmentDocument

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


def setup_application(app: QApplication, with_style_sheet: bool = True) -> None:
    """Names, style and fonts; safe to call more than once (tests, screenshots)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    families = register_fonts()
    apply_style(app, with_style_sheet)
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


@dataclass
class Shell:
    """The first phase: a window that paints before the domain is loaded."""

    paths: AppPaths
    settings: Settings
    language: Language
    window: MainWindow


def build_shell(paths: AppPaths, language: str | None = None) -> Shell:
    with contextlib.suppress(OSError):  # an unwritable folder is reported by autosave, not fatal
        paths.ensure()
    set_cache_folder(paths.cache_dir)  # parsed font metrics for the documents (report/font_cache.py)
    settings = Settings(paths.settings_file)
    lang = Language(_translations())
    lang.set_code(language or settings.language() or system_language())  # type: ignore[arg-type]
    labels = StartLabels(resource_dir() / "content")
    window = MainWindow(None, lang, settings, resource_dir() / "fonts", labels=labels)
    lang.setParent(window)
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    return Shell(paths, settings, lang, window)


def attach_session(shell: Shell, content: ContentLibrary | None = None) -> Session:
    """The second phase: content library, assessment model and autosave, attached to the window.
    Raises :class:`~decision_aid.domain.content.ContentError` if the library is unsound."""
    from decision_aid.domain.content import default_content
    from decision_aid.ui.files.autosave import Autosaver
    from decision_aid.ui.files.document import AssessmentDocument

    document = AssessmentDocument(content or default_content())
    autosaver = Autosaver(document, shell.paths.autosave_dir)
    shell.window.attach(document, autosaver)
    autosaver.setParent(shell.window)
    return Session(shell.paths, shell.settings, shell.language, document, autosaver, shell.window)


def settle_memory() -> None:
    """Once the app has loaded what it keeps for its whole life (Qt wrappers, models, the content
    library), exclude those objects from Python's full garbage collections. A full collection stops
    every thread; with them included it took 110-150 ms and, triggered by a PDF built on the worker,
    froze the window. After this it takes ~10 ms (measured; docs/benchmarks.md)."""
    gc.freeze()


def build_session(
    paths: AppPaths, content: ContentLibrary | None = None, language: str | None = None
) -> Session:
    return attach_session(build_shell(paths, language), content)


class _FirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after the window's first paint, or after
    ``fallback_ms`` if no paint comes (a platform that never exposes the window must still work)."""

    def __init__(self, window: MainWindow, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _crash_hook(log_dir: Path, window: MainWindow, autosaved: Callable[[], bool]) -> Callable[..., None]:
    """The crash path from the start. The dialog says the answers are autosaved only when they are."""

    def hook(*exc_info: Any) -> None:
        from decision_aid.ui.common import dialogs
        from decision_aid.ui.shell.crash import make_excepthook

        make_excepthook(log_dir, lambda log: dialogs.crash(window, log, autosaved()))(*exc_info)

    return hook


def run_gui(file: str | None = None, example: str | None = None, smoke_test: bool = False) -> int:
    """Start the app. ``smoke_test`` opens the window (and file or example), waits until it has been
    painted, prints one line and exits with status 0: used by the bundle's smoke test and the start-up
    benchmark, so it skips the recovery offer, which would wait for an answer. The line is printed
    at the first paint (the benchmark's mark); the app still loads everything before it exits, so the
    smoke test also proves the second phase works."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, with_style_sheet=False)  # type: ignore[arg-type]
    paths = AppPaths.standard()
    with contextlib.suppress(OSError):
        paths.ensure()
    # Native crashes and Qt's messages are logged from here; the log file opens after the first paint.
    logs = start_logging(paths.log_dir)
    shell = build_shell(paths)
    window = shell.window
    # The first paint needs the style sheet on the start page alone (its group boxes): on the whole
    # app, Qt would polish every widget of the window through the style sheet's style as well (~5 ms;
    # docs/benchmarks.md). The whole app gets it on the turn after the paint; the pixels are the same.
    window.start.body.setStyleSheet(style_sheet())
    attached: list[Session] = []
    sys.excepthook = _crash_hook(
        paths.log_dir, window, lambda: bool(attached) and attached[0].autosaver.healthy
    )
    status = 0

    def second_phase() -> None:
        nonlocal status
        if smoke_test:
            print(f"main window shown: {window.windowTitle()}", flush=True)
        gc.enable()  # the command line turned it off for the first paint
        app.setStyleSheet(style_sheet())  # type: ignore[attr-defined]
        window.start.body.setStyleSheet("")
        if logs is not None:
            logs.open_file()
        from decision_aid.domain.content import ContentError, default_content, default_content_dir
        from decision_aid.domain.integrity import runtime_problem

        try:
            content = default_content()
            problem = runtime_problem(default_content_dir())
        except ContentError as exc:
            problem = str(exc) or "the clinical content could not be loaded"
        if problem:
            # No verdict on content that is unreadable or differs from its lock. The smoke test (no
            # one to close a dialog) says it on stderr and fails at once.
            status = 2
            if smoke_test:
                print(f"decision-aid: error: the clinical content cannot be used: {problem}", file=sys.stderr)
            else:
                from decision_aid.ui.common import dialogs

                dialogs.error(
                    window,
                    "SCS decision aid",
                    "The clinical content of this installation is damaged or was changed after release, so "
                    "the decision aid will not give verdicts. Reinstall the program.",
                    problem,
                )
            app.quit()
            return
        session = attach_session(shell, content)
        attached.append(session)
        settle_memory()
        if not smoke_test:
            from decision_aid.ui.files.autosave import offer_recovery

            offer_recovery(session.document, session.paths.autosave_dir, window)
        if file:
            window.files.open_path(file)
        elif example:
            window.files.open_example(example)
        if smoke_test:
            QTimer.singleShot(0, finish_smoke_test)

    def finish_smoke_test() -> None:
        window.repaint()
        print(f"ready: {window.windowTitle()}", flush=True)
        app.quit()

    _FirstPaint(window, second_phase)
    window.show()
    try:
        code = app.exec()
    finally:
        gc.enable()
        if logs is not None:
            logs.open_file()  # what was logged, even if the app ended before its first paint
            logs.close()  # the process may go on (tests): leave no handler behind
    return status or code
