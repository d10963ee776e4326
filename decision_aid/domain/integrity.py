"""Content integrity: the content version must change whenever any content file changes, and the
program must run only on the content its lock records.

``content.lock.json`` records the SHA-256 of the content files for the current content version.
A file edited without bumping ``meta.json``'s ``content_version`` no longer matches its lock, and
``decision-aid content check`` says so. Every start of the command line and the desktop app checks
:func:`runtime_problem` and refuses to give verdicts on content that differs from its lock. Only
maintainers write the lock, with ``tools/lock_content.py`` (not part of the installed program).
"""

from __future__ import annotations

import json
from pathlib import Path

from decision_aid.domain.content import content_hash

LOCK_FILE = "content.lock.json"
LOCK_COMMAND = "python tools/lock_content.py"


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
        return [f"{LOCK_FILE} is missing: run `{LOCK_COMMAND}`"]
    lock = _lock(directory)
    if lock is None:
        return [f"{LOCK_FILE} is not a valid lock file: run `{LOCK_COMMAND}`"]
    version = _version(directory)
    if version != lock[0]:
        return [f"content version {version} is not locked (the lock is for {lock[0]}): run `{LOCK_COMMAND}`"]
    if changed_without_version(directory):
        return [
            f"content files changed without a new version (still {version}): bump content_version "
            f"in meta.json, then run `{LOCK_COMMAND}`"
        ]
    return []


def runtime_problem(directory: Path) -> str | None:
    """Why the program must not run on this content (one line), or None when it is the locked one.

    The hash covers meta.json, so a matching hash also means the locked version."""
    lock = _lock(directory)
    if lock is None:
        return (
            f"the clinical content cannot be verified ({LOCK_FILE} is missing or damaged in "
            f"{directory}): reinstall the program"
        )
    try:
        actual = content_hash(directory)
    except OSError as exc:
        reason = exc.strerror or exc
        return f"the clinical content in {directory} cannot be read ({reason}): reinstall the program"
    if actual != lock[1]:
        return (
            f"the clinical content in {directory} differs from the released content {lock[0]} "
            f"(checked against {LOCK_FILE}): it was changed after release, so no verdict is given; "
            "reinstall the program"
        )
    return None
