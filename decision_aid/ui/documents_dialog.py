"""Documents: the clinician evidence summary or the patient handout, in the chosen language and
paper; preview inside the app, print, or export as PDF.

The PDF is built by :func:`decision_aid.report.build_pdf` (reportlab), imported only here and only
when a document is made; the preview and printing modules (QtPdf) likewise load on first use.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from decision_aid.domain.evaluate import Evaluation
from decision_aid.storage import StorageError, atomic_write_bytes, file_stem
from decision_aid.ui import dialogs
from decision_aid.ui.choice import SegmentedChoice
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.language import LANGUAGE_NAMES

log = logging.getLogger(__name__)

BuildPdf = Callable[..., bytes]
REFRESH_MS = 400  # a showing preview is made again this long after the last change


@dataclass(frozen=True)
class Built:
    """One made document, with what it was made from (options, assessment generation, revision)."""

    state: tuple[tuple[str, str, str], int, int]
    data: bytes
    patient_id: str
    verdict: str
    made_at: dt.datetime


def _english_verdict(evaluation: Evaluation) -> str:
    return evaluation.verdict_label.get("en")


def _default_build(*args: Any, **kwargs: Any) -> bytes:
    from decision_aid.report import build_pdf

    return build_pdf(*args, **kwargs)


class DocumentsDialog(QDialog):
    def __init__(
        self,
        document: AssessmentDocument,
        doc_lang: str = "bilingual",
        build: BuildPdf = _default_build,
        parent: QWidget | None = None,
        verdict_text: Callable[[Evaluation], str] = _english_verdict,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._build = build
        self._verdict_text = verdict_text
        self._revision = 0
        self._cache: Built | None = None
        self._shown: Built | None = None  # what the preview widget holds
        self._wants_preview = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_preview)
        self.preview: Any = None  # PdfPreview, created on first use
        self.kind = SegmentedChoice(["clinician", "handout"], self._kind_label, self)
        self.kind.set_value("clinician")
        self.lang = SegmentedChoice(["bilingual", "en", "zh"], self._lang_label, self)
        self.lang.set_value(doc_lang)
        self.paper = SegmentedChoice(["a4", "letter"], self._paper_label, self)
        self.paper.set_value("a4")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.kind_label, self.lang_label, self.paper_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in (
            (self.kind_label, self.kind),
            (self.lang_label, self.lang),
            (self.paper_label, self.paper),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.preview_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.info = QLabel(self)  # whose document, which verdict, when made: beside the preview
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("hint")
        self.area = QStackedWidget(self)
        self.area.addWidget(self.placeholder)
        self.area.setMinimumHeight(300)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.info)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_document)
        self.export_button.clicked.connect(self.export_pdf)
        for choice in (self.kind, self.lang, self.paper):
            choice.chosen.connect(self._options_changed)
        document.changed.connect(self._out_of_date)
        document.replaced.connect(self._out_of_date)
        self.retranslate()
        self.resize(820, 640)

    # -- labels --------------------------------------------------------------------------------
    def _kind_label(self, key: str) -> str:
        return self.tr("Clinician evidence summary") if key == "clinician" else self.tr("Patient handout")

    def _lang_label(self, key: str) -> str:
        if key in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[key]
        return self.tr("English and Chinese")

    def _paper_label(self, key: str) -> str:
        return "A4" if key == "a4" else self.tr("US Letter")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents"))
        self.kind_label.setText(self.tr("&Document"))
        self.lang_label.setText(self.tr("&Language of the document"))
        self.paper_label.setText(self.tr("P&aper"))
        for choice, name in (
            (self.kind, self.kind_label),
            (self.lang, self.lang_label),
            (self.paper, self.paper_label),
        ):
            choice.retranslate()
            choice.setAccessibleName(name.text().replace("&", ""))
        self.preview_button.setText(self.tr("&Preview"))
        self.print_button.setText(self.tr("P&rint…"))
        self.export_button.setText(self.tr("&Export PDF…"))
        if self._wants_preview:
            self.placeholder.setText(self.tr("The assessment changed: the preview is out of date."))
        else:
            self.placeholder.setText(self.tr("Choose the document, then press Preview to see it here."))
        self._show_info()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._wants_preview and self.previewed() is None:
            self._refresh.start()  # changed while the dialog was closed

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- making the PDF ------------------------------------------------------------------------
    def options(self) -> tuple[str, str, str]:
        return (
            self.kind.value() or "clinician",
            self.lang.value() or "bilingual",
            self.paper.value() or "a4",
        )

    def _state(self) -> tuple[tuple[str, str, str], int, int]:
        """What a document must match to be current: the options and the assessment's version."""
        return self.options(), self._document.generation, self._revision

    def _out_of_date(self, *_: object) -> None:
        """The assessment changed or another was opened: nothing already made may be shown or
        printed; the preview is made again shortly if it was showing."""
        self._revision += 1
        self._cache = None
        preview: Any = self.preview
        if preview is not None and self.area.currentWidget() is self.preview:
            self._shown = None
            preview.clear()
            self.info.setText("")
            self._wants_preview = True
            self.retranslate()
            self.area.setCurrentWidget(self.placeholder)
        if self._wants_preview and self.isVisible():
            self._refresh.start()

    def _refresh_preview(self) -> None:
        if self._wants_preview and self.isVisible() and self._document.is_open:
            self.show_preview()

    def _options_changed(self, _: str) -> None:
        if self.preview is not None and self.area.currentWidget() is self.preview:
            self.show_preview()

    def _make(self) -> Built | None:
        state = self._state()
        if self._cache is not None and self._cache.state == state:
            return self._cache
        kind, lang, paper = state[0]
        self.status.setText(self.tr("Making the document…"))
        self.status.repaint()
        made_at = dt.datetime.now().astimezone()
        assessment, evaluation = self._document.assessment, self._document.evaluation
        try:
            example = self._document.example  # an example carries a watermark
            data = self._build(
                assessment, evaluation, kind, lang, paper, generated_at=made_at, example=example
            )
        except Exception as exc:
            name = type(exc).__name__
            log.error("a document could not be made: %s (message withheld: may hold patient data)", name)
            self.status.setText(dialogs.fill(self.tr("The document could not be made: %1"), name))
            return None
        self._cache = Built(state, data, assessment.patient.id, self._verdict_text(evaluation), made_at)
        self.status.setText("")
        return self._cache

    def pdf_bytes(self) -> bytes | None:
        built = self._make()
        return built.data if built else None

    def previewed(self) -> Built | None:
        """The document the preview shows, if it is still the open assessment as it is now."""
        shown = self._shown
        showing = self.preview is not None and self.area.currentWidget() is self.preview
        return shown if showing and shown is not None and shown.state == self._state() else None

    def show_preview(self) -> Built | None:
        self._refresh.stop()
        built = self._make()
        if built is None:
            return None
        if self.preview is None:
            from decision_aid.ui.pdf_preview import PdfPreview

            self.preview = PdfPreview(self)
            self.preview.view.setAccessibleName(self.tr("Document preview"))
            self.area.addWidget(self.preview)
        if self._shown is not built:
            self.preview.set_pdf(built.data)
        self._shown = built
        self._wants_preview = True
        self.area.setCurrentWidget(self.preview)
        self._show_info()
        return built

    def _show_info(self) -> None:
        shown = self.previewed()
        if shown is None:
            self.info.setText("")
            return
        self.info.setText(
            dialogs.fill(
                self.tr("Patient: %1 · Verdict: %2 · Made at %3"),
                shown.patient_id or "—",
                shown.verdict,
                shown.made_at.strftime("%Y-%m-%d %H:%M:%S"),
            )
        )

    def _current_document(self) -> Built | None:
        """What Print and Export use: exactly the previewed document, shown first if need be."""
        return self.previewed() or self.show_preview()

    def print_document(self) -> bool:
        built = self._current_document()
        if built is None:
            return False
        from decision_aid.ui.pdf_preview import print_pdf

        # The print job's name is seen by everyone at the printer: no patient id in it.
        job = dialogs.fill(self.tr("SCS decision aid: %1"), self._kind_label(built.state[0][0]))
        return print_pdf(built.data, built.state[0][2], job, self)

    def suggested_name(self) -> str:
        kind, lang, _ = self.options()
        return f"{file_stem(self._document.assessment.patient.id)}-{kind}-{lang}.pdf"

    def export_pdf(self) -> Path | None:
        built = self._current_document()
        if built is None:
            return None
        folder = self._document.path.parent if self._document.path else Path.home()
        name = dialogs.save_file_name(
            self, self.tr("Export PDF"), str(folder / self.suggested_name()), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            atomic_write_bytes(target, built.data)  # mode 0600: it holds patient data
        except StorageError as exc:
            dialogs.error(self, self.tr("Export PDF"), self.tr("The PDF could not be saved."), str(exc))
            return None
        self.status.setText(dialogs.fill(self.tr("Saved %1"), target.name))
        return target
