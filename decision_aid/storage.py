"""The one gateway for user files: assessment JSON in and out, and atomic writes for everything.

Writes go to a temporary file in the target folder, are flushed to disk, then renamed over the target
(``os.replace`` is atomic on POSIX and Windows), so a crash or a full disk never leaves a half-written
assessment or PDF behind. This module is plain Python so that the CLI, the reports and the desktop app
share it; files are created readable by the user only, as they may hold patient data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

    from decision_aid.domain.assessment import Assessment
# pydantic and the assessment model are imported where an assessment is read: the atomic writes
# (crash logs, settings, PDFs) and the desktop app's first paint do not wait for them.
from decision_aid.domain.migration import migrate_v1
from decision_aid.strict_json import JsonProblem, loads_strict

PRIVATE_MODE = 0o600
MAX_FILE_BYTES = 5_000_000
MAX_NAME_BYTES = 255  # the file name limit of ext4, XFS, Btrfs, APFS and NTFS (in UTF-16 units there)
MAX_MESSAGE_CHARS = 300
NOT_UTF8 = "not_utf8"  # AssessmentFileError.code for a file whose text is not UTF-8


def _escape_char(char: str) -> str:
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def one_line(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` made safe to print: control, line-separator, bidi and surrogate characters escaped
    (a file name or JSON key can hold a newline or an ESC sequence), and cut to ``limit`` characters."""
    safe = "".join(
        _escape_char(c) if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn") else c
        for c in text
    )
    return safe if len(safe) <= limit else safe[: limit - 3] + "..."


def _short_path(path: Path | str, limit: int = 140) -> str:
    """A path for a message: escaped, and when very long shortened in the folder part first."""
    text = one_line(str(path), limit=10_000)
    if len(text) <= limit:
        return text
    name = one_line(Path(path).name, limit=10_000)
    if len(name) > limit - 40:
        name = name[:40] + "..." + name[-(limit - 84) :]
    return text[: limit - len(name) - 4] + ".../" + name


class StorageError(Exception):
    """A user file could not be read or written; ``str()`` is one clear line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class AssessmentFileError(StorageError):
    """``code`` names the kind of problem so the desktop app can say it in the user's language."""

    def __init__(self, path: Path | str, problem: str, field: str = "", *, code: str = "invalid") -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        self.code = code
        shown = _short_path(path)
        where = f"{shown}: {one_line(field, 80)}: " if field else f"{shown}: "
        super().__init__(where + problem)


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def check_write_target(target: Path) -> None:
    """Refuse to replace anything but a writable regular file (a new name is fine).

    Symbolic links are refused, not written through: replacing the link would silently detach it
    from its target, and following it would write wherever it points (another user's file, a
    device); the message names the target so the user can choose it explicitly."""
    name_bytes = len(os.fsencode(target.name))
    if name_bytes > MAX_NAME_BYTES:
        raise StorageError(
            f"{_short_path(target)}: the file name is too long ({name_bytes} bytes; "
            f"at most {MAX_NAME_BYTES}): nothing was written"
        )
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(f"{_short_path(target)}: cannot write here ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise StorageError(f"{_short_path(target)}: is a folder, not a file")
    if stat.S_ISLNK(info.st_mode):
        try:
            pointed = f" (to {_short_path(os.readlink(target))})"
        except OSError:
            pointed = ""
        raise StorageError(
            f"{_short_path(target)}: is a symbolic link{pointed}: nothing was written; "
            "save to the file it points to, or choose another name"
        )
    if not stat.S_ISREG(info.st_mode):
        raise StorageError(
            f"{_short_path(target)}: is {_kind(info.st_mode)}, not a regular file: nothing was written"
        )
    # Root may write anywhere, so the permission bits are checked as well as access().
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise StorageError(f"{_short_path(target)}: the file is read-only: nothing was written")


def atomic_write_bytes(path: Path | str, data: bytes, mode: int = PRIVATE_MODE) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    check_write_target(target)
    try:
        # A short name, so that a target name of up to 255 bytes still leaves room for it.
        fd, tmp_name = tempfile.mkstemp(prefix=".da-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"{_short_path(target)}: cannot write here ({exc.strerror or exc})") from exc
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
        raise StorageError(f"{_short_path(target)}: could not be saved ({exc.strerror or exc})") from exc


def atomic_write_text(path: Path | str, text: str, mode: int = PRIVATE_MODE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def dump_assessment(assessment: Assessment) -> str:
    return assessment.model_dump_json(indent=2) + "\n"


def save_assessment(path: Path | str, assessment: Assessment) -> None:
    atomic_write_text(path, dump_assessment(assessment))


def validation_problem(exc: ValidationError) -> tuple[str, str]:
    """(field, problem) for the first error, worded for a clinician editing a file."""
    from decision_aid.domain.validation import first_problem

    problem = first_problem(exc)
    message = problem.message
    if problem.more:
        message += f"; {problem.more} more problem(s) after this one"
    return problem.field, message


def parse_assessment(text: str, source: Path | str = "<input>") -> Assessment:
    from pydantic import ValidationError

    from decision_aid.domain.assessment import READABLE_VERSIONS, SCHEMA_VERSION, Assessment
    from decision_aid.domain.validation import describe_value

    if not text.strip():
        raise AssessmentFileError(source, "the file is empty", code="empty")
    try:
        data = loads_strict(text)
    except JsonProblem as exc:
        raise AssessmentFileError(source, exc.problem, exc.field, code=exc.code) from exc
    if not isinstance(data, dict):
        raise AssessmentFileError(source, "expected a JSON object at the top level", code="not_object")
    version = data.get("schema_version")
    if version is None:
        raise AssessmentFileError(source, "is required but missing", "schema_version", code="no_version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # not 1.0, not true
        raise AssessmentFileError(
            source,
            f"unsupported version {describe_value(version)}"
            f" (this program reads versions 1 to {SCHEMA_VERSION})",
            "schema_version",
            code="version",
        )
    if version == 1:
        # Version 1 could not tell "unknown" from "not yet answered": migrate before validating (a
        # model-level "before" validator would turn strict JSON validation into Python validation,
        # which refuses dates and enum values written as strings).
        text = json.dumps(migrate_v1(data), ensure_ascii=False)
    try:
        # Strict: a number must be a JSON number (not true, not "22"); the text is checked above, so
        # pydantic's own parser sees no duplicate key, deep nesting or huge number.
        return Assessment.model_validate_json(text, strict=True)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":  # e.g. a lone surrogate escape, which json.loads allows
            problem = str(first["msg"]).removeprefix("Invalid JSON: ")
            raise AssessmentFileError(source, f"not valid JSON ({problem})", code="not_json") from exc
        field, problem = validation_problem(exc)
        raise AssessmentFileError(source, problem, field) from exc


def _read_regular_file(source: Path) -> bytes:
    """The file's bytes, if it is a regular file (or a link to one) of at most MAX_FILE_BYTES.

    The type is checked before opening, so a FIFO cannot block and a device is never read; the
    read stops at MAX_FILE_BYTES + 1 bytes whatever the size claims."""
    info = source.stat()
    if stat.S_ISDIR(info.st_mode):
        raise AssessmentFileError(source, "is a folder, not an assessment file", code="folder")
    if not stat.S_ISREG(info.st_mode):
        raise AssessmentFileError(
            source, f"is {_kind(info.st_mode)}, not a regular file (an assessment is a JSON file)",
            code="unreadable",
        )
    if info.st_size > MAX_FILE_BYTES:
        raise AssessmentFileError(source, "is too large to be an assessment file", code="too_large")
    data = read_at_most(source, MAX_FILE_BYTES)
    if data is None:  # replaced since the check above
        raise AssessmentFileError(source, "is not a regular file", code="unreadable")
    if len(data) > MAX_FILE_BYTES:
        raise AssessmentFileError(source, "is too large to be an assessment file", code="too_large")
    return data


def read_at_most(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` + 1 bytes of a file the caller has checked is regular, opened so that it can
    neither block (a FIFO put in its place) nor take a terminal; None if, once open, it is not a
    regular file. The read stops at ``limit`` + 1 bytes whatever the size claims."""
    extra = ("O_NONBLOCK", "O_NOCTTY", "O_BINARY")  # never wait, never take a terminal; Windows: bytes
    fd = os.open(path, os.O_RDONLY | sum(getattr(os, name, 0) for name in extra))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_regular_file(path: Path | str) -> bytes:
    """The bytes of a small regular file (app bookkeeping such as autosave meta files); raises
    :class:`AssessmentFileError` for a FIFO, device, folder or oversized file instead of blocking."""
    return _read_regular_file(Path(path))


def _wide_encoding(raw: bytes) -> str | None:
    """The name of a UTF-16 or UTF-32 encoding, by byte-order mark or by JSON's ASCII first bytes."""
    marks = (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    )
    for mark, name in marks:
        if raw.startswith(mark):
            return name
    # Without a mark: JSON text starts with an ASCII character, so its zero bytes give it away.
    for codec, name in (("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-16-le", "UTF-16"),
                        ("utf-16-be", "UTF-16")):
        try:
            start = raw[:64].decode(codec, errors="ignore").lstrip()[:1]
        except UnicodeError:  # pragma: no cover - "ignore" does not raise
            continue
        if start in ("{", "[") and b"\0" in raw[:4]:
            return name
    return None


def load_assessment(path: Path | str) -> Assessment:
    source = Path(path)
    try:
        raw = _read_regular_file(source)
    except FileNotFoundError as exc:
        raise AssessmentFileError(source, "file not found", code="not_found") from exc
    except PermissionError as exc:
        raise AssessmentFileError(source, "permission denied", code="permission") from exc
    except OSError as exc:
        raise AssessmentFileError(
            source, f"cannot be read ({exc.strerror or exc})", code="unreadable"
        ) from exc
    wide = _wide_encoding(raw)
    if wide:
        raise AssessmentFileError(
            source, f"is {wide} text: save it as UTF-8 (an assessment is a UTF-8 JSON file)", code=NOT_UTF8
        )
    if b"\x00" in raw:
        raise AssessmentFileError(source, "is a binary file, not an assessment (JSON) file", code="binary")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AssessmentFileError(
            source, "is not UTF-8 text (an assessment is a JSON file)", code=NOT_UTF8
        ) from exc
    return parse_assessment(text, source)


@dataclass(frozen=True)
class FileFingerprint:
    """What a file was when opened or saved, to notice another program's (or instance's) changes."""

    size: int
    mtime_ns: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> FileFingerprint | None:
        if not isinstance(data, dict):
            return None
        size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str):
            return cls(size, mtime, digest)
        return None


def file_fingerprint(path: Path | str) -> FileFingerprint | None:
    """The file's size, modification time and SHA-256; None if it does not exist or cannot be read."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            digest = hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
    except OSError:
        return None
    return FileFingerprint(stat.st_size, stat.st_mtime_ns, digest)


def file_stem(patient_id: str, default: str = "assessment") -> str:
    """The one way a pseudonymous patient id becomes part of a file name (assessments, PDFs).

    Letters and digits (any script), ``-``, ``_`` and ``.`` stay; every other run of characters
    becomes one ``_``; leading and trailing dots and underscores go, so the name is never hidden.
    """
    kept = "".join(c if c.isalnum() or c in "-_." else "_" for c in patient_id)
    return re.sub(r"_+", "_", kept).strip("._") or default
