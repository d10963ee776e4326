"""The results: verdict banner, next step, red flags, the reasons table and the missing items.

Everything shown comes from the Evaluation. A click on a source shows the full reference; a click
on a missing item jumps to the page that asks it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from decision_aid.domain.assessment import UNKNOWN
from decision_aid.domain.evaluate import Evaluation
from decision_aid.palette import HINT
from decision_aid.ui import dialogs
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.reasons_table import ReasonsTable
from decision_aid.ui.reference_dialog import ReferenceDialog
from decision_aid.ui.retranslate import Retranslating
from decision_aid.ui.style import tone
from decision_aid.ui.texts import ContentTexts
from decision_aid.ui.verdict_banner import VerdictBanner

PATH_ROLE = 0x0101


class ResultsPage(Retranslating, QWidget):
    jump_requested = Signal(str)
    documents_requested = Signal()

    def __init__(
        self, document: AssessmentDocument, texts: ContentTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.texts = texts
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reference_dialog: ReferenceDialog | None = None
        self._stale = True
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 14, 20, 20)
        column.setSpacing(10)
        self.title_label = QLabel(body)
        self.title_label.setObjectName("pageTitle")
        self.banner = VerdictBanner(texts, parent=body)
        self.context = QLabel(body)
        self.context.setObjectName("hint")
        self.context.setWordWrap(True)
        self.red_flags = QLabel(body)
        self.red_flags.setWordWrap(True)
        self.red_flags.setTextFormat(Qt.TextFormat.PlainText)
        self.red_flags.setStyleSheet(
            f"background: {tone('not_appropriate').bg}; color: {tone('not_appropriate').fg};"
            f" border: 2px solid {tone('red_flag').border}; border-radius: 5px; padding: 8px;"
        )
        self.next_heading = QLabel(body)
        self.next_heading.setStyleSheet("font-weight: 600;")
        self.next_text = QLabel(body)
        self.next_text.setWordWrap(True)
        self.next_text.setTextFormat(Qt.TextFormat.RichText)
        self.next_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.next_text.linkActivated.connect(lambda key: self.show_references([key]))
        self.reasons_heading = QLabel(body)
        self.reasons_heading.setStyleSheet("font-weight: 600;")
        self.table = ReasonsTable(texts, body)
        self.table.citation_requested.connect(self.show_references)
        self.missing_heading = QLabel(body)
        self.missing_heading.setStyleSheet("font-weight: 600;")
        self.missing_hint = QLabel(body)
        self.missing_hint.setObjectName("hint")
        self.missing_hint.setWordWrap(True)
        self.missing = QListWidget(body)
        self.missing.setWordWrap(True)
        self.missing.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing.itemClicked.connect(self._jump)
        self.missing.itemActivated.connect(self._jump)
        self.missing_heading.setBuddy(self.missing)
        self.documents_button = QPushButton(body)
        self.documents_button.clicked.connect(self.documents_requested)
        self.versions = QLabel(body)
        self.versions.setObjectName("hint")
        self.versions.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.documents_button)
        for widget in (
            self.banner,
            self.context,
            self.red_flags,
            self.next_heading,
            self.next_text,
            self.reasons_heading,
            self.table,
            self.missing_heading,
            self.missing_hint,
            self.missing,
            self.versions,
        ):
            column.addWidget(widget)
        column.insertLayout(0, top)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.setFocusProxy(self.table)
        document.changed.connect(lambda _: self.refresh())
        document.replaced.connect(self.refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Results")

    def show_references(self, keys: list[str]) -> None:
        self.reference_dialog = ReferenceDialog(keys, self.texts.content, self)
        dialogs.show(self.reference_dialog)

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(PATH_ROLE))

    def refresh(self) -> None:
        evaluation: Evaluation = self.document.evaluation
        t = self.texts
        self.banner.show_evaluation(evaluation)
        self.context.setText(
            f"{t.label('indications', evaluation.indication)} · {t.label('stages', evaluation.stage)}"
        )
        flags = evaluation.reasons_with("red_flag")  # type: ignore[arg-type]
        self.red_flags.setVisible(bool(flags))
        self.red_flags.setText(
            "\n".join(
                [self.tr("Red flags: investigate before anything else.")]
                + [f"• {t.text(r.title)}: {t.text(r.text)}" for r in flags]
            )
        )
        links = ", ".join(
            f'<a href="{html.escape(k)}">{html.escape(k)}</a>' for k in evaluation.next_step.citations
        )
        sources = html.escape(self.tr("Sources:"))
        text = html.escape(t.text(evaluation.next_step.text))
        if links:
            gap = "" if sources.endswith("：") else " "  # no space after a full-width colon
            text += f"<br><span style='color:{HINT}'>{sources}{gap}{links}</span>"
        self.next_text.setText(text)
        self.versions.setText(
            self.tr("App %1 · content %2 (%3)")
            .replace("%1", evaluation.app_version)
            .replace("%2", evaluation.content_version)
            .replace("%3", evaluation.content_hash[:12])
        )
        # Filling the reasons table and the missing list is the costly part: a hidden page waits.
        if self.isVisible():
            self._refresh_lists(evaluation)
        else:
            self._stale = True

    def _refresh_lists(self, evaluation: Evaluation) -> None:
        self._stale = False
        t = self.texts
        self.table.set_evaluation(evaluation)
        self.missing.clear()
        for item in evaluation.missing:
            # "Unknown" was answered on purpose; the others are still to answer: say which.
            # Steps not done and disagreeing answers name themselves in their label.
            text = t.text(item.label)
            if item.kind == "question":
                state = t.label("terms", "unknown_answer" if item.state == UNKNOWN else "unanswered")
                text = f"{text} ({state})"
            entry = QListWidgetItem(text)
            entry.setData(PATH_ROLE, item.field)
            self.missing.addItem(entry)
        has_missing = bool(evaluation.missing)
        self.missing.setVisible(has_missing)
        self.missing_hint.setText(
            self.tr("Click an item to answer it.") if has_missing else self.tr("Nothing is missing.")
        )
        rows = sum(self.missing.sizeHintForRow(r) for r in range(self.missing.count()))
        self.missing.setFixedHeight(rows + 2 * self.missing.frameWidth() + 4)

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.banner.caption.setText(self.tr("Verdict"))
        self.next_heading.setText(self.tr("Next step"))
        self.reasons_heading.setText(self.tr("Reasons (red flags first)"))
        self.missing_heading.setText(self.tr("&Missing information"))
        self.documents_button.setText(self.tr("&Documents…"))
        self.table.setAccessibleName(self.tr("Reasons"))
        self.missing.setAccessibleName(self.tr("Missing information"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh_lists(self.document.evaluation)
        super().showEvent(event)
