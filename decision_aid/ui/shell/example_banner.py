"""A strip across the window while an example assessment is open: invented data, not a patient, and
Save As keeps a copy (the shipped example itself is never saved over)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from decision_aid import palette
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.files.document import AssessmentDocument


class ExampleBanner(Retranslating, QLabel):
    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("exampleBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel#exampleBanner {{ background: {palette.NOTICE_FILL}; color: "
            f"{palette.TONES['investigational'].fg}; padding: 6px; font-weight: 600; }}"
        )
        document.replaced.connect(self.refresh)
        document.path_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        self.setVisible(self._document.is_open and self._document.example)

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "Example assessment: invented data for learning the decision aid, not a real patient. "
                "Use Save As to keep a copy; the example itself is never changed."
            )
        )
        self.setAccessibleName(self.text())
        self.refresh()
