"""Issue 12: with ISCIP "other" pain the clinician summary suggests no research protocol."""

from __future__ import annotations

from decision_aid.domain.evaluate import evaluate
from decision_aid.report import build_pdf
from tests.builders import make
from tests.report.conftest import GENERATED_AT, page_texts, squash


def _summary(pain_type: str) -> str:
    assessment = make("sci", sci__iscip_pain_type=pain_type)
    pdf = build_pdf(assessment, evaluate(assessment), "clinician", "en", "a4", generated_at=GENERATED_AT)
    return squash(" ".join(page_texts(pdf)))


def test_other_sci_pain_drops_the_research_protocol_suggestion() -> None:
    protocol = squash("only within a research protocol")
    assert protocol in _summary("below_level")
    other = _summary("other")
    assert protocol not in other
    assert squash("the SCS pathway for pain after SCI does not apply") in other
