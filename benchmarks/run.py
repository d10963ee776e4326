"""Benchmarks: each figure is a median of several runs, set against a bare baseline measured in the
same run, so the ratios mean the same on a fast or a slow machine.

    python benchmarks/run.py [--json] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
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


def timed(command: list[str], repeat: int) -> list[float]:
    subprocess.run(command, env=ENV, check=True, capture_output=True, cwd=ROOT)  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=ENV, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


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

    from decision_aid.ui.app import build_session, setup_application
    from decision_aid.ui.paths import AppPaths

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
        bare_report = Path(tmp) / "bare_report.py"
        bare_report.write_text(BARE_REPORT)
        example = Path(tmp) / "crps.json"
        subprocess.run([*CLI, "example", "crps", "--out", str(example)], env=ENV, check=True, cwd=ROOT)

        start_cmd = [*CLI, "gui", "--smoke-test"]
        app_cmd = [*CLI, "gui", str(example), "--smoke-test"]
        bare_ms = median_ms(timed([sys.executable, str(BARE_WINDOW)], repeat))
        app_ms = median_ms(timed(start_cmd, repeat))
        results["open_example_ms"] = median_ms(timed(app_cmd, repeat))
        results["start_to_window"] = _ratio(app_ms, bare_ms, goal=1.5)

        results["language_switch"] = {"ms": language_switch_ms(repeat, example), "goal_ms": 50}

        pdf = Path(tmp) / "summary.pdf"
        report_cmd = [*CLI, "report", str(example), "--kind", "clinician", "--lang", "bilingual"]
        report_cmd += ["--out", str(pdf)]
        bare_cmd = [sys.executable, str(bare_report), str(Path(tmp) / "bare.pdf"), font]
        bare_pdf_ms = median_ms(timed(bare_cmd, repeat))
        report_ms = median_ms(timed(report_cmd, repeat))
        results["report_cold"] = _ratio(report_ms, bare_pdf_ms, goal=2.0)
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
    args = parser.parse_args(argv)
    os.environ.update(QT_QPA_PLATFORM="offscreen")
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
