"""The PDF as a file: footer on every page, embedded fonts, paper, metadata, size and page counts."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from decision_aid import __version__
from decision_aid.domain.content import default_content
from decision_aid.domain.documents import default_documents
from decision_aid.resources_path import EXAMPLES
from tests.report.conftest import DATES, STAMPS, Case, Render, page_texts, squash

KINDS = ("clinician", "handout")
LANGS = ("bilingual", "en", "zh")
# Page budgets on A4 for the shipped examples (measured: clinician 5-6, bilingual 8-9; handout 6-8,
# bilingual 11-12). A layout change that blows past these makes the documents harder to print and read,
# so it should fail loudly. The handout gained icon arrays, the options table, the leaning and
# how-sure check and the care-team block (issue 15): about a page, two in bilingual mode.
MAX_PAGES = {
    ("clinician", "bilingual"): 10,
    ("clinician", "en"): 6,
    ("clinician", "zh"): 6,
    ("handout", "bilingual"): 12,
    ("handout", "en"): 8,
    ("handout", "zh"): 8,
}
MIN_PAGES = {"clinician": 3, "handout": 3}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_page_has_the_footer(
    render: Render, cases: dict[str, Case], name: str, kind: str, lang: str
) -> None:
    _, evaluation = cases[name]
    labels = default_documents().evidence.labels
    codes = ("en", "zh") if lang == "bilingual" else (lang,)
    texts = page_texts(render(name, kind, lang))
    assert MIN_PAGES[kind] <= len(texts) <= MAX_PAGES[(kind, lang)]
    document = default_content().labels.document
    for number, raw in enumerate(texts, start=1):
        text = squash(raw)
        for code in codes:
            if kind == "clinician":
                assert squash(labels["page"].get(code).format(page=number, pages=len(texts))) in text
                assert squash(labels["disclaimer"].get(code)) in text
                assert squash(STAMPS[code]) in text
            else:
                # The patient's footer is in plain words, with the date as people write it.
                footer = document["handout_footer"].get(code)
                assert squash(footer.format(page=number, pages=len(texts), date=DATES[code])) in text
        if kind == "clinician":
            assert __version__ in text
            assert evaluation.content_version in text
            assert evaluation.content_hash[:12] in text
        else:
            # No version hash on the handout: a small document code, and the versions in the metadata.
            assert evaluation.content_hash[:12] not in text
            assert f"SCS-H-{evaluation.content_version}-{evaluation.content_hash[:8]}" in text


def _font_dicts(font: DictionaryObject) -> list[DictionaryObject]:
    """The font and, for a composite (Type0) font, its descendants: each needs its own descriptor."""
    found = [font]
    for descendant in font.get("/DescendantFonts", []):
        found.append(descendant.get_object())
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_all_fonts_are_embedded_and_subset(render: Render, kind: str, lang: str) -> None:
    reader = PdfReader(io.BytesIO(render("sci", kind, lang)))
    names: set[str] = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"].get_object().get("/Font", {})
        assert fonts, "page without fonts"
        for ref in fonts.get_object().values():
            for font in _font_dicts(ref.get_object()):
                if font.get("/Subtype") == "/Type0":
                    continue  # the descriptor lives on the descendant, checked next
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None, f"{font.get('/BaseFont')} has no descriptor (not embedded)"
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
                base = str(font["/BaseFont"])
                assert base[7:8] == "+", f"{base} is not a subset"
                names.add(base[8:])
    assert any(n.startswith("DejaVuSans") for n in names) or lang == "zh"
    if lang != "en":
        assert any(n.startswith("WenQuanYiMicroHei") for n in names)


@pytest.mark.parametrize("name", EXAMPLES)
def test_clinician_summary_stays_under_300_kb(render: Render, name: str) -> None:
    for lang in LANGS:
        assert len(render(name, "clinician", lang)) < 300_000


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_paper_size(render: Render, paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(render("crps", "handout", "bilingual", paper)))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == size


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_names_the_document_but_not_the_patient(
    render: Render, cases: dict[str, Case], kind: str
) -> None:
    assessment, _ = cases["crps"]
    reader = PdfReader(io.BytesIO(render("crps", kind, "bilingual")))
    meta = reader.metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    assert meta.title and "SCS" in values
    for private in (assessment.patient.id, assessment.patient.clinician, assessment.patient.notes[:30]):
        assert private not in values
