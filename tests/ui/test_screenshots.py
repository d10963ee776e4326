"""``decision-aid screenshots`` renders every page and the results page in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from decision_aid.cli import main
from decision_aid.resources_path import EXAMPLES
from decision_aid.ui.shell.screenshots import render_screenshots


def test_screenshots_cover_every_page_in_both_languages(tmp_path: Path) -> None:
    saved = render_screenshots(tmp_path, examples=EXAMPLES)
    names = {p.name for p in saved}
    for lang in ("en", "zh"):
        assert f"{lang}-00-start.png" in names and f"{lang}-about.png" in names
        assert f"{lang}-crps-03-crps.png" in names and f"{lang}-psps_t2-03-psps_t2.png" in names
        assert f"{lang}-sci-03-sci.png" in names and f"{lang}-psps_t2-07-trial.png" in names
        for example in EXAMPLES:
            assert any(n.startswith(f"{lang}-{example}-") and n.endswith("-results.png") for n in names)
    image = QImage(str(tmp_path / "zh-crps-07-results.png"))
    assert (image.width(), image.height()) == (1024, 700)
    assert len({image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}) > 20  # not blank


def test_cli_rejects_a_bad_size(tmp_path: Path, capsys: object) -> None:
    assert main(["screenshots", "--out", str(tmp_path), "--size", "big"]) == 2
