"""The short cuts that make documents faster give what the long way gives: a paragraph's remembered
wrap, and the per-character look-ups of :func:`clean` and :func:`font_runs`."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.platypus.paragraph import Paragraph

from decision_aid.report import build_pdf
from decision_aid.report.fonts import (
    _DROP_CATEGORIES,
    _EMOJI,
    CJK,
    CJK_BOLD,
    LATIN,
    LATIN_BOLD,
    REPLACEMENT,
    _coverage,
    _fallbacks,
    clean,
    font_runs,
    register_fonts,
)
from decision_aid.report.kinsoku import KinsokuParagraph
from decision_aid.report.styles import CLINICIAN_SIZES, Styles
from tests.report.conftest import Case

register_fonts()


def _lines(paragraph: Paragraph) -> list[str]:
    return ["".join(getattr(w, "text", "") for w in line.words) for line in paragraph.blPara.lines]


TEXT = (
    "研究性适应证：据我们所知，SCS 没有专门针对脊髓损伤相关的中枢性神经病理性疼痛的批准，其疗效尚未确立，"
    "相关综述亦不推荐。现有证据样本小、质量低 [3, 4]。 Spinal cord stimulation (SCS) for central "
    "neuropathic pain after spinal cord injury is investigational."
)


def _para(style: str = "body") -> KinsokuParagraph:
    styles = Styles(CLINICIAN_SIZES)
    return KinsokuParagraph(TEXT, styles.get(style, "zh"))


def test_a_second_wrap_at_the_same_width_gives_the_same_lines() -> None:
    para, fresh = _para(), _para()
    first = para.wrap(200, 1000)
    lines = _lines(para)
    assert para.wrap(200, 1000) == first == fresh.wrap(200, 1000)
    assert _lines(para) == lines == _lines(fresh)
    para.wrap(300, 1000)  # another width is wrapped afresh
    fresh.wrap(300, 1000)
    assert _lines(para) == _lines(fresh)


def test_splits_do_not_leak_into_a_later_wrap() -> None:
    # reportlab's split edits the words of the lines it splits; the heading code tries many splits
    # (headings.least_start) before the paragraph is finally laid out whole.
    para, fresh = _para(), _para()
    _, full = para.wrap(200, 100_000)
    for height in range(2, int(full), 2):
        para.split(200, height)
    width, height = para.wrap(200, 100_000)
    assert (width, height) == fresh.wrap(200, 100_000)
    assert _lines(para) == _lines(fresh)
    # A copy made by a keep-together group shares the remembered lines; its split must not edit them.
    para.wrap(200, 100_000)
    twin = _para()
    twin.__dict__.update(para.__dict__)
    assert len(twin.split(200, 30)) == 2
    para.wrap(200, 100_000)
    assert _lines(para) == _lines(fresh)


def _build(case: Case, kind: str, lang: str) -> bytes:
    rl_config.invariant = 1
    try:
        return build_pdf(*case, kind, lang, generated_at=datetime(2026, 11, 29, 10, 30))  # type: ignore[arg-type]
    finally:
        rl_config.invariant = 0


@pytest.mark.parametrize("kind", ["clinician", "handout"])
@pytest.mark.parametrize("lang", ["bilingual", "zh"])
def test_documents_are_the_same_bytes_with_and_without_remembered_wraps(
    cases: dict[str, Case], kind: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("crps", "sci"):
        with_memo = _build(cases[name], kind, lang)
        with monkeypatch.context() as patch:
            patch.setattr(KinsokuParagraph, "wrap", Paragraph.wrap)
            patch.setattr(KinsokuParagraph, "split", Paragraph.split)
            without = _build(cases[name], kind, lang)
        assert with_memo == without, name


# The long way, as the functions were written before their look-up tables.
def _clean_reference(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _EMOJI.sub(REPLACEMENT, text)
    out: list[str] = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf"):
            continue
        if category in ("Cs", "Co", "Cn"):
            out.append(REPLACEMENT)
        elif category in ("Zl", "Zp"):
            out.append("\n")
        else:
            out.append(ch)
    return "".join(out)


def _runs_reference(text: str, primary: str) -> list[tuple[str, str]]:
    coverage = [(name, _coverage(name)) for name in _fallbacks(primary)]
    runs: list[tuple[str, str]] = []
    for ch in _clean_reference(text):
        code = ord(ch)
        bmp = code <= 0xFFFF
        font = primary if ch in " \n" else next((n for n, cov in coverage if bmp and code in cov), "")
        if not font:
            if unicodedata.category(ch) in _DROP_CATEGORIES:
                continue
            font, ch = LATIN, REPLACEMENT
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0x7F),
        st.sampled_from("脊髓电刺激，。（）“”·…\u00a0\u200d\ufe0f\u0301\u2028\ue000\U0001f600\U0001f1e8\U0001f1f3\r\t"),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(text=_MIXED, primary=st.sampled_from([LATIN, LATIN_BOLD, CJK, CJK_BOLD]))
def test_clean_and_font_runs_match_the_long_way(text: str, primary: str) -> None:
    assert clean(text) == _clean_reference(text)
    assert font_runs(text, primary) == _runs_reference(text, primary)
