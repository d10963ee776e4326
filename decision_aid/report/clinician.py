"""The clinician evidence summary: the verdict, the basis of every criterion, and the evidence with its
limits, so the reader can check each conclusion against its inputs, rule and source."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from decision_aid.domain.assessment import Assessment, Indication
from decision_aid.domain.content import Text
from decision_aid.domain.documents import Study
from decision_aid.report.blocks import box, cited_list, coloured, grid, keys_markup, user_text
from decision_aid.report.criteria import criteria_table, flags
from decision_aid.report.fonts import CJK, LATIN, escape, has_cjk, markup
from decision_aid.report.headings import SPLIT_IN_ROW
from decision_aid.report.layout import Ctx, human_date_text
from decision_aid.report.styles import (
    ACCENT,
    BOX_FILL,
    FINDING_COLOURS,
    HEADER_FILL,
    VERDICT_COLOURS,
    table_style,
    tint,
)
from decision_aid.report.summary import appendix, notes, signoff

_DASH = Text(en="–", zh="–")
# The population follows the design and the follow-up the outcome, in muted type in the same cell,
# which keeps the rows short (and the summary within its page budget).
_STUDY_FRACTIONS = (0.17, 0.27, 0.1, 0.46)
_HARM_FRACTIONS = (0.26, 0.31, 0.43)


def _title(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.evidence.labels
    return [
        ctx.stack(labels["app_name"], "small"),
        ctx.stack(labels["title"], "title"),
    ]


def _header(ctx: Ctx, assessment: Assessment) -> list[Flowable]:
    labels = ctx.docs.evidence.labels
    patient = assessment.patient
    ev = ctx.evaluation

    def given(text: str) -> list[Flowable]:
        return [user_text(ctx, text, "cell")] if text.strip() else ctx.cell(labels["not_recorded"])

    when = patient.assessment_date  # a date, "unknown" or not yet answered
    rows: list[tuple[str, list[Flowable]]] = [
        ("patient_id", given(patient.id)),
        ("assessment_date", ctx.cell(human_date_text(when)) if isinstance(when, dt.date) else given("")),
        ("clinician", given(patient.clinician)),
        ("indication", ctx.cell(ctx.content.labels.indications[ev.indication.value])),
        ("stage", ctx.cell(ctx.content.labels.stages[ev.stage.value])),
    ]
    # Label and value pairs side by side: five facts in three rows.
    cells: list[list[object]] = [[ctx.stack(labels[key], "cell_head"), value] for key, value in rows]
    cells.append(["", ""])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    label_w = 30 * mm
    value_w = ctx.width / 2 - label_w
    table = Table(data, colWidths=[label_w, value_w] * 2)
    table.setStyle(
        table_style(
            [
                *grid(header=False),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("BACKGROUND", (2, 0), (2, -2), HEADER_FILL),
            ]
        )
    )
    return [Spacer(1, 1 * mm), table, Spacer(1, 2.5 * mm)]


def _verdict(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.evidence.labels
    ev = ctx.evaluation
    colour = VERDICT_COLOURS[ev.verdict.value]
    inner: list[Flowable] = [ctx.stack(labels["verdict"], "cell_head")]
    for lang in ctx.langs:
        font = ctx.styles.get("verdict", lang).fontName
        inner.append(
            ctx.p("", "verdict", lang, extra=coloured(markup(ev.verdict_label.get(lang), font), colour))
        )
    inner += [Spacer(1, 2 * mm), ctx.stack(labels["next_step"], "cell_head")]
    inner += ctx.paras(ev.next_step.text, "body", ev.next_step.citations)
    return [box(inner, ctx.width, tint(colour, 0.9), colour), Spacer(1, 1 * mm)]


def _study_row(ctx: Ctx, study: Study) -> list[object]:
    finding = ctx.docs.evidence.labels[f"finding_{study.finding}"]
    colour = FINDING_COLOURS[study.finding]
    name: list[Flowable] = [ctx.p(study.name, "cell_bold", "en")]
    name += [
        ctx.p("", "small", lang, extra=coloured(escape(finding.get(lang)), colour)) for lang in ctx.langs
    ]
    name.append(ctx.p("", "cell", "en", extra=keys_markup(ctx.cite(study.citations))))
    # After the outcome, in muted type: the follow-up, and the certainty where the source grades it.
    asides = [study.follow_up] if study.follow_up else []
    if study.certainty is not None:
        word = ctx.docs.evidence.labels["certainty_word"]
        asides.append(
            Text(
                en=word.en.format(certainty=study.certainty.en),
                zh=word.zh.format(certainty=study.certainty.zh),
            )
        )
    aside = Text(en=" · ".join(a.en for a in asides), zh=" · ".join(a.zh for a in asides)) if asides else None
    return [
        name,
        ctx.cell_with(study.design, study.population),
        ctx.cell(study.n or _DASH),
        ctx.cell_with(study.outcome, aside) if aside else ctx.cell(study.outcome),
    ]


def _head(ctx: Ctx, key: str, aside: str = "") -> list[Flowable]:
    """A column header; the aside names what follows in muted type in the same cells."""
    labels = ctx.docs.evidence.labels
    if aside:
        return ctx.cell_with(labels[key], labels[aside], "cell_head")
    return ctx.cell(labels[key], "cell_head")


def _evidence(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.evidence.labels
    indication = ctx.evaluation.indication
    item = ctx.docs.evidence.indications[indication]
    name = ctx.content.labels.indications[indication.value]
    title = Text(
        en=labels["evidence"].en.format(indication=name.en),
        zh=labels["evidence"].zh.format(indication=name.zh),
    )
    out: list[Flowable] = [ctx.heading(title)]
    pathway_applies = not any(
        r.rule == "sci.investigational" and r.status == "not_met" for r in ctx.evaluation.reasons
    )  # ISCIP "other" pain: the SCI pathway does not apply, so no research protocol is suggested
    if indication == Indication.sci and pathway_applies:
        # Investigational status leads the evidence so that no reader takes SCI for an indication.
        # A heading with its statements (not one panel): the notice may then run on to the next page
        # instead of moving whole and leaving a gap.
        out += [ctx.heading(labels["investigational"], 2), *cited_list(ctx, item.investigational)]
    out += [ctx.heading(labels["overview"], 2), *cited_list(ctx, item.overview)]
    out += ctx.table_heading(labels["studies"], 2)
    data: list[list[object]] = [
        [_head(ctx, "col_study"), _head(ctx, "col_design", "col_population"),
         _head(ctx, "col_n"), _head(ctx, "col_outcome", "col_follow_up")]
    ]  # fmt: skip
    data += [_study_row(ctx, s) for s in item.studies]
    table = Table(
        data, colWidths=[ctx.width * f for f in _STUDY_FRACTIONS], repeatRows=1, splitInRow=SPLIT_IN_ROW
    )
    table.setStyle(table_style(grid()))
    out.append(table)
    certainty: list[Flowable] = [ctx.stack(labels["certainty"], "cell_head")]
    certainty += ctx.paras(item.certainty.text, "body", item.certainty.citations)
    out += [Spacer(1, 3 * mm), box(certainty, ctx.width, BOX_FILL, ACCENT)]
    # Negative evidence follows the positive at once, not in an appendix.
    out += [ctx.heading(labels["negative"], 2), *cited_list(ctx, item.negative)]
    return out


def _harm_table(ctx: Ctx) -> list[Flowable]:
    """Harms in the same detail as the benefits: how often, in whom, over what time, and the source."""
    labels = ctx.docs.evidence.labels
    rates = ctx.docs.evidence.harm_rates
    data: list[list[object]] = [
        [_head(ctx, "col_harm"), _head(ctx, "col_frequency"), _head(ctx, "col_population", "col_follow_up")]
    ]
    for rate in rates:
        name = ctx.cell(rate.harm, "cell_bold")
        name.append(ctx.p("", "cell", "en", extra=keys_markup(ctx.cite(rate.citations))))
        where = ctx.cell_with(rate.population, rate.follow_up)
        data.append([name, ctx.cell(rate.frequency), where])
    table = Table(
        data, colWidths=[ctx.width * f for f in _HARM_FRACTIONS], repeatRows=1, splitInRow=SPLIT_IN_ROW
    )
    table.setStyle(table_style(grid()))
    return [*ctx.table_heading(labels["harm_rates"], 2), table]


def _harms(ctx: Ctx) -> list[Flowable]:
    ev = ctx.docs.evidence
    out: list[Flowable] = [ctx.heading(ev.labels["harms"]), *_harm_table(ctx)]
    return [*out, ctx.heading(ev.labels["harm_notes"], 2), *cited_list(ctx, ev.harms)]


def _mechanisms(ctx: Ctx) -> list[Flowable]:
    """Background, not a basis for the decision: after the references, with the appendix."""
    ev = ctx.docs.evidence
    caveat, *mechanisms = ev.mechanisms
    out: list[Flowable] = [ctx.heading(ev.labels["mechanisms"])]
    return [*out, *ctx.paras(caveat.text, "body", caveat.citations), *cited_list(ctx, tuple(mechanisms))]


def _references(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(ctx.docs.evidence.labels["references"])]
    for key in sorted(ctx.cited):
        text = ctx.docs.references[key].formatted()
        primary = CJK if has_cjk(text) else LATIN
        body = f"<b>{escape(key)}</b>  {markup(text, primary)}"
        out += [ctx.p("", "cell", "zh" if primary == CJK else "en", extra=body), Spacer(1, 1.2)]
    return out


def build_story(ctx: Ctx, assessment: Assessment) -> list[Flowable]:
    story = _title(ctx)
    story += _header(ctx, assessment)
    # Page 1 holds what is needed to decide: verdict and next step, what stands against it or is
    # outstanding, and the sign-off; the basis and the evidence follow, the inputs read are appended.
    story += _verdict(ctx)
    story += flags(ctx)
    story += signoff(ctx)
    story += criteria_table(ctx)
    story += _evidence(ctx)
    story += _harms(ctx)
    story += notes(ctx, assessment)
    mechanisms = _mechanisms(ctx)  # cited before the references are listed
    story += _references(ctx)
    story += mechanisms
    story += appendix(ctx, assessment)
    return story
