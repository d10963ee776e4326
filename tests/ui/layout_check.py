"""Find clipped or overflowing text on every screen of the app, in one language.

Run in-process by test_layout.py, and as ``python -m tests.ui.layout_check LANG`` in a subprocess
started with QT_SCALE_FACTOR=2 (the scale factor must be set before Qt starts).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWidget,
)

from decision_aid.resources_path import EXAMPLES
from decision_aid.ui.common.wrap_button import WrapButton
from decision_aid.ui.shell.app import build_session, setup_application
from decision_aid.ui.shell.paths import AppPaths
from decision_aid.ui.wizard.choice import ChoiceButton

SLACK = 1  # px of rounding


def _name(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__}({str(text)[:40]!r})"


def _viewport_of(w: QWidget) -> QWidget | None:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def clipped(root: QWidget) -> Iterator[str]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + SLACK:
                    yield f"{_name(w)} needs {w.heightForWidth(w.width())} px height, has {w.height()}"
            elif w.sizeHint().width() > w.width() + SLACK:
                yield f"{_name(w)} needs {w.sizeHint().width()} px width, has {w.width()}"
        elif isinstance(w, ChoiceButton):
            if w.wrap and w.wrapped_height(w.width()) > w.height() + SLACK:
                yield f"{_name(w)} wrapped text needs {w.wrapped_height(w.width())} px, has {w.height()}"
            if not w.wrap and w.sizeHint().width() > w.width() + SLACK:
                yield f"{_name(w)} needs {w.sizeHint().width()} px width, has {w.width()}"
        elif isinstance(w, WrapButton):
            if w.heightForWidth(w.width()) > w.height() + SLACK:
                yield f"{_name(w)} needs {w.heightForWidth(w.width())} px height, has {w.height()}"
        elif isinstance(w, QPushButton | QCheckBox | QToolButton) and w.text():
            if w.sizeHint().width() > w.width() + SLACK:
                yield f"{_name(w)} needs {w.sizeHint().width()} px width, has {w.width()}"
        elif isinstance(w, QGroupBox) and w.title():
            if w.fontMetrics().horizontalAdvance(w.title()) + 24 > w.width():
                yield f"QGroupBox({w.title()!r}) title wider than the box"
        elif isinstance(w, QTableWidget):
            header = w.horizontalHeader()
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item and header.fontMetrics().horizontalAdvance(item.text()) + 12 > header.sectionSize(c):
                    yield f"table header {item.text()!r} clipped"
            for r in range(w.rowCount()):
                if w.rowHeight(r) + SLACK < w.sizeHintForRow(r):
                    yield f"table row {r} needs {w.sizeHintForRow(r)} px, has {w.rowHeight(r)}"
        # Nothing may run past the right edge of its scroll area or window (no sideways scrolling).
        if isinstance(w, QLabel | QAbstractButton | QGroupBox):
            edge = _viewport_of(w) or w.window()
            right = w.mapTo(edge, QPoint(w.width(), 0)).x()
            if right > edge.width() + SLACK:
                yield f"{_name(w)} runs {right - edge.width()} px past the right edge"


def check_language(lang: str, size: tuple[int, int] = (1024, 700)) -> list[str]:
    app = QApplication.instance() or QApplication([])
    setup_application(app)  # type: ignore[arg-type]
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        session = build_session(AppPaths.under(Path(tmp)), language=lang)
        window = session.window
        window.resize(*size)
        window.show()

        def check(where: str, root: QWidget) -> None:
            for _ in range(3):
                app.processEvents()
            problems.extend(f"{lang} {where}: {p}" for p in clipped(root))

        check("start", window)
        if window.toolbar.sizeHint().width() > window.width():
            problems.append(f"{lang}: the toolbar does not fit the window")
        if window.menuBar().sizeHint().width() > window.width():
            problems.append(f"{lang}: the menu bar does not fit the window")
        for example in EXAMPLES:
            window.files.open_example(example)
            for index, step in enumerate(window.wizard.steps()):
                window.wizard.go_to(index)
                check(f"{example} step {index + 1} ({type(step).__name__})", window)
        window.show_about()
        assert window.about_dialog is not None
        check("about", window.about_dialog)
        window.about_dialog.close()
        window.show_documents()
        assert window.documents_dialog is not None
        check("documents", window.documents_dialog)
        window.documents_dialog.close()
        session.document.set_modified(False)
        session.autosaver.shutdown()
        session.language.set_code("en")
        window.close()
        window.deleteLater()
    return problems


if __name__ == "__main__":
    found = check_language(sys.argv[1])
    print("\n".join(found) or "no clipped text")
    sys.exit(1 if found else 0)
