"""A push button whose text wraps onto more lines instead of being clipped (long indication names)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

from decision_aid.ui.common.lean_qt import WRAPPED_BUTTON_TEXT

PAD_X, PAD_Y = 12, 8
PREFERRED_TEXT_WIDTH = 420


class WrapButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _flags(self) -> int:
        return WRAPPED_BUTTON_TEXT  # by number: the start page paints these (lean_qt)

    def _text_height(self, width: int) -> int:
        rect = QFontMetrics(self.font()).boundingRect(
            QRect(0, 0, max(1, width - 2 * PAD_X), 10_000), self._flags(), self.text()
        )
        return rect.height()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        width = min(fm.horizontalAdvance(self.text().replace("&", "")), PREFERRED_TEXT_WIDTH) + 2 * PAD_X + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(min(self.sizeHint().width(), 14 * fm.averageCharWidth()), fm.height() + 2 * PAD_Y)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_height(width) + 2 * PAD_Y

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = self.rect().adjusted(3, 3, -3, -3)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
        # The style draws the text in the palette's button text colour: QPainter.setPen would load
        # PySide6's Qt namespace (its overloads take a Qt.PenStyle; lean_qt) on the first paint.
        self.style().drawItemText(
            painter,
            self.rect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y),
            self._flags(),
            self.palette(),
            True,  # the palette's colour group already says whether the button is enabled
            self.text(),
            QPalette.ColorRole.ButtonText,
        )
