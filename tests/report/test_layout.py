"""The documents as a reader sees them on the page (issue 15): Chinese line breaking, type sizes, bold,
pagination, page budgets, bookmarks, language metadata and capped notes. Every check runs on every
example, kind and language mode, through poppler's pdftotext and pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from decision_aid.domain.content import default_content
from decision_aid.domain.documents import default_documents
from decision_aid.domain.evaluate import evaluate
from decision_aid.report import build_pdf
from decision_aid.report.fonts import CJK_BOLD, register_fonts
from decision_aid.report.kinsoku import KinsokuParagraph
from decision_aid.report.layout import FOOTER_LEAD
from decision_aid.report.styles import CLINICIAN_SIZES, HANDOUT_SIZES, Styles
from decision_aid.resources_path import EXAMPLES
from tests.builders import make
from tests.report.conftest import GENERATED_AT, Render, body_text, page_texts, squash
from tests.report.pdfcheck import (
    body_runs,
    foot_gaps,
    has_cjk,
    kinsoku_violations,
    stranded_headings,
    text_runs,
)

KINDS = ("clinician", "handout")
CHINESE_MODES = ("zh", "bilingual")
ALL_MODES = ("en", "zh", "bilingual")
MAX_GAP = 40 * mm
MAX_GAP_BEFORE_HEADING = 55 * mm
HEADING_SIZES = {"clinician": CLINICIAN_SIZES.h2, "handout": HANDOUT_SIZES.h2}


def _bottom(lang: str) -> float:
    """The bottom margin of the body frame (as render() computes it)."""
    langs = 2 if lang == "bilingual" else 1
    return (langs + 1) * FOOTER_LEAD + 4 * mm + 9 * mm


@pytest.mark.parametrize("lang", CHINESE_MODES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_no_kinsoku_violation(render: Render, name: str, kind: str, lang: str) -> None:
    """No line starts with closing punctuation or "·", none ends with an opening bracket or quote,
    and no citation marker is split (measured on the original: up to 6 per document)."""
    assert kinsoku_violations(render(name, kind, lang)) == []


def _paragraph_lines(text: str, width: float) -> list[str]:
    register_fonts()
    style = Styles(CLINICIAN_SIZES).get("body", "zh")
    para = KinsokuParagraph(text, style)
    para.wrap(width, 1000)
    return ["".join(w.text for w in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("width", [float(w) for w in range(60, 200, 3)])
def test_line_breaking_rules_hold_at_every_width(width: float) -> None:
    text = "腰椎术后疼痛综合征（PSPS-T2）的患者，应选用“磁共振条件安全”的系统。"
    text += "[2, 3] 详见 NICE TA159 · 第 6 章。"
    lines = _paragraph_lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert line[0] not in "，。、）”·：；", lines
        assert line[-1] not in "（“", lines
        assert not (("[" in line) ^ ("]" in line)) or line.count("[") == line.count("]") == 0, lines
        for word in ("NICE", "TA159", "PSPS-T2"):
            assert not any(line.endswith(word[:k]) and not line.endswith(word) for k in range(1, len(word)))


@pytest.mark.parametrize("lang", CHINESE_MODES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_chinese_is_at_least_9_point_and_footers_7_5(render: Render, name: str, kind: str, lang: str) -> None:
    pdf = render(name, kind, lang)
    runs = text_runs(pdf)
    body = [r for page in body_runs(pdf).values() for r in page]
    small = {(r.size, r.text[:12]) for r in body if has_cjk(r.text) and r.size < 9}
    assert not small
    assert min(r.size for r in runs) >= 7.5


@pytest.mark.parametrize("kind", KINDS)
def test_chinese_headings_and_emphasis_are_bold(render: Render, kind: str) -> None:
    """Chinese has a bold weight (the CJK face filled and stroked, render mode 2) wherever English is
    bold; English documents have real bold faces and no stroked text."""
    styles = Styles(CLINICIAN_SIZES if kind == "clinician" else HANDOUT_SIZES)
    for name in ("h1", "h2", "title", "cell_head", "cell_bold", "verdict"):
        assert styles.get(name, "zh").fontName == CJK_BOLD

    def content(lang: str) -> bytes:
        reader = PdfReader(io.BytesIO(render("psps_t2", kind, lang)))
        return b"".join(page.get_contents().get_data() for page in reader.pages)

    chinese = content("zh")
    headings = 6 if kind == "clinician" else 8
    assert chinese.count(b"2 Tr") >= headings and chinese.count(b"2 Tr") == chinese.count(b"0 Tr")
    assert b"2 Tr" not in content("en")


@pytest.mark.parametrize("lang", ALL_MODES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_at_a_page_foot_and_no_large_gap(
    render: Render, name: str, kind: str, lang: str, paper: str
) -> None:
    """No heading is the last line of a page, and no page ends more than 40 mm early (a table that
    will not split left 105 mm on the original). A section that opens with a heading and a
    subheading needs more room than that in bilingual mode, so before a page that starts with a
    heading the limit is that room."""
    pdf = render(name, kind, lang, paper)
    size = HEADING_SIZES[kind]
    assert stranded_headings(pdf, size) == []
    pages = body_runs(pdf)

    def limit(page: int) -> float:
        top = max(pages[page + 1], key=lambda r: r.y)
        return MAX_GAP_BEFORE_HEADING if top.size >= size - 0.01 else MAX_GAP

    gaps = {page: round(gap / mm) for page, gap in foot_gaps(pdf, _bottom(lang)).items() if gap > limit(page)}
    assert not gaps, f"blank mm at the foot of pages: {gaps}"


def _pages_before(pdf: bytes, heading: str) -> int:
    for number, text in enumerate(page_texts(pdf), start=1):
        if squash(heading) in squash(text):
            return number - (0 if squash(text).find(squash(heading)) > 0 else 1)
    raise AssertionError(f"{heading!r} not found")


@pytest.mark.parametrize("lang", ("en", "zh"))
@pytest.mark.parametrize("name", EXAMPLES)
def test_monolingual_summary_takes_at_most_3_pages_before_references(
    render: Render, name: str, lang: str
) -> None:
    pdf = render(name, "clinician", lang)
    references = default_documents().evidence.labels["references"].get(lang)
    texts = page_texts(pdf)
    page = next(n for n, t in enumerate(texts, start=1) if squash(references) in squash(t))
    assert page <= 3 or (page == 4 and _pages_before(pdf, references) <= 3)


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("lang", ALL_MODES)
def test_page_one_holds_verdict_flags_outstanding_and_sign_off(render: Render, name: str, lang: str) -> None:
    document = default_content().labels.document
    evidence = default_documents().evidence.labels
    first = squash(page_texts(render(name, "clinician", lang))[0])
    codes = ("en", "zh") if lang == "bilingual" else (lang,)
    for code in codes:
        for label in (evidence["verdict"], evidence["next_step"], evidence["flags"], evidence["missing"]):
            assert squash(label.get(code)) in first
        for key in ("signoff", "reviewed_by", "signoff_date", "decision"):
            assert squash(document[key].get(code)) in first
    # The inputs read are in the appendix, after the references.
    text = squash(body_text(render(name, "clinician", lang)))
    appendix = squash(document["appendix_inputs"].get(codes[0]))
    assert text.index(appendix) > text.index(squash(evidence["references"].get(codes[0])))


@pytest.mark.parametrize("lang", ALL_MODES)
@pytest.mark.parametrize("kind", KINDS)
def test_bookmarks_language_and_metadata(render: Render, kind: str, lang: str) -> None:
    reader = PdfReader(io.BytesIO(render("crps", kind, lang)))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(titles) >= 5
    root = reader.trailer["/Root"]
    assert root["/Lang"] == ("zh-CN" if lang == "zh" else "en-GB")
    meta = reader.metadata
    assert meta is not None and meta.title
    if lang == "zh":
        assert has_cjk(meta.title) and all(has_cjk(t) for t in titles)
    if lang == "bilingual":
        # Each bookmark names its section in both languages.
        assert all(has_cjk(t) and any(c.isascii() and c.isalpha() for c in t) for t in titles)
    assert meta.subject and default_content().meta.content_version in meta.subject


def test_very_long_notes_are_capped_with_the_full_text_in_the_appendix() -> None:
    lines = [f"line {i:04d} of the note" for i in range(2000)]
    assessment = make("crps", patient__notes="\n".join(lines))
    pdf = build_pdf(assessment, evaluate(assessment), "clinician", "en", generated_at=GENERATED_AT)
    texts = page_texts(pdf)
    document = default_content().labels.document
    references = default_documents().evidence.labels["references"].en
    before = next(n for n, t in enumerate(texts, start=1) if squash(references) in squash(t))
    assert before <= 4  # the body holds only the start of the note (34 pages on the original)
    text = squash(body_text(pdf))
    assert squash(document["notes_continued"].en.format(count=2000 - 15)) in text
    assert text.index(squash(document["appendix_notes"].en)) < text.index("line1999ofthenote")
    assert text.count("line0000ofthenote") == 2  # once in the body, once in the appendix


def test_emoji_in_notes_prints_one_placeholder() -> None:
    assessment = make("crps", patient__notes="Feels 😀 today 🧑‍⚕️ end")
    pdf = build_pdf(assessment, evaluate(assessment), "clinician", "en", generated_at=GENERATED_AT)
    text = body_text(pdf)
    note = text[text.index("Feels") : text.index("end", text.index("Feels"))]
    assert note.count("\ufffd") == 2, note


def test_dates_as_people_write_them() -> None:
    from datetime import date

    from decision_aid.report.layout import human_date, human_date_of

    assert human_date(date(2026, 11, 29), "en") == "29 November 2026"
    assert human_date(date(2026, 1, 5), "zh") == "2026年1月5日"
    assert human_date_of("2026-11-29").zh == "2026年11月29日"
    assert human_date_of("late 2026").en == "late 2026"


def test_content_gets_true_minus_signs_and_en_dashes_but_identifiers_do_not() -> None:
    from decision_aid.report.layout import typographic

    assert typographic("VAS change -2.1 vs 0.0 cm") == "VAS change −2.1 vs 0.0 cm"
    assert typographic("NRS 0-10, (-3)") == "NRS 0–10, (−3)"
    assert typographic("kemler-2000 PSPS-T2 CRPS-2026-014") == "kemler-2000 PSPS-T2 CRPS-2026-014"
