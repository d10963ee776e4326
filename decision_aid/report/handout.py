"""The patient handout: plain language, large type, one idea per paragraph, benefits and harms side by side.

Its sections follow the IPDAS qualifying criteria (condition, decision, options, positive and negative
features of each, living with the consequences), then the reader's values, questions and notes.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from decision_aid.domain.assessment import Indication
from decision_aid.domain.content import Cited, Text
from decision_aid.report.blocks import Float, WritingLines
from decision_aid.report.figures import scs_system
from decision_aid.report.fonts import CJK, LATIN, has_cjk, markup
from decision_aid.report.headings import SPLIT_IN_ROW, TABLE_RESERVE
from decision_aid.report.layout import Ctx, human_date_of
from decision_aid.report.styles import (
    BENEFIT_FILL,
    GRID,
    HARM_FILL,
    MUTED,
    NOTICE_FILL,
    STATUS_COLOURS,
    VERDICT_COLOURS,
    table_style,
)

NOTE_LINES = 8
BOX = "☐"


def _section(ctx: Ctx, key: str) -> Flowable:
    return ctx.heading(ctx.docs.handout.labels[key])


def _cited(ctx: Ctx, items: tuple[Cited, ...], style: str = "body") -> list[Flowable]:
    out: list[Flowable] = []
    for item in items:
        out += ctx.paras(item.text, style, item.citations, bullet="•" if style == "bullet" else None)
    return out


def _title(ctx: Ctx, date: Text) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    condition = ctx.content.labels.indications[ctx.evaluation.indication.value]
    meta = ctx.content.meta
    checked = human_date_of(meta.updated)
    out: list[Flowable] = [ctx.p(labels["title"].get(lang), "title", lang) for lang in ctx.langs]
    for lang in ctx.langs:
        name = condition.get(lang)
        if lang == "en" and name[1:2].islower():
            name = name[0].lower() + name[1:]  # mid-sentence: "For people with complex regional …"
        out.append(ctx.p(labels["for_condition"].get(lang).format(condition=name), "h2", lang))
    info = [
        Text(en=labels["date"].en.format(date=date.en), zh=labels["date"].zh.format(date=date.zh)),
        Text(
            en=labels["content"].en.format(version=meta.content_version, updated=checked.en),
            zh=labels["content"].zh.format(version=meta.content_version, updated=checked.zh),
        ),
    ]
    out += [ctx.stack(t, "small") for t in info]
    return [*out, Spacer(1, 2 * mm)]


def _notice(ctx: Ctx, items: tuple[Cited, ...]) -> list[Flowable]:
    """The SCI research notice, boxed near the top so nobody reads past it."""
    colour = VERDICT_COLOURS["investigational"]
    inner: list[Flowable] = [_section(ctx, "research"), *_cited(ctx, items)]
    box = Table([[inner]], colWidths=[ctx.width])
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
                ("BOX", (0, 0), (-1, -1), 1.5, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [box, Spacer(1, 3 * mm)]


def _options(ctx: Ctx, indication: Indication) -> list[Flowable]:
    out: list[Flowable] = [_section(ctx, "options")]
    for option in ctx.docs.handout.indications[indication].options:
        out.append(ctx.heading(option.title, 2))
        out += ctx.paras(option.text.text, "body", option.text.citations)
    return out


def _involves(ctx: Ctx) -> list[Flowable]:
    steps: list[Flowable] = []
    for step in ctx.docs.handout.involves:
        steps.append(ctx.heading(step.title, 2))
        steps += _cited(ctx, step.paragraphs)
    # A labelled drawing of the system opens the section, or follows the first step that leaves room.
    return [_section(ctx, "involves"), Float(scs_system(ctx), steps)]


def _cell(ctx: Ctx, item: Cited) -> list[Flowable]:
    last = len(ctx.langs) - 1
    return [
        ctx.p(item.text.get(lang), "cell", lang, ctx.cite_markup(item.citations) if i == last else "")
        for i, lang in enumerate(ctx.langs)
    ]


def _benefits_harms(ctx: Ctx, indication: Indication) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    hand = ctx.docs.handout.indications[indication]
    head: list[object] = [ctx.cell(labels["benefits"], "cell_head"), ctx.cell(labels["harms"], "cell_head")]
    rows: list[list[object]] = [head]
    # Equal detail (IPDAS): each benefit sits beside a harm, in the same type and the same space.
    rows += [[_cell(ctx, b), _cell(ctx, h)] for b, h in zip(hand.benefits, hand.harms, strict=True)]
    table = Table(rows, colWidths=[ctx.width / 2] * 2, repeatRows=1, splitInRow=SPLIT_IN_ROW)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), BENEFIT_FILL),
                ("BACKGROUND", (1, 0), (1, -1), HARM_FILL),
                ("LINEBELOW", (0, 0), (0, 0), 1.5, STATUS_COLOURS["met"]),
                ("LINEBELOW", (1, 0), (1, 0), 1.5, STATUS_COLOURS["not_met"]),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [ctx.heading(ctx.docs.handout.labels["benefits_harms"], reserve=TABLE_RESERVE), table]


def _values(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    out: list[Flowable] = [_section(ctx, "values"), *ctx.paras(labels["values_hint"])]
    rows = [[ctx.p(BOX, "h1", "en"), ctx.cell(value, "body")] for value in ctx.docs.handout.values]
    box_w = 10 * mm
    table = Table(rows, colWidths=[box_w, ctx.width - box_w])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [*out, table]


def _questions(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [_section(ctx, "questions")]
    for question in ctx.docs.handout.questions:
        out += ctx.paras(question, "bullet", bullet="•")
    return out


def _notes(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    # The heading keeps the hint and a first writing line; the other lines may go on to the next page.
    lines = WritingLines(9 * mm, NOTE_LINES, MUTED)
    head = ctx.heading(labels["notes"], reserve=22 * mm if ctx.bilingual else 16 * mm)
    return [head, *ctx.paras(labels["notes_hint"]), lines]


def _sources(ctx: Ctx, keys: list[str]) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    out: list[Flowable] = [_section(ctx, "sources"), *ctx.paras(labels["sources_hint"])]
    for number, key in enumerate(keys, start=1):
        text = ctx.docs.references[key].formatted()
        primary = CJK if has_cjk(text) else LATIN
        out.append(
            ctx.p(
                "",
                "reference",
                "zh" if primary == CJK else "en",
                bullet=f"{number}.",
                extra=markup(text, primary),
            )
        )
    out.append(ctx.heading(labels["update_policy"], 2))
    out += ctx.paras(ctx.content.meta.update_policy, "small")
    return out


def build_story(ctx: Ctx, when: Text) -> list[Flowable]:
    """The handout for the assessed indication; it carries no patient identifier or notes."""
    indication = ctx.evaluation.indication
    hand = ctx.docs.handout.indications[indication]
    keys = ctx.docs.handout_citations(indication)
    ctx.numbers = {key: i for i, key in enumerate(keys, start=1)}
    story = _title(ctx, when)
    if hand.research_notice:
        story += _notice(ctx, hand.research_notice)
    story.append(_section(ctx, "about"))
    for text in ctx.docs.handout.intro:
        story += ctx.paras(text)
    story += [_section(ctx, "condition"), *_cited(ctx, hand.condition)]
    story += [_section(ctx, "decision"), *_cited(ctx, hand.decision)]
    story += _options(ctx, indication)
    story += _involves(ctx)
    story += _benefits_harms(ctx, indication)
    story += _values(ctx)
    story += _questions(ctx)
    story += _notes(ctx)
    story += _sources(ctx, keys)
    return story
