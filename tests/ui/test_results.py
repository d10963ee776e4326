"""The results page: verdict in words and colour, red flags first, references, missing items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from decision_aid.domain.content import default_content
from decision_aid.ui.reasons_table import SOURCES, STATUS
from decision_aid.ui.reference_dialog import ReferenceDialog
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click


def test_red_flag_stands_first_and_stops(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    choose(qtbot, window, "safety.suspected_fracture", "yes")
    click(qtbot, window.wizard.side.results_button)
    results = window.wizard.results
    assert window.wizard.current_widget() is results
    assert results.banner.verdict_text() == "Not appropriate at present"
    first = results.table.item(0, STATUS).text()
    assert first == default_content().labels.statuses["red_flag"].en
    assert results.red_flags.isVisible()
    assert "Red flags" in results.red_flags.text()
    # Colour is never alone: the banner's words change with the verdict as well as its colour.
    assert "#fdecea" in results.banner.styleSheet()


def test_citation_click_shows_full_reference(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    window.wizard.show_results()
    table = window.wizard.results.table
    row = next(r for r in range(table.rowCount()) if "nice-ta159" in table.item(r, SOURCES).text())
    rect = table.visualRect(table.model().index(row, SOURCES))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.wizard.results.reference_dialog
    assert isinstance(dialog, ReferenceDialog) and dialog.isVisible()
    reference = default_content().references["nice-ta159"]
    assert reference.formatted() in dialog.text()
    assert reference.year and str(reference.year) in dialog.text()
    dialog.close()


def test_next_step_source_link_shows_reference(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.example_buttons["crps"])
    click(qtbot, session.window.wizard.side.results_button)
    results = session.window.wizard.results
    key = session.document.evaluation.next_step.citations[0]
    assert f'href="{key}"' in results.next_text.text()
    results.next_text.linkActivated.emit(key)
    assert results.reference_dialog is not None
    assert default_content().references[key].title in results.reference_dialog.text()


def test_missing_item_click_jumps_to_its_question(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["psps_t2"])
    click(qtbot, window.wizard.side.results_button)
    results = window.wizard.results
    assert results.banner.verdict_text() == "Incomplete: answers or steps outstanding"
    missing = results.missing
    paths = [missing.item(i).data(0x0101) for i in range(missing.count())]
    assert "psps_t2.surgical_reevaluation_done" in paths
    index = paths.index("psps_t2.surgical_reevaluation_done")
    rect = missing.visualItemRect(missing.item(index))
    qtbot.mouseClick(missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = window.wizard.current_widget()
    assert getattr(current, "page_id", None) == "psps_t2"
    row = current.rows["psps_t2.surgical_reevaluation_done"]  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is row.control.focus_target()


def test_results_follow_every_answer(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    results = window.wizard.results
    assert results.banner.verdict_text() == "Appropriate: criteria met"
    choose(qtbot, window, "treatment.mdt_assessment_done", "unknown")
    assert results.banner.verdict_text() == "Incomplete: answers or steps outstanding"
    click(qtbot, window.wizard.side.results_button)
    labels = [results.missing.item(i).text() for i in range(results.missing.count())]
    label = default_content().fields["treatment.mdt_assessment_done"].en
    assert labels == [f"{label} (answered “unknown”)"]  # an answer given on purpose, still missing
    session.document.set_value("treatment.mdt_assessment_done", None)
    labels = [results.missing.item(i).text() for i in range(results.missing.count())]
    assert labels == [f"{label} (not yet answered)"]
