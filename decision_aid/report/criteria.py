"""The basis of the verdict: the criteria table (rule, status, inputs, threshold, sources) and the list of
red flags, unmet criteria, cautions and missing answers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from decision_aid.domain.content import Lang, Text
from decision_aid.domain.evaluate import Reason
from decision_aid.domain.presentation import status_symbol, status_words
from decision_aid.domain.rules import Status
from decision_aid.report.blocks import KEY_SIZE, coloured, grid, keys_markup
from decision_aid.report.fonts import LATIN, escape, markup
from decision_aid.report.headings import SPLIT_IN_ROW, TABLE_RESERVE
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import MUTED, STATUS_COLOURS, table_style, tint

FLAG_STATUSES = (Status.red_flag, Status.not_met, Status.caution)
_SEPARATORS = {"en": ": ", "zh": "："}
# Field labels read "Symptom reported: oedema" or "DN4 interview – burning"; the part before the
# separator is shared by many inputs of one rule and is printed once.
_PREFIX_SEPARATORS = {"en": (": ", " – "), "zh": ("：",)}


def status_cell(ctx: Ctx, reason: Reason) -> list[Flowable]:
    """The status in words that describe the finding ("Absent", "Not met"), with a symbol that
    reads in greyscale, both from domain.presentation."""
    text = status_words(reason, ctx.content)
    colour = STATUS_COLOURS[reason.status.value]
    symbol = status_symbol(reason)
    out: list[Flowable] = []
    for lang in ctx.langs:
        font = ctx.styles.get("cell_bold", lang).fontName
        words = coloured(markup(f"{symbol} {text.get(lang)}", font), colour)
        out.append(ctx.p("", "cell_bold", lang, extra=words))
    return out


def _value_label(ctx: Ctx, value: str, lang: Lang) -> str:
    """An input value in words: answers, then indications and stages (the indication is an input too)."""
    for group in ("values", "indications", "stages"):
        text = getattr(ctx.content.labels, group).get(value)
        if text is not None:
            return str(text.get(lang))
    return value


def _grouped_inputs(ctx: Ctx, reason: Reason, lang: Lang) -> str:
    """Inputs as compact markup: labels sharing a prefix ("Symptom reported: …") and a value are
    listed once, so a rule that reads two dozen Budapest items stays a few lines long."""
    font = ctx.styles.get("cell", lang).fontName
    sep = _SEPARATORS[lang]
    groups: dict[tuple[str, str, str], list[str]] = {}
    for item in reason.inputs:
        label = ctx.content.field_label(item.field, lang)
        split = next((s for s in _PREFIX_SEPARATORS[lang] if s in label), "")
        head, _, tail = label.partition(split) if split else ("", "", label)
        value = _value_label(ctx, item.value, lang)
        groups.setdefault((head, split, value), []).append(tail)
    parts = []
    for (head, split, value), tails in groups.items():
        items = markup(", " if lang == "en" else "、", font).join(markup(t, font) for t in tails)
        lead = f"{markup(head, font)}{markup(split, font)}" if head else ""
        parts.append(f"{lead}{items}{markup(sep, font)}<b>{markup(value, font)}</b>")
    return "\u00a0· ".join(parts)


def _doc_label(ctx: Ctx, key: str) -> Text:
    return ctx.content.labels.document[key]


def criteria_table(ctx: Ctx) -> list[Flowable]:
    """The criteria met as a checklist, then those that decide the verdict in full (rule, status,
    threshold, sources); the inputs each rule read are in the appendix."""
    labels = ctx.docs.evidence.labels
    reasons = [r for r in ctx.evaluation.reasons if r.status != Status.met]
    # The checklist of criteria met comes first: its short rows fill the foot of page 1, and the
    # criteria that need attention follow in full.
    out: list[Flowable] = [*ctx.table_heading(labels["criteria"]), *met_checklist(ctx)]
    if reasons:
        keys_w = max([stringWidth(k, LATIN, KEY_SIZE) for r in reasons for k in r.citations] + [40]) + 8
        rest = ctx.width - keys_w
        widths = [rest * 0.36, rest * 0.13, rest * 0.51, keys_w]
        head = ["col_criterion", "col_status", "col_threshold", "col_sources"]
        data: list[list[object]] = [[ctx.cell(labels[k], "cell_head") for k in head]]
        styles = grid()
        for reason in reasons:
            row = len(data)
            criterion = ctx.cell(reason.title, "cell_bold")
            criterion.append(ctx.stack(ctx.content.labels.roles[reason.role.value], "small"))
            if reason.status not in FLAG_STATUSES:  # the finding of a flagged one is on page 1
                criterion += ctx.cell(reason.text)
            keys = ctx.cite(reason.citations)
            data.append(
                [
                    criterion,
                    status_cell(ctx, reason),
                    ctx.cell(reason.threshold),
                    ctx.p("", "cell", "en", extra=keys_markup(keys)),
                ]
            )
            styles.append(("BACKGROUND", (1, row), (1, row), tint(STATUS_COLOURS[reason.status.value], 0.88)))
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=SPLIT_IN_ROW)
        table.setStyle(table_style(styles))
        out += [Spacer(1, 2 * mm), ctx.label_heading(_doc_label(ctx, "criteria_open"), TABLE_RESERVE), table]
    return out


def met_checklist(ctx: Ctx) -> list[Flowable]:
    """Criteria met, one short line each in two columns: a tick and the name (their sources are in
    the appendix, with the inputs each read)."""
    met = [r for r in ctx.evaluation.reasons if r.status == Status.met]
    if not met:
        return []
    colour = STATUS_COLOURS["met"]
    cells: list[list[Flowable]] = []
    for reason in met:
        ctx.cite(reason.citations)  # listed in the references; printed with the inputs in the appendix
        cell: list[Flowable] = []
        words = status_words(reason, ctx.content)
        for i, lang in enumerate(ctx.langs):
            font = ctx.styles.get("cell", lang).fontName
            tick = coloured(markup(f"{status_symbol(reason)} ", LATIN), colour) if i == 0 else "\u2003"
            # "✓ Infection: Absent", never a bare "✓ Infection" that could be read as present.
            name = f"{reason.title.get(lang)}{_SEPARATORS[lang]}{words.get(lang)}"
            cell.append(ctx.p("", "cell", lang, extra=tick + markup(name, font)))
        cells.append(cell)
    # Three columns where the names are short enough (Chinese), otherwise two: whichever is shorter.
    table = min((_columns(ctx, cells, n) for n in (2, 3)), key=lambda t: t.wrap(ctx.width, 1e5)[1])
    return [ctx.label_heading(_doc_label(ctx, "criteria_met"), 15 * mm), table]


def _columns(ctx: Ctx, cells: list[list[Flowable]], count: int) -> Table:
    """The cells in ``count`` columns, filled top to bottom."""
    per = -(-len(cells) // count)
    rows = [
        [cells[i + c * per] if i + c * per < len(cells) else [] for c in range(count)] for i in range(per)
    ]
    table = Table(rows, colWidths=[ctx.width / count] * count)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, STATUS_COLOURS["met"]),
            ]
        )
    )
    return table


def inputs_appendix(ctx: Ctx) -> list[Flowable]:
    """Appendix: the inputs and sources of each criterion, so every conclusion can be checked."""
    labels = ctx.docs.evidence.labels
    out: list[Flowable] = [ctx.heading(_doc_label(ctx, "appendix_inputs"))]
    head = ("col_criterion", "col_inputs", "col_sources")
    data: list[list[object]] = [[ctx.cell(labels[k], "cell_head") for k in head]]
    for reason in ctx.evaluation.reasons:
        inputs = []
        for lang in ctx.langs:
            body = _grouped_inputs(ctx, reason, lang) if reason.inputs else "–"
            inputs.append(ctx.p("", "cell", lang, extra=body))
        keys = ctx.p("", "cell", "en", extra=keys_markup(ctx.cite(reason.citations)))
        data.append([ctx.cell(reason.title, "cell_bold"), inputs, keys])
    keys_w = max(
        [stringWidth(k, LATIN, KEY_SIZE) for r in ctx.evaluation.reasons for k in r.citations] + [40]
    )
    rest = ctx.width - keys_w - 8
    widths = [rest * 0.3, rest * 0.7, keys_w + 8]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=SPLIT_IN_ROW)
    table.setStyle(table_style(grid()))
    return [*out, table]


def flags(ctx: Ctx) -> list[Flowable]:
    """What needs attention first, in the verdict's order: red flags, unmet criteria, cautions."""
    labels = ctx.docs.evidence.labels
    ev = ctx.evaluation
    out: list[Flowable] = [ctx.heading(labels["flags"])]
    flagged = [r for r in ev.reasons if r.status in FLAG_STATUSES]
    if not flagged:
        out += ctx.paras(labels["flags_none"])
    last = len(ctx.langs) - 1
    for reason in flagged:
        status = status_words(reason, ctx.content)
        colour = STATUS_COLOURS[reason.status.value]
        for i, lang in enumerate(ctx.langs):
            font = ctx.styles.get("bullet", lang).fontName
            head = coloured(markup(f"{status_symbol(reason)} {status.get(lang)}", font), colour)
            head += f"\u00a0· {markup(reason.title.get(lang), font)}{markup(_SEPARATORS[lang], font)}"
            out.append(
                ctx.p(
                    reason.text.get(lang),
                    "bullet" if i == last else "bullet_pair",
                    lang,
                    extra=ctx.cite_markup(reason.citations) if i == last else "",
                    bullet="•" if i == 0 else None,
                    prefix=head,
                )
            )
    out.append(ctx.heading(labels["missing"], 2))
    if not ev.missing:
        out += ctx.paras(labels["missing_none"])
    for item in ev.missing:
        where = coloured(escape(f"({item.field} ← {', '.join(item.rules)})"), MUTED)
        # Answered "unknown" on purpose, or not yet answered: the summary says which (steps and
        # disagreeing answers name themselves in their label).
        state = ctx.content.labels.terms["unknown_answer" if item.state == "unknown" else "unanswered"]
        for i, lang in enumerate(ctx.langs):
            sep = "（" if lang == "zh" else " ("
            close = "）" if lang == "zh" else ")"
            suffix = f"{sep}{state.get(lang)}{close}" if item.kind == "question" else ""
            out.append(
                ctx.p(
                    f"{item.label.get(lang)}{suffix}",
                    "bullet" if i == last else "bullet_pair",
                    lang,
                    extra=f' <font size="{KEY_SIZE}">{where}</font>' if i == last else "",
                    bullet="•" if i == 0 else None,
                )
            )
    return out
