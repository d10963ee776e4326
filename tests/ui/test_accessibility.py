"""Issue 14, keyboard, focus and accessibility: no invisible tab stop, tab order in visual order, a
visible focus ring, accessible names in both languages, verdict changes announced, Alt mnemonics in
message boxes, Latin text in the Latin font, Qt's file dialog in Chinese. Both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from decision_aid.ui.common import dialogs
from decision_aid.ui.shell.app import CJK_FAMILY
from decision_aid.ui.wizard.pages import QuestionPage
from decision_aid.ui.wizard.question import QuestionRow
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click

LANGS = ["en", "zh"]


def _tab_walk(qtbot: Any, page: QuestionPage, limit: int = 200) -> list[QWidget]:
    """Tab from the page's first control until focus leaves the page; the widgets visited."""
    first = next(iter(page.rows.values())).control.focus_target()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus) or focus in seen:
            break
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def _row_of(widget: QWidget) -> QuestionRow | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QuestionRow):
        parent = parent.parentWidget()
    return parent


@pytest.mark.parametrize("lang", LANGS)
def test_tab_visits_every_control_in_visual_order_with_no_invisible_stop(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    window.resize(1366, 800)
    click(qtbot, window.start.example_buttons["crps"])
    for index, step in enumerate(window.wizard.steps()):
        if not isinstance(step, QuestionPage):
            continue
        window.wizard.go_to(index)
        visited = _tab_walk(qtbot, step)
        assert not [w for w in visited if isinstance(w, QScrollArea)], step.page_id
        assert all(w.isVisible() for w in visited), step.page_id
        # Every visible question is reached, and in the order the page shows them.
        rows = [r for r in (_row_of(w) for w in visited) if r is not None]
        order = list(dict.fromkeys(r.path for r in rows))
        shown = [p for p, r in step.rows.items() if r.isVisible()]
        assert set(order) == set(shown), step.page_id
        if step.page_id != "crps":  # the grid goes category by category (tested below)
            y = [step.rows[p].mapTo(step.body, QPoint(0, 0)).y() for p in order]
            assert y == sorted(y), step.page_id
        # Inside one question, left to right (number, scale, Unknown).
        for path in order:
            where = [w.mapTo(step.body, QPoint(0, 0)) for w in visited if _row_of(w) is step.rows[path]]
            xs = [p.x() for p in where]
            if len({p.y() // 40 for p in where}) == 1:  # the controls share one line
                assert xs == sorted(xs), path


def test_the_budapest_grid_tabs_category_by_category(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session()
    window = session.window
    window.resize(1366, 800)
    click(qtbot, window.start.example_buttons["crps"])
    crps = next(p for p in window.wizard.pages if p.page_id == "crps")
    window.wizard.go_to(window.wizard.steps().index(crps))
    assert crps.grid is not None
    order = list(dict.fromkeys(r.path for r in (_row_of(w) for w in _tab_walk(qtbot, crps)) if r))
    cells = [(g, s) for g in crps.grid.row_heads for s in ("budapest_symptoms", "budapest_signs")]
    expected = ["crps.disproportionate_pain"]
    for group, section in cells:
        expected += [q.path for q in crps.texts.catalogue.in_section(section) if q.text.group == group]
    expected += [q.path for q in crps.texts.catalogue.in_section("crps_diagnosis")]
    assert order == expected


@pytest.mark.parametrize("lang", LANGS)
def test_focus_ring_shows_on_every_kind_of_control(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    page = window.wizard.pages[0]
    kinds: dict[str, QWidget] = {}
    for widget in [*page.findChildren(QWidget), window.wizard.next_button, window.wizard.side.steps]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            kinds.setdefault(type(widget).__name__, widget)
    assert {"QLineEdit", "_UnknownBox", "SegmentedChoice", "QPushButton", "QListWidget"} <= set(kinds)
    for name, widget in kinds.items():
        window.wizard.stack.setFocus()
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        widget.update()
        QApplication.processEvents()
        assert widget.grab().toImage() != before, name


@pytest.mark.parametrize("lang", LANGS)
def test_accessible_names_in_both_languages_with_the_right_colon(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    pain = next(p for p in window.wizard.pages if p.page_id == "pain")
    window.wizard.go_to(window.wizard.steps().index(pain))
    label = session.document.content.field_label("pain.duration_months", lang)
    number = pain.rows["pain.duration_months"].control
    colon = "：" if lang == "zh" else ": "
    unknown = {"en": "Unknown", "zh": "未知"}[lang]
    assert number.unknown.accessibleName() == f"{label}{colon}{unknown}"  # type: ignore[attr-defined]
    score = pain.rows["pain.intensity"].control
    scale = {"en": "scale", "zh": "量表"}[lang]
    assert score.scale.accessibleName().endswith(f"{colon}{scale}")  # type: ignore[attr-defined]
    banner = window.wizard.side.banner
    verdict = session.document.content.labels.verdicts["incomplete"].get(lang)
    assert banner.accessibleName() == f"{banner.caption.text()}{colon}{verdict}"
    if lang == "zh":
        assert ": " not in banner.accessibleName() and ": " not in number.unknown.accessibleName()  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_a_verdict_change_is_announced(qtbot: Any, make_session: SessionFactory, lang: str) -> None:
    session = make_session(lang)
    window = session.window
    click(qtbot, window.start.example_buttons["crps"])
    banner = window.wizard.side.banner
    assert banner.announcements == []
    choose(qtbot, window, "safety.suspected_tumour", "yes")
    assert len(banner.announcements) == 1
    headline = session.document.evaluation.verdict_label.get(lang)
    assert headline in banner.announcements[0] and banner.accessibleDescription() == banner.announcements[0]
    choose(qtbot, window, "safety.coagulopathy", "no")  # the same verdict: nothing new to say
    assert len(banner.announcements) == 1
    window.set_language("zh" if lang == "en" else "en")  # same verdict, other language: silent
    assert len(banner.announcements) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_message_box_buttons_have_alt_mnemonics(
    qtbot: Any, make_session: SessionFactory, lang: str
) -> None:
    session = make_session(lang)
    pressed: list[str] = []

    def press_discard() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        texts = [b.text() for b in box.findChildren(QAbstractButton) if b.text()]
        pressed.extend(texts)
        qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)

    QTimer.singleShot(50, press_discard)
    answer = dialogs._box(
        session.window,
        QMessageBox.Icon.Question,
        "t",
        "x",
        buttons=QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        default=QMessageBox.StandardButton.Save,
    )
    assert answer == QMessageBox.StandardButton.Discard
    assert pressed and all("&" in t for t in pressed), pressed
    if lang == "zh":
        assert any("不保存" in t for t in pressed)


def test_latin_text_uses_the_latin_font_first(make_session: SessionFactory) -> None:
    make_session()
    font = QApplication.font()
    assert QFontInfo(font).family() != CJK_FAMILY
    assert font.families()[-1] == CJK_FAMILY  # the fallback for Chinese glyphs
    latin = QFontMetrics(font)
    assert latin.inFontUcs4(ord("…")) and latin.inFontUcs4(ord("“"))


def test_file_dialog_is_qts_own_and_speaks_chinese(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session("zh")
    assert dialogs.FILE_DIALOG_OPTIONS & QFileDialog.Option.DontUseNativeDialog
    dialog = QFileDialog(session.window)
    dialog.setOptions(dialogs.FILE_DIALOG_OPTIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(b.text() for b in dialog.findChildren(QAbstractButton))
    assert "打开" in texts or "取消" in texts, texts
