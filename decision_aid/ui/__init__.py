"""The desktop app (PySide6 only)."""

from decision_aid.ui import pyside_scan

pyside_scan.install()  # before the app's own modules load: see pyside_scan
