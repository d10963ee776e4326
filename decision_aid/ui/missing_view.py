"""What is missing, grouped by the step that asks it; each item is a link to its question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from decision_aid.domain.evaluate import Evaluation, MissingItem
from decision_aid.ui.texts import ContentTexts
from decision_aid.ui.wrap_button import WrapButton

# (step index, row on the page, step title) of the question asking a field; None when no page asks it.
PlaceLookup = Callable[[str], "tuple[int, int, str] | None"]

LINK_STYLE = (
    "QPushButton { border: none; background: transparent; color: #1f5f9e; text-align: left; }"
    "QPushButton:hover { background: #eaf1f8; }"
)


class MissingLink(WrapButton):
    """A missing answer as a link-like button that wraps (labels can be long)."""

    def __init__(self, item: MissingItem, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = item.field
        self.setText(text.replace("&", "&&"))
        self.setStyleSheet(LINK_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)
        self.setAccessibleName(text)

    def heightForWidth(self, width: int) -> int:
        return self._text_height(width) + 6  # a list of links, not a column of big buttons


class MissingView(QFrame):
    jump_requested = Signal(str)

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self.setObjectName("missingView")
        self.setStyleSheet(
            "QFrame#missingView { border: 1px solid #8fa1ab; border-radius: 5px; background: #f6f8f9; }"
        )
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.links: dict[str, MissingLink] = {}
        self.step_labels: list[QLabel] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(10, 8, 10, 8)
        self.column.setSpacing(2)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.hint)
        self.body = QVBoxLayout()
        self.body.setSpacing(0)
        self.column.addLayout(self.body)

    def set_items(self, evaluation: Evaluation, place_of: PlaceLookup | None) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.links = {}
        self.step_labels = []
        groups: dict[tuple[int, str], list[tuple[int, MissingItem]]] = {}
        for order, item in enumerate(evaluation.missing):
            place = place_of(item.field) if place_of else None
            index, row, title = place if place else (10_000, order, self.tr("Other answers"))
            groups.setdefault((index, title), []).append((row, item))
        t = self._texts
        for (_, title), items in sorted(groups.items()):
            label = QLabel(f"{title} ({len(items)})", self)
            label.setStyleSheet("font-weight: 600; margin-top: 4px;")
            self.step_labels.append(label)
            self.body.addWidget(label)
            for _, item in sorted(items, key=lambda pair: pair[0]):
                link = MissingLink(item, t.text(item.label), self)
                link.clicked.connect(lambda _=False, p=item.field: self.jump_requested.emit(p))
                self.links[item.field] = link
                self.body.addWidget(link)
        count = len(evaluation.missing)
        self.heading.setText(self.tr("What's missing (%1)").replace("%1", str(count)))
        self.hint.setText(self.tr("Click an item to answer it."))
        self.setVisible(bool(count))

    def focus_first(self) -> bool:
        first = next(iter(self.links.values()), None)
        if first is None:
            return False
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
