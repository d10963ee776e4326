"""Headings that keep their section together without leaving gaps: each knows what must fit below
it (a few lines, a table's first rows, or a subheading and what that needs) and moves to the next
page when that does not fit; each also leaves a PDF bookmark."""

from __future__ import annotations

from itertools import pairwise

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from decision_aid.report.kinsoku import KinsokuParagraph

# Room a heading asks for below itself, in units of the body size (two lines and their spacing), and
# over a table (header row and a first row).
HEADING_RESERVE = 3.2
TABLE_RESERVE = 15 * mm
# Tall table rows may split across pages, leaving at least this much (points) on either side, rather
# than move whole to the next page and leave a gap.
SPLIT_IN_ROW = 14


class Heading(KinsokuParagraph):
    """A heading that will not stand at a page foot: where the start of its section does not fit
    below it, it reports that it does not fit and cannot split, so the frame moves it to the next
    page. The start of a section is ``reserve`` points, or the header and first row of a table that
    follows, or the heading that follows and what that one needs. It also leaves an outline entry (a
    PDF bookmark) where it is drawn."""

    def __init__(
        self, text: str, style: ParagraphStyle, *, reserve: float, bookmark: str, level: int
    ) -> None:
        super().__init__(text, style)
        self.reserve = reserve
        self.bookmark = bookmark
        self.level = level
        self.keepWithNext = 0
        self.follow: Table | None = None
        self.next_heading: Heading | None = None
        self.first: Flowable | None = None  # the paragraph or block that opens the section
        self._starts: dict[float, float] = {}

    def need(self, width: float) -> float:
        """Points needed below this heading for the start of its section."""
        need = self.reserve
        if self.follow is not None:
            self.follow.wrap(width, _UNBOUNDED)
            rows = self.follow._rowHeights[: self.follow.repeatRows + 1]
            first = sum(rows) + 2
            if self.follow.splitInRow:
                # Room for the header and a few lines of the first row, which then splits.
                first = min(first, sum(rows[:-1]) + self.follow.splitInRow + 30)
            need = max(need, first)
        if self.first is not None:
            if width not in self._starts:
                # The heading's own space after and the opening block's space before come first.
                space = self.style.spaceAfter + self.first.getSpaceBefore()
                self._starts[width] = space + least_start(self.first, width)
            need = max(need, self._starts[width])
        nxt = self.next_heading
        if nxt is not None:
            _, height = KinsokuParagraph.wrap(nxt, width, _UNBOUNDED)
            need = max(need, height + nxt.style.spaceBefore + nxt.style.spaceAfter + nxt.need(width))
        return need

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        if availHeight < _FRESH_FRAME and height + self.need(availWidth) > availHeight:
            return width, availHeight + 1
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        super().draw()
        if not self.bookmark:
            return
        canvas = self.canv
        key = f"h{id(self)}"
        canvas.bookmarkHorizontal(key, 0, self.height)
        canvas.addOutlineEntry(self.bookmark, key, level=max(0, self.level - 1), closed=True)


# A frame taller than this is a fresh page: there the heading always fits.
_FRESH_FRAME = 200 * mm
_UNBOUNDED = 100_000.0


def least_start(flowable: Flowable, width: float) -> float:
    """The least height in which the flowable, or a first part of it, fits: a paragraph that may not
    leave a single line behind needs two lines, or all three of a three-line paragraph."""
    _, full = flowable.wrap(width, _UNBOUNDED)
    height = 0.0
    while height < full:
        height += 2
        if len(flowable.split(width, height)) > 1:
            return height
    return float(full)


def chain_headings(story: list[Flowable]) -> None:
    """Tell each heading what directly follows it: a table (its first rows must fit below the
    heading) or another heading (a section opening with a subsection needs room for both)."""
    for item in story:
        inner = getattr(item, "after", None)  # the flowables a floating block may go after
        if isinstance(inner, list):
            chain_headings(inner)
    for item, after in pairwise(story):
        if isinstance(item, Heading):
            # A floating block may go further down: what follows the heading is then its first item.
            floated = getattr(after, "after", None)
            if isinstance(floated, list) and floated:
                after = floated[0]
            if isinstance(after, Heading):
                item.next_heading = after
            elif isinstance(after, Table):
                item.follow = after
            else:
                item.first = after
