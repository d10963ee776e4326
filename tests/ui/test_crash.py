"""The excepthook: a log in the data folder with no patient data, then the crash dialog."""

from __future__ import annotations

from pathlib import Path

from decision_aid.domain.assessment import Patient
from decision_aid.ui import dialogs
from decision_aid.ui.crash import make_excepthook
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
