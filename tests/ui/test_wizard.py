"""The guided assessment driven by clicks and key presses, from the start page to the verdict."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from decision_aid.domain.assessment import Tri
from decision_aid.domain.content import default_content
from decision_aid.domain.evaluate import evaluate
from decision_aid.resources_path import EXAMPLES, example_path
from decision_aid.storage import load_assessment
from decision_aid.ui.results.results_page import ResultsPage
from decision_aid.ui.wizard.inputs import ChoiceInput, DateInput, NumberInput
from decision_aid.ui.wizard.pages import QuestionPage
from decision_aid.ui.wizard.pain_score import PainScoreInput
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click, go_to_page, page

EXACT = {
    ("crps", "en"): "Appropriate: criteria met",
    ("crps", "zh"): "适合：符合标准",
    ("psps_t2", "en"): "Uncertain: discuss at MDT",
    ("sci", "zh"): "研究性适应证（尚未获批）",
}
EXPECTED_VERDICT = {"crps": "appropriate", "psps_t2": "uncertain", "sci": "investigational"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_example_from_start_page_to_verdict(
    qtbot: Any, make_session: SessionFactory, example: str, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    assert window.stack.currentWidget() is window.start
    click(qtbot, window.start.example_buttons[example])
    wizard = window.wizard
    assert wizard.current_index() == 0
    steps = wizard.steps()
    # Half the way with the Next button, the rest with the keyboard shortcut (Alt+Right).
    for _ in range(len(steps) // 2):
        click(qtbot, wizard.next_button)
    window.activateWindow()
    while wizard.current_widget() is not wizard.results:
        before = wizard.current_index()
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
        )
        assert wizard.current_index() == before + 1, "Alt+Right did not move to the next page"
    expected = evaluate(load_assessment(example_path(example)))
    assert expected.verdict == EXPECTED_VERDICT[example]
    banner = wizard.results.banner.verdict_text()
    assert banner == default_content().labels.verdicts[expected.verdict].get(lang)  # type: ignore[arg-type]
    if (example, lang) in EXACT:
        assert banner == EXACT[(example, lang)]
    assert wizard.side.banner.verdict_text() == banner  # the live verdict agrees


def test_new_assessment_and_answers_by_keyboard_only(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    button = window.start.new_buttons["crps"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert session.document.is_open and session.document.assessment.indication == "crps"
    safety = page(window, "safety")
    window.wizard.go_to(window.wizard.steps().index(safety))
    safety.focus_field("safety.cauda_equina_signs")
    chips = safety.rows["safety.cauda_equina_signs"].control.focus_target()
    assert QApplication.focusWidget() is chips
    qtbot.keyClick(chips, Qt.Key.Key_Home)  # first option: yes
    assert session.document.value("safety.cauda_equina_signs") == Tri.yes
    assert session.document.evaluation.verdict == "not_appropriate"
    assert window.wizard.side.banner.verdict_text() == (
        "Red flag: investigate first (Signs of cauda equina syndrome)"
    )
    qtbot.keyClick(chips, Qt.Key.Key_Right)
    assert session.document.value("safety.cauda_equina_signs") == Tri.no
    qtbot.keyClick(chips, Qt.Key.Key_Backspace)
    assert session.document.value("safety.cauda_equina_signs") == Tri.unknown
    # Tab moves to the next question of the page.
    qtbot.keyClick(chips, Qt.Key.Key_Tab)
    expected = safety.rows["safety.progressive_neurological_deficit"].control.focus_target()
    assert QApplication.focusWidget() is expected


def test_number_typed_and_unknown_box(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.new_buttons["crps"])
    pain = go_to_page(qtbot, session.window, "pain")
    number = pain.rows["pain.duration_months"].control
    assert isinstance(number, NumberInput)
    # Not yet answered: an empty field and the Unknown box not ticked.
    assert not number.unknown.isChecked() and number.unknown.isVisible()
    assert session.document.value("pain.duration_months") is None
    qtbot.keyClicks(number.edit, "18")
    assert session.document.value("pain.duration_months") == 18
    assert not number.unknown.isChecked()
    click(qtbot, number.unknown)  # Unknown, on purpose: a different state from "not yet answered"
    assert session.document.value("pain.duration_months") == "unknown"
    assert number.edit.text() == ""
    click(qtbot, number.unknown)
    assert session.document.value("pain.duration_months") is None
    qtbot.keyClicks(number.edit, "500")
    assert session.document.value("pain.duration_months") == 500
    qtbot.keyClicks(number.edit, "0")  # 5000: beyond the range, so nothing is recorded, and it says so
    assert session.document.value("pain.duration_months") is None
    assert pain.rows["pain.duration_months"].problem.isVisible()
    assert "0 to 1200" in pain.rows["pain.duration_months"].problem.text()
    qtbot.keyClick(number.edit, Qt.Key.Key_Backspace)
    assert session.document.value("pain.duration_months") == 500
    assert not pain.rows["pain.duration_months"].problem.isVisible()


def test_a_new_assessment_is_unanswered_with_unknown_one_step_away(make_session: SessionFactory) -> None:
    session = make_session()
    session.document.new("crps")  # type: ignore[arg-type]
    pages = session.window.wizard.pages
    rows = [(p, path, row) for p in pages for path, row in p.rows.items()]
    assert {path for _, path, _ in rows} >= {"pain.dn4.burning", "crps.signs.oedema", "sci.ais_grade"}
    for _, path, row in rows:
        control = row.control
        if isinstance(control, ChoiceInput):
            if path in ("indication", "trial.stage"):
                continue  # always one of the options, never unknown
            assert "unknown" in control.choice.buttons, path
            assert control.choice.value() is None, path
            assert not any(b.isChecked() for b in control.choice.buttons.values()), path
        elif isinstance(control, DateInput):
            # The assessment date of a new assessment is today; Unknown stays one click away.
            assert path == "patient.assessment_date"
            assert not control.unknown.isChecked() and control.unknown.isEnabled()
            assert control.edit.date().toPython() == dt.date.today()
        elif isinstance(control, NumberInput):
            assert not control.unknown.isChecked() and control.edit.text() == "", path
        elif isinstance(control, PainScoreInput):
            assert not control.number.unknown.isChecked(), path


def test_pages_follow_indication_and_stage(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])

    def ids() -> list[str]:
        return [s.page_id if isinstance(s, QuestionPage) else "results" for s in window.wizard.steps()]

    assert ids() == ["patient", "pain", "crps", "treatment", "psychosocial", "safety", "results"]
    choose(qtbot, window, "indication", "psps_t2")
    assert ids() == ["patient", "pain", "psps_t2", "treatment", "psychosocial", "safety", "results"]
    assert window.wizard.current_widget() is page(window, "patient")  # the user stays where they are
    choose(qtbot, window, "trial.stage", "post_trial")
    assert ids()[-2:] == ["trial", "results"]
    choose(qtbot, window, "indication", "sci")
    assert "sci" in ids() and "psps_t2" not in ids()
    side_titles = [window.wizard.side.steps.item(i).text() for i in range(window.wizard.side.steps.count())]
    assert len(side_titles) == len(ids()) and "SCI" in side_titles[2]


def test_dn4_score_and_budapest_counts_update_live(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    pain = page(window, "pain")
    # The figures are the rule's own (Reason.params), shown through the rule's content text.
    # In CRPS the DN4 informs only (crps.dn4); the general criterion's line stays hidden.
    assert not pain.status("general.dn4").isVisible()
    score = pain.status("crps.dn4").text
    assert score.text().startswith("DN4 is incomplete (0-10/10)")
    for item in ("burning", "painful_cold", "tingling", "numbness"):
        choose(qtbot, window, f"pain.dn4.{item}", "yes")
    assert score.text().startswith("DN4 score 4-10/10 suggests")
    assert "Met" in score.text()
    crps = page(window, "crps")
    symptoms, signs = crps.status("crps.symptoms").text, crps.status("crps.signs").text
    assert symptoms.text().startswith("Categories with reported symptoms: 0-4 ")
    choose(qtbot, window, "crps.symptoms.allodynia", "yes")
    choose(qtbot, window, "crps.symptoms.oedema", "yes")
    assert symptoms.text().startswith("Categories with reported symptoms: 2-4 ")
    choose(qtbot, window, "crps.signs.oedema", "history_only")  # history alone does not count
    assert "0-4" in signs.text().splitlines()[0]
    choose(qtbot, window, "crps.signs.oedema", "observed")
    assert "1-4" in signs.text().splitlines()[0]


def test_side_panel_counts_answers(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    bar = window.wizard.side.progress
    before = bar.value()
    choose(qtbot, window, "treatment.mdt_assessment_done", "yes")
    assert bar.value() == before + 1
    entry = window.wizard.side.steps.item(window.wizard.steps().index(page(window, "treatment"))).text()
    assert entry.endswith("1/4")
    assert isinstance(window.wizard.steps()[-1], ResultsPage)
