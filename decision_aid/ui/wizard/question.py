"""One question on a page: its label and help from the catalogue, its answer widget, any problem.

A row puts the label left and the answer right when both fit, and the answer under the label when
they do not (long answer options, Chinese or English, 1024 px or 200% scaling), so nothing clips.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
    QWidgetItem,
)

from decision_aid import palette as pal
from decision_aid.domain.content import SectionText
from decision_aid.domain.questionnaire import Question
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AnswerError, AssessmentDocument
from decision_aid.ui.wizard.inputs import Input

MIN_LABEL_WIDTH = 260
FLASH_MS = 1500  # how long the last answer changed stays highlighted
GAP, V_GAP = 16, 4


translate = QCoreApplication.translate


class RowLayout(QLayout):
    """Label left and answer right when both fit in the width, else the answer under the label.

    A real layout (not a resize handler) so that height-for-width stays consistent and scroll areas
    size the page correctly in either arrangement.
    """

    def __init__(self, label: QWidget, control: QWidget, problem: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._items = [QWidgetItem(label), QWidgetItem(control), QWidgetItem(problem)]
        for widget in (label, control, problem):
            self.addChildWidget(widget)
        self.setContentsMargins(0, 3, 0, 3)

    # QLayout's item protocol: the three items are fixed.
    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("RowLayout holds exactly a label, a control and a problem line")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return None

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def _arrange(self, width: int) -> tuple[list[QRect], int]:
        label, control, problem = self._items
        side = MIN_LABEL_WIDTH + GAP + control.sizeHint().width() <= width
        rects: list[QRect] = []
        if side:
            cw = control.sizeHint().width()
            lw = width - cw - GAP
            lh, ch = self._height(label, lw), self._height(control, cw)
            row = max(lh, ch)
            label_widget = label.widget()
            assert label_widget is not None
            tall = ch > 3 * label_widget.fontMetrics().height()
            rects.append(QRect(0, 0 if tall else (row - lh) // 2, lw, lh))
            rects.append(QRect(width - cw, (row - ch) // 2, cw, ch))
            y = row
        else:
            lh = self._height(label, width)
            cw = min(control.sizeHint().width(), width)
            ch = self._height(control, cw)
            rects.append(QRect(0, 0, width, lh))
            rects.append(QRect(0, lh + V_GAP, cw, ch))
            y = lh + V_GAP + ch
        if problem.isEmpty():
            rects.append(QRect(0, y, width, 0))
        else:
            ph = self._height(problem, width)
            rects.append(QRect(0, y + V_GAP, width, ph))
            y += V_GAP + ph
        return rects, y

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        return self._arrange(width - m.left() - m.right())[1] + m.top() + m.bottom()

    def sizeHint(self) -> QSize:
        width = MIN_LABEL_WIDTH + GAP + self._items[1].sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        # Deliberately not the height at the minimum width: scroll areas would take that (all
        # options stacked) as the page's minimum height and leave a long empty tail below.
        control = self._items[1].minimumSize()
        return QSize(control.width(), control.height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        inner = self.contentsRect()
        rects, _ = self._arrange(inner.width())
        for item, r in zip(self._items, rects, strict=True):
            item.setGeometry(r.translated(inner.topLeft()))


class QuestionRow(QWidget):
    def __init__(
        self,
        question: Question,
        control: Input,
        document: AssessmentDocument,
        texts: ContentTexts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.path = question.path
        self.control = control
        self._document = document
        self._texts = texts
        self.label = QLabel(self)
        self.label.setObjectName("question")
        self.label.setWordWrap(True)
        self.label.setBuddy(control.focus_target())
        # A click on the question shows its help (as Shift+F1 does from the keyboard).
        self.label.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.label.installEventFilter(self)
        self.help_shown = ""
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {pal.PROBLEM};")
        self.problem.hide()
        control.setParent(self)
        self._layout = RowLayout(self.label, control, self.problem, self)
        control.committed.connect(self._commit)
        control.problem.connect(self._show_problem)
        self.setFocusProxy(control)
        self.setObjectName("questionRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flashing = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._unflash)
        self.retranslate()
        self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            self.show_help()
            return True
        return super().eventFilter(watched, event)

    def show_help(self) -> None:
        self.help_shown = self._texts.text(self.question.text.help)
        QWhatsThis.showText(self.label.mapToGlobal(QPoint(0, self.label.height())), self.help_shown, self)

    # -- highlight -----------------------------------------------------------------------------
    def flash(self) -> None:
        """Highlight the row briefly: its answer has just changed (a key, undo or redo)."""
        if not self.flashing:
            self.flashing = True
            self.setStyleSheet(f"QWidget#questionRow {{ background: {pal.FLASH}; border-radius: 4px; }}")
        self._flash_timer.start(FLASH_MS)

    def _unflash(self) -> None:
        self.flashing = False
        self.setStyleSheet("")

    # -- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        self.control.load(self._document.value(self.path))

    def _commit(self, value: object) -> None:
        try:
            self._document.set_value(self.path, value)
        except AnswerError:
            if isinstance(value, str):
                # Text the model rejects (a level such as "T" while typing "T10") is not recorded:
                # the field becomes unanswered instead of silently keeping an older answer.
                self._document.set_value(self.path, "")
            # The model's own message is English and technical: say it in the user's language,
            # with the question's help (which says what a valid answer looks like).
            self._show_problem(
                translate("QuestionRow", "Not recorded: this answer is not valid.")
                + " "
                + self._texts.text(self.question.text.help)
            )
            return
        self._show_problem("")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self._layout.invalidate()

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        text = self._texts.text(self.question.text.label)
        help_text = self._texts.text(self.question.text.help)
        self.label.setText(text)
        how = translate("QuestionRow", "Click the question or press %1 for this help.")
        self.label.setToolTip(f"{help_text}\n\n{how.replace('%1', 'Shift+F1')}")
        self.label.setWhatsThis(help_text)
        self.control.set_accessible_name(text)
        self.control.focus_target().setAccessibleDescription(help_text)
        self.control.focus_target().setToolTip(help_text)
        self.control.focus_target().setWhatsThis(help_text)  # Shift+F1 reads it without a mouse
        self.control.retranslate()
        self._layout.invalidate()


class Section(QGroupBox):
    """A titled group of questions, with optional sub-headings; all texts from the catalogue."""

    def __init__(self, text: SectionText, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._texts = texts
        self.heads: dict[str, QLabel] = {}
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setSpacing(4)

    def add_group_head(self, group: str) -> None:
        head = QLabel(self)
        head.setObjectName("groupHead")
        head.setStyleSheet(f"font-weight: 600; color: {pal.ACCENT}; padding-top: 6px;")
        self.heads[group] = head
        self.body.addWidget(head)

    def retranslate(self) -> None:
        self.setTitle(self._texts.text(self._text.title))
        for group, head in self.heads.items():
            head.setText(self._texts.text(self._text.groups[group]))

    def add_row(self, row: QuestionRow) -> QuestionRow:
        self.body.addWidget(row)
        return row

    def add_widget(self, widget: QWidget) -> None:
        self.body.addWidget(widget)
