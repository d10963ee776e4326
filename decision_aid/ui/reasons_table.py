"""The reasons behind the verdict: status, criterion, the inputs read, threshold and sources.

Rows come in the Evaluation's order, so red flags stand first. Clicking a source cell (or pressing
Enter on it) asks for the full references; the table grows to show every row, and the page around
it scrolls, so no row is hidden behind a second scroll bar.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from decision_aid.domain.evaluate import Evaluation
from decision_aid.palette import LINK
from decision_aid.ui.retranslate import Retranslating
from decision_aid.ui.style import status_icon, tone
from decision_aid.ui.texts import ContentTexts

STATUS, CRITERION, INPUTS, THRESHOLD, SOURCES = range(5)
SHARES = {CRITERION: 0.40, INPUTS: 0.24, THRESHOLD: 0.22, SOURCES: 0.14}
KEYS_ROLE = Qt.ItemDataRole.UserRole + 1


class ReasonDelegate(QStyledItemDelegate):
    """Icons at the top of their cell; in the criterion column the title in bold above the text."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        title, _, text = str(index.data() or "").partition("\n")
        doc.setHtml(f"<b>{html.escape(title)}</b><br>{html.escape(text)}")
        doc.setTextWidth(max(option.rect.width(), 10))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.column() != CRITERION:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        colour = (
            option.palette.highlightedText()
            if option.state & QStyle.StateFlag.State_Selected
            else option.palette.text()
        )
        context.palette.setColor(QPalette.ColorRole.Text, colour.color())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.column() != CRITERION:
            return super().sizeHint(option, index)
        table = option.widget
        if isinstance(table, QTableWidget):
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(table.columnWidth(CRITERION))
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class ReasonsTable(Retranslating, QTableWidget):
    citation_requested = Signal(list)

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._texts = texts
        self._evaluation: Evaluation | None = None
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setAlternatingRowColors(True)
        self.setItemDelegate(ReasonDelegate(self))
        self.cellClicked.connect(self._cell)
        self.cellActivated.connect(self._cell)
        self.retranslate()

    def _cell(self, row: int, column: int) -> None:
        if column == SOURCES:
            item = self.item(row, column)
            keys = item.data(KEYS_ROLE) if item else None
            if keys:
                self.citation_requested.emit(list(keys))

    def set_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        t = self._texts
        self.setRowCount(len(evaluation.reasons))
        link = QFont(self.font())
        link.setUnderline(True)
        colon = "：" if t.lang == "zh" else ": "
        for row, reason in enumerate(evaluation.reasons):
            status = QTableWidgetItem(status_icon(reason.status), t.label("statuses", reason.status))
            if reason.status == "red_flag":
                status.setForeground(QBrush(QColor(tone("red_flag").bg)))
                bold = QFont(self.font())
                bold.setBold(True)
                status.setFont(bold)
            criterion = QTableWidgetItem(f"{t.text(reason.title)}\n{t.text(reason.text)}")
            inputs = QTableWidgetItem(
                "\n".join(
                    f"{t.field(i.field)}{colon}{t.input_value(i.field, i.value)}" for i in reason.inputs
                )
            )
            threshold = QTableWidgetItem(t.text(reason.threshold))
            sources = QTableWidgetItem(", ".join(reason.citations))
            sources.setData(KEYS_ROLE, list(reason.citations))
            sources.setForeground(QBrush(QColor(LINK)))
            sources.setFont(link)
            sources.setToolTip(
                "\n\n".join(
                    t.content.references[k].formatted() for k in reason.citations if k in t.content.references
                )
            )
            for column, item in enumerate((status, criterion, inputs, threshold, sources)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.setItem(row, column, item)
        self._fit()

    def _fit(self) -> None:
        width = self.viewport().width()
        status_width = max(self.sizeHintForColumn(STATUS), 90) + 8
        self.setColumnWidth(STATUS, status_width)
        rest = max(width - status_width, 300)
        for column, share in SHARES.items():
            self.setColumnWidth(column, int(rest * share))
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Criterion"),
                self.tr("Inputs read"),
                self.tr("Threshold"),
                self.tr("Sources"),
            ]
        )
        if self._evaluation is not None:
            self.set_evaluation(self._evaluation)
