"""The pages are built from the domain catalogue: every question once, its options, range, texts
and help from the catalogue; relevance hides what is not asked; answers are radio groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from decision_aid.domain.questionnaire import default_catalogue
from decision_aid.ui.wizard.inputs import ChoiceInput, NumberInput
from decision_aid.ui.wizard.pages.budapest_grid import GridRow, short_label
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click, go_to_page, page


def test_every_catalogue_question_is_on_exactly_one_page(make_session: SessionFactory) -> None:
    session = make_session()
    session.document.new("crps")  # type: ignore[arg-type]
    seen: dict[str, str] = {}
    for p in session.window.wizard.pages:
        for path in p.rows:
            assert path not in seen, f"{path} on {seen[path]} and {p.page_id}"
            seen[path] = p.page_id
    catalogue = default_catalogue()
    assert sorted(seen) == sorted(q.path for q in catalogue.questions)
    # In catalogue order, except that the Budapest grid goes category by category (visual order).
    grid = {q.path for s in ("budapest_symptoms", "budapest_signs") for q in catalogue.in_section(s)}
    assert [p for p in seen if p not in grid] == [q.path for q in catalogue.questions if q.path not in grid]


def test_widgets_follow_the_catalogue(make_session: SessionFactory) -> None:
    session = make_session()
    session.document.new("crps")  # type: ignore[arg-type]
    catalogue = default_catalogue()
    rows = {path: row for p in session.window.wizard.pages for path, row in p.rows.items()}
    for question in catalogue.questions:
        row = rows[question.path]
        spec = question.spec
        if isinstance(row, GridRow):  # the grid's heads say "Symptom reported" and the category
            assert row.label.text() == short_label(question.text.label.en)
            assert row.control.focus_target().accessibleName() == question.text.label.en
        else:
            assert row.label.text() == question.text.label.en
        assert row.label.toolTip().startswith(question.text.help.en + "\n\n")
        assert "Shift+F1" in row.label.toolTip()  # the tooltip names the key for this help
        assert row.control.focus_target().toolTip() == question.text.help.en
        if spec.kind == "choice":
            assert isinstance(row.control, ChoiceInput)
            assert tuple(row.control.choice.buttons) == spec.options
        if spec.kind == "number":
            assert isinstance(row.control, NumberInput) and spec.range is not None
            assert (row.control.low, row.control.high) == (spec.range.low, spec.range.high)
    crps = page(session.window, "crps")
    crps.ensure_built()
    assert crps.grid is not None  # the Budapest checklist is one grid: categories x symptom/sign
    assert crps.grid.column_heads["budapest_signs"].text() == "Signs at this examination"
    heads = [h.text() for h in crps.grid.row_heads.values()]
    assert heads == ["Sensory", "Vasomotor", "Sudomotor / oedema", "Motor / trophic"]


def test_section_titles_and_help_switch_language(make_session: SessionFactory) -> None:
    session = make_session()
    session.document.new("crps")  # type: ignore[arg-type]
    pain = page(session.window, "pain")
    row = pain.rows["pain.dn4.brushing"]
    session.language.set_code("zh")
    help_zh = default_catalogue().question("pain.dn4.brushing").text.help.zh
    assert row.label.toolTip().startswith(help_zh + "\n\n") and "Shift+F1" in row.label.toolTip()
    assert pain.section_boxes["dn4_examination"].title() == "DN4：查体条目"
    session.language.set_code("en")
    assert pain.section_boxes["dn4_examination"].title() == "DN4: examination items"


def test_the_interruption_plan_shows_only_with_an_antithrombotic_drug(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    safety = go_to_page(qtbot, window, "safety")
    plan = safety.rows["safety.interruption_plan_agreed"]
    assert not plan.isVisibleTo(safety)
    answered, asked = safety.progress()
    choose(qtbot, window, "safety.antithrombotic_use", "yes")
    assert plan.isVisibleTo(safety)
    assert safety.progress() == (answered + 1, asked + 1)  # the drug answered, the plan now asked
    choose(qtbot, window, "safety.antithrombotic_use", "no")
    assert not plan.isVisibleTo(safety)
    assert safety.progress() == (answered + 1, asked)


def test_answers_are_an_exclusive_radio_group_answered_by_keyboard(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    pain = go_to_page(qtbot, window, "pain")
    choice = pain.rows["pain.dn4.burning"].control.choice  # type: ignore[attr-defined]
    assert isinstance(choice.group, QButtonGroup) and choice.group.exclusive()
    assert all(isinstance(b, QRadioButton) for b in choice.buttons.values())
    assert choice.group.checkedButton() is None  # not yet answered
    pain.focus_field("pain.dn4.burning")
    qtbot.keyClick(choice, Qt.Key.Key_2)
    assert session.document.value("pain.dn4.burning") == "no"
    assert choice.group.checkedButton() is choice.buttons["no"]
    qtbot.keyClick(choice, Qt.Key.Key_Left)
    assert session.document.value("pain.dn4.burning") == "yes"
    qtbot.keyClick(choice, Qt.Key.Key_Backspace)
    assert session.document.value("pain.dn4.burning") == "unknown"
    assert choice.group.checkedButton() is choice.buttons["unknown"]


def test_side_panel_progress_counts_only_what_applies(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.new_buttons["psps_t2"])
    psps = page(session.window, "psps_t2")
    crps = page(session.window, "crps")
    assert not crps.applies(session.document.assessment)
    assert psps.progress() == (0, 6)  # 3 surgery questions, leg and back pain, predominance
    session.document.set_value("psps_t2.prior_spine_surgery", "unknown")
    assert psps.progress() == (0, 6)  # "unknown" is an answer, but not information


def test_a_page_reached_through_the_side_panel_shows_its_questions(
    qtbot: Any, make_session: SessionFactory
) -> None:
    from decision_aid.ui.wizard.question import QuestionRow

    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    crps = page(window, "crps")
    assert not crps.built  # built on first use only
    go_to_page(qtbot, window, "crps")
    assert crps.built
    shown = [r for r in crps.findChildren(QuestionRow) if r.isVisible()]
    assert len(shown) == len(crps.questions()) == 27
