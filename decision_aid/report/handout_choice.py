"""The parts of the patient handout that help the reader choose: the options side by side, icon arrays
of what happened to people in the studies, which option they lean towards and how sure they feel, and a
block to fill in with their care team's details."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from decision_aid.domain.assessment import Indication
from decision_aid.domain.content import Cited, Text
from decision_aid.report.figures import icon_array
from decision_aid.report.headings import SPLIT_IN_ROW, TABLE_RESERVE
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import (
    BENEFIT_FILL,
    GRID,
    HARM_FILL,
    HEADER_FILL,
    MUTED,
    STATUS_COLOURS,
    table_style,
)

BOX = "☐"
ICON = 2.9 * mm
PER_ROW = 20


def _items(ctx: Ctx, items: tuple[Cited, ...]) -> list[Flowable]:
    out: list[Flowable] = []
    last = len(ctx.langs) - 1
    for item in items:
        out += [
            ctx.p(item.text.get(lang), "cell", lang, ctx.cite_markup(item.citations) if i == last else "",
                  bullet="•" if i == 0 else None)
            for i, lang in enumerate(ctx.langs)
        ]  # fmt: skip
    return out


def options_table(ctx: Ctx, indication: Indication, after_trial: bool) -> list[Flowable]:
    """Every option in one table: its name, its good points and its drawbacks (IPDAS: equal detail)."""
    labels = ctx.docs.handout.labels
    head: list[object] = [ctx.cell(labels[k], "cell_head") for k in ("col_option", "pros", "cons")]
    rows: list[list[object]] = [head]
    for option in ctx.docs.handout.indications[indication].options:
        title, _ = option.for_stage(after_trial)
        rows.append([ctx.cell(title, "cell_bold"), _items(ctx, option.pros), _items(ctx, option.cons)])
    widths = [ctx.width * 0.24, ctx.width * 0.38, ctx.width * 0.38]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=SPLIT_IN_ROW)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("BACKGROUND", (1, 1), (1, -1), BENEFIT_FILL),
                ("BACKGROUND", (2, 1), (2, -1), HARM_FILL),
                ("LINEBELOW", (1, 0), (1, 0), 1.5, STATUS_COLOURS["met"]),
                ("LINEBELOW", (2, 0), (2, 0), 1.5, STATUS_COLOURS["not_met"]),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [ctx.heading(labels["options_table"], 2, reserve=TABLE_RESERVE), table]


def icon_arrays(ctx: Ctx, indication: Indication) -> list[Flowable]:
    """A hundred figures (five rows of twenty) for the main benefit and the main harms of each option,
    each with its caption beside it; the numbers come from content, where the figure check ties each
    to a listed figure of its source. Rows are short so the section starts without leaving a gap."""
    labels = ctx.docs.handout.labels
    figures = ctx.docs.handout.indications[indication].icon_arrays
    rows: list[list[object]] = []
    for figure in figures:
        low, high = figure.people()
        colour = STATUS_COLOURS["met" if figure.kind == "benefit" else "not_met"]
        rows.append(
            [icon_array(ctx, low, figure.text, colour, high=high, icon=ICON, per_row=PER_ROW,
                        citations=figure.citations)]
        )  # fmt: skip
    grid = Table(rows, colWidths=[ctx.width])
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, GRID),
            ]
        )
    )
    hint = ctx.paras(labels["icon_arrays_hint"])
    # In bilingual mode the two-language hint follows the pictures, so the heading and the first
    # picture fit together where the section starts.
    if ctx.bilingual:
        return [ctx.heading(labels["icon_arrays"], reserve=TABLE_RESERVE), grid, *hint]
    return [ctx.heading(labels["icon_arrays"]), *hint, grid]


def tick_list(ctx: Ctx, texts: list[Text]) -> Table:
    """A list with a box to tick before each line (values, leaning towards an option)."""
    rows = [[ctx.p(BOX, "h1", "en"), ctx.cell(text, "body")] for text in texts]
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
    return table


def leaning_and_sure(ctx: Ctx, indication: Indication, after_trial: bool) -> list[Flowable]:
    """Which option the reader leans towards, then yes/no questions on how sure they feel."""
    labels = ctx.docs.handout.labels
    options = [o.for_stage(after_trial)[0] for o in ctx.docs.handout.indications[indication].options]
    out: list[Flowable] = [ctx.heading(labels["leaning"], reserve=30 * mm)]
    out.append(tick_list(ctx, [*options, labels["leaning_unsure"]]))
    answer = ctx.label(labels["answer_yes"], " / ")
    no = ctx.label(labels["answer_no"], " / ")
    rows: list[list[object]] = []
    for question in ctx.docs.handout.sure:
        rows.append([ctx.cell(question, "body"), ctx.p(f"{BOX} {answer}", "body", ctx.langs[0]),
                     ctx.p(f"{BOX} {no}", "body", ctx.langs[0])])  # fmt: skip
    choice_w = 30 * mm if ctx.bilingual else 22 * mm
    table = Table(rows, colWidths=[ctx.width - 2 * choice_w, choice_w, choice_w])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    out += [ctx.heading(labels["sure"], 2, reserve=TABLE_RESERVE), *ctx.paras(labels["sure_hint"]), table]
    return out


def contacts(ctx: Ctx) -> list[Flowable]:
    """A block to fill in: the care team, their phone number, the next appointment, and who the
    reader discussed the decision with and when."""
    labels = ctx.docs.handout.labels
    keys = ("care_team", "phone", "next_appointment", "discussed")
    rows = [[ctx.stack(labels[k], "cell_head"), ""] for k in keys]
    label_w = 55 * mm
    height = (16 if ctx.bilingual else 12) * mm
    table = Table(rows, colWidths=[label_w, ctx.width - label_w], rowHeights=[height] * len(keys))
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED),
            ]
        )
    )
    return [ctx.heading(labels["contacts"], reserve=height * 2), table]
