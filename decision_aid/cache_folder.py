"""Where the app may keep files it can always make again (today: parsed font metrics).

Nothing here is patient data, and nothing is lost if the folder is removed or cannot be written.
The desktop app sets the folder from Qt's ``QStandardPaths.CacheLocation``; the command line, which
does not load Qt, uses the same place computed here. Tests point it at a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The names Qt's QStandardPaths builds the app's folders from (ui/shell/paths.py sets them on Qt).
ORGANISATION = "scs-decision-aid"
APPLICATION = "decision-aid"

_chosen: list[Path | None] = []


def set_cache_folder(folder: Path | None) -> None:
    """Use this folder (None: keep no cache at all)."""
    _chosen[:] = [folder]


def default_cache_folder() -> Path | None:
    """The platform's cache folder for this app, where QStandardPaths.CacheLocation puts it."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / ORGANISATION / APPLICATION / "cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / ORGANISATION / APPLICATION
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base_dir / ORGANISATION / APPLICATION


def cache_folder() -> Path | None:
    return _chosen[0] if _chosen else default_cache_folder()
