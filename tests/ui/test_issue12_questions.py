"""Issue 12: the new questions sit on the existing pages and drive the verdict after real clicks."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click


def test_new_answers_change_the_verdict_and_the_outstanding_list(
    qtbot: Any, make_session: SessionFactory
) -> None:
    window = make_session().window
    click(qtbot, window.start.example_buttons["crps"])
    results = window.wizard.results
    assert results.banner.verdict_text() == "Appropriate: criteria met"
    choose(qtbot, window, "safety.pregnancy", "not_applicable")
    assert window.document.assessment.safety.pregnancy == "not_applicable"
    assert results.banner.verdict_text() == "Appropriate: criteria met"
    choose(qtbot, window, "safety.therapeutic_diathermy_needed", "yes")
    assert results.banner.verdict_text() == "Not appropriate at present"
    choose(qtbot, window, "safety.therapeutic_diathermy_needed", "no")
    choose(qtbot, window, "psychosocial.psychological_evaluation_done", "no")
    assert results.banner.verdict_text() == "Incomplete: answers or steps outstanding"
    click(qtbot, window.wizard.side.results_button)
    labels = [link.text() for link in results.missing.links.values()]
    assert labels == ["Step not yet done: Psychological evaluation"]
