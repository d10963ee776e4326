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


def integrity_problems(directory: Path) -> list[str]:
    lock_path = directory / LOCK_FILE
    if not lock_path.exists():
        return [f"{LOCK_FILE} is missing: run `decision-aid content lock`"]
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
        locked_version, locked_hash = str(lock["content_version"]), str(lock["sha256"])
    except (ValueError, KeyError, TypeError):
        return [f"{LOCK_FILE} is not a valid lock file: run `decision-aid content lock`"]
    version = _version(directory)
    if version != locked_version:
        return [
            f"content version {version} is not locked (the lock is for {locked_version}): "
            "run `decision-aid content lock`"
        ]
    if content_hash(directory) != locked_hash:
        return [
            f"content files changed without a new version (still {version}): bump content_version "
            "in meta.json, then run `decision-aid content lock`"
        ]
    return []
