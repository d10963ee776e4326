"""Run slow work off the GUI thread, then hand the result back to the GUI thread.

Building a PDF (reportlab) or rasterising its pages for a printer takes a second or more; done on the
GUI thread it freezes the window. :func:`run_in_background` runs ``work`` on a worker thread and calls
``on_success(result)`` or ``on_failure(exception)`` later on the GUI thread, from the event loop, so
the callbacks may touch widgets. While the work runs the owner shows a busy state (``busy(True)``,
then ``busy(False)`` just before the callback) and the owner shows a busy cursor.

``work`` must not touch widgets or objects the GUI thread may change meanwhile: give it copies (an
assessment copy, PDF bytes) and let the callbacks do the GUI part. If the owner widget is destroyed
first, the result is dropped and no callback runs.

Jobs run one at a time, in the order they were started (one worker thread): reportlab keeps global
state (registered fonts, configuration), and two documents built at once would only share the CPU.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

T = TypeVar("T")

_pool: QThreadPool | None = None
_JOBS = "decisionAidBackgroundJobs"
# While a job runs the two threads share the GIL. Python hands it over every 5 ms by default, and the
# GUI thread waits for its turn each time it runs Python (a paint, a timer); a shorter interval keeps
# those waits short. Restored when no job is left.
_SWITCH_INTERVAL = 0.001
_running = 0
_default_interval = sys.getswitchinterval()


def _job_started() -> None:
    global _running, _default_interval
    if _running == 0:
        _default_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_default_interval, _SWITCH_INTERVAL))
    _running += 1


def _job_ended() -> None:
    global _running
    _running -= 1
    if _running == 0:
        sys.setswitchinterval(_default_interval)


def _the_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("decision-aid-worker")
        app = QCoreApplication.instance()
        if app is not None:
            # A job still running when the app quits (a print) finishes before Python shuts down.
            app.aboutToQuit.connect(_pool.waitForDone)
    return _pool


def wait_for_all(msecs: int = -1) -> bool:
    """Wait until every started job has left the worker (tests, quitting); True if none is left."""
    return _pool is None or _pool.waitForDone(msecs)


class _Relay(QObject):
    """Carries the outcome from the worker thread to the GUI thread (a queued signal)."""

    finished = Signal(object, object)  # (result, exception or None)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._work()
        except BaseException as exc:  # every failure goes back to the GUI thread
            error = exc
        # RuntimeError: the operation's owner is gone, so nobody is waiting for the result.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(result, error)


class Operation(QObject, Generic[T]):
    """One background job; its owner (a widget) keeps it alive and its callbacks run on the GUI thread."""

    done = Signal()  # after the callback ran (or was dropped because of an error in it)

    def __init__(
        self,
        owner: QObject,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._busy = busy
        self._relay = _Relay()
        self._relay.finished.connect(self._finish)
        self._running = False
        self.thread_name = ""  # where the work ran (for tests and diagnostics)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> Operation[T]:
        self._running = True
        if self._busy is not None:
            self._busy(True)
        self._set_cursor(+1)
        _job_started()

        def work() -> T:
            self.thread_name = threading.current_thread().name
            return self._work()

        _the_pool().start(_Task(work, self._relay))
        return self

    def _set_cursor(self, step: int) -> None:
        # The owner (not the whole application) shows the busy cursor, so it goes away with the owner.
        owner = self.parent()
        if not isinstance(owner, QWidget):
            return
        jobs = int(owner.property(_JOBS) or 0) + step
        owner.setProperty(_JOBS, jobs)
        if jobs > 0:
            owner.setCursor(Qt.CursorShape.BusyCursor)
        else:
            owner.unsetCursor()

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._running = False
        _job_ended()
        self._set_cursor(-1)
        try:
            if self._busy is not None:
                self._busy(False)
            if error is None:
                self._on_success(result)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                raise error
        finally:
            self.done.emit()
            self.deleteLater()


def run_in_background(
    owner: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    busy: Callable[[bool], None] | None = None,
) -> Operation[T]:
    """Start ``work`` on the worker thread; see the module's description. Without ``on_failure`` an
    exception is raised again on the GUI thread, where the app's crash handler reports it."""
    return Operation(owner, work, on_success, on_failure, busy).start()
