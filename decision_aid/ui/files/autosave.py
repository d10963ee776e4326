"""Autosave of the open assessment, and recovery of what a crashed session left behind.

Each running session owns ``session-<id>.json`` (the assessment) and ``session-<id>.meta.json``
(where it was saved, when) in the autosave folder, and holds ``session-<id>.lock``. A session that
ends cleanly deletes all three. A session file whose lock nobody holds was left by a crash: the next
start offers to recover it. Files are written through :mod:`decision_aid.storage` (atomic, 0600).

The write happens at most :data:`DELAY_MS` after the *oldest* unsaved change (later changes do not
push it back), so continuous typing is saved every second. A failed write is reported through
``status_changed`` and retried with back-off; it never raises into the event loop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from decision_aid.domain.assessment import SCHEMA_VERSION, Assessment
from decision_aid.storage import (
    AssessmentFileError,
    FileFingerprint,
    StorageError,
    atomic_write_text,
    dump_assessment,
    load_assessment,
    read_regular_file,
)
from decision_aid.ui.common import dialogs
from decision_aid.ui.files.document import AssessmentDocument

log = logging.getLogger(__name__)

DELAY_MS = 600  # after the oldest unsaved change; with the write and a busy event loop, within 1 s
RETRY_MS = (1_000, 2_000, 5_000, 10_000, 30_000)  # back-off while autosave fails
KEPT_FOLDER = "kept"  # recovery files this version cannot read but must not delete


@dataclass(frozen=True)
class Orphan:
    """An autosave left behind by a session that did not end cleanly."""

    data: Path
    meta: Path
    lock: QLockFile
    saved_at: dt.datetime | None
    original: str
    fingerprint: FileFingerprint | None = None  # what the original file was when last read or saved

    def discard(self) -> None:
        for path in (self.data, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.unlock()  # also removes the lock file

    def keep(self) -> Path | None:
        """Move the files into the ``kept`` folder (not offered again); the data file's new path."""
        folder = self.data.parent / KEPT_FOLDER
        try:
            folder.mkdir(exist_ok=True, mode=0o700)
            target = folder / self.data.name
            shutil.move(self.data, target)
            if self.meta.exists():
                shutil.move(self.meta, folder / self.meta.name)
        except OSError:
            log.warning("could not move an unreadable autosave aside", exc_info=True)
            return None
        finally:
            self.lock.unlock()
        return target


class Autosaver(QObject):
    status_changed = Signal(str)  # "" while autosave works, else the reason it does not

    def __init__(self, document: AssessmentDocument, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder
        self._error = ""
        self._failures = 0
        self._lock: QLockFile | None = None
        self._use_stem(f"session-{uuid.uuid4().hex[:12]}")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self._claim()
        document.changed.connect(self._schedule)
        document.replaced.connect(self._schedule)
        document.modified_changed.connect(self._modified_changed)

    # -- state ---------------------------------------------------------------------------------
    @property
    def error(self) -> str:
        """Why the last autosave failed; "" when the unsaved changes are autosaved (or none)."""
        return self._error

    @property
    def healthy(self) -> bool:
        return not self._error

    def _use_stem(self, stem: str) -> None:
        self.data_path = self._folder / f"{stem}.json"
        self.meta_path = self._folder / f"{stem}.meta.json"
        self.lock_path = self._folder / f"{stem}.lock"

    def _claim(self) -> bool:
        """Hold this session's lock; without it another instance could take our file for an orphan."""
        if self._lock is not None and self._lock.isLocked():
            return True
        try:
            self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            self._fail(dialogs.fill(self.tr("the autosave folder cannot be made (%1)"), exc.strerror or ""))
            return False
        for _ in range(3):
            lock = QLockFile(str(self.lock_path))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self._lock = lock
                return True
            if lock.error() != QLockFile.LockError.LockFailedError:
                break  # no permission or another error: a new name will not help
            self._use_stem(f"session-{uuid.uuid4().hex[:12]}")  # taken by another session
        self._fail(self.tr("the autosave folder cannot be locked"))
        return False

    # -- scheduling ----------------------------------------------------------------------------
    def _schedule(self, *_: object) -> None:
        # Never restart a running timer: the write is due DELAY_MS after the oldest change.
        if not self._timer.isActive() and self._document.modified:
            self._timer.start(DELAY_MS)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            # Saved by the user (or discarded): nothing left to recover, nothing failing.
            self._timer.stop()
            self.remove()
            self._set_ok()
        else:
            self._schedule()

    def save_now(self) -> bool:
        """Write the autosave now; False (and a retry scheduled) if it could not be written."""
        self._timer.stop()
        if not (self._document.is_open and self._document.modified):
            return True
        if not self._claim():
            self._retry()
            return False
        meta: dict[str, Any] = {
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "original": str(self._document.path or ""),
        }
        if self._document.disk_fingerprint is not None:
            meta["original_fingerprint"] = self._document.disk_fingerprint.to_json()
        try:
            atomic_write_text(self.data_path, dump_assessment(self._document.assessment))
            atomic_write_text(self.meta_path, json.dumps(meta) + "\n")
        except (StorageError, OSError) as exc:
            reason = str(exc.__cause__.strerror) if isinstance(exc.__cause__, OSError) else str(exc)
            self._fail(reason or type(exc).__name__)
            self._retry()
            return False
        self._set_ok()
        return True

    def _fail(self, reason: str) -> None:
        self._failures += 1
        log.warning("autosave failed (%d in a row): %s", self._failures, reason)
        if reason != self._error:
            self._error = reason
            self.status_changed.emit(reason)

    def _retry(self) -> None:
        delay = RETRY_MS[min(self._failures, len(RETRY_MS)) - 1] if self._failures else RETRY_MS[0]
        self._timer.start(delay)

    def _set_ok(self) -> None:
        self._failures = 0
        if self._error:
            self._error = ""
            self.status_changed.emit("")

    def remove(self) -> None:
        for path in (self.data_path, self.meta_path):
            with contextlib.suppress(OSError):
                path.unlink()

    def shutdown(self) -> None:
        """A clean end of the session: delete the autosave and release the lock."""
        self._timer.stop()
        self.remove()
        if self._lock is not None:
            self._lock.unlock()


def _read_meta(path: Path) -> tuple[dt.datetime | None, str, FileFingerprint | None]:
    """When, from where and what the original was, if the meta file says so; a damaged or odd meta
    file says nothing."""
    try:
        # Through storage's regular-file check: a FIFO in the folder must not block the start.
        info = json.loads(read_regular_file(path).decode("utf-8"))
        if not isinstance(info, dict):
            return None, "", None
        saved, original = info.get("saved_at"), info.get("original")
        when = dt.datetime.fromisoformat(saved) if isinstance(saved, str) else None
        fingerprint = FileFingerprint.from_json(info.get("original_fingerprint"))
        return when, original if isinstance(original, str) else "", fingerprint
    except (StorageError, OSError, ValueError, TypeError, RecursionError, MemoryError):
        return None, "", None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _clean_stale_locks(folder: Path) -> None:
    """Lock files (and meta files) whose session died before writing any data."""
    for lock_path in folder.glob("session-*.lock"):
        stem = lock_path.name.removesuffix(".lock")
        if (folder / f"{stem}.json").exists():
            continue
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # only when its owner is gone
            with contextlib.suppress(OSError):
                (folder / f"{stem}.meta.json").unlink()
            lock.unlock()


def find_orphans(folder: Path) -> list[Orphan]:
    """Autosaves whose session is gone, newest first; each is locked until recovered or discarded."""
    found: list[Orphan] = []
    if not folder.is_dir():
        return found
    _clean_stale_locks(folder)
    for data in folder.glob("session-*.json"):
        if data.name.endswith(".meta.json"):
            continue
        stem = data.name.removesuffix(".json")
        lock = QLockFile(str(folder / f"{stem}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running session owns it (or the lock cannot be taken: leave it)
        meta = folder / f"{stem}.meta.json"
        saved_at, original, fingerprint = _read_meta(meta)
        found.append(Orphan(data, meta, lock, saved_at, original, fingerprint))
    found.sort(key=lambda o: _mtime(o.data), reverse=True)
    return found


def read_orphan(orphan: Orphan) -> Assessment | None:
    """The recovered assessment, or None if the file cannot be read as one (however malformed)."""
    try:
        return load_assessment(orphan.data)
    except (AssessmentFileError, ValueError, RecursionError, MemoryError, OSError):
        return None


def newer_schema(path: Path) -> Any:
    """The file's schema version if it is newer than this program's, else None."""
    try:
        data = json.loads(read_regular_file(path).decode("utf-8"))
    except (StorageError, OSError, ValueError, RecursionError, MemoryError):
        return None
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        return version
    return None


def offer_recovery(document: AssessmentDocument, folder: Path, parent: QWidget | None) -> bool:
    """Offer the newest orphaned autosave; True if the user recovered it into ``document``. Files
    that cannot be read are kept (in the ``kept`` folder) and reported in one non-modal message."""
    unreadable: list[Path] = []
    try:
        return _offer(document, folder, parent, unreadable)
    finally:
        if unreadable:
            _tell_kept(parent, unreadable)


def _tell_kept(parent: QWidget | None, kept: list[Path]) -> None:
    dialogs.notice(
        parent,
        dialogs.translate("dialogs", "Recover unsaved work"),
        dialogs.translate(
            "dialogs",
            "Autosaved work from an earlier session could not be read, so it cannot be recovered. "
            "It was kept, not deleted:",
        ),
        "\n".join(str(path) for path in kept),
    )


def _offer(
    document: AssessmentDocument, folder: Path, parent: QWidget | None, unreadable: list[Path]
) -> bool:
    for orphan in find_orphans(folder):
        assessment = read_orphan(orphan)
        if assessment is None:
            version = newer_schema(orphan.data)
            if version is None:
                # Damaged or hostile: nothing this version can recover, but it is someone's work
                # (or evidence of a fault): moved aside, not deleted, and the user is told.
                unreadable.append(orphan.keep() or orphan.data)
                continue
            kept = orphan.keep()  # written by a newer version: that version can still read it
            dialogs.information(
                parent,
                dialogs.translate("dialogs", "Recover unsaved work"),
                dialogs.translate(
                    "dialogs",
                    "An autosaved assessment was written by a newer version of the decision aid "
                    "(format %1); this version cannot read it. It was kept, not deleted.",
                ).replace("%1", str(version)),
                dialogs.translate("dialogs", "Open it with the newer version: %1").replace(
                    "%1", str(kept or orphan.data)
                ),
            )
            continue
        when = orphan.saved_at.strftime("%Y-%m-%d %H:%M") if orphan.saved_at else "?"
        name = Path(orphan.original).name if orphan.original else (assessment.patient.id or "—")
        if dialogs.ask_recover(parent, when, name):
            original = Path(orphan.original) if orphan.original else None
            document.load(assessment, original, modified=True)
            # Saving back checks the original against what it was then, not against today's file.
            document.disk_fingerprint = orphan.fingerprint
            orphan.discard()
            return True
        orphan.discard()
    return False
