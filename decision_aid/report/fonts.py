"""Embedded fonts and the per-character font choice that keeps every glyph visible.

reportlab embeds TrueType outlines only, always as subsets. DejaVu Sans carries Latin text; WenQuanYi
Micro Hei (subfont 0 of the .ttc) carries Chinese. Neither covers everything users type (notes may mix
scripts or hold emoji), so text is split into runs, each set in the first font that has its glyphs;
a character no bundled font has is replaced rather than left to render as an invisible notdef.
"""

from __future__ import annotations

import copy
import re
import threading
import unicodedata
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from decision_aid.report.font_cache import bundled_font, load_face
from decision_aid.resources_path import resource_dir

LATIN = "DejaVuSans"
LATIN_BOLD = "DejaVuSans-Bold"
CJK = "WQYMicroHei"
# WQY has no bold face: its bold is the same outlines filled and stroked with a thin outline of the
# text colour (PDF text render mode 2), registered under its own name so paragraphs can ask for it.
CJK_BOLD = "WQYMicroHei-Bold"
FAKE_BOLD_STROKE = 0.045  # stroke width as a fraction of the font size

_FILES = {
    LATIN: ("DejaVuSans.ttf", 0),
    LATIN_BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
    CJK_BOLD: ("wqy-microhei.ttc", 0),
}
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
# Fonts are global in reportlab; the desktop app may render from a worker thread.
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts once per process (idempotent and thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resource_dir() / "fonts"
        parsed: dict[tuple[str, int], TTFont] = {}
        for name, (filename, index) in _FILES.items():
            path = str(folder / filename)
            first = parsed.get((path, index))
            if first is None:
                font = parsed[path, index] = bundled_font(name, load_face(path, index))
            else:
                # reportlab keys TrueType fonts by face: a second name for a face already registered
                # maps to that very font object, so the file is not parsed again (WQY: ~60 ms).
                font = copy.copy(first)
                font.fontName = name
            pdfmetrics.registerFont(font)
        # Streams are written binary (Flate only): ASCII85 on top costs time and makes them a
        # quarter larger, and nothing needs a 7-bit clean PDF.
        rl_config.useA85 = 0
        # <b> inside a paragraph must resolve to an embedded face.
        for regular, bold in (
            (LATIN, LATIN_BOLD),
            (LATIN_BOLD, LATIN_BOLD),
            (CJK, CJK_BOLD),
            (CJK_BOLD, CJK_BOLD),
        ):
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
        _chinese_line_breaking()
        _fake_bold()
        _registered = True


# Chinese punctuation that must not start a line. reportlab's list comes from Japanese rules and
# lacks the full-width comma, semicolon, colon, question and exclamation marks and closing quotes,
# so "，" could open a line.
_CANNOT_START_ZH = "，；：？！》〉”’…"


def _chinese_line_breaking() -> None:
    # Both copies matter: single-font paragraphs break in textsplit, mixed-font ones in paragraph.
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        # A module-level table the stubs do not declare.
        table: str = module.ALL_CANNOT_START
        missing = "".join(ch for ch in _CANNOT_START_ZH if ch not in table)
        module.ALL_CANNOT_START += missing


def _colour_code(tx: Any, colour: Any) -> str:
    """The PDF operator that sets the stroke colour, as reportlab writes it."""
    code, saved = tx._code, getattr(tx, "_strokeColorObj", None)
    tx._code = []
    try:
        tx.setStrokeColor(colour if colour is not None else (0, 0, 0))
        return " ".join(tx._code)
    finally:
        tx._code = code
        tx._strokeColorObj = saved


def _fake_bold() -> None:
    """Text set in CJK_BOLD is filled and stroked; the stroke state is restored right after it, so
    lines drawn later (table rules) keep the width and colour the canvas believes it has."""
    from reportlab.pdfgen.textobject import PDFTextObject

    original = PDFTextObject._formatText
    if getattr(original, "_fake_bold", False):
        return

    def _format_text(self: Any, text: str) -> str:
        code: str = original(self, text)
        if self._fontname != CJK_BOLD or not code:
            return code
        canvas = self._canvas
        fill = getattr(self, "_fillColorObj", None) or getattr(canvas, "_fillColorObj", None)
        width = FAKE_BOLD_STROKE * (self._fontsize or 10)
        before = f"2 Tr {width:.3f} w {_colour_code(self, fill)}"
        after = f"0 Tr {canvas._lineWidth} w {_colour_code(self, getattr(canvas, '_strokeColorObj', None))}"
        return f"{before} {code} {after}"

    _format_text._fake_bold = True
    PDFTextObject._formatText = _format_text


@cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # TrueType fonts only


def _fallbacks(primary: str) -> tuple[str, ...]:
    # A bold run stays bold when it changes script.
    if primary == CJK:
        return (CJK, LATIN)
    if primary == CJK_BOLD:
        return (CJK_BOLD, LATIN_BOLD)
    if primary == LATIN_BOLD:
        return (LATIN_BOLD, CJK_BOLD, LATIN)
    return (primary, CJK, LATIN) if primary != LATIN else (LATIN, CJK)


def escape(text: str) -> str:
    """Text made safe in paragraph markup: what ``xml.sax.saxutils.escape`` does, without importing
    urllib, http.client and ssl with it (~10 ms of every report)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_DROP_CATEGORIES = {"Mn", "Me"}


# An emoji is often several code points: a base, joiners, variation selectors, skin tones, tags, or
# two regional indicators for a flag. No bundled font has emoji, so each whole sequence becomes one
# placeholder rather than a row of them.
_EMOJI_TAIL = "\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_EMOJI = re.compile(
    f"[\U0001f1e6-\U0001f1ff]{{2}}|[\U00010000-\U0010ffff](?:[{_EMOJI_TAIL}]|\u200d.[{_EMOJI_TAIL}]*)*",
    re.S,
)


def _clean_char(ch: str) -> str:
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf"):
        # Control and format characters (NUL, escape, joiners) have no place in printed text;
        # some fonts map them to a glyph, which would put them in the PDF's text.
        return ""
    if category in ("Cs", "Co", "Cn"):
        return REPLACEMENT
    if category in ("Zl", "Zp"):
        return "\n"
    return ch


# Each character's fate is looked up once per process: the summary passes ~50,000 characters of
# text through clean() and font_runs(), drawn from a few hundred distinct ones.
_CLEANED: dict[str, str] = {}
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Text with line breaks normalised and characters no PDF text can carry removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    if text.isascii():
        return _ASCII_CONTROL.sub("", text)
    text = _EMOJI.sub(REPLACEMENT, text)
    table = _CLEANED
    out: list[str] = []
    for ch in text:
        done = table.get(ch)
        if done is None:
            done = table[ch] = _clean_char(ch)
        out.append(done)
    return "".join(out)


# (font, character) for each character, per primary font; "" as the font drops the character.
_CHOICES: dict[str, dict[str, tuple[str, str]]] = {}


def _choose(ch: str, primary: str) -> tuple[str, str]:
    if ch in " \n":
        return primary, ch
    code = ord(ch)
    # Beyond the BMP reportlab writes an invalid ToUnicode entry (five hex digits), so such a glyph
    # would print but not extract or search; treat it as missing.
    if code <= 0xFFFF:
        for name in _fallbacks(primary):
            if code in _coverage(name):
                return name, ch
    # Variation selectors and combining marks of an unsupported sequence carry no glyph of their
    # own: dropping them avoids a row of replacement marks.
    if unicodedata.category(ch) in _DROP_CATEGORIES:
        return "", ""
    return LATIN, REPLACEMENT


def font_runs(text: str, primary: str) -> list[tuple[str, str]]:
    """Split text into (font, text) runs; unsupported characters become U+FFFD or are dropped."""
    table = _CHOICES.get(primary)
    if table is None:
        table = _CHOICES[primary] = {}
    runs: list[tuple[str, str]] = []
    current = ""
    chunk: list[str] = []
    for ch in clean(text):
        choice = table.get(ch)
        if choice is None:
            choice = table[ch] = _choose(ch, primary)
        font, out = choice
        if not font:
            continue
        if font != current:
            if chunk:
                runs.append((current, "".join(chunk)))
            current, chunk = font, []
        chunk.append(out)
    if chunk:
        runs.append((current, "".join(chunk)))
    return runs


def markup(text: str, primary: str) -> str:
    """Paragraph markup for plain (user or content) text: escaped, line breaks kept, fonts per run."""
    parts: list[str] = []
    for font, chunk in font_runs(text, primary):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if font == primary else f'<font face="{font}">{body}</font>')
    return "".join(parts)


_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None
