"""The Documents dialog shows only the open assessment as it is now, and prints what it shows."""

from __future__ import annotations

import io
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from decision_aid.ui.documents import pdf_preview
from decision_aid.ui.documents.documents_dialog import DocumentsDialog
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import click


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _previewing(qtbot: Any, window: Any) -> DocumentsDialog:
    window.act_documents.trigger()
    dialog = window.documents_dialog
    assert isinstance(dialog, DocumentsDialog)
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.previewed() is not None, timeout=20000)  # made on the worker
    return dialog


def test_another_patient_never_sees_the_previous_summary(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript
) -> None:
    session = make_session()
    window = session.window
    window.files.open_example("crps")
    dialog = _previewing(qtbot, window)
    assert "CRPS-2026-014" in dialog.info.text()
    dialog.close()
    session.document.set_value("patient.notes", "changed")
    dialog_script.answers["ask_save_changes"] = "discard"
    window.new_assessment()
    window.files.open_example("sci")
    window.act_documents.trigger()
    # Never the previous patient's pages, not even for a moment.
    assert dialog.previewed() is None and dialog.area.currentWidget() is dialog.placeholder
    assert "CRPS" not in dialog.info.text()
    qtbot.waitUntil(lambda: dialog.previewed() is not None, timeout=5000)
    shown = dialog.previewed()
    assert shown is not None and shown.patient_id == "SCI-2026-007"
    assert "SCI-2026-007" in dialog.info.text() and "SCI-2026-007" in _text(shown.data)


def test_a_changed_answer_makes_the_preview_out_of_date_then_current(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    session.window.files.open_example("psps_t2")
    dialog = _previewing(qtbot, session.window)
    before = dialog.previewed()
    assert before is not None and before.verdict in dialog.info.text()
    session.document.set_value("safety.suspected_fracture", "yes")  # a red flag: another verdict
    assert dialog.previewed() is None
    assert dialog.area.currentWidget() is dialog.placeholder and "out of date" in dialog.placeholder.text()
    assert dialog.info.text() == ""
    qtbot.waitUntil(lambda: dialog.previewed() is not None, timeout=5000)
    after = dialog.previewed()
    assert after is not None and after.verdict != before.verdict
    assert after.verdict == session.window.texts.text(session.document.evaluation.verdict_label)
    assert after.verdict in dialog.info.text()


def test_print_and_export_use_exactly_the_previewed_bytes(
    qtbot: Any,
    make_session: SessionFactory,
    dialog_script: DialogScript,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    session = make_session()
    session.window.files.open_example("sci")
    dialog = _previewing(qtbot, session.window)
    shown = dialog.previewed()
    assert shown is not None
    builds: list[int] = []
    real = dialog._build
    dialog._build = lambda *a, **kw: (builds.append(1), real(*a, **kw))[1]
    titles: list[str] = []
    sent: list[bytes] = []
    printer = QPrinter()

    def ask(paper: str, title: str, parent: Any) -> QPrinter:
        titles.append(title)
        return printer

    monkeypatch.setattr(pdf_preview, "ask_printer", ask)
    monkeypatch.setattr(pdf_preview, "render_to_printer", lambda data, _printer: (sent.append(data), 2)[1])
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert sent[0] is shown.data and builds == []
    assert "SCI-2026-007" not in titles[0]  # the print job name is seen at the printer
    dialog_script.answers["save_file_name"] = str(tmp_path / "out.pdf")
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert (tmp_path / "out.pdf").read_bytes() == shown.data and builds == []


def test_printed_to_file_and_exported_pdfs_are_private_and_carry_no_patient_id(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    session = make_session()
    session.window.files.open_example("crps")
    dialog = _previewing(qtbot, session.window)
    printed = tmp_path / "printed.pdf"

    def accept(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    dialog_script.answers["run_modal"] = accept
    assert dialog.print_document()
    dialog_script.answers["save_file_name"] = str(tmp_path / "exported.pdf")
    exported = dialog.export_pdf()
    assert exported is not None
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)  # printed and written on the worker
    for pdf in (printed, exported):
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600, pdf
        metadata = PdfReader(pdf).metadata or {}
        assert all("CRPS-2026-014" not in str(value) for value in metadata.values()), metadata
