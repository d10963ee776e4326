"""Benchmarks: each figure is a median of several runs, set against a bare baseline measured in the
same run, so the ratios mean the same on a fast or a slow machine.

    python benchmarks/run.py [--json] [--repeat N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# An installed app runs from compiled bytecode (pip and PyInstaller write it at install time), so
# bytecode writing is allowed here and every command gets one untimed warm-up run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["QT_QPA_PLATFORM"] = "offscreen"
CLI = [sys.executable, "-m", "decision_aid.cli"]

# The bare window is the same script the packaging size comparison freezes.
BARE_WINDOW = ROOT / "packaging" / "bare_window.py"

BARE_REPORT = textwrap.dedent(
    """
    import sys
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    pdfmetrics.registerFont(TTFont("WQY", sys.argv[2], subfontIndex=0))
    style = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=14, wordWrap="CJK")
    text = "Spinal cord stimulation (SCS) 脊髓电刺激 evidence summary 证据摘要. " * 30
    story = [Paragraph(text, style), PageBreak(), Paragraph(text, style)]
    SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
    """
)


def _until_lines(command: list[str], *markers: str) -> list[float]:
    """Seconds from launch until the child prints a line starting with each marker; the child then
    runs to its end (not timed) and must exit with status 0."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=ENV, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        for marker in markers:
            if marker not in seen and line.startswith(marker):
                seen[marker] = time.perf_counter() - start
    if child.wait() != 0 or len(seen) != len(markers):
        raise RuntimeError(f"{command} failed or did not print {markers}")
    return [seen[m] for m in markers]


def _until_line(command: list[str], marker: str) -> float:
    return _until_lines(command, marker)[0]


def timed_until(command: list[str], marker: str, repeat: int) -> list[float]:
    """Like :func:`timed`, but the clock stops when the child prints ``marker`` (both the app and the
    bare window print their line once the window has been painted; process teardown is not timed)."""
    _until_line(command, marker)  # warm-up
    return [_until_line(command, marker) for _ in range(repeat)]


def _wall(command: list[str]) -> list[float]:
    start = time.perf_counter()
    subprocess.run(command, env=ENV, check=True, capture_output=True, cwd=ROOT)
    return [time.perf_counter() - start]


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of one child process (ru_maxrss of a fresh child via a wrapper)."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], env=ENV, check=True, capture_output=True, text=True
    )
    kilobytes = int(done.stdout.strip())
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def language_switch_ms(repeat: int, example: Path) -> float:
    """Whole-UI switch English -> Chinese (and back), in process, until the events are processed."""
    from PySide6.QtWidgets import QApplication

    from decision_aid.ui.shell.app import build_session, setup_application
    from decision_aid.ui.shell.paths import AppPaths

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        session = build_session(AppPaths.under(Path(tmp)), language="en")
        session.window.resize(1024, 700)
        session.window.show()
        session.window.files.open_path(str(example))
        app.processEvents()
        samples = []
        for i in range(repeat * 2):
            code = "zh" if i % 2 == 0 else "en"
            start = time.perf_counter()
            session.language.set_code(code)  # type: ignore[arg-type]
            app.processEvents()
            samples.append(time.perf_counter() - start)
        session.window.hide()
    return median_ms(samples)


def document_stall_ms(example: Path) -> tuple[float, float]:
    """The longest the GUI event loop stood still while the documents dialog made a preview of the
    clinician summary, from the click until the preview shows; the first document in the process
    (reportlab imported and fonts registered on the way), so the worst case."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from decision_aid.ui.shell.app import build_session, settle_memory
    from decision_aid.ui.shell.paths import AppPaths

    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def max_gap_ms(done: Callable[[], bool], seconds: float = 60) -> float:
        """Turn the event loop (1 ms idle sleeps) until ``done()``; the longest gap between ticks of
        a 5 ms timer is how long the loop stood still."""
        clock = QElapsedTimer()
        ticks: list[int] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(clock.nsecsElapsed()))
        clock.start()
        timer.start()
        deadline = time.perf_counter() + seconds
        while not done() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        ticks.append(clock.nsecsElapsed())
        timer.stop()
        return max(b - a for a, b in itertools.pairwise([0, *ticks])) / 1e6

    with tempfile.TemporaryDirectory() as tmp:
        session = build_session(AppPaths.under(Path(tmp)), language="en")
        settle_memory()  # as the app does once its second start-up phase is done
        window = session.window
        window.show()
        window.files.open_path(str(example))
        app.processEvents()
        window.show_documents()
        dialog = window.documents_dialog
        assert dialog is not None
        app.processEvents()
        # The same loop with nothing to do: the noise floor of this (shared) machine.
        idle_until = time.perf_counter() + 1.0
        idle = max_gap_ms(lambda: time.perf_counter() > idle_until)

        def shown() -> bool:
            return not dialog.is_busy() and dialog.area.currentWidget() is dialog.preview

        dialog.preview_button.click()
        building = max_gap_ms(shown)
        if not shown():
            raise RuntimeError("the preview was not made")
        start = time.perf_counter()
        dialog.preview.view.viewport().repaint()  # the first page painted
        app.processEvents()
        building = max(building, (time.perf_counter() - start) * 1000)
        dialog.close()
        session.document.set_modified(False)
        window.close()
        session.autosaver.shutdown()
    return round(building, 1), round(idle, 1)


def _stall_in_new_process(example: Path) -> tuple[float, float]:
    """Each measurement in a new process, so each is of the first document (the worst case)."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--stall-probe", str(example)],
        env=ENV, check=True, capture_output=True, text=True, cwd=ROOT,
    )
    building, idle = json.loads(done.stdout.strip().splitlines()[-1])
    return float(building), float(idle)


def warm_report_ms(example: Path, repeat: int) -> float:
    from decision_aid.domain.evaluate import evaluate
    from decision_aid.report import build_pdf
    from decision_aid.storage import load_assessment

    assessment = load_assessment(example)
    evaluation = evaluate(assessment)
    build_pdf(assessment, evaluation, "clinician", "bilingual")  # fonts registered, caches warm
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        build_pdf(assessment, evaluation, "clinician", "bilingual")
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def run(repeat: int) -> dict[str, object]:
    from decision_aid.resources_path import resource_dir

    font = str(resource_dir() / "fonts" / "wqy-microhei.ttc")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # The app's cache (parsed font metrics) lives in the run's own folder: filled by the warm-up
        # runs, as it is on a user's machine after the first document; never the user's own cache.
        ENV["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        bare_report = Path(tmp) / "bare_report.py"
        bare_report.write_text(BARE_REPORT)
        example = Path(tmp) / "crps.json"
        subprocess.run([*CLI, "example", "crps", "--out", str(example)], env=ENV, check=True, cwd=ROOT)

        start_cmd = [*CLI, "gui", "--smoke-test"]
        app_cmd = [*CLI, "gui", str(example), "--smoke-test"]
        bare_cmd = [sys.executable, str(BARE_WINDOW)]
        # Interleaved, so that load from other work on the machine falls on both alike.
        bare_runs: list[float] = []
        app_runs: list[float] = []
        ready_runs: list[float] = []
        _until_line(bare_cmd, "main window shown")  # warm-ups
        _until_line(start_cmd, "ready")
        for _ in range(repeat):
            bare_runs.append(_until_line(bare_cmd, "main window shown"))
            shown, ready = _until_lines(start_cmd, "main window shown", "ready")
            app_runs.append(shown)
            ready_runs.append(ready)
        results["start_ready_ms"] = median_ms(ready_runs)
        results["open_example_ms"] = median_ms(timed_until(app_cmd, "ready", repeat))
        results["start_to_window"] = _ratio(median_ms(app_runs), median_ms(bare_runs), goal=1.5)

        results["language_switch"] = {"ms": language_switch_ms(repeat, example), "goal_ms": 50}
        stalls = [_stall_in_new_process(example) for _ in range(repeat)]
        results["document_build_stall"] = {
            "max_ms": statistics.median(s[0] for s in stalls),
            "idle_max_ms": statistics.median(s[1] for s in stalls),
            "goal_ms": 100,
        }

        pdf = Path(tmp) / "summary.pdf"
        report_cmd = [*CLI, "report", str(example), "--kind", "clinician", "--lang", "bilingual"]
        report_cmd += ["--out", str(pdf)]
        bare_pdf_cmd = [sys.executable, str(bare_report), str(Path(tmp) / "bare.pdf"), font]
        _wall(bare_pdf_cmd)  # warm-ups
        _wall(report_cmd)
        bare_pdf_runs: list[float] = []
        report_runs: list[float] = []
        for _ in range(repeat):  # interleaved, as above
            bare_pdf_runs += _wall(bare_pdf_cmd)
            report_runs += _wall(report_cmd)
        bare_pdf_ms = median_ms(bare_pdf_runs)
        report_ms = median_ms(report_runs)
        results["report_cold"] = _ratio(report_ms, bare_pdf_ms, goal=2.0)
        # The first report after installing: no font metrics cached yet (an empty cache each run).
        first_runs: list[float] = []
        for n in range(repeat):
            ENV["XDG_CACHE_HOME"] = str(Path(tmp) / f"empty-cache-{n}")
            first_runs += _wall(report_cmd)
        ENV["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        results["report_first_run_ms"] = median_ms(first_runs)
        results["report_warm_ms"] = warm_report_ms(example, repeat)
        results["summary_size"] = {"kb": round(pdf.stat().st_size / 1024, 1), "goal_kb": 300}
        results["gui_peak_rss"] = {"mb": round(peak_rss_mb(app_cmd), 1), "goal_mb": 120}
    return results


def _ratio(value_ms: float, baseline_ms: float, goal: float) -> dict[str, float]:
    return {
        "ms": value_ms,
        "baseline_ms": baseline_ms,
        "ratio": round(value_ms / baseline_ms, 2),
        "goal_ratio": goal,
    }


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count() or 0,
    }


def _met(entry: dict[str, float]) -> bool:
    if "goal_ratio" in entry:
        return entry["ratio"] <= entry["goal_ratio"]
    value_key = next(k for k in entry if not k.startswith("goal"))
    goal_key = next(k for k in entry if k.startswith("goal"))
    return entry[value_key] <= entry[goal_key]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stall-probe", metavar="ASSESSMENT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.update(QT_QPA_PLATFORM="offscreen")
    if args.stall_probe:
        from PySide6.QtWidgets import QApplication

        from decision_aid.ui.shell.app import setup_application

        app = QApplication(sys.argv[:1])
        setup_application(app)
        print(json.dumps(document_stall_ms(Path(args.stall_probe))))
        return 0
    results = run(args.repeat)
    if args.json:
        print(json.dumps({"machine": machine(), "repeat": args.repeat, "results": results}, indent=2))
        return 0
    print(f"machine: {machine()}  (median of {args.repeat})")
    for name, entry in results.items():
        if isinstance(entry, dict):
            verdict = "meets goal" if _met(entry) else "MISSES goal"
            print(f"  {name:18} {json.dumps(entry)}  {verdict}")
        else:
            print(f"  {name:18} {entry} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
