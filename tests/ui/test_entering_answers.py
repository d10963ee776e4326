"""Issue 14, entering answers: the pain score has no default scale, shows its VAS value and asks
about a very low VAS value; undo and redo for answers. Real clicks and keys, both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from decision_aid.domain.assessment import PainScore
from decision_aid.ui.pain_score import PainScoreInput
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
    session, pain, score = _pain(qtbot, make_session, lang)
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
