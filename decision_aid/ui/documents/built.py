"""A document the Documents dialog made, with what it was made from, and the small pieces its
background jobs share (the default builder, writing an export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressBar, QWidget

from decision_aid.domain.evaluate import Evaluation
from decision_aid.storage import StorageError, atomic_write_bytes

BuildPdf = Callable[..., bytes]
# What a document must match to be current: (kind, language, paper), the assessment's generation
# (another assessment opened) and the dialog's revision (an answer changed).
State = tuple[tuple[str, str, str], int, int]


@dataclass(frozen=True)
class Built:
    """One made document, with what it was made from (options, assessment generation, revision)."""

    state: State
    data: bytes
    patient_id: str
    verdict: str
    made_at: dt.datetime


def english_verdict(evaluation: Evaluation) -> str:
    return evaluation.verdict_label.get("en")


def default_build(*args: Any, **kwargs: Any) -> bytes:
    from decision_aid.report import build_pdf

    return build_pdf(*args, **kwargs)


def busy_bar(parent: QWidget) -> QProgressBar:
    """A thin bar that moves while a job runs (hidden until then): there are no steps to count."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def write_pdf(target: Path, data: bytes) -> StorageError | None:
    """Write an exported PDF (mode 0600: it holds patient data); the problem if it failed. Runs on
    the worker thread, so the problem is returned rather than raised."""
    try:
        atomic_write_bytes(target, data)
    except StorageError as exc:
        return exc
    return None
