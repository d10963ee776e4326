"""The README's precedence table and the verdict engine agree (issue 12).

One case holds a trigger for every row; removing the triggers from the top down must walk the
verdict through the table's rows in order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from decision_aid.domain.catalogue import NEXT_STEP_KEYS
from decision_aid.domain.evaluate import evaluate
from tests.builders import make

README = Path(__file__).resolve().parents[2] / "README.md"

# One trigger per README row, in the table's order (None: the row needs no trigger).
TRIGGERS: list[dict[str, Any] | None] = [
    {"safety__suspected_tumour": "yes"},
    {"safety__coagulopathy": "yes"},
    {"safety__pregnancy": "yes"},
    {"pain__duration_months": 3},
    {"treatment__mdt_assessment_done": "no"},
    None,  # investigational: the SCI indication itself
    {"safety__occupational_risk": "yes"},
    None,  # appropriate
]


def table_rows() -> list[tuple[str, list[str]]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## How the verdict is decided")[1].split("\n## ")[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            rows.append((cells[1].strip("`"), re.findall(r"`([a-z_]+)`", cells[2])))
    return rows


def test_the_table_names_every_next_step_once() -> None:
    keys = [k for _, steps in table_rows() for k in steps]
    assert sorted(keys) == sorted(NEXT_STEP_KEYS)
    assert len(table_rows()) == len(TRIGGERS)


@pytest.mark.parametrize("indication", ["crps", "psps_t2", "sci"])
def test_peeling_the_triggers_walks_down_the_table(indication: str) -> None:
    rows = table_rows()
    active = list(TRIGGERS)
    seen: list[int] = []
    for row in range(len(TRIGGERS)):
        overrides = {k: v for t in active if t for k, v in t.items()}
        evaluation = evaluate(make(indication, **overrides))
        verdict, steps = rows[row]
        if indication != "sci" and verdict == "investigational":
            continue
        if indication == "sci" and verdict in ("uncertain", "appropriate"):
            # Nothing stands in the way: an SCI case stays investigational (row 6).
            verdict, steps = rows[5]
        assert evaluation.verdict == verdict, (row + 1, evaluation.verdict)
        assert evaluation.next_step.key in steps, (row + 1, evaluation.next_step.key)
        seen.append(row)
        active[row] = None
    assert seen
