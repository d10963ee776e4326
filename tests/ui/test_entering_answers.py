"""Issue 14, entering answers: the pain score has no default scale, shows its VAS value and asks
about a very low VAS value; undo and redo for answers. Real clicks and keys, both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from decision_aid.domain.assessment import PainScore
from decision_aid.ui.wizard.pain_score import PainScoreInput
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click, go_to_page, page

LANGS = ["en", "zh"]


def _pain(qtbot: Any, make_session: SessionFactory, lang: str) -> tuple[Any, Any, PainScoreInput]:
    session = make_session(lang)
    click(qtbot, session.window.start.new_buttons["crps"])
    pain = go_to_page(qtbot, session.window, "pain")
    score = pain.rows["pain.intensity"].control
    assert isinstance(score, PainScoreInput)
    return session, pain, score


@pytest.mark.parametrize("lang", LANGS)
def test_pain_score_needs_a_scale_before_anything_is_recorded(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session, pain, score = _pain(qtbot, make_session, lang)
    assert score.scale.value() is None
    assert not any(b.isChecked() for b in score.scale.buttons.values())
    qtbot.keyClicks(score.number.edit, "7")
    assert session.document.value("pain.intensity") is None  # not "VAS 7 mm": no scale yet
    problem = pain.rows["pain.intensity"].problem
    assert problem.isVisible() and "VAS" in problem.text() and "NRS" in problem.text()
    click(qtbot, score.scale.buttons["nrs"])
    assert session.document.value("pain.intensity") == PainScore(value=7, scale="nrs")
    assert not problem.isVisible()
    assert score.converted.isVisible() and score.converted.text() == "= 70 mm"
    assert session.document.evaluation.verdict.value != "not_appropriate"


@pytest.mark.parametrize("lang", LANGS)
def test_low_vas_value_asks_whether_nrs_was_meant(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session, _, score = _pain(qtbot, make_session, lang)
    click(qtbot, score.scale.buttons["vas"])
    qtbot.keyClicks(score.number.edit, "7")
    assert session.document.value("pain.intensity") == PainScore(value=7, scale="vas")
    assert score.confirm.isVisible()
    assert "7" in score.confirm_text.text() and "NRS" in score.confirm_nrs.text()
    assert not score.converted.isVisible()  # a VAS value needs no conversion
    click(qtbot, score.confirm_nrs)
    assert session.document.value("pain.intensity") == PainScore(value=7, scale="nrs")
    assert score.scale.value() == "nrs" and not score.confirm.isVisible()
    assert score.converted.text() == "= 70 mm"
    # Back on the VAS, "No, VAS 7 mm" keeps the value and the question goes away.
    click(qtbot, score.scale.buttons["vas"])
    assert score.confirm.isVisible()
    click(qtbot, score.confirm_vas)
    assert not score.confirm.isVisible()
    assert session.document.value("pain.intensity") == PainScore(value=7, scale="vas")
    score.number.edit.clear()
    qtbot.keyClicks(score.number.edit, "72")
    assert not score.confirm.isVisible()  # a plausible VAS value asks nothing


@pytest.mark.parametrize("lang", LANGS)
def test_undo_and_redo_answers_from_the_edit_menu(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    edit = window.menu_edit
    assert edit.menuAction() in window.menuBar().actions()
    assert edit.title() == ("&Edit" if lang == "en" else "编辑(&E)")
    assert not edit.act_undo.isEnabled()  # an opened assessment starts a fresh history
    choose(qtbot, window, "safety.suspected_tumour", "yes")
    safety = page(window, "safety")
    row = safety.rows["safety.suspected_tumour"]
    assert row.flashing  # the last answer changed is highlighted briefly
    qtbot.waitUntil(lambda: not row.flashing, timeout=3000)
    assert session.document.evaluation.verdict.value == "not_appropriate"
    label = session.document.content.field_label("safety.suspected_tumour", lang)
    assert label in edit.act_undo.text()
    # Leave the page, then undo with the keyboard: the question comes back into view, highlighted.
    go_to_page(qtbot, window, "patient")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.document.value("safety.suspected_tumour") == "no"
    assert row.control.choice.value() == "no"  # type: ignore[attr-defined]
    assert window.wizard.current_widget() is safety
    assert QApplication.focusWidget() is row.control.focus_target()
    assert row.flashing
    assert session.document.evaluation.verdict.value == "appropriate"
    assert edit.act_redo.isEnabled() and label in edit.act_redo.text()
    edit.act_redo.trigger()
    assert session.document.value("safety.suspected_tumour") == "yes"
    assert row.control.choice.value() == "yes"  # type: ignore[attr-defined]
    edit.act_undo.trigger()
    assert session.document.value("safety.suspected_tumour") == "no"


def test_typing_a_number_undoes_in_one_step(qtbot: Any, make_session: SessionFactory) -> None:
    session, _, score = _pain(qtbot, make_session, "en")
    click(qtbot, score.scale.buttons["vas"])
    qtbot.keyClicks(score.number.edit, "72")
    edit = session.window.menu_edit
    assert session.document.value("pain.intensity") == PainScore(value=72, scale="vas")
    edit.act_undo.trigger()  # "7" then "72" typed together: one undo
    assert session.document.value("pain.intensity") is None
    assert score.number.edit.text() == ""


def test_number_keys_change_an_answer_and_undo_brings_it_back(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    safety = go_to_page(qtbot, window, "safety")
    safety.focus_field("safety.coagulopathy")
    before = session.document.value("safety.coagulopathy")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert session.document.value("safety.coagulopathy") != before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.document.value("safety.coagulopathy") == before


@pytest.mark.parametrize("lang", LANGS)
def test_crps_page_is_a_compact_grid(qtbot: Any, make_session: SessionFactory, lang: str) -> None:
    from decision_aid.domain.questionnaire import default_catalogue

    session = make_session(lang)
    window = session.window
    window.resize(1366, 800)
    click(qtbot, window.start.new_buttons["crps"])
    crps = go_to_page(qtbot, window, "crps")
    grid = crps.grid
    assert grid is not None
    catalogue = default_catalogue()
    symptoms, signs = catalogue.sections["budapest_symptoms"], catalogue.sections["budapest_signs"]
    assert [h.text() for h in grid.column_heads.values()] == [symptoms.title.get(lang), signs.title.get(lang)]
    assert [h.text() for h in grid.row_heads.values()] == [t.get(lang) for t in symptoms.groups.values()]
    prefix = {"en": ("Symptom reported", "Sign observed"), "zh": ("患者自述症状", "本次查体所见体征")}[lang]
    for question in catalogue.in_section("budapest_symptoms") + catalogue.in_section("budapest_signs"):
        row = crps.rows[question.path]
        cell = grid.cells[(question.text.group, question.text.section)]
        assert cell.isAncestorOf(row), question.path
        assert not row.label.text().startswith(prefix), row.label.text()  # the column says it
        assert row.control.focus_target().accessibleName() == question.text.label.get(lang)  # in full
    # The two columns sit side by side at 1366 px: a category's symptom and sign share a row.
    sensory = grid.cells[("sensory", "budapest_symptoms")], grid.cells[("sensory", "budapest_signs")]
    assert sensory[0].y() == sensory[1].y() and sensory[0].x() < sensory[1].x()
    # Answering in the grid records the answer.
    choose(qtbot, window, "crps.signs.oedema", "observed")
    assert session.document.value("crps.signs.oedema") == "observed"
