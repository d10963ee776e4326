"""The start page: a new assessment for an indication, open a file, recent files, the examples."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from decision_aid.domain.indications import Indication
from decision_aid.resources_path import EXAMPLES
from decision_aid.ui.common.lean_qt import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF, USER_ROLE
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.template import fill
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.common.wrap_button import WrapButton

INDICATIONS = tuple(i.value for i in Indication)
PATH_ROLE = USER_ROLE + 1


def _left(widget: QWidget) -> QHBoxLayout:
    """The widget at its natural width at the left (as alignment AlignLeft would place it)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _button_column(
    box: QGroupBox, keys: Iterable[str], chosen: Callable[[str], object]
) -> dict[str, WrapButton]:
    """One wrapping button per key, stacked in the box; a click calls ``chosen`` with its key."""
    column = QVBoxLayout(box)
    buttons: dict[str, WrapButton] = {}
    for key in keys:
        button = WrapButton(box)
        button.clicked.connect(lambda _=False, k=key: chosen(k))
        column.addWidget(button)
        buttons[key] = button
    return buttons


class StartPage(Retranslating, QWidget):
    new_requested = Signal(str)
    open_requested = Signal()
    recent_requested = Signal(str)
    example_requested = Signal(str)
    continue_requested = Signal()

    def __init__(self, texts: ContentTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self.body = body = QWidget()  # the scrolled page
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(12)
        self.heading = QLabel(body)
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.purpose = QLabel(body)
        self.purpose.setObjectName("pageIntro")
        self.purpose.setWordWrap(True)
        self.continue_button = QPushButton(body)
        self.continue_button.clicked.connect(self.continue_requested)
        self.new_box = QGroupBox(body)
        self.new_buttons = _button_column(self.new_box, INDICATIONS, self.new_requested.emit)
        self.open_box = QGroupBox(body)
        open_layout = QVBoxLayout(self.open_box)
        self.open_button = QPushButton(self.open_box)
        self.open_button.clicked.connect(self.open_requested)
        self.recent_label = QLabel(self.open_box)
        self.recent = QListWidget(self.open_box)
        self.recent.setMaximumHeight(150)
        # Activation covers double-click and Enter; listening to doubleClicked as well opened twice.
        self.recent.itemActivated.connect(self._recent)
        self.recent_label.setBuddy(self.recent)
        self.no_recent = QLabel(self.open_box)
        self.no_recent.setObjectName("hint")
        open_layout.addLayout(_left(self.open_button))
        open_layout.addWidget(self.recent_label)
        open_layout.addWidget(self.recent)
        open_layout.addWidget(self.no_recent)
        self.example_box = QGroupBox(body)
        self.example_buttons = _button_column(self.example_box, EXAMPLES, self.example_requested.emit)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.new_box, 0, 0)
        grid.addWidget(self.example_box, 0, 1)
        grid.addWidget(self.open_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(self.heading)
        column.addWidget(self.purpose)
        column.addLayout(_left(self.continue_button))
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setProperty("focusPolicy", NO_FOCUS)  # no invisible tab stop
        scroll.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._recent_files: list[str] = []
        self.set_can_continue(False)
        self.retranslate()

    def _recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(PATH_ROLE))

    def set_recent_files(self, files: list[str]) -> None:
        self._recent_files = files
        self.recent.clear()
        for name in files:
            item = QListWidgetItem(Path(name).name)
            item.setData(PATH_ROLE, name)
            item.setToolTip(name)
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))
        self.no_recent.setVisible(not files)

    def set_can_continue(self, can: bool) -> None:
        self.continue_button.setVisible(can)

    def retranslate(self) -> None:
        t = self._texts
        self.heading.setText(self.tr("Spinal cord stimulation decision aid"))
        self.purpose.setText(
            self.tr(
                "Decision support for clinicians assessing whether spinal cord stimulation (SCS) may suit "
                "a patient with chronic neuropathic pain. It does not replace multidisciplinary clinical "
                "judgement."
            )
        )
        self.continue_button.setText(self.tr("&Continue the current assessment"))
        self.new_box.setTitle(self.tr("New assessment"))
        for key, button in self.new_buttons.items():
            button.setText(t.label("indications", key))
        self.open_box.setTitle(self.tr("Open an assessment"))
        self.open_button.setText(self.tr("&Open file…"))
        self.recent_label.setText(self.tr("&Recent files"))
        self.no_recent.setText(self.tr("No recent files yet."))
        self.example_box.setTitle(self.tr("Example cases"))
        for name, button in self.example_buttons.items():
            button.setText(fill(self.tr("Example: %1"), t.label("indications", name)))

