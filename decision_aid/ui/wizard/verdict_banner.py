"""The verdict shown as colour, a shape and words together (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from decision_aid.domain.evaluate import Evaluation
from decision_aid.ui.common.style import status_pixmap, tone
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.wizard.inputs import labelled


class VerdictBanner(QFrame):
    def __init__(self, texts: ContentTexts, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._compact = compact
        self.setObjectName("verdictBanner")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.caption = QLabel(self)  # "Verdict" (set by the owner, chrome)
        self.caption.setObjectName("verdictCaption")
        self.caption.setWordWrap(True)
        self.label = QLabel(self)
        self.label.setObjectName("verdictText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.caption)
        words.addWidget(self.label)
        layout = QHBoxLayout(self)
        margin = 8 if compact else 14
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(8 if compact else 12)
        layout.addWidget(self.icon)
        layout.addLayout(words, 1)
        self.announcements: list[str] = []  # what was announced to assistive technology
        self._shown: object = None  # the verdict words last shown (both languages)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        key = evaluation.verdict.value
        t = tone(key)
        size = 22 if self._compact else 34
        self.icon.setPixmap(status_pixmap(key, size, self.devicePixelRatioF()))
        self.label.setText(self._texts.text(evaluation.verdict_label))
        point = "11pt" if self._compact else "15pt"
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {t.bg}; border: 1px solid {t.border};"
            f" border-left: 6px solid {t.border}; border-radius: 6px; }}"
            f"QFrame#verdictBanner QLabel {{ background: transparent; border: none; color: {t.fg}; }}"
            f"QLabel#verdictText {{ font-size: {point}; font-weight: 600; }}"
        )
        name = labelled(self.caption.text(), self.label.text()) if self.caption.text() else self.label.text()
        # Announce a new verdict, not the first one shown nor the same verdict in another language.
        changed = self._shown is not None and evaluation.verdict_label != self._shown
        self._shown = evaluation.verdict_label
        self.setAccessibleName(name)
        if changed:
            self.announce(name)

    def announce(self, text: str) -> None:
        """Tell assistive technology the verdict changed (a screen reader reads it out)."""
        self.setAccessibleDescription(text)
        self.announcements.append(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def verdict_text(self) -> str:
        return self.label.text()
