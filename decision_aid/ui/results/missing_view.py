"""What is missing, grouped by the step that asks it; each item is a link to its question.

One list widget (headings for the steps, one link-like item per missing answer) rather than a widget
per item: a new assessment misses ~60 answers and the list must fill at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from decision_aid import palette
from decision_aid.domain.evaluate import Evaluation, MissingItem
from decision_aid.ui.common.texts import ContentTexts

# (step index, row on the page, step title) of the question asking a field; None when no page asks it.
PlaceLookup = Callable[[str], "tuple[int, int, str] | None"]
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_COLOUR = palette.LINK


class MissingView(QFrame):
    jump_requested = Signal(str)

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self.setObjectName("missingView")
        self.setStyleSheet(
            f"QFrame#missingView {{ border: 1px solid {palette.TONES['unknown'].border}; border-radius: 5px;"
            f" background: {palette.PANEL_FILL}; }}"
        )
        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet(
            "QListWidget { background: transparent; } QListWidget::item { padding: 1px 2px; }"
        )
        self.list.itemClicked.connect(self._follow)
        self.list.itemActivated.connect(self._follow)
        self.heading.setBuddy(self.list)
        self.links: dict[str, QListWidgetItem] = {}
        self.step_titles: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addWidget(self.list)

    def _follow(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.jump_requested.emit(path)

    def set_items(self, evaluation: Evaluation, place_of: PlaceLookup | None) -> None:
        self.list.clear()
        self.links = {}
        self.step_titles = []
        groups: dict[tuple[int, str], list[tuple[int, MissingItem]]] = {}
        for order, item in enumerate(evaluation.missing):
            place = place_of(item.field) if place_of else None
            index, row, title = place if place else (10_000, order, self.tr("Other answers"))
            groups.setdefault((index, title), []).append((row, item))
        heading_font = QFont(self.list.font())
        heading_font.setBold(True)
        link_font = QFont(self.list.font())
        link_font.setUnderline(True)
        for (_, title), items in sorted(groups.items()):
            self.step_titles.append(title)
            tally = f"（{len(items)}）" if self._texts.lang == "zh" else f" ({len(items)})"
            heading = QListWidgetItem(f"{title}{tally}")
            heading.setFont(heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not a link
            self.list.addItem(heading)
            for _, item in sorted(items, key=lambda pair: pair[0]):
                text = self._texts.text(item.label)
                if item.kind == "question":
                    # "Unknown" was answered on purpose; the others are still to answer: say which.
                    state = "unknown_answer" if item.state == "unknown" else "unanswered"
                    said = self._texts.label("terms", state)
                    text = f"{text}（{said}）" if self._texts.lang == "zh" else f"{text} ({said})"
                link = QListWidgetItem(text)
                link.setData(PATH_ROLE, item.field)
                link.setFont(link_font)
                link.setForeground(QBrush(QColor(LINK_COLOUR)))
                link.setToolTip(self.tr("Go to this question"))
                self.links[item.field] = link
                self.list.addItem(link)
        count = len(evaluation.missing)
        self.heading.setText(self.tr("What's missing (%1)").replace("%1", str(count)))
        self.hint.setText(self.tr("Click an item to answer it."))
        self.setVisible(bool(count))
        self.fit()

    def fit(self) -> None:
        """Show every row: the page around the list scrolls, not the list."""
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()  # wrapped rows change height with the width

    def focus_first(self) -> bool:
        first = next(iter(self.links.values()), None)
        if first is None:
            return False
        self.list.setCurrentItem(first)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
