"""ui/ and report/ carry no clinical wording: no Chinese text and no answer options of the model.

Clinical words live in resources/content (both languages) and UI chrome in the Qt catalogue; the
views take options, ranges and texts from the domain catalogue.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from decision_aid.domain.assessment import SCALE_TOP, UNKNOWN
from decision_aid.domain.questions import question_specs

ROOT = Path(__file__).resolve().parents[2] / "decision_aid"
SOURCES = sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "report").rglob("*.py")])
CJK = re.compile(r"[\u3400-\u9fff]")
# A language named in itself is chrome (the language switch), not clinical wording.
ALLOWED_CJK = {(ROOT / "ui" / "shell" / "language.py", "中文")}


def _option_values() -> set[str]:
    values = {o for spec in question_specs().values() for o in spec.options}
    values |= set(SCALE_TOP)
    # One-letter grades are too short to tell from other strings; "unknown" is also a rule status.
    return {v for v in values if len(v) > 1 and v != UNKNOWN}


def test_the_scan_covers_the_views() -> None:
    names = {p.name for p in SOURCES}
    assert {"choice.py", "inputs.py", "base.py", "crps.py", "criteria.py", "handout.py"} <= names
    assert {"observed", "history_only", "at_level", "psps_t2", "vas"} <= _option_values()


def test_no_chinese_text_in_ui_or_report() -> None:
    found = [
        (path.relative_to(ROOT).as_posix(), match.group())
        for path in SOURCES
        for match in re.finditer(r"[\u3400-\u9fff]+", path.read_text(encoding="utf-8"))
        if (path, match.group()) not in ALLOWED_CJK
    ]
    assert found == []


def test_no_answer_options_in_ui_or_report() -> None:
    options = _option_values()
    found: list[str] = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        page_ids = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "page_id" for t in node.targets)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in options
                and id(node) not in page_ids
            ):
                found.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}: {node.value!r}")
    assert found == []


def test_one_retranslation_mechanism() -> None:
    """Widgets mix in Retranslating instead of copying a changeEvent override."""
    overriding = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "ui").rglob("*.py")
        if "def changeEvent" in path.read_text(encoding="utf-8")
    )
    assert overriding == ["ui/common/retranslate.py"]


def test_one_colour_palette_for_screen_and_paper() -> None:
    """Every colour is named once, in decision_aid/palette.py; ui/ and report/ only refer to it."""
    hexes = [
        f"{path.relative_to(ROOT).as_posix()}: {match.group()}"
        for path in SOURCES
        for match in re.finditer(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8"))
    ]
    assert hexes == []
    from decision_aid.palette import TONES
    from decision_aid.report.styles import STATUS_COLOURS, VERDICT_COLOURS

    assert VERDICT_COLOURS["appropriate"].hexval().lower() == "0x" + TONES["appropriate"].ink[1:]
    assert STATUS_COLOURS["red_flag"].hexval().lower() == "0x" + TONES["red_flag"].ink[1:]
