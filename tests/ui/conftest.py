"""UI test setup: offscreen Qt, the app's own folders in tmp, and every dialog answered by the test.

No test may touch the real user folders: each gets its own HOME and XDG folders, QStandardPaths runs
in test mode, and the app itself is given explicit temporary folders (AppPaths.under). Message boxes
and file dialogs go through decision_aid.ui.common.dialogs, which is replaced here: a dialog the test did not
expect fails the test instead of blocking it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

from decision_aid.domain.content import default_content
from decision_aid.ui.common import dialogs
from decision_aid.ui.shell.app import Session, build_session, setup_application
from decision_aid.ui.shell.paths import AppPaths

# The offscreen platform cannot pass window size hints on; Qt says so on every top-level window
# whose minimum size changes. It is a limit of the test platform, not a fault of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _app(qapp: QApplication) -> QApplication:
    QStandardPaths.setTestModeEnabled(True)
    setup_application(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))


@dataclass
class DialogScript:
    """Answers for the dialogs a test expects, and a record of every dialog shown."""

    answers: dict[str, Any] = field(default_factory=dict)
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


FAKED = (
    "information",
    "notice",
    "error",
    "ask_save_changes",
    "ask_recover",
    "crash",
    "open_file_name",
    "save_file_name",
    "run_modal",
    "ask_conflict",
    "ask_save_read_only",
    "ask_remove_missing",
)


@pytest.fixture(autouse=True)
def dialog_script(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    script = DialogScript()

    def fake(name: str) -> Callable[..., Any]:
        def answer(*args: Any, **kwargs: Any) -> Any:
            script.calls.append((name, args))
            if name not in script.answers:
                raise AssertionError(f"unexpected dialog: {name}{args[1:]}")
            value = script.answers[name]
            return value(*args) if callable(value) else value

        return answer

    for name in FAKED:
        monkeypatch.setattr(dialogs, name, fake(name))
    return script


SessionFactory = Callable[..., Session]


@pytest.fixture
def make_session(qtbot: Any, tmp_path: Path) -> Iterator[SessionFactory]:
    made: list[Session] = []

    def make(lang: str = "en", root: Path | None = None, show: bool = True) -> Session:
        # Translators are application-wide: one left installed by an earlier test would leak in.
        assert QCoreApplication.translate("StartPage", "New assessment") == "New assessment"
        session = build_session(AppPaths.under(root or tmp_path / "app"), default_content(), lang)
        # pytest-qt closes the window before fixtures tear down: end the session cleanly first.
        qtbot.addWidget(session.window, before_close_func=lambda _: session.document.set_modified(False))
        session.window.resize(1024, 700)
        if show:
            with qtbot.waitExposed(session.window):
                session.window.show()
            session.window.activateWindow()
            qtbot.waitUntil(session.window.isActiveWindow)
        made.append(session)
        return session

    yield make
    for session in made:
        session.document.set_modified(False)
        session.autosaver.shutdown()
        session.language.set_code("en")


@pytest.fixture(autouse=True)
def _unfreeze_gc() -> Iterator[None]:
    # run_gui freezes the objects it has loaded (gc.freeze, a start-up setting of the app): undo it so
    # the test process's garbage is still collected.
    yield
    gc.unfreeze()
