"""Older assessment files, read as the current version (the model calls this while validating)."""

from __future__ import annotations

from typing import Any

UNKNOWN = "unknown"
# Free text is kept as written: a patient id or a note may well read "unknown".
TEXT_FIELDS = frozenset({"id", "clinician", "notes", "neurological_level"})


def migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 file as version 2.

    Version 1 could not tell "not yet answered" from "unknown": a new assessment started with every
    answer ``"unknown"``. So every ``"unknown"`` (and ``null``) becomes *not yet answered*, which asks
    the clinician to look at it again rather than recording a deliberate "unknown" nobody gave.
    """

    def convert(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: value if key in TEXT_FIELDS else convert(value) for key, value in node.items()
            }
        return None if node == UNKNOWN else node

    migrated = convert({k: v for k, v in data.items() if k != "schema_version"})
    assert isinstance(migrated, dict)
    migrated["schema_version"] = 2
    return migrated
