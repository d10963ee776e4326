"""Filling a translated message's %1, %2, … (Qt's placeholders), without loading any Qt class: the
start page and the window's menus use it before their first paint."""

from __future__ import annotations

import re


def fill(template: str, *values: str) -> str:
    """Fill %1, %2, ... in one pass: a value that itself holds "%2" (a file named x%2.json) is kept
    as it is, never filled in again."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 0 < index <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)
