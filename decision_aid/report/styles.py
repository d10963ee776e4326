"""Paragraph styles and colours for both documents.

Every style exists once per language: English is set in DejaVu Sans, Chinese in WenQuanYi Micro Hei with
Chinese line breaking (kinsoku.py). WQY has no bold face; its bold is a stroked fill (fonts.CJK_BOLD), so
Chinese is emphasised wherever English is set in DejaVu Bold, Latin words in Chinese text included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from decision_aid import palette as pal
from decision_aid.domain.content import Lang
from decision_aid.report.fonts import CJK, CJK_BOLD, LATIN, LATIN_BOLD

INK = colors.HexColor(pal.INK)
# The second language of a bilingual document: a dark blue-grey, told apart from the first at a glance.
SECOND_INK = colors.HexColor(pal.SECOND_INK)
SECOND_ACCENT = colors.HexColor(pal.SECOND_ACCENT)
MUTED = colors.HexColor(pal.MUTED)
ACCENT = colors.HexColor(pal.PRINT_ACCENT)
RULE = colors.HexColor(pal.RULE)
GRID = colors.HexColor(pal.GRID)
HEADER_FILL = colors.HexColor(pal.HEADER_FILL)
BOX_FILL = colors.HexColor(pal.BOX_FILL)

# Colour always comes with words (the label); these only make the words easier to find. The tones
# are the app's own (decision_aid.palette), so a verdict looks the same on screen and on paper.
VERDICT_COLOURS: dict[str, colors.Color] = {
    key: colors.HexColor(pal.TONES[key].ink)
    for key in ("appropriate", "uncertain", "not_appropriate", "investigational", "incomplete")
}
STATUS_COLOURS: dict[str, colors.Color] = {
    key: colors.HexColor(pal.TONES[key].ink) for key in ("met", "not_met", "unknown", "caution", "red_flag")
}
FINDING_COLOURS: dict[str, colors.Color] = {
    key: colors.HexColor(pal.TONES[tone].ink) for key, tone in pal.FINDING_TONES.items()
}
BENEFIT_FILL = colors.HexColor(pal.BENEFIT_FILL)
HARM_FILL = colors.HexColor(pal.HARM_FILL)
NOTICE_FILL = colors.HexColor(pal.NOTICE_FILL)


def tint(colour: colors.Color, amount: float = 0.88) -> colors.Color:
    """A pale version of a colour, for backgrounds that keep dark text readable."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


def body_font(lang: Lang, bold: bool = False) -> str:
    if lang == "zh":
        return CJK_BOLD if bold else CJK
    return LATIN_BOLD if bold else LATIN


@dataclass(frozen=True)
class Sizes:
    """Point sizes of one document; the handout is larger because patients read it."""

    body: float
    small: float
    cell: float
    h1: float
    h2: float
    title: float
    # The clinician summary is set a little tighter (it has a page budget: three pages before the
    # references); the handout keeps its open leading for patients.
    dense: bool = False


CLINICIAN_SIZES = Sizes(body=9, small=7.5, cell=7.5, h1=12.5, h2=10.5, title=17, dense=True)
HANDOUT_SIZES = Sizes(body=12, small=10, cell=12, h1=16, h2=13.5, title=21)


MIN_CJK_SIZE = 9.0
_MIXED = {"h1", "h2", "title", "cell_head", "small"}


class Styles:
    """Named paragraph styles, each per language: ``styles.get("body", "zh")``."""

    def __init__(self, sizes: Sizes) -> None:
        self.sizes = sizes
        self._styles: dict[tuple[str, Lang], ParagraphStyle] = {}
        for lang in ("en", "zh"):
            self._build(lang)

    def get(self, name: str, lang: Lang) -> ParagraphStyle:
        return self._styles[(name, lang)]

    def second(self, name: str, lang: Lang) -> ParagraphStyle:
        """The style for the second language of a bilingual pair: same type, its own ink."""
        key = (f"{name}~second", lang)
        if key not in self._styles:
            base = self._styles[(name, lang)]
            ink = {INK.hexval(): SECOND_INK, ACCENT.hexval(): SECOND_ACCENT}.get(base.textColor.hexval())
            self._styles[key] = ParagraphStyle(
                f"{base.name}-second", parent=base, textColor=ink or base.textColor
            )
        return self._styles[key]

    def stacked(self, name: str, lang: Lang) -> ParagraphStyle:
        """A label style whose lines may differ in size (one language per line)."""
        key = (f"{name}~stacked", lang)
        if key not in self._styles:
            base = self._styles[(name, lang)]
            self._styles[key] = ParagraphStyle(f"{base.name}-stacked", parent=base, autoLeading="max")
        return self._styles[key]

    def _add(self, name: str, lang: Lang, **kw: Any) -> None:
        kw.setdefault("fontName", body_font(lang))
        # The bullet font defaults to Helvetica, which reportlab references but never embeds; DejaVu
        # has the bullet and the numbers for both languages.
        kw.setdefault("bulletFontName", LATIN)
        kw.setdefault("textColor", INK)
        # A paragraph split between pages leaves at least two lines on each side (no orphan or
        # widow), so a list item or reference never shows a single stray line.
        # Table cells are the exception: a row split between pages may leave a single line.
        in_cell = name.startswith("cell")
        kw.setdefault("allowWidows", int(in_cell))
        kw.setdefault("allowOrphans", int(in_cell))
        # Chinese has no spaces: without CJK wrapping a line would only break at Latin spaces. Headings
        # and labels carry both languages on one line in bilingual mode; CJK wrapping keeps Latin
        # words whole, so it is safe there too.
        if lang == "zh" and kw.get("fontSize", 10) < MIN_CJK_SIZE:
            # Chinese characters are dense: below 9 pt their strokes run together in print.
            scale = MIN_CJK_SIZE / kw["fontSize"]
            kw["fontSize"] = MIN_CJK_SIZE
            kw["leading"] = kw.get("leading", MIN_CJK_SIZE * 1.2) * scale
        if lang == "zh" or name in _MIXED:
            kw["wordWrap"] = "CJK"
        self._styles[(name, lang)] = ParagraphStyle(f"{name}-{lang}", **kw)

    def _build(self, lang: Lang) -> None:
        s = self.sizes
        # Chinese glyphs fill the em square; a little more leading keeps lines from crowding.
        lead = 1.42 if lang == "zh" else 1.32
        cell_lead = (1.3 if lang == "zh" else 1.22) if s.dense else lead
        if s.dense:
            lead -= 0.06
        gap = 0.18 if s.dense else 0.3  # between list items
        self._add("body", lang, fontSize=s.body, leading=s.body * lead, spaceAfter=s.body * 0.35)
        self._add("body_pair", lang, fontSize=s.body, leading=s.body * lead, spaceAfter=s.body * 0.1)
        self._add(
            "bullet",
            lang,
            fontSize=s.body,
            leading=s.body * lead,
            leftIndent=s.body * 1.2,
            bulletIndent=s.body * 0.2,
            spaceAfter=s.body * gap,
        )
        self._add(
            "bullet_pair",
            lang,
            fontSize=s.body,
            leading=s.body * lead,
            leftIndent=s.body * 1.2,
            bulletIndent=s.body * 0.2,
            spaceAfter=s.body * 0.05,
        )
        self._add("small", lang, fontSize=s.small, leading=s.small * lead, textColor=MUTED)
        self._add(
            "reference",
            lang,
            fontSize=s.small,
            leading=s.small * lead,
            leftIndent=s.small * 2.2,
            bulletIndent=0,
            spaceAfter=s.small * 0.3,
        )
        self._add("cell", lang, fontSize=s.cell, leading=s.cell * cell_lead)
        self._add(
            "cell_bold", lang, fontSize=s.cell, leading=s.cell * cell_lead, fontName=body_font(lang, True)
        )
        self._add(
            "cell_head",
            lang,
            fontSize=s.cell,
            leading=s.cell * cell_lead,
            fontName=body_font(lang, True),
            textColor=ACCENT,
        )
        self._add(
            "h1",
            lang,
            fontName=body_font(lang, True),
            fontSize=s.h1,
            leading=s.h1 * 1.3,
            textColor=ACCENT,
            spaceBefore=s.h1 * (0.6 if s.dense else 0.8),
            spaceAfter=s.h1 * 0.3,
        )
        self._add(
            "h2",
            lang,
            fontName=body_font(lang, True),
            fontSize=s.h2,
            leading=s.h2 * 1.3,
            textColor=ACCENT,
            spaceBefore=s.h2 * 0.6,
            spaceAfter=s.h2 * 0.2,
        )
        self._add(
            "title",
            lang,
            fontName=body_font(lang, True),
            fontSize=s.title,
            leading=s.title * 1.25,
            textColor=ACCENT,
            spaceAfter=s.title * 0.15,
        )
        self._add(
            "verdict",
            lang,
            fontName=body_font(lang, True),
            fontSize=s.h1 + 1,
            leading=(s.h1 + 1) * 1.3,
        )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cell font is embedded: reportlab sets each cell's font even when the cell
    holds paragraphs, and its default (Helvetica) would be referenced without being embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN), *commands])
