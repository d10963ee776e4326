"""The guided assessment: the pages that apply, in clinical order, then the results page.

Pages that do not apply to the assessment's indication (or, for the trial page, its stage) are
skipped, and the steps update as soon as the indication or stage changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.results.results_page import ResultsPage
from decision_aid.ui.wizard.pages import PAGE_CLASSES, QuestionPage
from decision_aid.ui.wizard.side_panel import SidePanel

STEP_CHANGING_FIELDS = frozenset({"indication", "trial.stage"})


class WizardView(Retranslating, QWidget):
    documents_requested = Signal()

    def __init__(
        self, document: AssessmentDocument, texts: ContentTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.texts = texts
        self.pages: list[QuestionPage] = [cls(document, texts) for cls in PAGE_CLASSES]
        self.results = ResultsPage(document, texts)
        self.stack = QStackedWidget(self)
        for page in [*self.pages, self.results]:
            self.stack.addWidget(page)
        self.side = SidePanel(document, texts, self)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(False)
        self.position = QLabel(self)
        self.position.setObjectName("hint")
        nav = QHBoxLayout()
        nav.setContentsMargins(20, 8, 20, 10)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.side)
        layout.addLayout(right, 1)
        self._current = 0
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.side.step_chosen.connect(self.go_to)
        self.side.results_requested.connect(self.show_results)
        self.results.jump_requested.connect(self.go_to_field)
        self.results.documents_requested.connect(self.documents_requested)
        document.changed.connect(self._changed)
        document.replaced.connect(self._replaced)
        self.retranslate()
        self._replaced()

    # -- steps ---------------------------------------------------------------------------------
    def steps(self) -> list[QWidget]:
        a = self.document.assessment
        return [p for p in self.pages if p.applies(a)] + [self.results]

    def current_widget(self) -> QWidget:
        widget = self.stack.currentWidget()
        assert widget is not None  # the stack always holds the pages and the results
        return widget

    def current_index(self) -> int:
        return self._current

    def go_to(self, index: int) -> None:
        steps = self.steps()
        index = max(0, min(index, len(steps) - 1))
        self._current = index
        target = steps[index]
        if isinstance(target, QuestionPage):
            target.ensure_built()  # before it shows, so it never flashes empty
        self.stack.setCurrentWidget(target)
        self._update_nav()

    def next(self) -> None:
        self.go_to(self._current + 1)
        self.focus_first()

    def back(self) -> None:
        self.go_to(self._current - 1)
        self.focus_first()

    def focus_first(self) -> None:
        widget = self.current_widget()
        if isinstance(widget, QuestionPage) and widget.rows:
            first = next(iter(widget.rows.values()))
            first.control.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
        elif widget is self.results:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_results(self) -> None:
        self.go_to(len(self.steps()) - 1)
        self.focus_first()

    def go_to_field(self, path: str) -> bool:
        for index, widget in enumerate(self.steps()):
            if isinstance(widget, QuestionPage) and path in widget.rows:
                self.go_to(index)
                return widget.focus_field(path)
        return False

    # -- updates -------------------------------------------------------------------------------
    def _changed(self, path: str) -> None:
        if path in STEP_CHANGING_FIELDS:
            # Keep the current page in view although the steps around it change.
            current = self.current_widget()
            steps = self.steps()
            self._current = steps.index(current) if current in steps else min(self._current, len(steps) - 1)
        self._update_nav()

    def _replaced(self) -> None:
        self.go_to(0)

    def _update_nav(self) -> None:
        steps = self.steps()
        entries: list[tuple[str, int, int]] = []
        for widget in steps:
            if isinstance(widget, QuestionPage):
                answered, asked = widget.progress()
                entries.append((widget.nav_title(), answered, asked))
            else:
                entries.append((self.results.title(), 0, 0))
        self.side.set_steps(entries, self._current)
        self.side.refresh()
        last = self._current == len(steps) - 1
        self.back_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(not last)
        self.next_button.setText(
            self.tr("See &results →") if self._current == len(steps) - 2 else self.tr("&Next →")
        )
        self.position.setText(
            self.tr("Step %1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(len(steps)))
        )

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back"))
        self._update_nav()
