"""Documents are made, printed and exported off the GUI thread; the window keeps responding, and what
comes back too late (the answers or options changed meanwhile) is never shown or printed."""

from __future__ import annotations

import io
import itertools
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from decision_aid.ui.documents import pdf_preview
from decision_aid.ui.documents.built import Built
from decision_aid.ui.documents.documents_dialog import DocumentsDialog
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import click


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _open_documents(qtbot: Any, make_session: SessionFactory, example: str = "crps") -> DocumentsDialog:
    session = make_session()
    click(qtbot, session.window.start.example_buttons[example])
    session.window.act_documents.trigger()
    dialog = session.window.documents_dialog
    assert isinstance(dialog, DocumentsDialog) and dialog.isVisible()
    return dialog


def _slow(dialog: DocumentsDialog, seconds: float, seen: list[tuple[str, str]]) -> None:
    """Make the dialog's builder slow; record (thread, patient id read after the wait) per build."""
    real = dialog._build

    def slow_build(assessment: Any, *args: Any, **kwargs: Any) -> bytes:
        time.sleep(seconds)  # as slow as a real summary on a slow machine
        seen.append((threading.current_thread().name, assessment.patient.id))
        return real(assessment, *args, **kwargs)

    dialog._build = slow_build


def _record_shown(dialog: DocumentsDialog, monkeypatch: pytest.MonkeyPatch) -> list[Built]:
    shown: list[Built] = []
    real = dialog._display

    def display(built: Built) -> None:
        shown.append(built)
        real(built)

    monkeypatch.setattr(dialog, "_display", display)
    return shown


def test_documents_are_made_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    dialog = _open_documents(qtbot, make_session)
    seen: list[tuple[str, str]] = []
    _slow(dialog, 0.5, seen)
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    click(qtbot, dialog.preview_button)
    # While it is made, the dialog says so, its buttons wait, and nothing is printable.
    assert dialog.is_busy() and dialog.busy_bar.isVisible() and dialog.previewed() is None
    assert not dialog.preview_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.status.text() == "Making the document…"
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    timer.stop()
    assert seen and all(name != threading.main_thread().name for name, _ in seen)
    assert dialog.previewed() is not None and dialog.preview_button.isEnabled()
    assert not dialog.busy_bar.isVisible() and dialog.status.text() == ""
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.3  # the event loop never stood still for the build
    # Printing rasterises the previewed pages on the worker too.
    printed = tmp_path / "printed.pdf"

    def accept(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    dialog_script.answers["run_modal"] = accept
    renders: list[str] = []
    real_render = pdf_preview.render_to_printer

    def render(data: bytes, printer: QPrinter) -> int:
        renders.append(threading.current_thread().name)
        return real_render(data, printer)

    pdf_preview.render_to_printer = render  # type: ignore[assignment]
    try:
        assert dialog.print_document() is True
        assert dialog.is_busy()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    finally:
        pdf_preview.render_to_printer = real_render  # type: ignore[assignment]
    assert renders and threading.main_thread().name not in renders
    assert len(PdfReader(printed).pages) >= 1 and dialog.status.text() == "Sent to the printer."


def test_an_answer_changed_while_the_preview_is_made_is_in_the_preview(
    qtbot: Any, make_session: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_documents(qtbot, make_session)
    seen: list[tuple[str, str]] = []
    _slow(dialog, 0.4, seen)
    shown = _record_shown(dialog, monkeypatch)
    click(qtbot, dialog.preview_button)
    dialog._document.set_value("patient.id", "CHANGED-ID")  # the clinician goes on editing
    qtbot.waitUntil(lambda: dialog.previewed() is not None, timeout=20000)
    # The first build worked on its own copy (the id it read after the change is the old one)...
    assert seen[0][1] == "CRPS-2026-014" and seen[-1][1] == "CHANGED-ID"
    # ...and its late result was never shown: only the current document was.
    assert [b.patient_id for b in shown] == ["CHANGED-ID"]
    current = dialog.previewed()
    assert current is not None and "CHANGED-ID" in _text(current.data)
    assert "CHANGED-ID" in dialog.info.text()


def test_a_late_result_is_never_printable(
    qtbot: Any, make_session: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_documents(qtbot, make_session)
    seen: list[tuple[str, str]] = []
    _slow(dialog, 0.4, seen)
    sent: list[bytes] = []
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda paper, title, parent: QPrinter())
    monkeypatch.setattr(pdf_preview, "render_to_printer", lambda data, _printer: (sent.append(data), 1)[1])
    assert dialog.print_document() is True  # nothing made yet: the document is made, shown, then printed
    dialog._document.set_value("safety.suspected_fracture", "yes")  # a red flag: another verdict
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    qtbot.wait(50)  # the late result has come back to the GUI thread
    assert sent == [] and dialog.previewed() is None
    qtbot.waitUntil(lambda: bool(sent) and not dialog.is_busy(), timeout=20000)
    current = dialog.previewed()
    assert current is not None and len(seen) == 2
    assert sent == [current.data]  # exactly the previewed, current document, printed once
    assert current.verdict == dialog._document.evaluation.verdict_label.get("en")
