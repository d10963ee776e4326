"""The crash path: an excepthook that writes a technical log and tells the user.

The log holds the program's own frames (file, line, function, source line) and the exception type,
never the exception message or local variables: those can carry answers from the assessment.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from decision_aid import __version__
from decision_aid.storage import StorageError, atomic_write_text

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    from PySide6 import __version__ as pyside_version

    lines = [
        f"decision-aid {__version__} crash report",
        f"time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"python: {platform.python_version()}  pyside6: {pyside_version}  os: {platform.platform()}",
        f"exception: {exc_type.__module__}.{exc_type.__qualname__} (message withheld: may hold patient data)",
        "traceback (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines) + "\n"


def write_crash_log(log_dir: Path, exc_type: type[BaseException], tb: TracebackType | None) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir / f"crash-{stamp}.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(path, crash_report(exc_type, tb))
    except (OSError, StorageError):
        return None
    return path


def make_excepthook(log_dir: Path, notify: Callable[[str], None]) -> ExceptHook:
    """An excepthook that logs, then calls ``notify(log path)`` (which shows the crash dialog)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        path = write_crash_log(log_dir, exc_type, tb)
        # The full error still goes to the terminal of whoever started the program.
        sys.__excepthook__(exc_type, exc, tb)
        with contextlib.suppress(Exception):
            notify(str(path) if path else "")

    return hook
