"""The background-work helper: work runs off the GUI thread, callbacks come back on it, the event
loop keeps turning meanwhile, failures reach the failure callback, and a dead owner drops the result."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from decision_aid.ui.common.worker import run_in_background, wait_for_all


def _slow(seconds: float, value: Any) -> Any:
    time.sleep(seconds)
    return value


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, Any]] = []
    busy: list[bool] = []
    op = run_in_background(
        owner,
        lambda: (threading.current_thread().name, 42),
        lambda result: seen.append((threading.current_thread().name, result)),
        busy=busy.append,
    )
    assert op.running and busy == [True]
    assert owner.cursor().shape() == Qt.CursorShape.BusyCursor  # the busy cursor shows
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    (worker_name, value) = seen[0][1]
    assert value == 42
    assert worker_name != threading.main_thread().name
    assert seen[0][0] == threading.main_thread().name  # the callback runs on the GUI thread
    assert busy == [True, False] and not op.running
    assert owner.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_event_loop_keeps_turning_while_the_work_runs(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(owner)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    done: list[str] = []
    run_in_background(owner, lambda: _slow(0.6, "ok"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    timer.stop()
    assert done == ["ok"]
    # On the GUI thread the loop would have stood still for 600 ms: here it ticked throughout.
    assert len(ticks) >= 10
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 300


def test_a_failure_reaches_the_failure_callback(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []
    successes: list[object] = []

    def broken() -> None:
        raise ValueError("layout failed")

    run_in_background(owner, broken, successes.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError) and str(failures[0]) == "layout failed"
    assert successes == []


def test_jobs_run_one_at_a_time_in_order(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    order: list[str] = []
    results: list[str] = []
    for name in ("a", "b", "c"):
        run_in_background(
            owner, lambda n=name: (order.append(n + "-start"), _slow(0.05, n), order.append(n + "-end"))[1],
            results.append,
        )
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results == ["a", "b", "c"]
    assert order == ["a-start", "a-end", "b-start", "b-end", "c-start", "c-end"]


def test_no_callback_after_the_owner_is_gone(qtbot: Any) -> None:
    owner = QWidget()
    called: list[object] = []
    run_in_background(owner, lambda: _slow(0.2, 1), called.append)
    owner.deleteLater()
    QGuiApplication.processEvents()
    assert wait_for_all(5000)
    qtbot.wait(100)
    assert called == []
