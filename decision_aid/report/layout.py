"""What both documents share: the language mode, bilingual paragraphs, the page frame and the footer.

Bilingual mode sets each part in English then Chinese, one after the other, so a reader of either
language follows the page top to bottom; short labels (headings, table headers) share one line.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from decision_aid import palette as pal
from decision_aid.domain.content import ContentLibrary, Lang, Text, default_content
from decision_aid.domain.documents import DocumentLibrary
from decision_aid.domain.evaluate import Evaluation
from decision_aid.report.fonts import LATIN, escape, font_runs, markup
from decision_aid.report.headings import HEADING_RESERVE, TABLE_RESERVE, Heading, chain_headings
from decision_aid.report.kinsoku import KinsokuParagraph
from decision_aid.report.styles import MUTED, RULE, Styles, body_font

DocLang = Literal["bilingual", "en", "zh"]
Paper = Literal["a4", "letter"]

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN_X: float = 16 * mm
MARGIN_TOP: float = 16 * mm
FOOTER_SIZE = 7.5
NBSP = "\u00a0"
NBSP_COMMA = ",\u00a0"
FOOTER_LEAD = 9.4


def languages(lang: DocLang) -> tuple[Lang, ...]:
    return ("en", "zh") if lang == "bilingual" else (lang,)


@dataclass
class Ctx:
    """Everything a story builder needs; turns bilingual content into flowables for the chosen mode."""

    langs: tuple[Lang, ...]
    styles: Styles
    content: ContentLibrary
    docs: DocumentLibrary
    evaluation: Evaluation
    width: float
    cited: list[str] = field(default_factory=list)
    # The handout numbers its sources; the clinician summary prints the citation keys themselves.
    numbers: dict[str, int] | None = None

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    def cite(self, keys: Iterable[str]) -> list[str]:
        keys = list(keys)
        for key in keys:
            if key not in self.cited:
                self.cited.append(key)
        return keys

    def p(
        self,
        text: str,
        style: str,
        lang: Lang,
        extra: str = "",
        bullet: str | None = None,
        prefix: str = "",
    ) -> Paragraph:
        """One paragraph of plain text (escaped), with optional ready-made markup around it; in
        bilingual mode the second language is set in its own ink so either can be read alone."""
        st = self.styles.get(style, lang)
        if self.bilingual and lang == self.langs[-1]:
            st = self.styles.second(style, lang)
        return KinsokuParagraph(prefix + markup(text, st.fontName) + extra, st, bulletText=bullet)

    def paras(
        self,
        text: Text,
        style: str = "body",
        citations: Sequence[str] = (),
        bullet: str | None = None,
    ) -> list[Flowable]:
        """The text once per language; in bilingual mode the pair is kept close together."""
        out: list[Flowable] = []
        suffix = self.cite_markup(citations) if citations else ""
        for i, lang in enumerate(self.langs):
            last = i == len(self.langs) - 1
            name = f"{style}_pair" if not last and style in _PAIRED else style
            body = typographic(text.get(lang))
            out.append(self.p(body, name, lang, suffix if last else "", bullet if i == 0 else None))
        return out

    def cite_markup(self, keys: Sequence[str]) -> str:
        """Citation keys in small muted type after a paragraph (handout uses numbers instead)."""
        keys = self.cite(keys)
        size = self.styles.sizes.small
        shown = [str(self.numbers[k]) for k in keys] if self.numbers is not None else keys
        # No-break spaces: a marker such as "[2, 3]" never splits across lines.
        joined = escape(NBSP_COMMA.join(shown))
        return f'{NBSP}<font size="{size}" color="{pal.MUTED}">[{joined}]</font>'

    def label(self, text: Text, sep: str = " · ") -> str:
        """A short label in every chosen language on one line (plain text, not markup)."""
        parts = [text.get(lang) for lang in self.langs]
        return sep.join(dict.fromkeys(parts))

    def stack(self, text: Text, style: str) -> Paragraph:
        """A short label (heading, field name) with each language on its own line, each in its own
        font and size; a label that reads the same in both languages is printed once."""
        parts = list(dict.fromkeys(text.get(lang) for lang in self.langs))
        first = self.styles.get(style, self.langs[0])
        body = markup(parts[0], first.fontName)
        if len(parts) > 1:
            second = self.styles.second(style, self.langs[1])
            colour = "#" + str(second.textColor.hexval())[2:]
            inner = markup(parts[1], second.fontName)
            font = f'face="{second.fontName}" size="{second.fontSize}" color="{colour}"'
            body += f"<br/><font {font}>{inner}</font>"
            first = self.styles.stacked(style, self.langs[0])
        return KinsokuParagraph(body, first)

    def stack_para(self, text: Text, style: str) -> tuple[str, ParagraphStyle]:
        para = self.stack(text, style)
        return para.text, para.style

    def heading(self, text: Text, level: int = 1, reserve: float = 0) -> Paragraph:
        """A section heading that moves to the next page unless the start of its section fits below
        it (never stranded at a page foot, and no gap left by keeping a whole table with it)."""
        body, style = self.stack_para(text, f"h{level}")
        room = reserve or HEADING_RESERVE * self.styles.sizes.body
        head = Heading(body, style, reserve=room, bookmark=self.bookmark_title(text), level=level)
        return head

    def label_heading(self, text: Text, reserve: float) -> Paragraph:
        """A small label over a block (a table, a checklist) that must not be left without it."""
        body, style = self.stack_para(text, "cell_head")
        return Heading(body, style, reserve=reserve, bookmark="", level=0)

    def bookmark_title(self, text: Text) -> str:
        return " / ".join(dict.fromkeys(text.get(lang) for lang in self.langs))

    def table_heading(self, text: Text, level: int = 1) -> list[Flowable]:
        """A heading over a table: room for the heading, the header row and the first rows."""
        return [self.heading(text, level, reserve=TABLE_RESERVE)]

    def cell(self, text: Text, style: str = "cell") -> list[Flowable]:
        """A table cell in every language; language-neutral text ("42", "VAS 72 mm") prints once."""
        if len({text.get(lang) for lang in self.langs}) == 1:
            return [self.p(typographic(text.get(self.langs[0])), style, self.langs[0])]
        return [self.p(typographic(text.get(lang)), style, lang) for lang in self.langs]

    def cell_with(self, text: Text, aside: Text, style: str = "cell") -> list[Flowable]:
        """A cell whose text runs on into a muted aside ("Design · population"): one paragraph per
        language rather than two, which keeps the rows of the clinician's tables short."""
        pairs = {(text.get(lang), aside.get(lang)) for lang in self.langs}
        out: list[Flowable] = []
        for lang in self.langs if len(pairs) > 1 else self.langs[:1]:
            font = self.styles.get(style, lang).fontName
            rest = markup(NBSP + "· " + typographic(aside.get(lang)), font)
            out.append(
                self.p(typographic(text.get(lang)), style, lang, f'<font color="{pal.MUTED}">{rest}</font>')
            )
        return out

    def cell_plain(self, text: str, style: str = "cell") -> Paragraph:
        """Language-neutral text (keys, numbers, user text) in a cell."""
        return self.p(text, style, self.langs[0])


_PAIRED = {"body", "bullet"}


def draw_runs(canvas: Canvas, x: float, y: float, text: str, primary: str, size: float) -> float:
    """Draw mixed-script text with a font per run; returns the width drawn."""
    start = x
    for font, chunk in font_runs(text, primary):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, font, size)
    return x - start


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def human_date(when: date, lang: Lang) -> str:
    """A date as people write it, "29 November 2026" in English (never locale-dependent); the
    pattern of each language is in the content (``labels.document.date``)."""
    template = default_content().labels.document["date"].get(lang)
    return template.format(day=when.day, month=when.month, year=when.year, month_name=_MONTHS[when.month - 1])


def human_date_text(when: date) -> Text:
    return Text(en=human_date(when, "en"), zh=human_date(when, "zh"))


def human_date_of(text: str) -> Text:
    """An ISO date from content ("2026-11-29") as people write it; other text as it is."""
    try:
        return human_date_text(date.fromisoformat(text))
    except ValueError:
        return Text(en=text, zh=text)


def human_stamp(when: datetime, lang: Lang) -> str:
    return f"{human_date(when, lang)} {when:%H:%M}"


@dataclass(frozen=True)
class Footer:
    """The lines at the foot of every page; the page total is known only once the story is laid out.

    The clinician summary's footer names the app and content versions and the content hash; the
    patient handout's speaks to the patient, and carries the versions only in a small document code."""

    ctx_langs: tuple[Lang, ...]
    labels: dict[str, Text]
    app: str
    content: str
    short_hash: str
    when: datetime
    header: str = ""
    patient: Text | None = None  # the handout's footer sentence ({page}, {pages}, {date})
    code: str = ""  # the handout's document code
    watermark: str = ""  # across every page, e.g. for an example assessment

    def lines(self, page: int, pages: int) -> list[tuple[str, Lang]]:
        out: list[tuple[str, Lang]] = []
        for lang in self.ctx_langs:
            if self.patient is not None:
                date_text = human_date(self.when, lang)
                out.append((self.patient.get(lang).format(page=page, pages=pages, date=date_text), lang))
                continue
            parts = [
                self.labels["page"].get(lang).format(page=page, pages=pages),
                self.labels["versions"]
                .get(lang)
                .format(app=self.app, content=self.content, hash=self.short_hash),
                self.labels["generated"].get(lang).format(when=human_stamp(self.when, lang)),
            ]
            out.append((" · ".join(parts), lang))
        if self.patient is None:
            disclaimer = " ".join(self.labels["disclaimer"].get(lang) for lang in self.ctx_langs)
            out.append((disclaimer, self.ctx_langs[0]))
        else:
            out.append((self.code, self.ctx_langs[0]))
        return out

    def height(self) -> float:
        return float((len(self.ctx_langs) + 1) * FOOTER_LEAD + 4 * mm)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = canvas._pagesize  # type: ignore[attr-defined]  # private, not in the stubs
        canvas.saveState()
        canvas.setFillColor(MUTED)
        lines = self.lines(page, pages)
        y = 9 * mm + (len(lines) - 1) * FOOTER_LEAD
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y + FOOTER_LEAD + 1, width - MARGIN_X, y + FOOTER_LEAD + 1)
        for text, lang in lines:
            draw_runs(canvas, MARGIN_X, y, text, body_font(lang), FOOTER_SIZE)
            y -= FOOTER_LEAD
        if self.header and page > 1:
            top = canvas._pagesize[1] - 9 * mm  # type: ignore[attr-defined]
            draw_runs(canvas, MARGIN_X, top, self.header, body_font(self.ctx_langs[0]), FOOTER_SIZE)
        if self.watermark:  # along the page's diagonal, scaled to fit it
            height = canvas._pagesize[1]  # type: ignore[attr-defined]
            font = body_font(self.ctx_langs[0])
            wide = sum(stringWidth(chunk, f, 40) for f, chunk in font_runs(self.watermark, font))
            size = min(40.0, 40 * 0.8 * math.hypot(width, height) / wide)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(math.degrees(math.atan2(height, width)))
            canvas.setFillColor(RULE, alpha=0.35)
            draw_runs(canvas, -wide * size / 80, -size / 3, self.watermark, font, size)
        canvas.restoreState()


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that holds pages back until the end so each footer can say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's documented recipe

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                footer.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render(
    story: list[Flowable],
    *,
    paper: Paper,
    footer: Footer,
    title: str,
    subject: str,
    author: str,
    pdf_lang: str,
    keywords: Sequence[str] = (),
) -> bytes:
    """Lay out the story on the chosen paper and return the PDF bytes."""
    buffer = io.BytesIO()
    page_size = PAGE_SIZES[paper]
    bottom = footer.height() + 9 * mm
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=bottom,
        # Metadata is shown by viewers and indexed by file managers: never put patient data here.
        title=title,
        subject=subject,
        author=author,
        creator=author,
        keywords=list(keywords),
        lang=pdf_lang,
        pageCompression=1,
        displayDocTitle=1,
        # Otherwise every page starts in Helvetica, a font reportlab references but never embeds.
        initialFontName=LATIN,
        initialFontSize=9,
        initialLeading=11,
    )
    frame = Frame(
        MARGIN_X,
        bottom,
        page_size[0] - 2 * MARGIN_X,
        page_size[1] - MARGIN_TOP - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    chain_headings(story)
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


def frame_width(paper: Paper) -> float:
    return PAGE_SIZES[paper][0] - 2 * MARGIN_X


_MINUS = re.compile(r"(?<![\w.\-–])-(?=\d)")
_RANGE = re.compile(r"(?<![\w.\-–])(\d{1,3}(?:\.\d+)?)-(\d{1,3}(?:\.\d+)?)(?![\w\-])")


def typographic(text: str) -> str:
    """Content text with true minus signs ("−2.1") and en dashes in ranges ("6–12"). Not for user
    text, where "CRPS-2026-014" is an identifier."""
    return _MINUS.sub("−", _RANGE.sub(r"\1–\2", text))
