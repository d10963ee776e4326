"""Whatever a user types must print: long notes and ids, markup characters, emoji, mixed scripts."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from decision_aid.domain.evaluate import evaluate
from decision_aid.report import build_pdf
from decision_aid.report.fonts import CJK, LATIN, REPLACEMENT, font_runs, markup
from decision_aid.report.layout import Ctx, human_date_text
from decision_aid.report.styles import HANDOUT_SIZES, Styles
from tests.builders import make
from tests.report.conftest import GENERATED_AT, body_text, page_texts, squash

# Pages the 20,000-character note may add on top of the plain document (measured: about 6 in
# bilingual mode on A4 with wrapped words, fewer with long unbroken runs).
NOTE_PAGES = range(2, 12)


def _long_note() -> str:
    chunk = "Burning pain in the right foot, worse at night; 夜间右足烧灼样疼痛加重。 "
    text = (chunk * 400)[:19_000]
    text += "\n" + "x" * 600 + "\n<b>not bold</b> & <i>&amp;</i> 😀🧑‍⚕️ \x07 end-of-note"
    return text[:20_000]


@pytest.mark.parametrize("lang", ["bilingual", "en", "zh"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_long_notes_and_ids_paginate(lang: str, paper: str) -> None:
    long_id = ("ID-" + "长" * 40 + "😀" + "Z" * 200)[:200]
    assessment = make(
        "crps",
        patient__notes=_long_note(),
        patient__id=long_id,
        patient__clinician="Dr <Smith> & 张医生 " * 10,
    )
    plain = make("crps")
    pdf = build_pdf(assessment, evaluate(assessment), "clinician", lang, paper, GENERATED_AT)  # type: ignore[arg-type]
    base = build_pdf(plain, evaluate(plain), "clinician", lang, paper, GENERATED_AT)  # type: ignore[arg-type]
    pages, base_pages = len(PdfReader(io.BytesIO(pdf)).pages), len(PdfReader(io.BytesIO(base)).pages)
    assert pages - base_pages in NOTE_PAGES
    text = squash(body_text(pdf))
    # User text is escaped, not interpreted: the tags print as typed and the note is complete.
    assert squash("<b>not bold</b> & <i>&amp;</i>") in text
    assert "end-of-note" in text
    assert squash("夜间右足烧灼样疼痛加重") in text
    assert "ID-长长长" in text
    assert len(pdf) < 1_000_000


def test_handout_ignores_notes_and_ids() -> None:
    assessment = make("sci", patient__notes="SECRET-NOTE " * 2000, patient__id="SECRET-ID")
    pdf = build_pdf(assessment, evaluate(assessment), "handout", "bilingual", generated_at=GENERATED_AT)
    text = "".join(page_texts(pdf))
    assert "SECRET" not in text


def test_font_runs_pick_a_font_per_script_and_replace_what_no_font_has() -> None:
    runs = font_runs("Pain 疼痛 🧑‍⚕ ok", LATIN)
    assert runs[0] == (LATIN, "Pain ")
    assert (CJK, "疼痛") in runs
    joined = "".join(text for _, text in runs)
    # The health-worker emoji (person, joiner, staff of Aesculapius) is one placeholder, not "�⚕".
    assert joined.count(REPLACEMENT) == 1 and "\u200d" not in joined and "⚕" not in joined
    # Chinese text keeps Chinese as the main font and borrows DejaVu only where WQY lacks a glyph.
    assert font_runs("中文☐", CJK) == [(CJK, "中文"), (LATIN, "☐")]


@pytest.mark.parametrize(
    ("typed", "placeholders"),
    [("😀", 1), ("🧑‍⚕️", 1), ("👍🏽", 1), ("🇬🇧", 1), ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1), ("a😀b👩‍👩‍👧‍👦c", 2), ("❤️", 0)],
)
def test_an_emoji_prints_as_one_placeholder(typed: str, placeholders: int) -> None:
    joined = "".join(text for _, text in font_runs(typed, LATIN))
    assert joined.count(REPLACEMENT) == placeholders, joined


def test_markup_escapes_user_text() -> None:
    assert markup("<b>&", LATIN) == "&lt;b&gt;&amp;"
    assert markup("a\nb", LATIN) == "a<br/>b"
    assert markup("a\x00b\x1bc", LATIN) == "abc"


def test_handout_body_text_is_at_least_12_point(cases: object) -> None:
    styles = Styles(HANDOUT_SIZES)
    for lang in ("en", "zh"):
        for name in ("body", "body_pair", "bullet", "bullet_pair", "cell"):
            assert styles.get(name, lang).fontSize >= 12, (name, lang)


def test_every_handout_paragraph_of_running_text_is_at_least_12_point(cases: dict) -> None:  # type: ignore[type-arg]
    """Walk the handout story itself, tables included: only sources, dates and footnotes are small."""
    from reportlab.platypus import Paragraph, Table

    from decision_aid.domain.content import default_content
    from decision_aid.domain.documents import default_documents
    from decision_aid.report import handout

    _, evaluation = cases["psps_t2"]
    ctx = Ctx(
        langs=("en", "zh"),
        styles=Styles(HANDOUT_SIZES),
        content=default_content(),
        docs=default_documents(),
        evaluation=evaluation,
        width=480,
    )
    sizes: dict[str, float] = {}

    def visit(item: object) -> None:
        if isinstance(item, Paragraph):
            sizes[item.style.name] = item.style.fontSize
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    for sub in cell if isinstance(cell, list) else [cell]:
                        visit(sub)
        for inner in getattr(item, "_content", []) or []:
            visit(inner)

    for flowable in handout.build_story(ctx, human_date_text(date(2026, 11, 29))):
        visit(flowable)
    # Style names are "<name>-<lang>", with "-second" (second language) or "-stacked" (label) after.
    small = {n for n, s in sizes.items() if s < 12}
    assert {n.split("-")[0] for n in small} <= {"small", "reference"}, small
    assert {"body-en", "body-zh", "cell-en", "cell-zh"} <= {"-".join(n.split("-")[:2]) for n in sizes}
