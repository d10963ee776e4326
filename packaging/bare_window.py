"""Baseline for the bundle size: a bare PySide6 window, frozen the same way (build.sh --compare-bare)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print("main window shown")
