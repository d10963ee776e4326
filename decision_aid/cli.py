"""The ``decision-aid`` command: the desktop app by default, plus evaluate, report, schema, content
check and example. Bad input exits with status 2 and one line naming the file, field and problem."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from decision_aid import __version__
from decision_aid.resources_path import EXAMPLES, example_path

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem with the user's input: printed as one line, exit status 2."""


class _StdoutError(Exception):
    """Standard output cannot be written (a full disk, a closed terminal): exit status 2."""


def _out(text: str) -> None:
    """Write to standard output and flush, so that a full device is reported here, as one line."""
    if sys.stdout is None:  # a windowed bundle on Windows has no standard output: print() is silent too
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _StdoutError(f"cannot write to standard output ({exc.strerror or exc})") from exc


def _discard_stdout() -> None:
    """Point standard output at the null device so that the flush at exit cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="decision-aid",
        description="Spinal cord stimulation decision aid (decision support for clinicians).",
    )
    parser.add_argument("--version", action="version", version=f"decision-aid {__version__}")
    parser.add_argument("--example", choices=EXAMPLES, help="open the desktop app on an example")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    gui.add_argument("file", nargs="?", help="assessment file to open")
    gui.add_argument("--example", choices=EXAMPLES, dest="gui_example")
    gui.add_argument(
        "--smoke-test", action="store_true", help="open the window, wait until it is painted, then exit"
    )

    ev = sub.add_parser("evaluate", help="evaluate an assessment file")
    ev.add_argument("file")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--lang", choices=("en", "zh"), default="en")

    ex = sub.add_parser("example", help="write an example assessment")
    ex.add_argument("name", choices=EXAMPLES)
    ex.add_argument("--out", help="file to write (default: standard output)")

    sub.add_parser("schema", help="print the JSON Schema of the assessment file")

    questions = sub.add_parser("questions", help="print the questionnaire: every question and its help")
    questions.add_argument("--json", action="store_true", help="machine-readable output")
    questions.add_argument("--lang", choices=("en", "zh"), help="one language (default: both)")

    rep = sub.add_parser("report", help="write the clinician evidence summary or patient handout (PDF)")
    rep.add_argument("file", help="assessment file")
    rep.add_argument("--kind", choices=("clinician", "handout"), default="clinician")
    rep.add_argument("--lang", choices=("bilingual", "en", "zh"), default="bilingual")
    rep.add_argument("--paper", choices=("a4", "letter"), default="a4")
    rep.add_argument("--out", required=True, help="PDF file to write")

    shots = sub.add_parser("screenshots", help="render every page of the app, in English and Chinese, to PNG")
    shots.add_argument("--out", required=True, help="folder for the PNG files")
    shots.add_argument("--size", default="1024x700", help="window size in pixels, WIDTHxHEIGHT")
    shots.add_argument("--full", action="store_true", help="also save each page's whole scrolling content")

    content = sub.add_parser("content", help="content library tools")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_sub.add_parser("check", help="validate the content library")
    check.add_argument("--dir", help="content folder to check (default: the shipped one)")
    return parser


def _plain_gui_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the desktop app (nothing, or ``gui`` with at most one file
    not starting with "-" and ``--smoke-test``, each once), exactly as the parser reads them; None
    for anything else. The app's start then skips building the parser and its nine sub-parsers
    (help formatters, terminal size, gettext look-ups: ~6 ms; tests/cli compare both readings)."""
    file: str | None = None
    smoke_test = False
    if argv and argv[0] != "gui":
        return None
    for token in argv[1:]:
        if token == "--smoke-test" and not smoke_test:
            smoke_test = True
        elif not token.startswith("-") and file is None:
            file = token
        else:
            return None
    if not argv:
        return argparse.Namespace(example=None, command=None)
    return argparse.Namespace(example=None, command="gui", file=file, gui_example=None, smoke_test=smoke_test)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from decision_aid.domain.evaluate import evaluate
    from decision_aid.storage import load_assessment
    from decision_aid.textview import render_evaluation

    evaluation = evaluate(load_assessment(args.file))
    if args.json:
        _out(json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    else:
        _out(render_evaluation(evaluation, args.lang) + "\n")
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    from decision_aid.storage import atomic_write_text, dump_assessment, load_assessment

    text = dump_assessment(load_assessment(example_path(args.name)))
    if args.out:
        atomic_write_text(args.out, text)
    else:
        _out(text)
    return EXIT_OK


def _cmd_schema(_: argparse.Namespace) -> int:
    from decision_aid.domain.assessment import Assessment

    _out(json.dumps(Assessment.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _cmd_questions(args: argparse.Namespace) -> int:
    from decision_aid.domain.questionnaire import default_catalogue
    from decision_aid.textview import render_questions

    items = default_catalogue().describe(args.lang)
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        print(render_questions(items))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from decision_aid.domain.content import ContentError
    from decision_aid.domain.evaluate import evaluate
    from decision_aid.storage import check_write_target, load_assessment

    out = Path(args.out)
    check_write_target(out)  # before the work: a device, a link or an over-long name is refused
    if out.exists() and out.resolve() == Path(args.file).resolve():
        raise CliError(f"{out}: --out would overwrite the assessment file")
    assessment = load_assessment(args.file)
    # reportlab is imported here only, so starting the app or other commands stays light.
    from decision_aid.report import write_pdf

    try:
        size = write_pdf(out, assessment, evaluate(assessment), args.kind, args.lang, args.paper)
    except ContentError as exc:
        print(f"decision-aid: content error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    _out(f"wrote {out} ({size // 1024} KB)\n")
    return EXIT_OK


def _content_folder(args: argparse.Namespace) -> Path:
    from decision_aid.domain.content import default_content_dir

    folder = Path(args.dir) if args.dir else default_content_dir()
    if not folder.is_dir():
        raise CliError(f"{folder}: not a folder")
    return folder


def _cmd_content(args: argparse.Namespace) -> int:
    from decision_aid.domain.catalogue import check_content
    from decision_aid.domain.content import ContentError, load_content
    from decision_aid.domain.documents import load_documents
    from decision_aid.domain.integrity import integrity_problems

    folder = _content_folder(args)
    # A file changed without a new version is reported even when the change also breaks loading.
    problems = integrity_problems(folder)
    try:
        content = load_content(folder)
        load_documents(folder, content)
    except ContentError as exc:
        problems.insert(0, str(exc))
    else:
        problems = check_content(content) + problems
    for problem in problems:
        print(f"content check failed: {problem}", file=sys.stderr)
    if problems:
        return EXIT_FAIL
    _out(
        f"content OK: version {content.version}, hash {content.short_hash}, "
        f"{len(content.rules)} rules, {len(content.references)} references\n"
    )
    return EXIT_OK


def _cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError as exc:
        raise CliError(f"--size must look like 1024x700 (got {args.size!r})") from exc
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise CliError(f"--size {args.size} is out of range")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering needs no display
    from decision_aid.ui.shell.screenshots import render_screenshots

    saved = render_screenshots(Path(args.out), (width, height), full_pages=args.full)
    print(f"{len(saved)} screenshots written to {args.out}")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    # No garbage collection until the window has painted (run_gui turns it back on): the start
    # allocates much (Qt's Python types and enums) and frees little; the collections cost ~6 ms.
    gc.disable()
    try:
        from decision_aid.ui.shell.app import run_gui

        example = getattr(args, "gui_example", None) or args.example
        smoke_test = getattr(args, "smoke_test", False)
        return run_gui(file=getattr(args, "file", None), example=example, smoke_test=smoke_test)
    finally:
        gc.enable()


def _check_shipped_content() -> None:
    """The shipped clinical content must be exactly what its lock records, at every start."""
    from decision_aid.domain.content import default_content_dir
    from decision_aid.domain.integrity import runtime_problem

    problem = runtime_problem(default_content_dir())
    if problem:
        raise CliError(problem)


def _usage_errors() -> tuple[type[Exception], ...]:
    """The errors reported as one line with status 2. ``StorageError`` only once the storage module
    is loaded (nothing can raise it before), so the desktop app's start does not import it."""
    storage = sys.modules.get("decision_aid.storage")
    loaded: tuple[type[Exception], ...] = (storage.StorageError,) if storage is not None else ()
    return (CliError, _StdoutError, *loaded)


# Commands that do one piece of work and end. The desktop app manages its own memory (ui/shell/app.py).
_ONE_SHOT = ("evaluate", "example", "schema", "questions", "report", "content")


def main(argv: Sequence[str] | None = None, *, one_shot_process: bool = False) -> int:
    """Run one command. ``one_shot_process``: the process ends with the command (the console entry
    point), so a command of :data:`_ONE_SHOT` runs without Python's cyclic garbage collector."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _plain_gui_start(argv) or _parser().parse_args(argv)
    if one_shot_process and args.command in _ONE_SHOT:
        # Collections triggered by the imports (pydantic, reportlab) and by reportlab's layout walk
        # every object the process holds, again and again: ~60 ms of a ~550 ms report. One command's
        # cyclic garbage is small (peak memory of a bilingual summary 84 MB with or without it,
        # docs/benchmarks.md), and the process ends when the command does.
        gc.disable()
    handlers = {
        "evaluate": _cmd_evaluate,
        "example": _cmd_example,
        "schema": _cmd_schema,
        "questions": _cmd_questions,
        "report": _cmd_report,
        "content": _cmd_content,
        "screenshots": _cmd_screenshots,
        "gui": _cmd_gui,
        None: _cmd_gui,
    }
    handler = handlers[args.command]
    try:
        if args.command not in ("content", "gui", None):  # the app checks it itself, with a dialog
            _check_shipped_content()
        status = handler(args)
        _out("")  # flush: a full device is reported now, not as a traceback at exit
        return status
    except _usage_errors() as exc:
        from decision_aid.storage import one_line

        if isinstance(exc, _StdoutError):
            _discard_stdout()
        print(f"decision-aid: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        _discard_stdout()
        return EXIT_OK


def run() -> None:
    """The console entry point (``decision-aid``, ``python -m decision_aid.cli``, the bundle)."""
    status = main(one_shot_process=True)
    if not gc.isenabled():
        # A one-shot command is done and its output flushed: the objects it made stay put until the
        # process ends, rather than being walked once more by the collection at exit (~50 ms).
        gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
