"""The results page, action first: status words that describe the finding, a red flag that names
itself, met criteria as an expandable checklist, summarised inputs, author-year citations, the
missing list grouped by step with links, copy for the record and print. Real clicks, both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog

from decision_aid.domain.content import default_content
from decision_aid.domain.presentation import Group, group
from decision_aid.domain.rules.base import Finding
from decision_aid.textview import record_text
from decision_aid.ui.results.reference_dialog import ReferenceDialog
from tests.ui.conftest import DialogScript, SessionFactory
from tests.ui.helpers import choose, click, page

LANGS = ["en", "zh"]
WORDS = {
    "en": {"absent": "✓ Absent", "met": "✓ Met", "present": "✗ Present"},
    "zh": {"absent": "✓ 无", "met": "✓ 符合", "present": "✗ 存在"},
}


def _open_results(qtbot: Any, session: Any, example: str) -> Any:
    window = session.window
    click(qtbot, window.start.example_buttons[example])
    click(qtbot, window.wizard.side.results_button)
    results = window.wizard.results
    assert window.wizard.current_widget() is results
    return results


@pytest.mark.parametrize("lang", LANGS)
def test_red_flag_stands_first_and_names_itself(qtbot: Any, make_session: SessionFactory, lang: str) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    choose(qtbot, window, "safety.suspected_fracture", "yes")
    click(qtbot, window.wizard.side.results_button)
    results = window.wizard.results
    content = default_content()
    flag = content.field_label("safety.suspected_fracture", lang)
    headline = content.labels.headlines["red_flag_named"].get(lang).format(flags=flag)
    assert results.banner.verdict_text() == headline
    assert window.wizard.side.banner.verdict_text() == headline
    first = results.reasons.cards[0]
    assert first.reason.rule == "safety.red_flags"
    assert first.status.text().count(WORDS[lang]["present"]) == 1
    assert results.reasons.group_labels[Group.red_flag].isVisible()
    top = window.wizard.side.top_reasons.text().splitlines()
    assert len(top) == 1 and top[0].endswith(WORDS[lang]["present"])  # only what needs action
    # Colour is never alone: the banner's words change with the verdict as well as its colour.
    assert "#fdecea" in results.banner.styleSheet()


@pytest.mark.parametrize("lang", LANGS)
def test_no_hazard_reads_met_and_met_criteria_collapse(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    results = _open_results(qtbot, session, "crps")
    # Nothing needs action: the side panel names what the verdict rests on, red flags absent first.
    top = session.window.wizard.side.top_reasons.text().splitlines()
    assert len(top) == 2 and top[0].endswith(WORDS[lang]["absent"])
    checklist = results.reasons.checklists[Group.met]
    assert not checklist.cards  # collapsed to the checklist, the cards not even built
    lines = checklist.lines.text().splitlines()
    assert checklist.lines.isVisible()
    assert len(lines) == sum(group(r) == Group.met for r in session.document.evaluation.reasons)
    click(qtbot, checklist.toggle)
    met = checklist.cards
    for card, line in zip(met, lines, strict=True):
        expected = WORDS[lang]["absent" if card.reason.finding == Finding.hazard else "met"]
        assert line.endswith(expected), line
        assert expected in card.status.text()
    assert sum(c.reason.finding == Finding.hazard for c in met) >= 9
    assert all(card.isVisible() for card in met) and not checklist.lines.isVisible()
    click(qtbot, checklist.toggle)
    assert not any(card.isVisible() for card in met)


@pytest.mark.parametrize("lang", LANGS)
def test_inputs_are_summarised_with_the_full_list_on_click(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    results = _open_results(qtbot, session, "crps")
    click(qtbot, results.reasons.checklists[Group.met].toggle)
    card = next(c for c in results.reasons.cards if c.reason.rule == "crps.symptoms")
    summary = {"en": "4 of 4 categories: sensory, vasomotor", "zh": "4 类中 4 类：感觉类、血管舒缩类"}[lang]
    assert summary in card.inputs.text()
    assert card.inputs.sizeHint().height() < 120  # a few lines, not a 900 px column
    assert not card.all_inputs.isVisible()
    assert card.inputs_toggle is not None
    click(qtbot, card.inputs_toggle)
    assert card.all_inputs.isVisible()
    assert len(card.all_inputs.text().splitlines()) == len(card.reason.inputs)


@pytest.mark.parametrize("lang", LANGS)
def test_author_year_citation_click_shows_full_reference(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    results = _open_results(qtbot, session, "crps")
    click(qtbot, results.reasons.checklists[Group.met].toggle)
    card = next(c for c in results.reasons.cards if c.reason.rule == "general.pain_duration")
    button = next(b for b in card.sources if b.text() == "NICE TA159")
    click(qtbot, button)
    dialog = results.reference_dialog
    assert isinstance(dialog, ReferenceDialog) and dialog.isVisible()
    reference = default_content().references["nice-ta159"]
    assert reference.formatted() in dialog.text()
    dialog.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", ["crps", "psps_t2", "sci"])
def test_nothing_is_cut_off_at_800_px(
    qtbot: Any, make_session: SessionFactory, lang: str, example: str
) -> None:
    session = make_session(lang)
    session.window.resize(800, 700)
    results = _open_results(qtbot, session, example)
    click(qtbot, results.reasons.checklists[Group.met].toggle)
    qtbot.wait(50)
    viewport = results.scroll_area.viewport().width()
    assert results.scroll_area.widget().width() <= viewport, results.scroll_area.widget().minimumSizeHint()
    for card in results.reasons.cards:
        assert card.geometry().right() <= viewport, card.reason.rule
        for button in card.sources:
            assert button.width() >= button.sizeHint().width(), button.text()
            right = button.mapTo(card, button.rect().topRight()).x()
            assert right <= card.width(), button.text()


@pytest.mark.parametrize("lang", LANGS)
def test_missing_grouped_by_step_and_each_item_jumps(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.new_buttons["psps_t2"])
    click(qtbot, window.wizard.side.results_button)
    results = window.wizard.results
    assert results.banner.verdict_text() == default_content().labels.verdicts["incomplete"].get(lang)
    missing = results.missing
    assert missing.isVisible()
    assert missing.y() < results.next_heading.y() < results.reasons.y()  # at the top
    titles = missing.step_titles
    psps = page(window, "psps_t2")
    assert psps.nav_title() in titles and page(window, "safety").nav_title() in titles
    assert len(missing.links) == len(session.document.evaluation.missing)
    rect = missing.list.visualItemRect(missing.links["psps_t2.surgical_reevaluation_done"])
    qtbot.mouseClick(missing.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.wizard.current_widget() is psps
    row = psps.rows["psps_t2.surgical_reevaluation_done"]
    assert QApplication.focusWidget() is row.control.focus_target()


@pytest.mark.parametrize("lang", LANGS)
def test_side_panel_missing_link_and_next_unanswered(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    side = window.wizard.side
    count = len(session.document.evaluation.missing)
    assert str(count) in side.missing_button.text()
    answered, asked = side.progress.value(), side.progress.maximum()
    assert side.basis.text().count(str(asked)) == 1 and str(answered) in side.basis.text()
    click(qtbot, side.missing_button)
    results = window.wizard.results
    assert window.wizard.current_widget() is results
    first_link = next(iter(results.missing.links.values()))
    assert QApplication.focusWidget() is results.missing.list
    assert results.missing.list.currentItem() is first_link
    click(qtbot, side.next_unanswered)
    first = window.wizard.current_widget()
    path = next(p for p, r in first.rows.items() if r.control.focus_target() is QApplication.focusWidget())
    assert path in {m.field for m in session.document.evaluation.missing}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    second = window.wizard.current_widget()
    focus = QApplication.focusWidget()
    path2 = next(p for p, r in second.rows.items() if r.control.focus_target() is focus)
    assert path2 != path and path2 in {m.field for m in session.document.evaluation.missing}


@pytest.mark.parametrize("lang", LANGS)
def test_copy_for_the_record(qtbot: Any, make_session: SessionFactory, lang: str) -> None:
    session = make_session(lang)
    results = _open_results(qtbot, session, "psps_t2")
    click(qtbot, results.copy_button)
    text = QApplication.clipboard().text()
    evaluation = session.document.evaluation
    assert text == record_text(evaluation, lang)
    assert evaluation.verdict_label.get(lang) in text
    assert evaluation.next_step.text.get(lang) in text
    for reason in evaluation.reasons:
        assert reason.title.get(lang) in text
        if group(reason) != Group.met:
            assert reason.text.get(lang) in text


def test_print_results_page(
    qtbot: Any, make_session: SessionFactory, dialog_script: DialogScript, tmp_path: Path
) -> None:
    session = make_session()
    results = _open_results(qtbot, session, "crps")
    out = tmp_path / "results.pdf"

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        dialog.printer().setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted)

    dialog_script.answers["run_modal"] = accept
    click(qtbot, results.print_button)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Appropriate: criteria met" in text and "Pain duration" in text


def test_results_follow_every_answer(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    results = window.wizard.results
    assert results.banner.verdict_text() == "Appropriate: criteria met"
    choose(qtbot, window, "treatment.mdt_assessment_done", "unknown")
    assert results.banner.verdict_text() == "Incomplete: answers or steps outstanding"
    click(qtbot, window.wizard.side.results_button)
    labels = [link.text().strip() for link in results.missing.links.values()]
    label = default_content().fields["treatment.mdt_assessment_done"].en
    assert labels == [f"{label} (answered “unknown”)"]  # an answer given on purpose, still missing
    session.document.set_value("treatment.mdt_assessment_done", None)
    labels = [link.text().strip() for link in results.missing.links.values()]
    assert labels == [f"{label} (not yet answered)"]



@pytest.mark.parametrize("lang", LANGS)
def test_safety_page_status_line_reads_the_finding(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    safety = page(window, "safety")
    title = default_content().rules["safety.red_flags"].title.get(lang)
    colon = "：" if lang == "zh" else ": "

    def status_line() -> str:
        lines = safety.status("safety.red_flags").text.text().splitlines()
        return next(line for line in lines if line.startswith(title + colon))

    assert status_line() == f"{title}{colon}{WORDS[lang]['absent']}"
    choose(qtbot, window, "safety.suspected_fracture", "yes")
    line = status_line()
    assert line.startswith(f"{title}{colon}{WORDS[lang]['present']}"), line
    assert default_content().field_label("safety.suspected_fracture", lang) in line
    assert "None of" not in line and "Met" not in line


def test_language_switch_on_the_results_page_rewords_everything(
    qtbot: Any, make_session: SessionFactory
) -> None:
    session = make_session()
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    click(qtbot, window.wizard.side.missing_button)
    results = window.wizard.results
    assert results.missing.heading.text().startswith("What's missing")
    click(qtbot, window.toolbar.widgetForAction(window.act_toggle_language))
    assert results.missing.heading.text().startswith("缺失信息")
    step_heading = results.missing.list.item(0).text()
    assert step_heading.startswith(results.missing.step_titles[0] + "（") and step_heading.endswith("）")
    outstanding = results.reasons.checklists[Group.outstanding]
    first = outstanding.lines.text().splitlines()[0]
    assert first == f"{default_content().rules['safety.red_flags'].title.zh}：? 未记录"
    assert results.banner.verdict_text() == default_content().labels.verdicts["incomplete"].zh
    path, link = next(iter(results.missing.links.items()))
    # Not yet answered, said in Chinese with full-width brackets.
    assert link.text().strip() == f"{default_content().fields[path].zh}（尚未回答）"
