"""Small building blocks shared by the documents: table grids, tinted boxes, citation keys, user text."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from decision_aid.domain.content import Cited
from decision_aid.report.fonts import escape, has_cjk
from decision_aid.report.headings import SPLIT_IN_ROW, Heading
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import GRID, HEADER_FILL, table_style

KEY_SIZE = 7.5


def hex_colour(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]


def coloured(markup_text: str, colour: colors.Color) -> str:
    return f'<font color="{hex_colour(colour)}">{markup_text}</font>'


def grid(header: bool = True) -> list[tuple[object, ...]]:
    cmds: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return cmds


def box(content: list[Flowable], width: float, fill: colors.Color, edge: colors.Color) -> Table:
    """A tinted panel with a coloured bar on the left (verdict, certainty, investigational notice)."""
    # A long panel splits across pages (never moving whole and leaving a gap behind it).
    table = Table([[content]], colWidths=[width], splitInRow=SPLIT_IN_ROW)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def keys_markup(keys: list[str], sep: str = "<br/>") -> str:
    return f'<font size="{KEY_SIZE}">{sep.join(escape(k) for k in keys)}</font>'


def user_text(ctx: Ctx, text: str, style: str) -> Flowable:
    """Free text typed by a user: Chinese line breaking if it holds any Chinese, escaped either way."""
    return ctx.p(text, style, "zh" if has_cjk(text) else "en")


def cited_list(ctx: Ctx, items: tuple[Cited, ...], style: str = "bullet") -> list[Flowable]:
    out: list[Flowable] = []
    for item in items:
        out += ctx.paras(item.text, style, item.citations, bullet="•" if style == "bullet" else None)
    return out


class WritingLines(Flowable):
    """Ruled lines to write on. Where they do not all fit, as many as fit stay (at least ``least``)
    and the rest continue on the next page, so the lines never leave a gap or leave their heading."""

    def __init__(self, pitch: float, count: int, colour: colors.Color, least: int = 1) -> None:
        super().__init__()
        self.pitch = pitch
        self.count = count
        self.least = least
        self.colour = colour

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.pitch

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.pitch)
        if fits < self.least or fits >= self.count:
            return []
        return [
            WritingLines(self.pitch, fits, self.colour, self.least),
            WritingLines(self.pitch, self.count - fits, self.colour, self.least),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.5)
        for i in range(self.count):
            canvas.line(0, i * self.pitch, self.width, i * self.pitch)
        canvas.restoreState()


def _starts(flowable: Flowable, width: float, height: float) -> bool:
    """Whether the flowable, or a first part of it, fits in the height."""
    room = height - flowable.getSpaceBefore()
    if room <= 0:
        return False
    return bool(flowable.wrap(width, room)[1] <= room or len(flowable.split(width, room)) > 1)


class Float(Flowable):
    """A block (a drawing) that goes where it fits: here if there is room, otherwise after the next of
    the flowables that follow it, and so on, so that it never leaves a gap at a page foot."""

    def __init__(self, content: Flowable, after: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self.after = after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Always "too tall": the frame then asks split() where the block should go.
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _, height = self.content.wrap(availWidth, availHeight)
        if height <= availHeight:
            return [self.content, *self.after]
        if not self.after:
            return []
        first, rest = self.after[0], self.after[1:]
        # The frame gives the flowable the space left after its own space before.
        room = availHeight - first.getSpaceBefore()
        if room > 0 and first.wrap(availWidth, room)[1] <= room:
            if isinstance(first, Heading) and rest and not _starts(rest[0], availWidth, room - first.height):
                return []  # the heading would stand alone at the page foot: all go to the next page
            return [first, Float(self.content, rest)]
        # The next flowable does not fit whole either: take what of it fits, or go to the next page.
        parts = first.split(availWidth, room) if room > 0 else []
        return [parts[0], Float(self.content, [*parts[1:], *rest])] if len(parts) > 1 else []

    def draw(self) -> None:  # never drawn itself: split() always replaces it
        return None
