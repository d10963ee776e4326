"""Parts of the clinician summary around the evidence: the MDT sign-off block, the notes (capped in the
body, in full in the appendix) and the appendix itself."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.content import Text
from decision_aid.report.blocks import grid, user_text
from decision_aid.report.criteria import inputs_appendix
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import table_style

# The body shows the start of a long note; the appendix has all of it.
NOTE_BODY_LINES = 15
NOTE_BODY_CHARS = 1500


def _label(ctx: Ctx, key: str) -> Text:
    return ctx.content.labels.document[key]


def signoff(ctx: Ctx) -> list[Flowable]:
    """Space for the MDT to record who reviewed the summary, when, and what was decided: one row of
    three boxes, each with its label at the top and room to write below."""
    keys = ("reviewed_by", "signoff_date", "decision")
    row = [[ctx.stack(_label(ctx, key), "cell_head")] for key in keys]
    height = (20 if ctx.bilingual else 16) * mm
    widths = [ctx.width * 0.3, ctx.width * 0.2, ctx.width * 0.5]
    table = Table([row], colWidths=widths, rowHeights=[height])
    table.setStyle(table_style(grid(header=False)))
    return [ctx.heading(_label(ctx, "signoff"), 2, reserve=height + 2 * mm), table]


def _note_lines(assessment: Assessment) -> list[str]:
    return assessment.patient.notes.strip().splitlines()


def _note_flowables(ctx: Ctx, lines: list[str]) -> list[Flowable]:
    # One paragraph per line keeps a very long note cheap to lay out and splittable between pages.
    return [
        user_text(ctx, line, "body") if line.strip() else Spacer(1, ctx.styles.sizes.body * 0.5)
        for line in lines
    ]


def capped_notes(ctx: Ctx, assessment: Assessment) -> tuple[list[str], int]:
    """The lines of the note shown in the body and how many more lines the appendix holds."""
    lines = _note_lines(assessment)
    shown: list[str] = []
    size = 0
    for line in lines:
        if len(shown) >= NOTE_BODY_LINES or size + len(line) > NOTE_BODY_CHARS:
            break
        shown.append(line)
        size += len(line)
    if not shown and lines:
        shown = [lines[0][:NOTE_BODY_CHARS] + "…"]
        return shown, len(lines)
    return shown, len(lines) - len(shown)


def notes(ctx: Ctx, assessment: Assessment) -> list[Flowable]:
    if not assessment.patient.notes.strip():
        return []
    shown, more = capped_notes(ctx, assessment)
    out: list[Flowable] = [ctx.heading(ctx.docs.evidence.labels["notes"]), *_note_flowables(ctx, shown)]
    if more:
        label = _label(ctx, "notes_continued")
        text = Text(en=label.en.format(count=more), zh=label.zh.format(count=more))
        out += ctx.paras(text, "small")
    return out


def appendix(ctx: Ctx, assessment: Assessment) -> list[Flowable]:
    out = inputs_appendix(ctx)
    if assessment.patient.notes.strip() and capped_notes(ctx, assessment)[1]:
        out.append(ctx.heading(_label(ctx, "appendix_notes")))
        out += _note_flowables(ctx, _note_lines(assessment))
    return out
