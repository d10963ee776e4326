"""The side panel: the steps that apply (with answers given so far), overall progress, and the
live verdict recomputed by evaluate() after every answer, with the one or two reasons behind it, how
many answers it rests on, a link to what is missing and a jump to the next unanswered question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from decision_aid import palette
from decision_aid.domain.presentation import status_line, verdict_reasons
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.wizard.missing_nav import NEXT_UNANSWERED_SHORTCUT
from decision_aid.ui.wizard.verdict_banner import VerdictBanner

PANEL_WIDTH = 250
TOP_REASONS = 2
LINK_STYLE = (
    f"QPushButton {{ border: none; background: transparent; color: {palette.LINK}; text-align: left;"
    " text-decoration: underline; padding: 2px 0; }"
    "QPushButton:disabled { color: palette(text); text-decoration: none; }"
    f"QPushButton:focus {{ border: 1px solid {palette.ACCENT}; border-radius: 3px; }}"
)


class SidePanel(Retranslating, QFrame):
    step_chosen = Signal(int)
    results_requested = Signal()
    missing_requested = Signal()
    next_unanswered_requested = Signal()

    def __init__(
        self, document: AssessmentDocument, texts: ContentTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._texts = texts
        self.setObjectName("sidePanel")
        self.setFixedWidth(PANEL_WIDTH)
        self.indication = QLabel(self)
        self.indication.setWordWrap(True)
        self.indication.setStyleSheet("font-weight: 600;")
        self.stage = QLabel(self)
        self.stage.setWordWrap(True)
        self.stage.setObjectName("hint")
        self.steps_label = QLabel(self)
        self.steps = QListWidget(self)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setFrameShape(QFrame.Shape.NoFrame)
        self.steps.setStyleSheet(
            "QListWidget { background: transparent; } QListWidget::item { padding: 5px 4px; }"
        )
        self.steps_label.setBuddy(self.steps)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.verdict_caption = QLabel(self)
        self.banner = VerdictBanner(texts, compact=True, parent=self)
        self.top_reasons = QLabel(self)
        self.top_reasons.setWordWrap(True)
        self.top_reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.basis = QLabel(self)
        self.basis.setObjectName("hint")
        self.basis.setWordWrap(True)
        self.missing_button = QPushButton(self)
        self.missing_button.setStyleSheet(LINK_STYLE)
        self.missing_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing_button.clicked.connect(self.missing_requested)
        self.next_unanswered = QPushButton(self)
        self.next_unanswered.clicked.connect(self.next_unanswered_requested)
        self.results_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        for widget in (
            self.indication,
            self.stage,
            self.steps_label,
            self.steps,
            self.progress,
            self.verdict_caption,
            self.banner,
            self.top_reasons,
            self.basis,
            self.missing_button,
            self.next_unanswered,
            self.results_button,
        ):
            layout.addWidget(widget)
        layout.setStretchFactor(self.steps, 1)
        self.steps.itemActivated.connect(self._activated)
        self.steps.itemClicked.connect(self._activated)
        self.results_button.clicked.connect(self.results_requested)
        self._titles: list[tuple[str, int, int]] = []
        self._answered = (0, 0)
        self.retranslate()

    def _activated(self, item: QListWidgetItem) -> None:
        self.step_chosen.emit(self.steps.row(item))

    def set_steps(self, steps: list[tuple[str, int, int]], current: int) -> None:
        """``steps``: (title, answered, asked) per step; asked 0 for the results step."""
        self._titles = steps
        self.steps.blockSignals(True)
        if self.steps.count() != len(steps):
            self.steps.clear()
            for _ in steps:
                self.steps.addItem(QListWidgetItem())
        for i, (title, answered, asked) in enumerate(steps):
            item = self.steps.item(i)
            text = f"{i + 1}. {title}"
            if asked:
                text += f"  {answered}/{asked}"
            item.setText(text)
            item.setToolTip(text)
        self.steps.setCurrentRow(current)
        self.steps.blockSignals(False)
        answered = sum(a for _, a, _ in steps)
        asked = sum(n for _, _, n in steps)
        self.progress.setRange(0, max(asked, 1))
        self.progress.setValue(answered)
        self._answered = (answered, asked)
        self._format_progress()

    def _format_progress(self) -> None:
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.progress.setAccessibleName(self.progress.text())

    def refresh(self) -> None:
        a = self._document.assessment
        self.indication.setText(self._texts.label("indications", a.indication))
        self.stage.setText(self._texts.label("stages", a.trial.stage))
        evaluation = self._document.evaluation
        self.banner.show_evaluation(evaluation)
        # The one or two reasons the verdict rests on, chosen by domain.presentation.
        top = verdict_reasons(evaluation, TOP_REASONS)
        t = self._texts
        colon = "：" if t.lang == "zh" else ": "
        self.top_reasons.setText(
            "\n".join(f"{t.text(r.title)}{colon}{status_line(r, t.content, t.lang)}" for r in top)
        )
        self.top_reasons.setAccessibleName(self.top_reasons.text())
        answered, asked = self._answered
        self.basis.setText(
            self.tr("Based on %1 of %2 answers").replace("%1", str(answered)).replace("%2", str(asked))
        )
        count = len(evaluation.missing)
        self.missing_button.setText(
            self.tr("Missing information: %1 items").replace("%1", str(count))
            if count
            else self.tr("No information missing")
        )
        self.missing_button.setEnabled(bool(count))
        self.next_unanswered.setEnabled(bool(count))

    def retranslate(self) -> None:
        self.steps_label.setText(self.tr("&Steps"))
        self.verdict_caption.setText(self.tr("Live verdict"))
        self.banner.caption.setText(self.tr("Verdict"))
        self.banner.caption.hide()
        self.results_button.setText(self.tr("Show &results"))
        self.next_unanswered.setText(self.tr("Next &unanswered"))
        self.next_unanswered.setToolTip(
            self.tr("Go to the next question the verdict still needs (%1)").replace(
                "%1", NEXT_UNANSWERED_SHORTCUT
            )
        )
        self.missing_button.setToolTip(self.tr("Show what is missing on the results page"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self._format_progress()
        self.refresh()
