"""The results, action first: the verdict (a red flag names itself), what is missing grouped by
step with a link to each question, the next step, then the reasons that need attention and the met
criteria as a checklist that expands.

Everything shown comes from the Evaluation (and domain.presentation for the words). A click on a
source shows the full reference; a click on a missing item jumps to its question. The result can be
copied as plain text for the medical record and printed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from decision_aid import palette
from decision_aid.domain.evaluate import Evaluation
from decision_aid.domain.presentation import citation_label
from decision_aid.textview import record_text
from decision_aid.ui.common import dialogs
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.results.missing_view import MissingView, PlaceLookup
from decision_aid.ui.results.reasons_table import ReasonsView
from decision_aid.ui.results.reference_dialog import ReferenceDialog
from decision_aid.ui.wizard.verdict_banner import VerdictBanner


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
        self._place_of: PlaceLookup | None = None
        self._stale = True
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 14, 20, 20)
        column.setSpacing(10)
        self.title_label = QLabel(body)
        self.title_label.setObjectName("pageTitle")
        self.copy_button = QPushButton(body)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.print_button = QPushButton(body)
        self.print_button.clicked.connect(self.print_results)
        self.documents_button = QPushButton(body)
        self.documents_button.clicked.connect(self.documents_requested)
        self.copied = QLabel(body)
        self.copied.setObjectName("hint")
        self.banner = VerdictBanner(texts, parent=body)
        self.context = QLabel(body)
        self.context.setObjectName("hint")
        self.context.setWordWrap(True)
        self.missing = MissingView(texts, body)
        self.missing.jump_requested.connect(self.jump_requested)
        self.next_heading = QLabel(body)
        self.next_heading.setStyleSheet("font-weight: 600;")
        self.next_text = QLabel(body)
        self.next_text.setWordWrap(True)
        self.next_text.setTextFormat(Qt.TextFormat.RichText)
        self.next_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.next_text.linkActivated.connect(lambda key: self.show_references([key]))
        self.reasons_heading = QLabel(body)
        self.reasons_heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.reasons = ReasonsView(texts, body)
        self.reasons.citation_requested.connect(self.show_references)
        self.versions = QLabel(body)
        self.versions.setObjectName("hint")
        self.versions.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.copied)
        for button in (self.copy_button, self.print_button, self.documents_button):
            top.addWidget(button)
        column.addLayout(top)
        for widget in (
            self.banner,
            self.context,
            self.missing,
            self.next_heading,
            self.next_text,
            self.reasons_heading,
            self.reasons,
            self.versions,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible tab stop
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        document.changed.connect(lambda _: self.refresh())
        document.replaced.connect(self.refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Results")

    def set_place_lookup(self, place_of: PlaceLookup) -> None:
        """How to find the step and row that ask a field (the wizard knows; see ui.missing_nav)."""
        self._place_of = place_of
        self._stale = True

    def show_references(self, keys: list[str]) -> None:
        self.reference_dialog = ReferenceDialog(keys, self.texts.content, self)
        dialogs.show(self.reference_dialog)

    def focus_missing(self) -> None:
        """Bring the missing list into view with its first link focused."""
        if self._stale:
            self._refresh_lists(self.document.evaluation)
        body = self.scroll_area.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()  # place the new links now, so the scroll position is right
        self.scroll_area.ensureWidgetVisible(self.missing, 0, 0)
        if not self.missing.focus_first():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the record ----------------------------------------------------------------------------
    def record(self) -> str:
        return record_text(self.document.evaluation, self.texts.lang)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.record())
        self.copied.setText(self.tr("Copied"))

    def print_results(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the results"))
        if dialogs.run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setPlainText(self.record())
        doc.print_(printer)

    # -- contents ------------------------------------------------------------------------------
    def refresh(self) -> None:
        evaluation: Evaluation = self.document.evaluation
        t = self.texts
        self.copied.clear()
        self.banner.show_evaluation(evaluation)
        self.context.setText(
            f"{t.label('indications', evaluation.indication)} · {t.label('stages', evaluation.stage)}"
        )
        links = ", ".join(
            f'<a href="{html.escape(k)}">{html.escape(citation_label(k, t.content))}</a>'
            for k in evaluation.next_step.citations
        )
        sources = html.escape(self.tr("Sources:"))
        text = html.escape(t.text(evaluation.next_step.text))
        if links:
            gap = "" if sources.endswith("：") else " "  # no space after a full-width colon
            text += f"<br><span style='color:{palette.HINT}'>{sources}{gap}{links}</span>"
        self.next_text.setText(text)
        self.versions.setText(
            self.tr("App %1 · content %2 (%3)")
            .replace("%1", evaluation.app_version)
            .replace("%2", evaluation.content_version)
            .replace("%3", evaluation.content_hash[:12])
        )
        # Building the cards and the missing links is the costly part: a hidden page waits.
        if self.isVisible():
            self._refresh_lists(evaluation)
        else:
            self._stale = True

    def _refresh_lists(self, evaluation: Evaluation) -> None:
        self._stale = False
        self.missing.set_items(evaluation, self._place_of)
        self.reasons.set_evaluation(evaluation)

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.banner.caption.setText(self.tr("Verdict"))
        self.next_heading.setText(self.tr("Next step"))
        self.reasons_heading.setText(self.tr("Reasons, what needs attention first"))
        self.copy_button.setText(self.tr("&Copy for the record"))
        self.copy_button.setToolTip(
            self.tr("Copy the verdict, the reasons and the next step as plain text")
        )
        self.print_button.setText(self.tr("&Print…"))
        self.documents_button.setText(self.tr("&Documents…"))
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.missing.setAccessibleName(self.tr("Missing information"))
        self._stale = True
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh_lists(self.document.evaluation)
        super().showEvent(event)
