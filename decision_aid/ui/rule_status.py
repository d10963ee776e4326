"""A live line under a group of questions: how a rule stands right now, with its figures.

The rule's text (with its score or count), status and threshold come from the Evaluation and the
content library; the widget only shows them, so the page never judges or counts anything itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from decision_aid.domain.evaluate import Evaluation, Reason
from decision_aid.ui.style import status_pixmap, tone
from decision_aid.ui.texts import ContentTexts


def find_reason(evaluation: Evaluation, rule_id: str) -> Reason | None:
    return next((r for r in evaluation.reasons if r.rule == rule_id), None)


class RuleStatus(QFrame):
    def __init__(self, rule_id: str, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule_id = rule_id
        self._texts = texts
        self.setObjectName("ruleStatus")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)

    def show_status(self, evaluation: Evaluation) -> None:
        reason = find_reason(evaluation, self.rule_id)
        if reason is None:
            self.setVisible(False)
            self.text.setText("")
            self.icon.clear()
            return
        t = tone(reason.status)
        fg, bg = (t.border, tone("not_appropriate").bg) if reason.status == "red_flag" else (t.fg, t.bg)
        status = self._texts.label("statuses", reason.status)
        # The reason's text carries the rule's own figures (score, count); the threshold follows.
        parts = [self._texts.text(reason.text), f"{status} — {self._texts.text(reason.threshold)}"]
        self.text.setText("\n".join(parts))
        self.icon.setPixmap(status_pixmap(reason.status, 18, self.devicePixelRatioF()))
        self.setStyleSheet(
            f"QFrame#ruleStatus {{ background: {bg}; border: 1px solid {t.border}; border-radius: 5px; }}"
            f"QFrame#ruleStatus QLabel {{ color: {fg}; background: transparent; border: none; }}"
        )
        self.setAccessibleName(self.text.text())
        self.setVisible(True)
