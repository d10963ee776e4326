"""Handout pictures: the labelled SCS system drawing in every handout, and the icon-array flowable."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from decision_aid.domain.content import default_content
from decision_aid.report.figures import SCS_PARTS, IconArray
from decision_aid.resources_path import EXAMPLES
from tests.report.conftest import Render, body_text, squash


@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_handout_has_the_labelled_scs_drawing(render: Render, name: str, lang: str) -> None:
    labels = default_content().labels.document
    text = squash(body_text(render(name, "handout", lang)))
    codes = ("en", "zh") if lang == "bilingual" else (lang,)
    for code in codes:
        assert squash(labels["drawing_title"].get(code)) in text
        for key in SCS_PARTS:
            assert squash(labels[key].get(code)) in text, key


class _Recorder(Canvas):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.fills: list[Any] = []

    def circle(self, x: float, y: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self.fills.append(self._fillColorObj)
        super().circle(x, y, r, stroke=stroke, fill=fill)


@pytest.mark.parametrize("count", [0, 1, 37, 100])
def test_icon_array_draws_100_figures_with_count_in_colour(count: int) -> None:
    canvas = _Recorder()
    array = IconArray(count, colors.red)
    array.wrap(500, 500)
    array.drawOn(canvas, 0, 0)
    assert len(canvas.fills) == 100
    assert sum(1 for c in canvas.fills if c == colors.red) == count


def test_icon_array_rejects_a_count_outside_the_total() -> None:
    with pytest.raises(ValueError):
        IconArray(101, colors.red)
