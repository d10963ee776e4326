"""Documents: the clinician evidence summary or the patient handout, in the chosen language and
paper; preview inside the app, print, or export as PDF.

The PDF is built by :func:`decision_aid.report.build_pdf` (reportlab), imported only here and only
when a document is made; the preview and printing modules (QtPdf) likewise load on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from decision_aid.storage import StorageError, atomic_write_bytes
from decision_aid.ui import dialogs
from decision_aid.ui.choice import SegmentedChoice
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.worker import run_in_background

BuildPdf = Callable[..., bytes]


def _default_build(*args: Any, **kwargs: Any) -> bytes:
    from decision_aid.report import build_pdf

    return build_pdf(*args, **kwargs)


def _load_viewer(_: bytes) -> None:
    import decision_aid.ui.pdf_preview  # noqa: F401 - loads QtPdf and QtPdfWidgets


class DocumentsDialog(QDialog):
    def __init__(
        self,
        document: AssessmentDocument,
        doc_lang: str = "bilingual",
        build: BuildPdf = _default_build,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._build = build
        self._cache: tuple[tuple[str, str, str], bytes] | None = None
        self._generation = 0  # counts changes to the assessment, so a late result is not cached
        self._jobs = 0
        self._busy_text = ""
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
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no steps to count: an indeterminate "working" bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
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
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_document)
        self.export_button.clicked.connect(self.export_pdf)
        for choice in (self.kind, self.lang, self.paper):
            choice.chosen.connect(self._options_changed)
        document.changed.connect(self._forget)
        document.replaced.connect(self._forget)
        self.retranslate()
        self.resize(820, 640)

    # -- labels --------------------------------------------------------------------------------
    def _kind_label(self, key: str) -> str:
        return self.tr("Clinician evidence summary") if key == "clinician" else self.tr("Patient handout")

    def _lang_label(self, key: str) -> str:
        return {"bilingual": self.tr("English and Chinese"), "en": "English", "zh": "中文"}[key]

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
        self.placeholder.setText(self.tr("Choose the document, then press Preview to see it here."))

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

    def _forget(self, *_: object) -> None:
        self._cache = None
        self._generation += 1

    def _options_changed(self, _: str) -> None:
        if self.preview is not None and self.area.currentWidget() is self.preview:
            self.show_preview()

    def _build_now(self) -> bytes:
        kind, lang, paper = self.options()
        return self._build(self._document.assessment, self._document.evaluation, kind, lang, paper)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The document could not be made: %1").replace("%1", type(exc).__name__))

    def pdf_bytes(self) -> bytes | None:
        """The document for the chosen options, built on this thread (or from the cache)."""
        options = self.options()
        if self._cache and self._cache[0] == options:
            return self._cache[1]
        try:
            data = self._build_now()
        except Exception as exc:
            self._failed(exc)
            return None
        self._cache = (options, data)
        return data

    # -- in the background ---------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._jobs > 0

    def _set_busy(self, busy: bool) -> None:
        self._jobs += 1 if busy else -1
        working = self._jobs > 0
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(not working)
        self.busy_bar.setVisible(working)
        if working:
            self.status.setText(self.tr("Making the document…"))
        elif self._busy_text == self.status.text():
            self.status.setText("")  # the outcome's callback may say more
        self._busy_text = self.status.text() if working else ""

    def _in_background(
        self,
        then: Callable[[bytes], None],
        after: Callable[[bytes], Any] | None = None,
        done: Callable[[Any], None] | None = None,
    ) -> None:
        """Build the chosen document off the GUI thread (unless cached), then ``then(data)`` on the
        GUI thread. ``after(data)`` runs on the worker too (printing, writing the file) and
        ``done(its result)`` on the GUI thread after it."""
        options = self.options()
        cached = self._cache[1] if self._cache and self._cache[0] == options else None
        if cached is not None and after is None:
            then(cached)
            return
        kind, lang, paper = options
        # The worker gets its own copy: the clinician may go on editing the assessment meanwhile.
        assessment = self._document.assessment.model_copy(deep=True)
        evaluation = self._document.evaluation
        generation = self._generation
        build = self._build

        def work() -> tuple[bytes, Any]:
            data = cached if cached is not None else build(assessment, evaluation, kind, lang, paper)
            return data, after(data) if after is not None else None

        def success(result: tuple[bytes, Any]) -> None:
            data, extra = result
            if generation == self._generation:
                self._cache = (options, data)
            then(data)
            if done is not None:
                done(extra)

        run_in_background(self, work, success, self._failed, self._set_busy)

    def show_preview(self) -> None:
        if self.preview is None:
            # Loading QtPdf takes a while the first time: the worker does it, after the document.
            self._in_background(self._show_pdf, _load_viewer)
        else:
            self._in_background(self._show_pdf)

    def _show_pdf(self, data: bytes) -> None:
        if not (self._cache and self._cache[1] is data and self._cache[0] == self.options()):
            # Made for options or answers that have changed since: show the current document instead
            # (a newer build may already be on its way).
            if not self.is_busy():
                self.show_preview()
            return
        if self.preview is None:
            from decision_aid.ui.pdf_preview import PdfPreview

            self.preview = PdfPreview(self)
            self.preview.view.setAccessibleName(self.tr("Document preview"))
            self.area.addWidget(self.preview)
        self.preview.set_pdf(data)
        self.area.setCurrentWidget(self.preview)

    def print_document(self) -> bool:
        """Ask for a printer; False if cancelled. The pages are made and rasterised off the GUI thread."""
        from decision_aid.ui.pdf_preview import ask_printer, render_to_printer

        printer = ask_printer(self.options()[2], self.suggested_name(), self)
        if printer is None:
            return False
        self._in_background(lambda _: None, lambda data: render_to_printer(data, printer), self._printed)
        return True

    def _printed(self, pages: int) -> None:
        self.status.setText(self.tr("Sent to the printer.") if pages else "")

    def suggested_name(self) -> str:
        kind, lang, _ = self.options()
        pid = re.sub(r"[^A-Za-z0-9._-]+", "_", self._document.assessment.patient.id).strip("_")
        return f"{pid or 'assessment'}-{kind}-{lang}.pdf"

    def export_pdf(self) -> Path | None:
        """Ask where to save; the document is made and written off the GUI thread."""
        folder = self._document.path.parent if self._document.path else Path.home()
        name = dialogs.save_file_name(
            self, self.tr("Export PDF"), str(folder / self.suggested_name()), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

        def write(data: bytes) -> StorageError | None:
            try:
                atomic_write_bytes(target, data)
            except StorageError as exc:
                return exc
            return None

        def written(problem: StorageError | None) -> None:
            if problem is not None:
                dialogs.error(
                    self, self.tr("Export PDF"), self.tr("The PDF could not be saved."), str(problem)
                )
            else:
                self.status.setText(self.tr("Saved %1").replace("%1", target.name))

        self._in_background(lambda _: None, write, written)
        return target
