"""The Budapest checklist as one compact grid: the four categories as rows, "symptom reported" and
"sign seen now" as columns, each item a short label and its answer.

Everything comes from the catalogue: the column heads are the two sections' titles, the row heads
their groups, and an item's short label is its catalogue label without the column's prefix and the
row's category (both already said by the grid); its accessible name and help stay in full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from decision_aid import palette as pal
from decision_aid.ui.wizard.builder import make_input
from decision_aid.ui.wizard.question import QuestionRow

if TYPE_CHECKING:
    from decision_aid.ui.wizard.pages.base import QuestionPage

_PREFIX = re.compile(r"^[^:：]{1,60}[:：]\s*")
_CATEGORY = re.compile(r"\s*[（(][^（）()]+[)）]\s*$")


def short_label(label: str) -> str:
    """"Symptom reported: allodynia (sensory)" -> "allodynia": the grid's heads say the rest."""
    text = _CATEGORY.sub("", _PREFIX.sub("", label, count=1))
    return (text[:1].upper() + text[1:]) if text else label


class GridRow(QuestionRow):
    def retranslate(self) -> None:
        super().retranslate()  # the full label stays the accessible name
        self.label.setText(short_label(self.label.text()))


class BudapestGrid(QFrame):
    def __init__(self, page: QuestionPage, columns: tuple[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("budapestGrid")
        self.setStyleSheet(
            f"QFrame#budapestGrid {{ border: 1px solid {pal.FRAME}; border-radius: 5px; }}"
            f"QLabel#gridHead {{ font-weight: 600; color: {pal.ACCENT}; }}"
        )
        self._page = page
        self._columns = columns
        catalogue = page.texts.catalogue
        self.column_heads: dict[str, QLabel] = {}
        self.row_heads: dict[str, QLabel] = {}
        self.cells: dict[tuple[str, str], QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        # Symptoms are yes/no/unknown; signs have four longer answers: give them the room.
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 3)
        self._grid = grid
        for c, section_id in enumerate(columns, 1):
            head = QLabel(self)
            head.setObjectName("gridHead")
            head.setWordWrap(True)
            self.column_heads[section_id] = head
            grid.addWidget(head, 0, c)
        groups = list(catalogue.sections[columns[0]].groups)
        # Widgets are made row by row, left to right: the tab order follows the visual order.
        for r, group in enumerate(groups, 1):
            head = QLabel(self)
            head.setObjectName("gridHead")
            head.setWordWrap(True)
            self.row_heads[group] = head
            grid.addWidget(head, r, 0, Qt.AlignmentFlag.AlignTop)
            for c, section_id in enumerate(columns, 1):
                cell = QWidget(self)
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                for question in catalogue.in_section(section_id):
                    if question.text.group != group:
                        continue
                    row = GridRow(question, make_input(question, page.texts), page.document, page.texts, cell)
                    column.addWidget(row)
                    page.register_row(row)
                column.addStretch(1)
                self.cells[(group, section_id)] = cell
                grid.addWidget(cell, r, c)
        self.retranslate()

    def add_widget(self, widget: QWidget) -> None:
        """A line under the grid, across its width (a rule's live status)."""
        self._grid.addWidget(widget, self._grid.rowCount(), 0, 1, 3)

    def retranslate(self) -> None:
        texts = self._page.texts
        catalogue = texts.catalogue
        for section_id, head in self.column_heads.items():
            head.setText(texts.text(catalogue.sections[section_id].title))
        groups = catalogue.sections[self._columns[0]].groups
        for group, head in self.row_heads.items():
            head.setText(texts.text(groups[group]))
