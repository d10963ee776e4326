"""Keyboard use, accessible names, shortcuts and mnemonics, the About dialog, and the None guard."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from decision_aid import __version__
from decision_aid.domain.assessment import PainScore
from decision_aid.domain.content import default_content
from decision_aid.ui.wizard.pages import QuestionPage
from decision_aid.ui.wizard.pain_score import PainScoreInput
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import click, go_to_page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_input_has_an_accessible_name(make_session: SessionFactory, lang: str) -> None:
    session = make_session(lang)
    session.document.new("crps")  # type: ignore[arg-type]
    for page in session.window.wizard.pages:
        for path, row in page.rows.items():
            name = row.control.focus_target().accessibleName()
            label = default_content().fields[path].get(lang)  # type: ignore[arg-type]
            # An unknown date puts the focus on its Unknown box, named "<question>: Unknown".
            assert (
                name == label or name == f"{label}: {default_content().labels.values['unknown'].get(lang)}"
            ), (
                page.page_id,
                path,
            )
            assert isinstance(row.label, QLabel)
            assert row.label.buddy() in (row.control.focus_target(), getattr(row.control, "edit", None))


def test_tab_walks_the_questions_in_order(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.new_buttons["crps"])
    page = go_to_page(qtbot, session.window, "psychosocial")
    targets = [row.control.focus_target() for row in page.rows.values()]
    page.focus_field(next(iter(page.rows)))
    seen = []
    for _ in targets:
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == targets


def test_menus_have_mnemonics_and_shortcuts(make_session: SessionFactory) -> None:
    window = make_session().window
    for menu in (window.menu_file, window.menu_go, window.menu_language, window.menu_help):
        assert re.search(r"&\w", menu.title()), menu.title()
    shortcuts = {
        window.act_new: QKeySequence.StandardKey.New,
        window.act_open: QKeySequence.StandardKey.Open,
        window.act_save: QKeySequence.StandardKey.Save,
    }
    for action, key in shortcuts.items():
        assert action.shortcut() == QKeySequence(key)
    assert window.act_next.shortcut().toString() == "Alt+Right"
    assert window.act_toggle_language.shortcut().toString() == "Ctrl+L"
    assert window.act_results.shortcut().toString() == "Ctrl+R"
    texts = [a.text() for a in window.menu_file.actions() if not a.isSeparator() and a.text()]
    assert all("&" in t for t in texts), texts


def test_ctrl_l_switches_language_live(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session("en")
    qtbot.keyClick(session.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.language.code == "zh"
    assert session.window.start.heading.text() == "脊髓电刺激（SCS）决策辅助工具"
    qtbot.keyClick(session.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.window.start.heading.text() == "Spinal cord stimulation decision aid"


def test_pain_score_scale_and_unknown(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.new_buttons["crps"])
    pain = go_to_page(qtbot, session.window, "pain")
    score = pain.rows["pain.intensity"].control
    assert isinstance(score, PainScoreInput)
    click(qtbot, score.scale.buttons["vas"])  # no default scale: the clinician picks one
    qtbot.keyClicks(score.number.edit, "72")
    assert session.document.value("pain.intensity") == PainScore(value=72, scale="vas")
    click(qtbot, score.scale.buttons["nrs"])  # 72 is no NRS score: nothing is recorded, and it says so
    assert session.document.value("pain.intensity") is None
    assert pain.rows["pain.intensity"].problem.isVisible()
    score.number.edit.clear()
    qtbot.keyClicks(score.number.edit, "7")
    assert session.document.value("pain.intensity") == PainScore(value=7, scale="nrs")
    assert not pain.rows["pain.intensity"].problem.isVisible()


def test_about_shows_versions_intended_use_and_licences(make_session: SessionFactory) -> None:
    window = make_session().window
    window.act_about.trigger()
    about = window.about_dialog
    assert about is not None and about.isVisible()
    content = default_content()
    text = about.summary.text()
    assert __version__ in text and content.version in text and content.short_hash in text
    assert "not a substitute for the judgement of a multidisciplinary team" in text
    licences = about.licences.toPlainText()
    assert "WenQuanYi" in licences and "Apache" in licences and "DejaVu" in licences


def test_every_page_is_reachable_from_the_side_panel(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    click(qtbot, session.window.start.example_buttons["psps_t2"])
    for step in session.window.wizard.steps():
        if isinstance(step, QuestionPage):
            assert go_to_page(qtbot, session.window, step.page_id) is step
