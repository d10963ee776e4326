"""Documents: preview inside the app (QtPdf), print the same pages, export the PDF."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from decision_aid.ui.documents.documents_dialog import DocumentsDialog
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import click


def _open_documents(qtbot: Any, make_session: SessionFactory, example: str = "crps") -> DocumentsDialog:
    session = make_session()
    click(qtbot, session.window.start.example_buttons[example])
    session.window.act_documents.trigger()
    dialog = session.window.documents_dialog
    assert isinstance(dialog, DocumentsDialog) and dialog.isVisible()
    return dialog


def test_preview_shows_the_chosen_document(qtbot: Any, make_session: SessionFactory) -> None:
    dialog = _open_documents(qtbot, make_session)
    calls: list[tuple[str, str, str]] = []
    real = dialog._build
    dialog._build = lambda a, e, kind, lang, paper, **kw: (
        calls.append((kind, lang, paper)),
        real(a, e, kind, lang, paper, **kw),
    )[1]
    click(qtbot, dialog.kind.buttons["handout"])
    click(qtbot, dialog.lang.buttons["zh"])
    click(qtbot, dialog.paper.buttons["letter"])
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert calls == [("handout", "zh", "letter")]
    assert "PySide6.QtPdf" in sys.modules
    assert dialog.area.currentWidget() is dialog.preview
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=5000)
    assert dialog.preview.page_count() == len(PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    # Changing an option while the preview shows re-renders it.
    click(qtbot, dialog.kind.buttons["clinician"])
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert calls[-1] == ("clinician", "zh", "letter")


def test_export_writes_the_pdf(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    dialog = _open_documents(qtbot, make_session, "psps_t2")
    dialog_script.answers["save_file_name"] = str(tmp_path / "summary")
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    target = tmp_path / "summary.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and target.stat().st_mode & 0o077 == 0
    _, (_, _title, suggested, filters) = dialog_script.calls[0]
    assert Path(suggested).name == "PSPS-2026-031-clinician-bilingual.pdf"
    assert "*.pdf" in filters
    assert len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_export_to_an_unwritable_place_says_so(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    dialog = _open_documents(qtbot, make_session)
    dialog_script.answers["save_file_name"] = str(tmp_path / "no such folder" / "x.pdf")
    dialog_script.answers["error"] = None
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert dialog_script.names() == ["save_file_name", "error"]
    assert not (tmp_path / "no such folder").exists()


def test_print_sends_the_same_pages(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    dialog = _open_documents(qtbot, make_session, "sci")
    printed = tmp_path / "printed.pdf"

    def accept(print_dialog: QPrintDialog) -> int:
        assert isinstance(print_dialog, QPrintDialog)
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    dialog_script.answers["run_modal"] = accept
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    source_pages = len(PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    assert len(PdfReader(printed).pages) == source_pages


def test_cancelled_print_prints_nothing(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript
) -> None:
    dialog = _open_documents(qtbot, make_session)
    dialog_script.answers["run_modal"] = QPrintDialog.DialogCode.Rejected
    assert dialog.print_document() is False


def test_a_failing_document_is_reported_in_the_dialog(qtbot: Any, make_session: SessionFactory) -> None:
    dialog = _open_documents(qtbot, make_session)

    def broken(*_: object, **__: object) -> bytes:
        raise ValueError("layout failed")

    dialog._build = broken
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "ValueError" in dialog.status.text()
    assert dialog.area.currentWidget() is dialog.placeholder


START_UP = """
import sys
from PySide6.QtWidgets import QApplication
from decision_aid.ui.shell.app import build_session, setup_application
from decision_aid.ui.shell.paths import AppPaths
app = QApplication([])
setup_application(app)
session = build_session(AppPaths.under(__import__("pathlib").Path(sys.argv[1])), language="zh")
session.window.show()
session.window.files.open_example("crps")
session.window.wizard.show_results()
app.processEvents()
modules = ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "decision_aid.report")
heavy = [m for m in modules if m in sys.modules]
print("HEAVY", heavy)
"""


def test_start_up_stays_light(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START_UP, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr[-2000:]
