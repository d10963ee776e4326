"""Shared by the content and document tests: a writable copy of the shipped content to break."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from decision_aid.domain.content import default_content_dir


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(default_content_dir(), target)
    return target


def edit(folder: Path, name: str, change: Callable[[Any], object]) -> None:
    """Apply ``change`` to the parsed JSON of one content file and write it back."""
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
