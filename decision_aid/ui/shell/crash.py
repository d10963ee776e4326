"""The crash path and the technical log: an excepthook that writes a crash report and tells the
user, standard ``logging`` into a rotating file in the app's log folder, ``faulthandler`` writing
native crashes there, and Qt's own messages routed into the same log.

The desktop app starts logging in two steps (:func:`start_logging` before the window's first paint,
:meth:`LogSetup.open_file` on the turn after it): native crashes and Qt's messages are caught from
the start, while the rotating file handler (the standard library's ``logging.handlers``, ~12 ms of
imports) loads after the first paint; what is logged meanwhile is kept and written then.

The logs hold the program's own frames (file, line, function, source line) and exception types,
never exception messages or local variables: those can carry answers from the assessment. Messages
that quote input (validation errors) are redacted before they reach a file or stderr.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from decision_aid import __version__

# datetime, platform, traceback, logging.handlers and the storage module are imported where used:
# logging starts before the window's first paint.

log = logging.getLogger(__name__)

LOG_FILE = "decision-aid.log"
NATIVE_CRASH_FILE = "native-crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
PRIVATE_MODE = 0o600  # as decision_aid.storage's, which loads after the first paint

# What quotes an input in a message: pydantic's "input_value=...", our storage's "(got ...)",
# and anything in quotes (a typed id, a note, a file's text).
_INPUT = re.compile(
    r"input_value=.*?(?=, input_type|\]|$)|\(got [^)]*\)|'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”",
    re.MULTILINE,
)


def redact(text: str) -> str:
    """The message with every quoted input replaced by "…"."""
    return _INPUT.sub(lambda m: "(got …)" if m.group(0).startswith("(got") else "…", text)


class _Redact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            # Keep where it happened, not what the exception says.
            exc_type, _, tb = record.exc_info
            record.msg += "\n" + crash_report(exc_type, tb)
            record.exc_info = None
            record.exc_text = None
        return True


class _Backlog(logging.Handler):
    """Keeps the records logged before the log file is open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class LogSetup:
    """What :func:`start_logging` installed, so that a test (or a second start) can remove it."""

    def __init__(self, log_dir: Path, fault_file: IO[str] | None, qt_previous: Any) -> None:
        self.log_dir = log_dir
        self.handler: logging.Handler = _Backlog()
        self.fault_file = fault_file
        self.qt_previous = qt_previous
        self.fault_was_enabled = False

    def open_file(self) -> bool:
        """Log to ``decision-aid.log`` from now on (rotating, 0600), with what was logged before.
        False (and the records are dropped) if the file cannot be opened."""
        import logging.handlers

        backlog = self.handler
        if not isinstance(backlog, _Backlog):
            return True
        root = logging.getLogger("decision_aid")
        root.removeHandler(backlog)
        target = self.log_dir / LOG_FILE
        try:
            _private_open(target).close()  # created 0600 before the handler opens it
            handler = logging.handlers.RotatingFileHandler(
                target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError:
            self.handler = logging.NullHandler()
            return False
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_Redact())
        for record in backlog.records:
            handler.handle(record)
        self.handler = handler
        root.addHandler(handler)
        return True

    def close(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        logging.getLogger("decision_aid").removeHandler(self.handler)
        self.handler.close()
        qInstallMessageHandler(self.qt_previous)
        if self.fault_file is not None:
            faulthandler.disable()
            self.fault_file.close()
            if self.fault_was_enabled and sys.__stderr__ is not None:
                faulthandler.enable(file=sys.__stderr__, all_threads=True)


def _private_open(path: Path) -> IO[str]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_MODE)
    os.chmod(path, PRIVATE_MODE)
    return os.fdopen(fd, "a", encoding="utf-8")


def _qt_message(mode: Any, context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    category = getattr(context, "category", None) or "qt"
    logging.getLogger("decision_aid.qt").log(levels.get(mode, logging.WARNING), "%s: %s", category, message)


def start_logging(log_dir: Path, level: int = logging.INFO) -> LogSetup | None:
    """Native crashes to ``native-crash.log`` in ``log_dir`` and Qt's messages into the log from
    now on; the log's records are kept until :meth:`LogSetup.open_file`. None if the folder cannot
    be written."""
    from PySide6.QtCore import qInstallMessageHandler

    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fault_file = _private_open(log_dir / NATIVE_CRASH_FILE)
    except OSError:
        return None
    setup = LogSetup(log_dir, fault_file, None)
    root = logging.getLogger("decision_aid")
    root.addHandler(setup.handler)
    root.setLevel(level)
    setup.fault_was_enabled = faulthandler.is_enabled()
    faulthandler.enable(file=fault_file, all_threads=True)
    setup.qt_previous = qInstallMessageHandler(_qt_message)
    log.info("decision-aid %s started (python %s)", __version__, sys.version.split()[0])
    return setup


def setup_logging(log_dir: Path, level: int = logging.INFO) -> LogSetup | None:
    """Log to ``decision-aid.log`` (rotating, 0600) and native crashes to ``native-crash.log`` in
    ``log_dir``; route Qt's messages into the log. None if the folder cannot be written."""
    setup = start_logging(log_dir, level)
    if setup is not None and not setup.open_file():
        setup.close()
        return None
    return setup

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    import datetime as dt
    import platform
    import traceback

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
    import datetime as dt

    from decision_aid.storage import StorageError, atomic_write_text

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
        report = crash_report(exc_type, tb)
        log.critical("unexpected error\n%s", report)
        # The terminal gets the same report: the message may quote patient data, so it is withheld.
        with contextlib.suppress(Exception):
            sys.stderr.write(report)
        with contextlib.suppress(Exception):
            notify(str(path) if path else "")

    return hook
