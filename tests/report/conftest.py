"""Shared fixtures: the three shipped examples, evaluated once, and their PDFs rendered once each."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime

import pytest
from pypdf import PdfReader

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.evaluate import Evaluation, evaluate
from decision_aid.report import build_pdf
from decision_aid.resources_path import EXAMPLES, example_path
from decision_aid.storage import load_assessment

GENERATED_AT = datetime(2026, 11, 29, 10, 30)
# Dates as people write them, in each language.
DATES = {"en": "29 November 2026", "zh": "2026年11月29日"}
STAMPS = {"en": "29 November 2026 10:30", "zh": "2026年11月29日 10:30"}

Case = tuple[Assessment, Evaluation]
Render = Callable[..., bytes]


def squash(text: str) -> str:
    """Text without whitespace: line wrapping in a PDF breaks lines where the source has none."""
    return re.sub(r"\s+", "", text)


def in_table(cell: str, text: str) -> bool:
    """A table cell's text is in the document whole, or in two parts where its row was split
    between pages (the text of the cells beside it then comes between the parts)."""
    if cell in text:
        return True
    return any(cell[:i] in text and cell[i:] in text for i in range(3, len(cell) - 2))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="session")
def cases() -> dict[str, Case]:
    out: dict[str, Case] = {}
    for name in EXAMPLES:
        assessment = load_assessment(example_path(name))
        out[name] = (assessment, evaluate(assessment))
    return out


@pytest.fixture(scope="session")
def render(cases: dict[str, Case]) -> Render:
    """render(example, kind, lang, paper="a4") -> PDF bytes, cached for the session."""
    cache: dict[tuple[str, str, str, str], bytes] = {}

    def _render(name: str, kind: str, lang: str, paper: str = "a4") -> bytes:
        key = (name, kind, lang, paper)
        if key not in cache:
            assessment, evaluation = cases[name]
            cache[key] = build_pdf(
                assessment,
                evaluation,
                kind,
                lang,
                paper,
                generated_at=GENERATED_AT,  # type: ignore[arg-type]
            )
        return cache[key]

    return _render


def body_text(pdf: bytes) -> str:
    """The text of all pages without the footer and running header (drawn last on each page), so
    that a paragraph continued on the next page reads as one."""
    from decision_aid.domain.documents import default_documents

    labels = default_documents().evidence.labels["page"]
    texts = page_texts(pdf)
    body = []
    for number, text in enumerate(texts, start=1):
        marks = [text.find(labels.get(code).format(page=number, pages=len(texts))) for code in ("en", "zh")]
        found = [m for m in marks if m >= 0]
        assert found, f"page {number} has no footer"
        body.append(text[: min(found)])
    return "".join(body)
