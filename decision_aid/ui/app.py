"""Application start-up: Qt application, bundled fonts, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from decision_aid import __version__
from decision_aid.resources_path import resource_dir


def register_fonts() -> list[str]:
    """Register the bundled CJK font so Chinese renders where no CJK font is installed."""
    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def run_gui(file: str | None = None, example: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts()
    window = QMainWindow()
    window.setWindowTitle(f"SCS decision aid {__version__}")
    window.setCentralWidget(QLabel("SCS decision aid"))
    window.show()
    return app.exec()
