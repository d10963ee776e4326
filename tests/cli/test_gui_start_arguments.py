"""A plain start of the desktop app skips building the argument parser (docs/benchmarks.md): it must
read those arguments exactly as the parser does, and leave everything else to the parser."""

from __future__ import annotations

import pytest

from decision_aid.cli import _parser, _plain_gui_start

PLAIN = [
    [],
    ["gui"],
    ["gui", "--smoke-test"],
    ["gui", "case.json"],
    ["gui", "case.json", "--smoke-test"],
    ["gui", "--smoke-test", "case.json"],
    ["gui", ""],
    ["gui", "gui"],
    ["gui", "with space.json"],
]
NOT_PLAIN = [
    ["gui", "-h"],
    ["gui", "--help"],
    ["gui", "--smoke"],  # the parser reads an abbreviation
    ["gui", "--smoke-test", "--smoke-test"],
    ["gui", "--example", "crps"],
    ["gui", "a.json", "b.json"],
    ["gui", "-1"],
    ["gui", "--"],
    ["gui", "--", "-file.json"],
    ["--example", "crps"],
    ["--version"],
    ["-h"],
    ["evaluate", "case.json"],
    ["case.json"],
    ["GUI"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=repr)
def test_a_plain_start_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    plain = _plain_gui_start(argv)
    assert plain is not None
    assert vars(plain) == vars(_parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=repr)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert _plain_gui_start(argv) is None
