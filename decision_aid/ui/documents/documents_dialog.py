"""Documents: the clinician evidence summary or the patient handout, in the chosen language and
paper; preview inside the app, print, or export as PDF.

The PDF is built by :func:`decision_aid.report.build_pdf` (reportlab), imported only here and only
when a document is made; the preview and printing modules (QtPdf) likewise load on first use.

Making a document, rasterising it for a printer and writing an export run on the worker thread
(:mod:`decision_aid.ui.common.worker`) with a busy bar, so the window never freezes. What the preview shows is
always the open assessment as it is now: each build remembers what it was made from (options,
assessment generation, revision), and a result that no longer matches when it comes back is neither
shown nor cached nor printed; the current document is made instead. Print and Export use exactly the
bytes the preview shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
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
from decision_aid.storage import StorageError, file_stem
from decision_aid.ui.common import dialogs
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.worker import run_in_background
from decision_aid.ui.documents.built import (
    BuildPdf,
    Built,
    State,
    busy_bar,
    default_build,
    english_verdict,
    write_pdf,
)
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.shell.language import LANGUAGE_NAMES
from decision_aid.ui.wizard.choice import SegmentedChoice

log = logging.getLogger(__name__)

REFRESH_MS = 400  # a showing preview is made again this long after the last change


class DocumentsDialog(Retranslating, QDialog):
    def __init__(
        self,
        document: AssessmentDocument,
        doc_lang: str = "bilingual",
        build: BuildPdf = default_build,
        parent: QWidget | None = None,
        verdict_text: Callable[[Evaluation], str] = english_verdict,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._build = build
        self._verdict_text = verdict_text
        self._revision = 0
        self._cache: Built | None = None
        self._shown: Built | None = None  # what the preview widget holds
        self._wants_preview = False
        self._building: State | None = None  # what the build on the worker is made from
        self._pending: list[Callable[[Built], object]] = []  # print/export waiting for the document
        self._jobs = 0
        self._busy_text = ""
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
        labels = (self.kind_label, self.lang_label, self.paper_label)
        self._rows = tuple(zip(labels, (self.kind, self.lang, self.paper), strict=True))
        for label, field in self._rows:
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.preview_button, self.print_button, self.export_button = (QPushButton(self) for _ in range(3))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.busy_bar = busy_bar(self)
        self.info = QLabel(self)  # whose document, which verdict, when made: beside the preview
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.placeholder = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
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
        for name, choice in self._rows:
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

    def hideEvent(self, event: QHideEvent) -> None:
        self._pending.clear()  # closing the dialog cancels a print or export still waiting for its document
        super().hideEvent(event)


    # -- what is current -----------------------------------------------------------------------
    def options(self) -> tuple[str, str, str]:
        return self.kind.value() or "clinician", self.lang.value() or "bilingual", self.paper.value() or "a4"

    def _state(self) -> State:
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

    def previewed(self) -> Built | None:
        """The document the preview shows, if it is still the open assessment as it is now."""
        shown = self._shown
        showing = self.preview is not None and self.area.currentWidget() is self.preview
        return shown if showing and shown is not None and shown.state == self._state() else None

    def pdf_bytes(self) -> bytes | None:
        """The current document's bytes: the one made already, else made now on this thread."""
        if self._cache is not None and self._cache.state == self._state():
            return self._cache.data
        doc = self._document
        try:
            return self._build(doc.assessment, doc.evaluation, *self.options(), example=doc.example)
        except Exception as exc:
            self._report_failure(exc)
            return None

    # -- making it on the worker ---------------------------------------------------------------
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

    def show_preview(self) -> Built | None:
        """Show the current document: at once if it is made already (returned), else once the
        worker has made it (None meanwhile)."""
        self._refresh.stop()
        self._wants_preview = True
        state = self._state()
        current = self.previewed() or (self._cache if self._cache and self._cache.state == state else None)
        if current is not None:
            self._display(current)
            return current
        if self._building is None:  # else: when that one is back, it is made again if it no longer fits
            self._start_build(state)
        return None

    def _start_build(self, state: State) -> None:
        kind, lang, paper = state[0]
        made_at = dt.datetime.now().astimezone()
        # The worker gets its own copy: the clinician may go on editing the assessment meanwhile.
        assessment = self._document.assessment.model_copy(deep=True)
        evaluation = self._document.evaluation  # replaced, never changed, when an answer changes
        verdict = self._verdict_text(evaluation)
        build, load_viewer = self._build, self.preview is None
        example = self._document.example  # an example's documents carry a watermark

        def work() -> Built:
            data = build(assessment, evaluation, kind, lang, paper, generated_at=made_at, example=example)
            if load_viewer:
                import decision_aid.ui.documents.pdf_preview  # noqa: F401 - QtPdf loads here, not on the GUI thread
            return Built(state, data, assessment.patient.id, verdict, made_at)

        self._building = state
        run_in_background(self, work, self._built, lambda exc: self._build_failed(state, exc), self._set_busy)

    def _made_for_the_past(self, state: State) -> bool:
        """True if a build from ``state`` came back too late; then the current document is made."""
        self._building = None
        if state == self._state():
            return False
        if self._wants_preview and self.isVisible() and not self._refresh.isActive():
            self.show_preview()
        return True

    def _built(self, built: Built) -> None:
        if self._made_for_the_past(built.state):
            return  # never shown, cached or printed
        self._cache = built
        self._display(built)

    def _build_failed(self, state: State, exc: BaseException) -> None:
        if self._made_for_the_past(state):
            return
        self._pending.clear()
        self._report_failure(exc)
        preview: Any = self.preview
        if preview is not None and self.area.currentWidget() is self.preview:
            self._shown = None
            preview.clear()
            self.area.setCurrentWidget(self.placeholder)
        self._show_info()

    def _report_failure(self, exc: BaseException) -> None:
        name = type(exc).__name__
        log.error("a document could not be made: %s (message withheld: may hold patient data)", name)
        self.status.setText(dialogs.fill(self.tr("The document could not be made: %1"), name))

    def _display(self, built: Built) -> None:
        if self.preview is None:
            from decision_aid.ui.documents.pdf_preview import PdfPreview

            self.preview = PdfPreview(self)
            self.preview.view.setAccessibleName(self.tr("Document preview"))
            self.area.addWidget(self.preview)
        if self._shown is not built:
            self.preview.set_pdf(built.data)
        self._shown = built
        self.area.setCurrentWidget(self.preview)
        self._show_info()
        pending, self._pending = self._pending, []
        for action in pending:
            action(built)

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

    def _with_current(self, action: Callable[[Built], object]) -> None:
        """``action(document)`` with exactly the previewed document, shown first if need be."""
        current = self.previewed()
        if current is not None:
            action(current)
            return
        self._pending.append(action)
        self.show_preview()

    # -- print and export ----------------------------------------------------------------------
    def print_document(self) -> bool:
        """Ask for a printer (False if cancelled); the previewed pages are rasterised on the worker."""
        from decision_aid.ui.documents.pdf_preview import ask_printer

        # The print job's name is seen by everyone at the printer: no patient id in it.
        job = dialogs.fill(self.tr("SCS decision aid: %1"), self._kind_label(self.options()[0]))
        printer = ask_printer(self.options()[2], job, self)
        if printer is None:
            return False

        def send(built: Built) -> None:
            from decision_aid.ui.documents.pdf_preview import render_to_printer

            work = functools.partial(render_to_printer, built.data, printer)
            run_in_background(self, work, self._printed, self._print_failed, self._set_busy)

        self._with_current(send)
        return True

    def _printed(self, pages: int) -> None:
        self.status.setText(self.tr("Sent to the printer.") if pages else self.tr("Nothing was printed."))

    def _print_failed(self, exc: BaseException) -> None:
        log.error("printing failed: %s", type(exc).__name__)
        self.status.setText(self.tr("Nothing was printed."))

    def suggested_name(self) -> str:
        kind, lang, _ = self.options()
        return f"{file_stem(self._document.assessment.patient.id)}-{kind}-{lang}.pdf"

    def export_pdf(self) -> Path | None:
        """Ask where to save; the previewed document is written there on the worker."""
        folder = self._document.path.parent if self._document.path else Path.home()
        name = dialogs.save_file_name(
            self, self.tr("Export PDF"), str(folder / self.suggested_name()), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

        def written(problem: StorageError | None) -> None:
            if problem is not None:
                dialogs.error(
                    self, self.tr("Export PDF"), self.tr("The PDF could not be saved."), str(problem)
                )
            else:
                self.status.setText(dialogs.fill(self.tr("Saved %1"), target.name))

        write = functools.partial(write_pdf, target)
        self._with_current(
            lambda built: run_in_background(self, lambda: write(built.data), written, None, self._set_busy)
        )
        return target
