"""The reasons behind the verdict, action first: one card per reason that needs attention (status
words with a symbol, the criterion, its text, the threshold, a summary of the inputs with the full
list on demand, and the sources as author and year), then the met criteria and absent hazards as a
one-line-per-criterion checklist that expands into the same cards.

Everything comes from the Evaluation and domain.presentation: the grouping, the words, the input
summaries and the short citations are decided there, never here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
from decision_aid.ui.flow_layout import FlowLayout
from decision_aid.ui.style import tone
from decision_aid.ui.texts import ContentTexts

LINK_STYLE = (
    "QPushButton { border: none; background: transparent; color: #1f5f9e; text-align: left;"
    " text-decoration: underline; padding: 1px 2px; }"
    "QPushButton:focus { border: 1px solid #2a6fb0; border-radius: 3px; }"
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
    button = QPushButton(text, parent)
    button.setStyleSheet(LINK_STYLE)
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
        t = tone("red_flag" if reason.status == "red_flag" else reason.status.value)
        self.setObjectName("reasonCard")
        fg = "#8a1c1c" if reason.status == "red_flag" else t.fg
        self.setStyleSheet(
            f"QFrame#reasonCard {{ border: 1px solid #d5dbe0; border-left: 5px solid {t.border};"
            " border-radius: 4px; background: palette(base); }"
        )
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


class ReasonsView(QWidget):
    """The cards that need attention, grouped, then the collapsible checklist of met criteria."""

    citation_requested = Signal(list)

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self._evaluation: Evaluation | None = None
        self.cards: list[ReasonCard] = []
        self.group_labels: dict[Group, QLabel] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.action = QVBoxLayout()
        self.action.setSpacing(6)
        self.column.addLayout(self.action)
        self.met_heading = QLabel(self)
        self.met_heading.setStyleSheet("font-weight: 600;")
        self.met_list = _label("", self)
        self.met_toggle = link_button("", self)
        self.met_toggle.setCheckable(True)
        self.met_toggle.toggled.connect(self._toggle_met)
        self.met_cards = QVBoxLayout()
        self.met_cards.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.met_heading, 1)
        head.addWidget(self.met_toggle)
        self.column.addLayout(head)
        self.column.addWidget(self.met_list)
        self.column.addLayout(self.met_cards)

    def group_title(self, key: Group) -> str:
        return {
            Group.red_flag: self.tr("Red flags"),
            Group.not_met: self.tr("Not met or present"),
            Group.outstanding: self.tr("Outstanding: not recorded"),
            Group.caution: self.tr("Cautions: discuss at MDT"),
            Group.note: self.tr("Notes"),
            Group.met: self.tr("Met criteria and absent hazards"),
        }[key]

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _card(self, reason: Reason) -> ReasonCard:
        card = ReasonCard(reason, self.texts, self)
        card.citation_requested.connect(self.citation_requested)
        self.cards.append(card)
        return card

    def set_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        texts = self.texts
        self.cards = []
        self.group_labels = {}
        self._clear(self.action)
        self._clear(self.met_cards)
        grouped: dict[Group, list[Reason]] = {g: [] for g in GROUP_ORDER}
        for reason in evaluation.reasons:
            grouped[group(reason)].append(reason)
        for key in GROUP_ORDER[:-1]:
            if not grouped[key]:
                continue
            title = QLabel(f"{self.group_title(key)} ({len(grouped[key])})", self)
            title.setStyleSheet("font-weight: 600;")
            self.group_labels[key] = title
            self.action.addWidget(title)
            for reason in grouped[key]:
                self.action.addWidget(self._card(reason))
        met = grouped[Group.met]
        colon = "：" if texts.lang == "zh" else ": "
        self.met_heading.setText(f"{self.group_title(Group.met)} ({len(met)})")
        self.met_list.setText(
            "\n".join(
                f"{texts.text(r.title)}{colon}{status_line(r, texts.content, texts.lang)}"
                for r in met
            )
        )
        for reason in met:
            card = self._card(reason)
            card.setVisible(self.met_toggle.isChecked())
            self.met_cards.addWidget(card)
        for widget in (self.met_heading, self.met_list, self.met_toggle):
            widget.setVisible(bool(met))
        self._toggle_met(self.met_toggle.isChecked())

    def met_card_list(self) -> list[ReasonCard]:
        return [c for c in self.cards if group(c.reason) == Group.met]

    def _toggle_met(self, shown: bool) -> None:
        self.met_toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.met_list.setVisible(not shown and bool(self.met_card_list()))
        for card in self.met_card_list():
            card.setVisible(shown)

    def retranslate(self) -> None:
        if self._evaluation is not None:
            self.set_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
