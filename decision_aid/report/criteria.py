"""The basis of the verdict: the criteria table (rule, status, inputs, threshold, sources) and the list of
red flags, unmet criteria, cautions and missing answers."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from decision_aid.domain.content import Lang
from decision_aid.domain.evaluate import Reason
from decision_aid.domain.presentation import status_symbol, status_words
from decision_aid.domain.rules import Status
from decision_aid.report.blocks import KEY_SIZE, coloured, grid, keys_markup
from decision_aid.report.fonts import LATIN, markup
from decision_aid.report.layout import Ctx
from decision_aid.report.styles import HEADER_FILL, MUTED, STATUS_COLOURS, table_style, tint

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
    out = []
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
    return " · ".join(parts)


def _inputs_row(ctx: Ctx, reason: Reason) -> list[Flowable]:
    label = ctx.docs.evidence.labels["col_inputs"]
    out: list[Flowable] = []
    for lang in ctx.langs:
        head = coloured(f"{escape(label.get(lang))}{_SEPARATORS[lang]}", MUTED)
        body = _grouped_inputs(ctx, reason, lang) if reason.inputs else "–"
        out.append(ctx.p("", "cell", lang, extra=head + body))
    return out


def criteria_table(ctx: Ctx) -> list[Flowable]:
    """Two rows per criterion: what was decided, then the inputs read across the full width."""
    labels = ctx.docs.evidence.labels
    reasons = ctx.evaluation.reasons
    keys_w = max([stringWidth(k, LATIN, KEY_SIZE) for r in reasons for k in r.citations] + [40]) + 8
    rest = ctx.width - keys_w
    widths = [rest * 0.5, rest * 0.14, rest * 0.36, keys_w]
    head = ["col_criterion", "col_status", "col_threshold", "col_sources"]
    data: list[list[object]] = [[ctx.cell(labels[k], "cell_head") for k in head]]
    styles = grid()
    for reason in reasons:
        row = len(data)
        criterion = ctx.cell(reason.title, "cell_bold")
        role = ctx.content.labels.roles[reason.role.value]
        criterion.append(ctx.p(ctx.label(role), "small", ctx.langs[0]))
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
        data.append([_inputs_row(ctx, reason), [], [], []])
        styles += [
            ("BACKGROUND", (1, row), (1, row), tint(STATUS_COLOURS[reason.status.value], 0.88)),
            ("SPAN", (0, row + 1), (-1, row + 1)),
            ("BACKGROUND", (0, row + 1), (-1, row + 1), tint(HEADER_FILL, 0.55)),
            # A criterion and the inputs it read stay on the same page.
            ("NOSPLIT", (0, row), (-1, row + 1)),
        ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(styles))
    return [*ctx.table_heading(labels["criteria"]), table]


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
            head += f" · {markup(reason.title.get(lang), font)}{markup(_SEPARATORS[lang], font)}"
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
        for i, lang in enumerate(ctx.langs):
            out.append(
                ctx.p(
                    item.label.get(lang),
                    "bullet" if i == last else "bullet_pair",
                    lang,
                    extra=f' <font size="{KEY_SIZE}">{where}</font>' if i == last else "",
                    bullet="•" if i == 0 else None,
                )
            )
    return out
