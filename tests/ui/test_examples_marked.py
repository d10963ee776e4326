"""Issue 14: example assessments are marked as examples everywhere (banner, window title, a watermark
on their PDFs), are never saved over without Save As, and the title names the patient id."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from decision_aid.domain.content import default_content
from decision_aid.resources_path import example_path
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import click

LANGS = ["en", "zh"]
EXAMPLE_WORD = {"en": "Example", "zh": "示例"}


def _pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("lang", LANGS)
def test_an_example_is_marked_on_screen_and_on_paper(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    patient = session.document.assessment.patient.id
    assert window.example_banner.isVisible()
    assert EXAMPLE_WORD[lang] in window.example_banner.text()
    assert EXAMPLE_WORD[lang] in window.windowTitle() and patient in window.windowTitle()
    window.act_documents.trigger()
    dialog = window.documents_dialog
    assert dialog is not None
    mark = default_content().labels.document["example_watermark"]
    text = _pdf_text(dialog.pdf_bytes())
    # English UI: bilingual documents by default; Chinese UI: Chinese documents.
    assert mark.zh.split("：")[0] in text
    assert (mark.en.split(":")[0] in text) == (lang == "en")
    dialog.close()
    # A new assessment is no example: no banner, no watermark, the title without the mark.
    window.files.close_assessment()
    click(qtbot, window.start.new_buttons["crps"])
    assert not window.example_banner.isVisible()
    assert EXAMPLE_WORD[lang] not in window.windowTitle()
    window.act_documents.trigger()
    assert mark.zh.split("：")[0] not in _pdf_text(window.documents_dialog.pdf_bytes())  # type: ignore[union-attr]


def test_saving_an_example_asks_where_and_never_writes_the_shipped_file(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    shipped = example_path("crps")
    before = shipped.read_bytes()
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    session.document.set_value("patient.clinician", "Dr Example")
    dialog_script.answers["save_file_name"] = str(tmp_path / "mine")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog_script.names() == ["save_file_name"]  # Save on an example is Save As
    assert shipped.read_bytes() == before
    assert json.loads((tmp_path / "mine.json").read_text())["patient"]["clinician"] == "Dr Example"


def test_title_names_the_patient_id_once_entered(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["sci"])
    assert "SCS decision aid" in window.windowTitle()
    session.document.set_value("patient.id", "P-123")
    assert "P-123" in window.windowTitle()
