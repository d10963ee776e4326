"""The reasons behind the verdict, action first: one card per reason that needs attention (status
words with a symbol, the criterion, its text, the threshold, a summary of the inputs with the full
list on demand, and the sources as author and year), then the met criteria and absent hazards as a
one-line-per-criterion checklist that expands into the same cards.

Everything comes from the Evaluation and domain.presentation: the grouping, the words, the input
summaries and the short citations are decided there, never here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from decision_aid import palette
from decision_aid.domain.evaluate import Evaluation, Reason
from decision_aid.domain.presentation import (
    GROUP_ORDER,
    Group,
    citation_label,
    group,
    input_line,
    status_line,
    summarise_inputs,
)
from decision_aid.ui.common.flow_layout import FlowLayout
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.style import tone
from decision_aid.ui.common.texts import ContentTexts

LINK_STYLE = (
    f"QPushButton {{ border: none; background: transparent; color: {palette.LINK}; text-align: left;"
    " text-decoration: underline; padding: 1px 2px; }"
    f"QPushButton:focus {{ border: 1px solid {palette.ACCENT}; border-radius: 3px; }}"
)
# One style sheet on the view, not one per card: style sheets are costly to apply widget by widget.
CARD_STYLE = (
    f"QFrame#reasonCard {{ border: 1px solid {palette.CARD_BORDER};"
    f" border-left: 5px solid {palette.TONES['unknown'].border};"
    " border-radius: 4px; background: palette(base); }"
    + "".join(
        f'QFrame#reasonCard[tone="{key}"] {{ border-left-color: {tone(key).border}; }}'
        for key in ("met", "not_met", "unknown", "caution", "red_flag")
    )
    + LINK_STYLE.replace("QPushButton", 'QPushButton[link="true"]')
)


def _label(text: str, parent: QWidget, hint: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hint:
        label.setObjectName("hint")
    return label


def link_button(text: str, parent: QWidget) -> QPushButton:
    """A flat, underlined button: styled by the owner's style sheet (``link`` property)."""
    button = QPushButton(text, parent)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ReasonCard(QFrame):
    """One reason in full. ``citation_requested`` carries the keys of a clicked source."""

    citation_requested = Signal(list)

    def __init__(self, reason: Reason, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        lang = texts.lang
        colon = "：" if lang == "zh" else ": "
        t = tone(reason.status.value)
        fg = palette.RED_FLAG_TEXT if reason.status == "red_flag" else t.fg
        self.setObjectName("reasonCard")
        self.setProperty("tone", reason.status.value)  # the border colour, see CARD_STYLE
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        words = html.escape(status_line(reason, texts.content, lang))
        title = html.escape(texts.text(reason.title))
        self.status.setText(f"<span style='color:{fg}; font-weight:600'>{words}</span> · <b>{title}</b>")
        self.text = _label(texts.text(reason.text), self)
        threshold = self.tr("Threshold: %1").replace("%1", texts.text(reason.threshold))
        self.threshold = _label(threshold, self, True)
        summary = summarise_inputs(reason, texts.content, lang)
        full = [input_line(i, texts.content, lang) for i in reason.inputs]
        head = self.tr("Inputs read:")
        body = "；".join(summary) if lang == "zh" else " " + "; ".join(summary)
        self.inputs = _label(head + body, self, True)
        self.inputs.setVisible(bool(full))
        self.all_inputs = _label("\n".join(f"• {line}" for line in full), self, True)
        self.all_inputs.hide()
        self.inputs_toggle: QPushButton | None = None
        if full != summary:
            more = self.tr("Show all %1 inputs").replace("%1", str(len(full)))
            self.inputs_toggle = link_button(more, self)
            self.inputs_toggle.setCheckable(True)
            self.inputs_toggle.toggled.connect(self._toggle_inputs)
        sources = FlowLayout()
        sources.addWidget(_label(self.tr("Sources:"), self, True))
        self.sources: list[QPushButton] = []
        for key in reason.citations:
            button = link_button(citation_label(key, texts.content), self)
            ref = texts.content.references.get(key)
            button.setToolTip(ref.formatted() if ref else key)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, k=key: self.citation_requested.emit([k]))
            sources.addWidget(button)
            self.sources.append(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 8, 6)
        column.setSpacing(3)
        for widget in (self.status, self.text, self.threshold, self.inputs):
            column.addWidget(widget)
        if self.inputs_toggle is not None:
            column.addWidget(self.inputs_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.all_inputs)
        column.addLayout(sources)
        self.setAccessibleName(f"{texts.text(reason.title)}{colon}{status_line(reason, texts.content, lang)}")

    def _toggle_inputs(self, shown: bool) -> None:
        self.all_inputs.setVisible(shown)


class Checklist(QWidget):
    """A group of reasons as one line each ("Pain duration: ✓ Met"); "Show details" builds and shows
    their full cards (built only when first asked for: most of the time the lines are enough)."""

    def __init__(self, view: ReasonsView, key: Group) -> None:
        super().__init__(view)
        self.view = view
        self.key = key
        self.reasons: list[Reason] = []
        self.cards: list[ReasonCard] = []
        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.lines = _label("", self)
        self.toggle = link_button("", self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_details)
        self.card_column = QVBoxLayout()
        self.card_column.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.toggle)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(head)
        column.addWidget(self.lines)
        column.addLayout(self.card_column)

    def set_reasons(self, reasons: list[Reason], title: str) -> None:
        texts = self.view.texts
        colon = "：" if texts.lang == "zh" else ": "
        self.reasons = reasons
        self.view.clear_layout(self.card_column)
        self.cards = []
        self.heading.setText(f"{title} ({len(reasons)})")
        lang = texts.lang
        self.lines.setText(
            "\n".join(f"{texts.text(r.title)}{colon}{status_line(r, texts.content, lang)}" for r in reasons)
        )
        self.setVisible(bool(reasons))
        self._show_details(self.toggle.isChecked())

    def _show_details(self, shown: bool) -> None:
        if shown and not self.cards:
            for reason in self.reasons:
                card = self.view.make_card(reason, self)
                self.cards.append(card)
                self.card_column.addWidget(card)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.lines.setVisible(not shown)
        for card in self.cards:
            card.setVisible(shown)


# Groups shown as full cards; the others as checklists that expand.
CARD_GROUPS = frozenset({Group.red_flag, Group.not_met, Group.caution, Group.note})


class ReasonsView(Retranslating, QWidget):
    """What needs attention first, in the order of domain.presentation's groups: red flags and what
    is not met or present as cards, what is outstanding as a checklist, cautions and notes as cards,
    and the met criteria and absent hazards as a checklist."""

    citation_requested = Signal(list)

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self._evaluation: Evaluation | None = None
        self.group_labels: dict[Group, QLabel] = {}
        self.setStyleSheet(CARD_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.sections: dict[Group, QVBoxLayout] = {}
        self.checklists: dict[Group, Checklist] = {}
        for key in GROUP_ORDER:
            if key in CARD_GROUPS:
                section = QVBoxLayout()
                section.setSpacing(6)
                self.sections[key] = section
                column.addLayout(section)
            else:
                self.checklists[key] = Checklist(self, key)
                column.addWidget(self.checklists[key])

    @property
    def cards(self) -> list[ReasonCard]:
        """Every card built so far, in page order."""
        out: list[ReasonCard] = []
        for key in GROUP_ORDER:
            if key in self.sections:
                layout = self.sections[key]
                items = (layout.itemAt(i) for i in range(layout.count()))
                out += [w for it in items if it is not None and isinstance(w := it.widget(), ReasonCard)]
            else:
                out += self.checklists[key].cards
        return out

    def group_title(self, key: Group) -> str:
        return {
            Group.red_flag: self.tr("Red flags"),
            Group.not_met: self.tr("Not met or present"),
            Group.outstanding: self.tr("Outstanding: not recorded"),
            Group.caution: self.tr("Cautions: discuss at MDT"),
            Group.note: self.tr("Notes"),
            Group.met: self.tr("Met criteria and absent hazards"),
        }[key]

    @staticmethod
    def clear_layout(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def make_card(self, reason: Reason, parent: QWidget) -> ReasonCard:
        card = ReasonCard(reason, self.texts, parent)
        card.citation_requested.connect(self.citation_requested)
        return card

    def set_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        self.group_labels = {}
        grouped: dict[Group, list[Reason]] = {g: [] for g in GROUP_ORDER}
        for reason in evaluation.reasons:
            grouped[group(reason)].append(reason)
        for key, reasons in grouped.items():
            if key in self.checklists:
                self.checklists[key].set_reasons(reasons, self.group_title(key))
                continue
            section = self.sections[key]
            self.clear_layout(section)
            if not reasons:
                continue
            title = QLabel(f"{self.group_title(key)} ({len(reasons)})", self)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            self.group_labels[key] = title
            section.addWidget(title)
            for reason in reasons:
                section.addWidget(self.make_card(reason, self))

    def retranslate(self) -> None:
        if self._evaluation is not None:
            self.set_evaluation(self._evaluation)
