"""Autosave of the open assessment, and recovery of what a crashed session left behind.

Each running session owns ``session-<id>.json`` (the assessment) and ``session-<id>.meta.json``
(where it was saved, when) in the autosave folder, and holds ``session-<id>.lock``. A session that
ends cleanly deletes all three. A session file whose lock nobody holds was left by a crash: the next
start offers to recover it. Files are written through :mod:`decision_aid.storage` (atomic, 0600).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QWidget

from decision_aid.domain.assessment import Assessment
from decision_aid.storage import (
    AssessmentFileError,
    atomic_write_text,
    dump_assessment,
    load_assessment,
)
from decision_aid.ui import dialogs
from decision_aid.ui.document import AssessmentDocument

DELAY_MS = 700  # debounce: at most one write per burst of edits, never more than 1 s late


@dataclass(frozen=True)
class Orphan:
    """An autosave left behind by a session that did not end cleanly."""

    data: Path
    meta: Path
    lock: QLockFile
    saved_at: dt.datetime | None
    original: str

    def discard(self) -> None:
        for path in (self.data, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.unlock()  # also removes the lock file


class Autosaver(QObject):
    def __init__(self, document: AssessmentDocument, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder
        self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stem = f"session-{uuid.uuid4().hex[:12]}"
        self.data_path = folder / f"{stem}.json"
        self.meta_path = folder / f"{stem}.meta.json"
        self._lock = QLockFile(str(folder / f"{stem}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._schedule)
        document.replaced.connect(self._schedule)
        document.modified_changed.connect(self._modified_changed)

    def _schedule(self, *_: object) -> None:
        self._timer.start()

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            # Saved by the user (or discarded): nothing left to recover.
            self._timer.stop()
            self.remove()

    def save_now(self) -> None:
        self._timer.stop()
        if not (self._document.is_open and self._document.modified):
            return
        meta = {
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "original": str(self._document.path or ""),
        }
        atomic_write_text(self.data_path, dump_assessment(self._document.assessment))
        atomic_write_text(self.meta_path, json.dumps(meta) + "\n")

    def remove(self) -> None:
        for path in (self.data_path, self.meta_path):
            with contextlib.suppress(OSError):
                path.unlink()

    def shutdown(self) -> None:
        """A clean end of the session: delete the autosave and release the lock."""
        self._timer.stop()
        self.remove()
        self._lock.unlock()


def find_orphans(folder: Path) -> list[Orphan]:
    """Autosaves whose session is gone, newest first; each is locked until recovered or discarded."""
    found: list[Orphan] = []
    if not folder.is_dir():
        return found
    for data in folder.glob("session-*.json"):
        if data.name.endswith(".meta.json"):
            continue
        stem = data.name.removesuffix(".json")
        lock = QLockFile(str(folder / f"{stem}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running session owns it
        meta = folder / f"{stem}.meta.json"
        saved_at: dt.datetime | None = None
        original = ""
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            info = json.loads(meta.read_text(encoding="utf-8"))
            saved_at = dt.datetime.fromisoformat(info["saved_at"])
            original = str(info.get("original", ""))
        found.append(Orphan(data, meta, lock, saved_at, original))
    found.sort(key=lambda o: o.data.stat().st_mtime, reverse=True)
    return found


def read_orphan(orphan: Orphan) -> Assessment | None:
    try:
        return load_assessment(orphan.data)
    except AssessmentFileError:
        return None


def offer_recovery(document: AssessmentDocument, folder: Path, parent: QWidget | None) -> bool:
    """Offer the newest orphaned autosave; True if the user recovered it into ``document``."""
    for orphan in find_orphans(folder):
        assessment = read_orphan(orphan)
        if assessment is None:
            orphan.discard()  # unreadable: nothing anyone could recover
            continue
        when = orphan.saved_at.strftime("%Y-%m-%d %H:%M") if orphan.saved_at else "?"
        name = Path(orphan.original).name if orphan.original else (assessment.patient.id or "—")
        if dialogs.ask_recover(parent, when, name):
            original = Path(orphan.original) if orphan.original else None
            document.load(assessment, original, modified=True)
            orphan.discard()
            return True
        orphan.discard()
    return False
