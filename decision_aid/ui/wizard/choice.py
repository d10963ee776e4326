"""A segmented choice: one answer out of a few, with ``unknown`` always a visible option.

One tab stop per question. Arrow keys move the answer, Home/End jump to the first/last option,
Backspace or Delete set ``unknown``, digits 1-9 pick that option; a click picks too. Until the first
answer no option is picked ("not yet answered"). The options are radio buttons in an exclusive
QButtonGroup, so screen readers announce one choice out of a group. Short options
sit side by side; long ones (AIS grades, ISCIP types) stack and wrap, so no text is ever clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSizePolicy, QWidget

from decision_aid import palette as pal
from decision_aid.domain.assessment import UNKNOWN
from decision_aid.ui.common.style import ACCENT

PAD_X, PAD_Y = 12, 5
MARGIN, SPACING = 2, 6
MIN_STACKED_WIDTH = 180


class ChoiceButton(QRadioButton):
    """One option: a radio button painted as a rounded chip whose text wraps when narrow."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setAutoExclusive(False)  # the widget's QButtonGroup is the exclusive group
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.focus_ring = False
        self.wrap = False

    def wrapped_height(self, width: int) -> int:
        rect = QFontMetrics(self.font()).boundingRect(
            QRect(0, 0, max(1, width - 2 * PAD_X), 10_000), int(Qt.TextFlag.TextWordWrap), self.text()
        )
        return max(rect.height(), QFontMetrics(self.font()).height()) + 2 * PAD_Y

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = fm.horizontalAdvance(self.text()) + 2 * PAD_X + 2
        return QSize(width, fm.height() + 2 * PAD_Y)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole chip, not just a radio indicator

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        unknown = self.key == UNKNOWN
        if self.isChecked():
            fill = QColor(pal.CHIP_UNKNOWN if unknown else ACCENT)
            border, text = fill, QColor(pal.WHITE)
        else:
            fill = QColor(pal.WHITE if self.isEnabled() else pal.DISABLED_FILL)
            border = QColor(ACCENT if self.underMouse() and self.isEnabled() else pal.CHIP_BORDER)
            text = QColor(pal.TEXT if self.isEnabled() else pal.DISABLED_TEXT)
        pen = QPen(border, 1)
        if unknown and not self.isChecked():
            pen.setStyle(Qt.PenStyle.DashLine)  # "not answered yet" reads differently from "no"
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        if self.focus_ring:
            painter.setPen(QPen(QColor(pal.FOCUS_RING), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 6, 6)
        painter.setPen(text)
        if self.wrap:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        else:
            flags = Qt.AlignmentFlag.AlignCenter
        painter.drawText(self.rect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), int(flags), self.text())


class SegmentedChoice(QWidget):
    """The options side by side when the width allows, else stacked with wrapping text."""

    chosen = Signal(str)

    def __init__(
        self,
        options: Sequence[str],
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._value: str | None = None
        self._stacked = False
        self.buttons: dict[str, ChoiceButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Vertically Preferred, not Fixed: a parent box layout must pass on the full
        # height-for-width when the options stack.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for key in options:
            button = ChoiceButton(key, self)
            self.group.addButton(button)
            button.clicked.connect(lambda _=False, k=key: self._pick(k, Qt.FocusReason.MouseFocusReason))
            self.buttons[key] = button
        self.retranslate()

    # -- geometry ------------------------------------------------------------------------------
    def _side_by_side_width(self) -> int:
        widths = [b.sizeHint().width() for b in self.buttons.values()]
        return sum(widths) + SPACING * (len(widths) - 1) + 2 * MARGIN

    def _rects(self, width: int) -> tuple[bool, list[QRect]]:
        """(stacked, one rectangle per option) for the given width."""
        rects: list[QRect] = []
        if width >= self._side_by_side_width():
            x, height = MARGIN, max(b.sizeHint().height() for b in self.buttons.values())
            for button in self.buttons.values():
                w = button.sizeHint().width()
                rects.append(QRect(x, MARGIN, w, height))
                x += w + SPACING
            return False, rects
        y, inner = MARGIN, max(1, width - 2 * MARGIN)
        for button in self.buttons.values():
            h = button.wrapped_height(inner)
            rects.append(QRect(MARGIN, y, inner, h))
            y += h + SPACING
        return True, rects

    def sizeHint(self) -> QSize:
        width = self._side_by_side_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One row high: the real height comes from heightForWidth (see RowLayout.minimumSize).
        width = min(self._side_by_side_width(), MIN_STACKED_WIDTH)
        return QSize(width, max(b.sizeHint().height() for b in self.buttons.values()) + 2 * MARGIN)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _, rects = self._rects(width)
        return (rects[-1].bottom() + 1 + MARGIN) if rects else 2 * MARGIN

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        stacked, rects = self._rects(self.width())
        self._stacked = stacked
        for button, rect in zip(self.buttons.values(), rects, strict=True):
            button.wrap = stacked
            button.setGeometry(rect)
            button.update()

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> str | None:
        return self._value

    def set_value(self, key: str | None) -> None:
        """Show an answer without emitting ``chosen`` (the answer came from the assessment)."""
        self._value = key
        # An exclusive group cannot uncheck its last button: lift it while showing no answer.
        self.group.setExclusive(key is not None)
        for k, button in self.buttons.items():
            button.setChecked(k == key)
        self.group.setExclusive(True)
        self._update_ring()
        self._describe()

    def _pick(self, key: str, reason: Qt.FocusReason | None = None) -> None:
        if reason is not None and not self.hasFocus():
            self.setFocus(reason)
        if key == self._value:
            self.set_value(key)  # a click on the checked chip must not uncheck it
            return
        self.set_value(key)
        self.chosen.emit(key)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for key, button in self.buttons.items():
            button.setText(self._label(key))
            button.setAccessibleName(self._label(key))
        self.updateGeometry()
        self._place()
        self._describe()

    def is_stacked(self) -> bool:
        return self._stacked

    def _describe(self) -> None:
        self.setAccessibleDescription(self._label(self._value) if self._value else "")

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = list(self.buttons)
        index = keys.index(self._value) if self._value in keys else -1
        key = event.key()
        stacked = self.is_stacked()
        target: int | None = None
        if key == Qt.Key.Key_Left or (stacked and key == Qt.Key.Key_Up):
            target = max(0, index - 1)
        elif key == Qt.Key.Key_Right or (stacked and key == Qt.Key.Key_Down):
            target = min(len(keys) - 1, index + 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(keys) - 1
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and UNKNOWN in keys:
            target = keys.index(UNKNOWN)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(keys):
            target = key - Qt.Key.Key_1
        if target is None:
            super().keyPressEvent(event)
            return
        self._pick(keys[target])
        event.accept()

    # -- focus ring ----------------------------------------------------------------------------
    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self._update_ring()

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self._update_ring()

    def _update_ring(self) -> None:
        focused = self.hasFocus()
        target = self._value if self._value in self.buttons else next(iter(self.buttons), None)
        for key, button in self.buttons.items():
            ring = focused and key == target
            if button.focus_ring != ring:
                button.focus_ring = ring
                button.update()
