"""The one gateway for user files: assessment JSON in and out, and atomic writes for everything.

Writes go to a temporary file in the target folder, are flushed to disk, then renamed over the target
(``os.replace`` is atomic on POSIX and Windows), so a crash or a full disk never leaves a half-written
assessment or PDF behind. This module is plain Python so that the CLI, the reports and the desktop app
share it; files are created readable by the user only, as they may hold patient data.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

    from decision_aid.domain.assessment import Assessment
# pydantic and the assessment model are imported where an assessment is read: the atomic writes
# (crash logs, settings, PDFs) and the desktop app's first paint do not wait for them.

PRIVATE_MODE = 0o600
MAX_FILE_BYTES = 5_000_000


class StorageError(Exception):
    """A user file could not be read or written; ``str()`` is one clear line for the user."""


class AssessmentFileError(StorageError):
    """``code`` names the kind of problem so the desktop app can say it in the user's language."""

    def __init__(self, path: Path | str, problem: str, field: str = "", *, code: str = "invalid") -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        self.code = code
        where = f"{self.path}: {field}: " if field else f"{self.path}: "
        super().__init__(where + problem)


def atomic_write_bytes(path: Path | str, data: bytes, mode: int = PRIVATE_MODE) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise StorageError(f"{target}: is a folder, not a file")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"{target}: cannot write here ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StorageError(f"{target}: could not be saved ({exc.strerror or exc})") from exc


def atomic_write_text(path: Path | str, text: str, mode: int = PRIVATE_MODE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def dump_assessment(assessment: Assessment) -> str:
    return assessment.model_dump_json(indent=2) + "\n"


def save_assessment(path: Path | str, assessment: Assessment) -> None:
    atomic_write_text(path, dump_assessment(assessment))


def _describe(value: Any) -> str:
    if isinstance(value, dict | list):
        return type(value).__name__
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def validation_problem(exc: ValidationError) -> tuple[str, str]:
    """(field, problem) for the first error, worded for a clinician editing a file."""
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err["loc"])
    message = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = "is not a field of the assessment file (check the spelling)"
    elif err["type"] == "missing":
        message = "is required but missing"
    elif "input" in err and "(got" not in message:
        message += f" (got {_describe(err['input'])})"
    if exc.error_count() > 1:
        message += f"; {exc.error_count() - 1} more problem(s) after this one"
    return field, message


def parse_assessment(text: str, source: Path | str = "<input>") -> Assessment:
    from pydantic import ValidationError

    from decision_aid.domain.assessment import SCHEMA_VERSION, Assessment

    if not text.strip():
        raise AssessmentFileError(source, "the file is empty", code="empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AssessmentFileError(
            source, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", code="not_json"
        ) from exc
    if not isinstance(data, dict):
        raise AssessmentFileError(source, "expected a JSON object at the top level", code="not_object")
    version = data.get("schema_version")
    if version is None:
        raise AssessmentFileError(source, "is required but missing", "schema_version", code="no_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise AssessmentFileError(
            source,
            f"unsupported version {_describe(version)} (this program reads version {SCHEMA_VERSION})",
            "schema_version",
            code="version",
        )
    try:
        return Assessment.model_validate(data)
    except ValidationError as exc:
        field, problem = validation_problem(exc)
        raise AssessmentFileError(source, problem, field) from exc


def load_assessment(path: Path | str) -> Assessment:
    source = Path(path)
    try:
        if source.is_dir():
            raise AssessmentFileError(source, "is a folder, not an assessment file", code="folder")
        if source.stat().st_size > MAX_FILE_BYTES:
            raise AssessmentFileError(source, "is too large to be an assessment file", code="too_large")
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise AssessmentFileError(source, "file not found", code="not_found") from exc
    except PermissionError as exc:
        raise AssessmentFileError(source, "permission denied", code="permission") from exc
    except OSError as exc:
        raise AssessmentFileError(
            source, f"cannot be read ({exc.strerror or exc})", code="unreadable"
        ) from exc
    if b"\x00" in raw:
        raise AssessmentFileError(source, "is a binary file, not an assessment (JSON) file", code="binary")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AssessmentFileError(source, "is not UTF-8 text (an assessment is a JSON file)") from exc
    return parse_assessment(text, source)
