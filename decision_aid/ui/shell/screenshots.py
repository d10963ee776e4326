"""Render every page and the results page, in English and Chinese, to PNG files (works offscreen).

Used by ``decision-aid screenshots --out DIR``; the app runs against a temporary settings and data
folder, so the user's own settings, recent files and autosaves are never touched.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from decision_aid.resources_path import EXAMPLES
from decision_aid.ui.shell.app import build_session, setup_application
from decision_aid.ui.shell.paths import AppPaths
from decision_aid.ui.wizard.pages import QuestionPage


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _wait(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget: QWidget, path: Path, saved: list[Path]) -> None:
    if not widget.grab().save(str(path)):
        raise OSError(f"{path}: could not write the PNG")
    saved.append(path)


def render_screenshots(
    out: Path,
    size: tuple[int, int] = (1024, 700),
    langs: tuple[str, ...] = ("en", "zh"),
    examples: tuple[str, ...] = EXAMPLES,
    full_pages: bool = False,
) -> list[Path]:
    """Write the PNGs into ``out`` and return their paths. ``full_pages`` adds each page's whole
    scrolling content as a second image (``…-full.png``)."""
    app = QApplication.instance() or QApplication([])
    setup_application(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="decision-aid-shots-") as tmp:
        session = build_session(AppPaths.under(Path(tmp)), language=langs[0])
        window = session.window
        window.resize(*size)
        window.show()
        for lang in langs:
            session.language.set_code(lang)  # type: ignore[arg-type]
            session.document.close()
            window.show_start()
            _settle(app)  # type: ignore[arg-type]
            _save(window, out / f"{lang}-00-start.png", saved)
            for example in examples:
                window.files.open_example(example)
                for index, step in enumerate(window.wizard.steps()):
                    window.wizard.go_to(index)
                    _settle(app)  # type: ignore[arg-type]
                    name = step.page_id if isinstance(step, QuestionPage) else "results"
                    stem = f"{lang}-{example}-{index + 1:02d}-{name}"
                    _save(window, out / f"{stem}.png", saved)
                    if full_pages:
                        _save(step.scroll_area.widget(), out / f"{stem}-full.png", saved)  # type: ignore[attr-defined]
            window.show_documents()  # on the last example's assessment, with the preview shown
            documents = window.documents_dialog
            assert documents is not None
            documents.show_preview()
            deadline = time.monotonic() + 60
            while documents.is_busy() and time.monotonic() < deadline:  # made on the worker thread
                _wait(app, 0.05)  # type: ignore[arg-type]
            _wait(app, 1.5)  # type: ignore[arg-type]  # QPdfView renders its pages in the background
            _save(documents, out / f"{lang}-documents.png", saved)
            documents.close()
            window.show_about()
            _settle(app)  # type: ignore[arg-type]
            assert window.about_dialog is not None
            _save(window.about_dialog, out / f"{lang}-about.png", saved)
            window.about_dialog.close()
        session.document.set_modified(False)
        session.autosaver.shutdown()
        session.language.set_code("en")  # the translators are installed application-wide
        window.close()
    return saved
