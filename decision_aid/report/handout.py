"""The patient handout: plain language, large type, one idea per paragraph, benefits and harms side by side.

Its sections follow the IPDAS qualifying criteria (condition, decision, options, positive and negative
features of each, living with the consequences), then the reader's values, questions and notes.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from decision_aid.domain.assessment import Indication, Stage
from decision_aid.domain.content import Cited, Text
from decision_aid.domain.documents import STOP_KEYS
from decision_aid.domain.evaluate import Evaluation
from decision_aid.domain.rules import Role, Status
from decision_aid.report.blocks import Float, WritingLines
from decision_aid.report.figures import scs_system
from decision_aid.report.fonts import CJK, LATIN, has_cjk, markup
from decision_aid.report.handout_choice import (
    contacts,
    icon_arrays,
    leaning_and_sure,
    options_table,
    tick_list,
)
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
# Good points on the left, bad on the right, in the same type and the same space (IPDAS: equal detail).
_SIDE_BY_SIDE: list[tuple[object, ...]] = [
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
    # The production date of this copy and of the information in it (IPDAS certifying items).
    printed = Text(
        en=labels["printed"].en.format(date=date.en, version=meta.content_version, updated=checked.en),
        zh=labels["printed"].zh.format(date=date.zh, version=meta.content_version, updated=checked.zh),
    )
    out.append(ctx.stack(printed, "small"))
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


def _options(ctx: Ctx, indication: Indication, after_trial: bool) -> list[Flowable]:
    """Every option with its positive and negative features, not having SCS included (IPDAS)."""
    out: list[Flowable] = [_section(ctx, "options")]
    for option in ctx.docs.handout.indications[indication].options:
        title, text = option.for_stage(after_trial)
        out.append(ctx.heading(title, 2))
        out += ctx.paras(text.text, "body", text.citations)
    return [*out, Spacer(1, 1 * mm), *options_table(ctx, indication, after_trial)]


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
    table.setStyle(table_style(_SIDE_BY_SIDE))
    return [ctx.heading(ctx.docs.handout.labels["benefits_harms"], reserve=TABLE_RESERVE), table]


def _values(ctx: Ctx) -> list[Flowable]:
    labels = ctx.docs.handout.labels
    out: list[Flowable] = [_section(ctx, "values"), *ctx.paras(labels["values_hint"])]
    return [*out, tick_list(ctx, list(ctx.docs.handout.values))]


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
    return out


def _credits(ctx: Ctx) -> list[Flowable]:
    """IPDAS certifying items: funding and conflicts of interest, authorship and review, update policy."""
    labels = ctx.docs.handout.labels
    updated = ctx.content.meta.updated

    def filled(key: str) -> Text:
        return Text(en=labels[key].en.format(updated=updated), zh=labels[key].zh.format(updated=updated))

    out: list[Flowable] = [ctx.heading(labels["made_by"], 2)]
    out += ctx.paras(filled("funding"), "small")
    out += ctx.paras(filled("authorship"), "small")
    out.append(ctx.heading(labels["update_policy"], 2))
    out += ctx.paras(labels["update_text"], "small")
    return out


def _stop_story(ctx: Ctx, when: Text, key: str) -> list[Flowable]:
    """Instead of the handout: a short sheet saying why SCS is not the next step."""
    labels = ctx.docs.handout.labels
    sheet = ctx.docs.handout.stop[key]
    keys = ctx.docs.stop_citations(key)
    ctx.numbers = {k: i for i, k in enumerate(keys, start=1)}
    story = _title(ctx, when)
    story += ctx.paras(labels["stop_reasons"])
    story += [ctx.heading(labels["stop_title"]), ctx.heading(sheet.title, 2), *_cited(ctx, sheet.paragraphs)]
    found = [r for r in ctx.evaluation.reasons if r.rule in stop_rules(ctx.evaluation)]
    if found:
        story.append(ctx.heading(labels["stop_why"], 2))
        for reason in found:
            story += ctx.paras(reason.title, "bullet", bullet="•")
    story += _notes(ctx)
    return [*story, *_sources(ctx, keys), *_credits(ctx)]


def stop_rules(evaluation: Evaluation) -> set[str]:
    """The rules that made SCS not the next step: red flags, unmet safety rules, a failed trial."""
    out: set[str] = set()
    for reason in evaluation.reasons:
        blocking = reason.role == Role.safety or reason.rule.startswith("trial.")
        if reason.status == Status.red_flag or (reason.status == Status.not_met and blocking):
            out.add(reason.rule)
    return out


def build_story(ctx: Ctx, when: Text) -> list[Flowable]:
    """The handout for the assessed indication and stage; it carries no patient identifier or notes.

    When SCS is not the next step (a red flag, a contraindication or a failed trial) the standard
    handout is withheld and a short sheet explains why.
    """
    evaluation = ctx.evaluation
    if evaluation.next_step.key in STOP_KEYS:
        return _stop_story(ctx, when, evaluation.next_step.key)
    indication = evaluation.indication
    after_trial = evaluation.stage == Stage.post_trial
    hand = ctx.docs.handout.indications[indication]
    keys = ctx.docs.handout_citations(indication, after_trial)
    ctx.numbers = {key: i for i, key in enumerate(keys, start=1)}
    story = _title(ctx, when)
    if hand.research_notice:
        story += _notice(ctx, hand.research_notice)
    story.append(_section(ctx, "about"))
    for text in ctx.docs.handout.intro:
        story += ctx.paras(text)
    story += [_section(ctx, "condition"), *_cited(ctx, hand.condition)]
    story += [_section(ctx, "decision"), *_cited(ctx, hand.decision_for(after_trial))]
    story += _options(ctx, indication, after_trial)
    story += _involves(ctx)
    story += _benefits_harms(ctx, indication)
    story += icon_arrays(ctx, indication)
    story += _values(ctx)
    story += leaning_and_sure(ctx, indication, after_trial)
    story += _questions(ctx)
    story += contacts(ctx)
    story += _notes(ctx)
    story += _sources(ctx, keys)
    story += _credits(ctx)
    return story
