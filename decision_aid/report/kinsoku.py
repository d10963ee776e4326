"""Chinese line breaking (kinsoku) for reportlab paragraphs.

reportlab's CJK wrapping breaks between any two characters and, at best, hangs one closing mark past the
right edge; it lets opening brackets end a line, splits Latin words and citation markers, and leaves a
lone "。" on a line. Here a line breaks only where the rules allow:

- a run of closing punctuation ("。", "、", "）", "”", "·" …) stays with the character before it;
- an opening bracket or quote stays with the character after it;
- Latin words and numbers are broken only at spaces (or where they meet Chinese);
- a bracketed citation marker such as "[2, 3]" is never split.

When a line overflows, it is broken at the last allowed place; only a single unbreakable run wider than
the whole line is cut where it overflows.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines, imgNormV, imgVRange, sameFrag
from reportlab.platypus.paragraph import _handleBulletWidth as _bullet_width

# Marks that may not start a line: closing punctuation (full and half width), separators, units.
NO_START = frozenset(
    "，。、；：？！…‥）］｝〕〉》」』】〙〗”’·・％‰℃°′″"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々"
    ",.;:!?)]}%"
)
# Marks that may not end a line: opening brackets and quotes.
NO_END = frozenset("（［｛〔〈《「『【〘〖“‘([{")
_CITATION = re.compile(r"\[[^\[\]\n]{0,80}\]")
_FUZZ = 1e-6


def _is_space(ch: str) -> bool:
    return ch in " \t\u3000"


def _is_latin_word(ch: str) -> bool:
    return bool(ch) and not _is_space(ch) and ord(ch) < 0x2E80 and ch not in NO_START and ch not in NO_END


def _breaks(chars: list[str]) -> list[bool]:
    """allowed[k]: a line may break before chars[k]."""
    n = len(chars)
    allowed = [False] * (n + 1)
    protected = [False] * (n + 1)
    for m in _CITATION.finditer("".join(chars)):
        for k in range(m.start() + 1, m.end()):
            protected[k] = True
    for k in range(1, n):
        a, b = chars[k - 1], chars[k]
        if protected[k] or _is_space(b) or not b or not a:
            continue
        if b in NO_START or a in NO_END or a == "\u00a0" or b == "\u00a0":
            continue
        if _is_space(a):
            allowed[k] = True
        elif _is_latin_word(a) and _is_latin_word(b):
            continue
        else:
            allowed[k] = True
    return allowed


def _object_width(frag: Any, max_width: float) -> float:
    """The width of an inline object (image or callback), which may be a share of the line."""
    w: Any = getattr(frag.cbDefn, "width", 0)
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


# Character widths by font and size: the summary measures ~20,000 characters, a few hundred distinct.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _char_widths(frag: Any) -> dict[str, float]:
    key = (frag.fontName, frag.fontSize)
    table = _WIDTHS.get(key)
    if table is None:
        table = _WIDTHS[key] = {}
    return table


def _line(
    frags: list[Any], owner: list[int], chars: list[str], start: int, end: int, max_width: float,
    used: float, line_break: bool, calc_bounds: bool,
) -> Any:
    """reportlab's makeCJKParaLine for units start..end, working a run of one frag at a time: the
    same words, sizes and bounds, without a string object and a frag comparison per character."""
    words: list[Any] = []
    max_size = max_ascent = min_descent = 0.0
    previous: Any = None
    i = start
    while i < end:
        index = owner[i]
        j = i + 1
        while j < end and owner[j] == index:
            j += 1
        frag = frags[index]
        size = frag.fontSize
        cb: Any = getattr(frag, "cbDefn", None)
        if calc_bounds and getattr(cb, "width", 0):
            descent, ascent = imgVRange(imgNormV(cb.height, size), cb.valign, size)
        else:
            ascent, descent = getAscentDescent(frag.fontName, size)
        max_size = max(max_size, size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        # An inline object or a line break is never merged, not even with itself.
        alone = cb is not None or hasattr(frag, "lineBreak")
        pieces = chars[i:j] if alone else ["".join(chars[i:j])]
        for piece in pieces:
            if previous is not None and cb is None and sameFrag(previous, frag) and words:
                words[-1].text += piece
            else:
                word = frag.clone()
                word.text = piece
                words.append(word)
            previous = frag
        i = j
    return FragLine(
        kind=1, extraSpace=max_width - used, wordCount=1, words=words, fontSize=max_size,
        ascent=max_ascent, descent=min_descent, maxWidth=max_width, currentWidth=used,
        lineBreak=line_break,
    )


def kinsoku_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """A drop-in for reportlab's cjkFragSplit that follows the rules in the module docstring."""
    chars: list[str] = []
    owner: list[int] = []  # the frag each character comes from
    widths: list[float | None] = []  # None: an inline object, measured against the line
    breaks_after: set[int] = set()  # units that end a line (<br/>)
    for index, frag in enumerate(frags):
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        pieces = list(text) if text else [""]
        first = len(chars)
        chars += pieces
        owner += [index] * len(pieces)
        if hasattr(frag, "cbDefn"):
            widths += [None] * len(pieces)
        else:
            table = _char_widths(frag)
            for ch in pieces:
                w = table.get(ch)
                if w is None:
                    w = table[ch] = stringWidth(ch, frag.fontName, frag.fontSize)
                widths.append(w)
        if hasattr(frag, "lineBreak"):
            breaks_after.update(range(first, len(chars)))
    allowed = _breaks(chars)
    n = len(chars)
    lines: list[Any] = []
    start = 0

    def limit() -> float:
        return max_widths[min(len(lines), len(max_widths) - 1)]

    def width(k: int, max_width: float) -> float:
        w = widths[k]
        return _object_width(frags[owner[k]], max_width) if w is None else w

    def emit(end: int, line_break: bool) -> None:
        while end > start and not line_break and _is_space(chars[end - 1]):
            end -= 1
        max_width = limit()
        used = sum(width(k, max_width) for k in range(start, end))
        lines.append(_line(frags, owner, chars, start, end, max_width, used, line_break, calc_bounds))

    while start < n:
        while start < n and _is_space(chars[start]) and start not in breaks_after:
            start += 1
        if start >= n:
            break
        max_width = limit()
        used = 0.0
        last_break = -1
        i = start
        ended = False
        while i < n:
            if i > start and allowed[i]:
                last_break = i
            if i in breaks_after:
                emit(i + 1, True)
                start = i + 1
                ended = True
                break
            used += width(i, max_width)
            if used > max_width + _FUZZ and i > start and not _is_space(chars[i]):
                end = last_break if last_break > start else i
                emit(end, False)
                start = end
                ended = True
                break
            i += 1
        if not ended:
            emit(n, False)
            start = n
    return ParaLines(kind=1, lines=lines)


class KinsokuParagraph(Paragraph):
    """A Paragraph whose CJK wrapping (wordWrap='CJK') follows the Chinese line-breaking rules.

    It also remembers its last wrap: tables, keep-together groups and page splits ask a paragraph
    for its size at the same width several times (about four wraps per paragraph in the bilingual
    summary), and breaking the lines again gives the same lines. A paragraph's text and style do not
    change after it is made (a split makes new paragraphs), so the width alone keys the result. But
    reportlab's split edits the words of the lines it splits, and copies of a paragraph (made by
    keep-together groups) share its memo: a split therefore works on lines broken afresh, and the
    memo is forgotten.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        memo = self.__dict__.pop("_wrap_memo", None)
        if memo is not None and getattr(self, "blPara", None) is memo[3]:
            Paragraph.wrap(self, memo[0], availHeight)
        parts: list[Any] = super().split(availWidth, availHeight)
        # A split of a paragraph without lines wraps it first, and then edits those lines.
        self.__dict__.pop("_wrap_memo", None)
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self.__dict__.get("_wrap_memo")
        if memo is not None and memo[0] == availWidth and not getattr(self, "_splitpara", 0):
            _, self.width, self._wrapWidths, self.blPara, self.height, self._width_max = memo
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ and not getattr(self, "_splitpara", 0):
            self._wrap_memo = (
                availWidth,
                self.width,
                self._wrapWidths,
                self.blPara,
                self.height,
                getattr(self, "_width_max", 0),
            )
        return size

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _bullet_width(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_split(self.frags, list(maxWidths), auto not in ("", "off"))
