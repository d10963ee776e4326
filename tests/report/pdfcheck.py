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


@dataclass(frozen=True)
class Run:
    page: int
    y: float  # baseline, points from the bottom of the page
    size: float
    font: str
    text: str


def text_runs(pdf: bytes) -> list[Run]:
    """Every shown string with its effective font size and PDF font name (pypdf's text visitor)."""
    import io

    from pypdf import PdfReader

    runs: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(
            text: str, cm: list[float], tm: list[float], font: object, size: float, number: int = number
        ) -> None:
            if not text.strip() or not isinstance(font, dict):
                return
            scale = abs(tm[3]) * abs(cm[3]) or 1.0
            y = tm[5] * cm[3] + cm[5]
            runs.append(Run(number, y, round(size * scale, 2), str(font.get("/BaseFont", "")), text))

        page.extract_text(visitor_text=visit)
    return runs


# Body text lies above this height (points from the page bottom); the footer below it.
BODY_FLOOR = 50.0


def body_runs(pdf: bytes) -> dict[int, list[Run]]:
    """Runs of the page body (not the footer, not the running header), by page."""
    from reportlab.lib.units import mm

    from decision_aid.report.layout import MARGIN_TOP

    pages: dict[int, list[Run]] = {}
    runs = text_runs(pdf)
    top = max(r.y for r in runs)
    for run in runs:
        header = run.y > top - 1 and run.size < 8
        if run.y > BODY_FLOOR and not header:
            pages.setdefault(run.page, []).append(run)
    del mm, MARGIN_TOP
    return pages


def stranded_headings(pdf: bytes, heading_size: float) -> list[str]:
    """Pages whose last line of text is a heading (bold, at least the size of a level-2 heading)."""
    out = []
    pages = body_runs(pdf)
    last_page = max(pages)
    for number, runs in sorted(pages.items()):
        if number == last_page:
            continue
        lowest = min(runs, key=lambda r: r.y)
        words = re.search(r"[A-Za-z\u4e00-\u9fff]", lowest.text)
        if words and "Bold" in lowest.font and lowest.size >= heading_size - 0.01:
            out.append(f"page {number} ends with heading {lowest.text!r}")
    return out


def foot_gaps(pdf: bytes, bottom: float) -> dict[int, float]:
    """Blank space (points) between the last text of each page but the last and the bottom margin."""
    pages = body_runs(pdf)
    last_page = max(pages)
    return {n: min(r.y for r in runs) - bottom for n, runs in pages.items() if n != last_page}
