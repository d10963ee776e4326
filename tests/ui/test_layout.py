"""No clipped or overflowing text at 1024×700, at 100% and 200% scaling, in English and Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.layout_check import check_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_nothing_clipped_at_100_percent(lang: str) -> None:
    assert check_language(lang) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_nothing_clipped_at_200_percent(lang: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_check", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_the_check_notices_clipping(qtbot: object) -> None:
    """A label squeezed below its text's width is reported (the checks above are not vacuous)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from tests.ui.layout_check import clipped

    root = QWidget()
    label = QLabel("Spinal cord stimulation decision aid", root)
    QVBoxLayout(root).addWidget(label)
    root.resize(1000, 100)
    root.show()
    label.setFixedWidth(40)
    assert any("needs" in p for p in clipped(root))
    root.close()
