"""The excepthook: a log in the data folder with no patient data, then the crash dialog; the
rotating technical log, native crashes and Qt's messages in the log folder, without patient data."""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

from decision_aid.domain.assessment import Patient
from decision_aid.ui.common import dialogs
from decision_aid.ui.shell.crash import make_excepthook
from tests.ui.conftest import DialogScript

SECRET = "SECRET-" + "PATIENT-77"  # built at run time, so no source line in a traceback shows it


def _fail_with_patient_data() -> None:
    Patient(id=SECRET, age=150 * 2)  # pydantic puts the input values in its message


def test_excepthook_logs_without_patient_data(tmp_path: Path, dialog_script: DialogScript) -> None:
    dialog_script.answers["crash"] = None
    hook = make_excepthook(tmp_path / "logs", lambda log: dialogs.crash(None, log))
    try:
        _fail_with_patient_data()
    except Exception as exc:
        hook(type(exc), exc, exc.__traceback__)
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "ValidationError" in text and "_fail_with_patient_data" in text
    assert SECRET not in text and "300" not in text
    assert logs[0].stat().st_mode & 0o077 == 0
    assert dialog_script.names() == ["crash"]
    assert dialog_script.calls[0][1][1] == str(logs[0])


def test_excepthook_survives_an_unwritable_log_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    seen: list[str] = []
    hook = make_excepthook(blocker, seen.append)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert seen == [""]  # the dialog still shows, without a log path


LOGGING_SESSION = """
import logging, sys
from pathlib import Path
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication
from pydantic import ValidationError
from decision_aid.domain.assessment import Patient
from decision_aid.ui.shell.crash import make_excepthook, setup_logging

app = QApplication([])
logs = Path(sys.argv[1])
assert setup_logging(logs) is not None
try:
    Patient(id="P1", age=271, assessment_date="ZHANG-SECRET-NAME")
except ValidationError as exc:
    logging.getLogger("decision_aid.test").warning("validation failed: %s", exc)
qWarning("a Qt warning routed into the log")
hook = make_excepthook(logs, lambda log: None)
try:
    Patient(assessment_date="ZHANG-SECRET-NAME")
except ValidationError as exc:
    hook(type(exc), exc, exc.__traceback__)
if sys.argv[2] == "segfault":
    import faulthandler
    faulthandler._sigsegv()
"""


def _run_logging_session(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LOGGING_SESSION, str(tmp_path / "logs"), mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_logging_to_a_rotating_file_without_patient_data(tmp_path: Path) -> None:
    result = _run_logging_session(tmp_path, "normal")
    assert result.returncode == 0, result.stderr[-2000:]
    log = tmp_path / "logs" / "decision-aid.log"
    text = log.read_text(encoding="utf-8")
    assert "validation failed" in text and "less_than_equal" in text and "date_from" in text
    assert "a Qt warning routed into the log" in text and "WARNING decision_aid.qt" in text
    assert "ValidationError" in text and "unexpected error" in text
    assert "ZHANG-SECRET-NAME" not in text and "=271" not in text
    assert "ZHANG-SECRET-NAME" not in result.stderr and "ValidationError" in result.stderr
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert not logging.getLogger("decision_aid").handlers  # this test process logs nowhere new


def test_a_native_crash_leaves_a_trace_in_the_log_folder(tmp_path: Path) -> None:
    result = _run_logging_session(tmp_path, "segfault")
    assert result.returncode == -signal.SIGSEGV
    native = tmp_path / "logs" / "native-crash.log"
    assert "Fatal Python error: Segmentation fault" in native.read_text(encoding="utf-8")
    assert stat.S_IMODE(native.stat().st_mode) == 0o600


EARLY_SESSION = """
import logging, sys
from pathlib import Path
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication
from decision_aid.ui.shell.crash import start_logging

app = QApplication([])
logs = Path(sys.argv[1])
setup = start_logging(logs)  # as the app does before its first paint
assert setup is not None
qWarning("a Qt warning before the first paint")
logging.getLogger("decision_aid.test").warning("a record before the first paint")
print("FILE BEFORE", (logs / "decision-aid.log").exists(), flush=True)
assert setup.open_file()  # the turn after the first paint
logging.getLogger("decision_aid.test").warning("a record after it")
setup.close()
"""


def test_what_is_logged_before_the_first_paint_reaches_the_log_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", EARLY_SESSION, str(tmp_path / "logs")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FILE BEFORE False" in result.stdout  # the rotating handler is not loaded yet
    log = tmp_path / "logs" / "decision-aid.log"
    lines = log.read_text(encoding="utf-8").splitlines()
    wanted = ["a Qt warning before the first paint", "a record before the first paint", "a record after it"]
    assert [next(i for i, line in enumerate(lines) if w in line) for w in wanted] == sorted(
        next(i for i, line in enumerate(lines) if w in line) for w in wanted
    )
    assert "started" in lines[0] and "WARNING decision_aid.qt" in log.read_text(encoding="utf-8")
    assert "before the first paint" not in result.stderr  # kept for the file, not printed
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
