"""Checks of a rendered PDF as a reader sees it, via poppler's pdftotext (layout text and word boxes)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from decision_aid.report.kinsoku import NO_END, NO_START

POPPLER = shutil.which("pdftotext") is not None
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _run(pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", *args, str(path), "-"], check=True, capture_output=True, timeout=60
        )
        return out.stdout.decode("utf-8")


def layout_lines(pdf: bytes) -> list[str]:
    return _run(pdf, "-layout").splitlines()


def kinsoku_violations(pdf: bytes) -> list[str]:
    """Lines (each column of a table row separately) that start with closing punctuation, end with an
    opening bracket or quote, or split a citation marker such as "[2, 3]"."""
    bad: list[str] = []
    for line in layout_lines(pdf):
        for segment in re.split(r"\s{2,}|\f", line):
            seg = segment.strip()
            if not seg:
                continue
            if seg[0] in NO_START and seg[0] not in ".,":  # "…" / "." start Latin list numbers
                bad.append(f"starts with {seg[0]!r}: {seg}")
            if seg[-1] in NO_END:
                bad.append(f"ends with {seg[-1]!r}: {seg}")
            if re.search(r"\[[^\]]*$", seg) or re.match(r"^[^\[]*\]", seg):
                bad.append(f"split citation: {seg}")
    return bad


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


class _BBoxParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pages: list[tuple[float, float]] = []
        self.words: list[Word] = []
        self._attrs: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "page":
            self.pages.append((float(values["width"]), float(values["height"])))
        elif tag == "word":
            self._attrs = values

    def handle_data(self, data: str) -> None:
        if self._attrs is not None:
            a = self._attrs
            box = (float(a["xmin"]), float(a["ymin"]), float(a["xmax"]), float(a["ymax"]))
            self.words.append(Word(len(self.pages), *box, data))
            self._attrs = None


def words(pdf: bytes) -> tuple[list[tuple[float, float]], list[Word]]:
    """Page sizes and every word with its box (points, origin top left), pages numbered from 1."""
    parser = _BBoxParser()
    parser.feed(_run(pdf, "-bbox"))
    return parser.pages, parser.words


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None
