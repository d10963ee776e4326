"""Pictures for the patient handout, drawn as vectors: a labelled drawing of an SCS system and where
it sits, and 100-figure icon arrays for risks and benefits.

Words never live inside the drawings (they would escape line breaking and font fallback): parts are
numbered in the drawing and named in a legend set as ordinary paragraphs beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from decision_aid import palette as pal
from decision_aid.domain.content import Text
from decision_aid.report.fonts import LATIN, LATIN_BOLD
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import ACCENT, GRID, MUTED, table_style, tint

SKIN = colors.HexColor(pal.FIGURE_SKIN)
BONE = colors.HexColor(pal.FIGURE_BONE)
DEVICE = colors.HexColor(pal.FIGURE_DEVICE)
# The parts, in the order they are numbered in the drawing and listed in the legend.
SCS_PARTS = ("drawing_lead", "drawing_extension", "drawing_generator", "drawing_remote")


def _marker(drawing: Drawing, x: float, y: float, number: int) -> None:
    drawing.add(Circle(x, y, 7, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.8))
    drawing.add(String(x, y - 3.2, str(number), fontName=LATIN_BOLD, fontSize=8.5, fillColor=colors.white,
                       textAnchor="middle"))  # fmt: skip


def scs_system_drawing(height: float = 52 * mm) -> Drawing:
    """A back view of the trunk: the lead over the spinal cord, the extension under the skin, the
    generator in the buttock, and the hand-held remote outside the body; parts numbered 1-4."""
    width = 68 * mm
    # Otherwise the renderer starts in Helvetica, which reportlab references but never embeds.
    d = Drawing(width, height, initialFontName=LATIN, initialFontSize=9)
    scale = height / 200.0
    cx = 70 * scale
    # Trunk and hips, seen from behind.
    d.add(Rect(20 * scale, 6 * scale, 100 * scale, 188 * scale, rx=28 * scale, ry=28 * scale,
               fillColor=SKIN, strokeColor=MUTED, strokeWidth=0.6))  # fmt: skip
    # The spine: a column of vertebrae down the middle.
    y = 22 * scale
    while y < 180 * scale:
        d.add(Rect(cx - 7 * scale, y, 14 * scale, 9 * scale, rx=2, ry=2, fillColor=BONE,
                   strokeColor=GRID, strokeWidth=0.4))  # fmt: skip
        y += 12 * scale
    # The lead lies in the epidural space over the cord, its contacts at the top.
    lead_bottom, lead_top = 70 * scale, 150 * scale
    d.add(Line(cx, lead_bottom, cx, lead_top, strokeColor=DEVICE, strokeWidth=2.2))
    for i in range(6):
        d.add(Rect(cx - 2.2, lead_top - 4 - i * 5.2 * scale * 1.2, 4.4, 3, fillColor=colors.black,
                   strokeColor=None))  # fmt: skip
    # The extension runs under the skin to the generator in the upper buttock.
    gen_x, gen_y = 92 * scale, 26 * scale
    ext = Path(strokeColor=DEVICE, strokeWidth=1.4, fillColor=None)
    ext.moveTo(cx, lead_bottom)
    ext.curveTo(cx + 4 * scale, 48 * scale, gen_x - 10 * scale, 56 * scale, gen_x, gen_y + 14 * scale)
    d.add(ext)
    d.add(Rect(gen_x - 8 * scale, gen_y, 30 * scale, 20 * scale, rx=6 * scale, ry=6 * scale,
               fillColor=tint(DEVICE, 0.3), strokeColor=DEVICE, strokeWidth=0.8))  # fmt: skip
    # The remote is held in the hand, outside the body.
    rx, ry = 150 * scale, 40 * scale
    d.add(Rect(rx, ry, 26 * scale, 46 * scale, rx=5 * scale, ry=5 * scale, fillColor=colors.white,
               strokeColor=DEVICE, strokeWidth=0.9))  # fmt: skip
    d.add(Circle(rx + 13 * scale, ry + 14 * scale, 6 * scale, fillColor=tint(DEVICE, 0.5), strokeColor=None))
    d.add(Rect(rx + 5 * scale, ry + 28 * scale, 16 * scale, 12 * scale, fillColor=tint(ACCENT, 0.75),
               strokeColor=None))  # fmt: skip
    for i, (x, y) in enumerate(
        [
            (cx + 16 * scale, lead_top - 10 * scale),
            (cx + 22 * scale, 56 * scale),
            (gen_x + 30 * scale, gen_y + 24 * scale),
            (rx + 34 * scale, ry + 52 * scale),
        ],
        start=1,
    ):
        _marker(d, x, y, i)
    return d


def scs_system(ctx: Ctx) -> Table:
    """The drawing with its title and numbered legend beside it (each part in every chosen language)."""
    labels = ctx.content.labels.document
    legend: list[list[object]] = [[ctx.stack(labels["drawing_title"], "h2"), ""]]
    for number, key in enumerate(SCS_PARTS, start=1):
        legend.append([ctx.p(f"{number}", "body", "en"), ctx.cell(labels[key], "body")])
    legend_table = Table(legend, colWidths=[8 * mm, ctx.width - 76 * mm])
    legend_table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    outer = Table([[scs_system_drawing(), legend_table]], colWidths=[70 * mm, ctx.width - 70 * mm])
    outer.setStyle(
        table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return outer


class IconArray(Flowable):
    """100 (``total``) person figures in rows of ten, the first ``count`` in colour and up to ``high``
    in a lighter tint (a range, "30% to 40%"): "N in 100". Takes its numbers from content (a figure
    listed on a reference); it draws no words itself. Every array drawn leaves a marked-content tag
    in the page (/IconArray with its counts), so tests can find each one."""

    def __init__(self, count: int, colour: colors.Color, total: int = 100, per_row: int = 10,
                 icon: float = 3.6 * mm, high: int | None = None) -> None:  # fmt: skip
        super().__init__()
        high = count if high is None else high
        if not 0 <= count <= high <= total:
            raise ValueError(f"count must be between 0 and {total} (got {count}, {high})")
        self.count = count
        self.high = high
        self.total = total
        self.per_row = per_row
        self.icon = icon
        self.colour = colour

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows = -(-self.total // self.per_row)
        return self.per_row * self.icon, rows * self.icon * 1.25

    def draw(self) -> None:
        canvas = self.canv
        rows = -(-self.total // self.per_row)
        step_y = self.icon * 1.25
        canvas.saveState()
        # A marked-content tag per array: invisible, but countable in the page content.
        canvas._code.append(f"/IconArray <</Count {self.count} /High {self.high}>> BDC")
        canvas.setLineWidth(0)
        light = tint(self.colour, 0.55)
        for i in range(self.total):
            row, col = divmod(i, self.per_row)
            x = col * self.icon + self.icon / 2
            y = (rows - 1 - row) * step_y
            canvas.setFillColor(self.colour if i < self.count else light if i < self.high else BONE)
            canvas.circle(x, y + self.icon * 0.95, self.icon * 0.17, stroke=0, fill=1)
            canvas.roundRect(x - self.icon * 0.25, y + self.icon * 0.1, self.icon * 0.5, self.icon * 0.62,
                             self.icon * 0.15, stroke=0, fill=1)  # fmt: skip
        canvas._code.append("EMC")
        canvas.restoreState()


def icon_array(
    ctx: Ctx, count: int, caption: Text, colour: colors.Color, *, high: int | None = None,
    width: float | None = None, icon: float = 3.6 * mm, citations: Sequence[str] = (), per_row: int = 10,
) -> Table:  # fmt: skip
    """An icon array with its caption beside it, in every language (the sources after the last)."""
    array = IconArray(count, colour, icon=icon, high=high, per_row=per_row)
    width = width or ctx.width
    side = array.wrap(width, 1000)[0] + 4 * mm
    last = len(ctx.langs) - 1
    words = [
        ctx.p(caption.get(lang), "cell", lang, ctx.cite_markup(citations) if i == last and citations else "")
        for i, lang in enumerate(ctx.langs)
    ]
    table = Table([[array, words]], colWidths=[side, width - side])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
