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
    pages: dict[int, list[Run]] = {}
    runs = text_runs(pdf)
    top = max(r.y for r in runs)
    for run in runs:
        header = run.y > top - 1 and run.size < 8
        if run.y > BODY_FLOOR and not header:
            pages.setdefault(run.page, []).append(run)
    return pages


def stranded_headings(pdf: bytes, heading_size: float) -> list[str]:
    """Pages whose last line of text is a heading (text at least the size of a level-2 heading)."""
    out = []
    pages = body_runs(pdf)
    last_page = max(pages)
    for number, runs in sorted(pages.items()):
        if number == last_page:
            continue
        lowest = min(runs, key=lambda r: r.y)
        words = re.search(r"[A-Za-z\u4e00-\u9fff]", lowest.text)
        # By size alone: the Chinese bold is the regular face stroked, so its name says nothing.
        if words and lowest.size >= heading_size - 0.01:
            out.append(f"page {number} ends with heading {lowest.text!r}")
    return out


def _graphics_lows(pdf: bytes, floor: float) -> dict[int, float]:
    """The lowest point of any rule, box or fill drawn above ``floor`` on each page (table grids,
    tick boxes, writing lines), from the content stream with its transformation matrices."""
    import io

    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    lows: dict[int, float] = {}
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        stack: list[tuple[float, ...]] = []
        low = float("inf")

        def y_of(x: float, y: float, m: tuple[float, ...]) -> float:
            return m[1] * x + m[3] * y + m[5]

        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q" and stack:
                ctm = stack.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = ctm
                ctm = (
                    a * m[0] + b * m[2],
                    a * m[1] + b * m[3],
                    c * m[0] + d * m[2],
                    c * m[1] + d * m[3],
                    e * m[0] + f * m[2] + m[4],
                    e * m[1] + f * m[3] + m[5],
                )
            elif op in (b"m", b"l"):
                ys = [y_of(float(operands[0]), float(operands[1]), ctm)]
            elif op == b"re":
                x, y, _, h = (float(v) for v in operands)
                ys = [y_of(x, y, ctm), y_of(x, y + h, ctm)]
            else:
                continue
            if op in (b"m", b"l", b"re"):
                above = [v for v in ys if v > floor]
                if above:
                    low = min(low, *above)
        lows[number] = low
    return lows


def foot_gaps(pdf: bytes, bottom: float) -> dict[int, float]:
    """Blank space (points) between the lowest text or drawing of each page but the last and the
    bottom margin of the body frame."""
    pages = body_runs(pdf)
    graphics = _graphics_lows(pdf, bottom - 3)
    last_page = max(pages)
    out = {}
    for number, runs in pages.items():
        if number != last_page:
            lowest = min(min(r.y for r in runs), graphics.get(number, float("inf")))
            out[number] = lowest - bottom
    return out
