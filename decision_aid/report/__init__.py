"""PDF documents rendered from an Evaluation: the clinician evidence summary and the patient handout.

This package is the only place that imports reportlab. The desktop app calls :func:`build_pdf` for
preview, printing and export; the command line calls :func:`write_pdf`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal, get_args

from decision_aid import __version__
from decision_aid.domain.assessment import Assessment
from decision_aid.domain.content import ContentLibrary, Lang, Text, default_content
from decision_aid.domain.documents import DocumentLibrary, default_documents
from decision_aid.domain.evaluate import Evaluation
from decision_aid.report import clinician, handout
from decision_aid.report.fonts import register_fonts
from decision_aid.report.layout import (
    Ctx,
    DocLang,
    Footer,
    Paper,
    frame_width,
    human_date_text,
    languages,
    render,
)
from decision_aid.report.styles import CLINICIAN_SIZES, HANDOUT_SIZES, Styles
from decision_aid.storage import atomic_write_bytes

Kind = Literal["clinician", "handout"]
KINDS: tuple[str, ...] = get_args(Kind)
LANGS: tuple[str, ...] = get_args(DocLang)
PAPERS: tuple[str, ...] = get_args(Paper)

__all__ = ["KINDS", "LANGS", "PAPERS", "DocLang", "Kind", "Paper", "build_pdf", "write_pdf"]

_HEADER_ID_CHARS = 48


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)} (got {value!r})")


def _running_header(labels: dict[str, Text], langs: tuple[Lang, ...], patient_id: str) -> str:
    # Printed pages get separated: every page after the first names the document and the patient.
    title = " · ".join(labels["title"].get(lang) for lang in langs)
    if not patient_id:
        return title
    pid = " ".join(patient_id.split())
    if len(pid) > _HEADER_ID_CHARS:
        pid = pid[: _HEADER_ID_CHARS - 1] + "…"
    return f"{title} · {pid}"


def build_pdf(
    assessment: Assessment,
    evaluation: Evaluation,
    kind: Kind,
    lang: DocLang = "bilingual",
    paper: Paper = "a4",
    generated_at: datetime | None = None,
    *,
    content: ContentLibrary | None = None,
    documents: DocumentLibrary | None = None,
    example: bool = False,
) -> bytes:
    """Render one document and return the PDF bytes (nothing is written to disk). An ``example``
    assessment (from the app's library) carries a watermark on every page."""
    _check("kind", kind, KINDS)
    _check("lang", lang, LANGS)
    _check("paper", paper, PAPERS)
    register_fonts()
    content = content or default_content()
    documents = documents or default_documents()
    langs = languages(lang)
    when = generated_at or datetime.now().astimezone()
    sizes = CLINICIAN_SIZES if kind == "clinician" else HANDOUT_SIZES
    ctx = Ctx(
        langs=langs,
        styles=Styles(sizes),
        content=content,
        docs=documents,
        evaluation=evaluation,
        width=frame_width(paper),
    )
    ev_labels = documents.evidence.labels
    if kind == "clinician":
        story = clinician.build_story(ctx, assessment)
        header = _running_header(ev_labels, langs, assessment.patient.id)
        title = ev_labels["title"]
    else:
        story = handout.build_story(ctx, human_date_text(when.date()))
        header = ""
        title = documents.handout.labels["title"]
    short_hash = evaluation.content_hash[:12]
    versions = f"app {evaluation.app_version}, content {evaluation.content_version} ({short_hash})"
    doc_labels = content.labels.document
    code = f"SCS-{'C' if kind == 'clinician' else 'H'}-{evaluation.content_version}-{short_hash[:8]}"
    footer = Footer(
        ctx_langs=langs,
        labels=ev_labels,
        app=evaluation.app_version,
        content=evaluation.content_version,
        short_hash=short_hash,
        when=when,
        header=header,
        patient=doc_labels["handout_footer"] if kind == "handout" else None,
        code=" / ".join(dict.fromkeys(doc_labels["document_code"].get(x).format(code=code) for x in langs)),
        watermark=" · ".join(doc_labels["example_watermark"].get(x) for x in langs) if example else "",
    )
    app_name = ev_labels["app_name"].get(langs[0])
    return render(
        story,
        paper=paper,
        footer=footer,
        title=" · ".join(title.get(x) for x in langs),
        # The versions live in the metadata (and the handout's document code), not in its footer.
        subject=f"{app_name}: {title.get(langs[0])} · {versions}",
        author=f"{ev_labels['app_name'].en} {__version__}",
        pdf_lang="zh-CN" if langs == ("zh",) else "en-GB",
        keywords=[code, versions],
    )


def write_pdf(
    path: Path | str,
    assessment: Assessment,
    evaluation: Evaluation,
    kind: Kind,
    lang: DocLang = "bilingual",
    paper: Paper = "a4",
    generated_at: datetime | None = None,
) -> int:
    """Render and write atomically (no partial file on failure); returns the size in bytes."""
    data = build_pdf(assessment, evaluation, kind, lang, paper, generated_at)
    atomic_write_bytes(path, data)
    return len(data)
