"""The content labels the window shows before the content library is loaded.

The first paint (menus, toolbar, start page) comes before pydantic and the content library load, so
the few clinical labels it shows (the indication names) are read straight from ``labels.json``. A
moment later the validated library replaces this; a broken library is reported then, as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class StartLabels:
    """``label()`` and ``field_label()`` like :class:`~decision_aid.domain.content.ContentLibrary`'s."""

    def __init__(self, content_dir: Path) -> None:
        try:
            data = json.loads((content_dir / "labels.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self._labels: dict[str, Any] = data if isinstance(data, dict) else {}

    def label(self, group: str, key: str, lang: str) -> str:
        try:
            text = self._labels[group][key][lang]
        except (KeyError, TypeError):
            return key
        return text if isinstance(text, str) and text.strip() else key

    def field_label(self, path: str, lang: str) -> str:
        return path  # no question is shown before the library is loaded
