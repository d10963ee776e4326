"""Content integrity: the content version must change whenever any content file changes.

``content.lock.json`` records the SHA-256 of the content files for the current content version.
A file edited without bumping ``meta.json``'s ``content_version`` no longer matches its lock, and
``decision-aid content check`` says so; after a bump, ``decision-aid content lock`` records the new hash.
"""

from __future__ import annotations

import json
from pathlib import Path

from decision_aid.domain.content import content_hash

LOCK_FILE = "content.lock.json"


def _version(directory: Path) -> str:
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    return str(meta.get("content_version", ""))


def lock_text(directory: Path) -> str:
    """The lock file's text for the content as it is now."""
    record = {"content_version": _version(directory), "sha256": content_hash(directory)}
    return json.dumps(record, indent=2) + "\n"


def _lock(directory: Path) -> tuple[str, str] | None:
    """(locked version, locked hash), or None when the lock file is absent or unreadable."""
    try:
        lock = json.loads((directory / LOCK_FILE).read_text(encoding="utf-8"))
        return str(lock["content_version"]), str(lock["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def changed_without_version(directory: Path) -> bool:
    """True when content files differ from the lock while the version is still the locked one."""
    lock = _lock(directory)
    return lock is not None and lock[0] == _version(directory) and lock[1] != content_hash(directory)


def integrity_problems(directory: Path) -> list[str]:
    if not (directory / LOCK_FILE).exists():
        return [f"{LOCK_FILE} is missing: run `decision-aid content lock`"]
    lock = _lock(directory)
    if lock is None:
        return [f"{LOCK_FILE} is not a valid lock file: run `decision-aid content lock`"]
    version = _version(directory)
    if version != lock[0]:
        return [
            f"content version {version} is not locked (the lock is for {lock[0]}): "
            "run `decision-aid content lock`"
        ]
    if changed_without_version(directory):
        return [
            f"content files changed without a new version (still {version}): bump content_version "
            "in meta.json, then run `decision-aid content lock`"
        ]
    return []
