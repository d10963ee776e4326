"""A live line under a group of questions: a score or count, and how the rule stands right now.

The status and threshold come from the Evaluation and the content library; the widget only shows
them (icon, status words, threshold), so the page never judges anything itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from decision_aid import palette
from decision_aid.domain.evaluate import Evaluation, Reason
from decision_aid.domain.presentation import present_flags, status_line
from decision_aid.ui.common.style import status_pixmap, tone
from decision_aid.ui.common.texts import ContentTexts


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
        """The rule's own text (with its figures: score, count), then its status and threshold."""
        reason = find_reason(evaluation, self.rule_id)
        if reason is None:
            self.setVisible(False)
            self.text.setText("")
            self.icon.clear()
            return
        t = tone(reason.status)
        fg, bg = (t.border, palette.RED_FLAG_FILL) if reason.status == "red_flag" else (t.fg, t.bg)
        # "Red flags: ✗ Present (Suspected tumour)" or "Pain duration: ✓ Met": the words describe
        # the finding (domain.presentation); the threshold follows on its own line, labelled.
        tx = self._texts
        colon = "：" if tx.lang == "zh" else ": "
        status = f"{tx.text(reason.title)}{colon}{status_line(reason, tx.content, tx.lang)}"
        flags = present_flags([reason])
        if flags:
            names = ("；" if tx.lang == "zh" else "; ").join(tx.field(f) for f in flags)
            status += f"（{names}）" if tx.lang == "zh" else f" ({names})"
        threshold = self.tr("Threshold: %1").replace("%1", tx.text(reason.threshold))
        parts = [p for p in (tx.text(reason.text), status, threshold) if p]
        self.text.setText("\n".join(parts))
        self.icon.setPixmap(status_pixmap(reason.status, 18, self.devicePixelRatioF()))
        sheet = (
            f"QFrame#ruleStatus {{ background: {bg}; border: 1px solid {t.border}; border-radius: 5px; }}"
            f"QFrame#ruleStatus QLabel {{ color: {fg}; background: transparent; border: none; }}"
        )
        if sheet != self.styleSheet():  # re-polishing on every keystroke is costly
            self.setStyleSheet(sheet)
        self.setAccessibleName(self.text.text())
        self.setVisible(True)
