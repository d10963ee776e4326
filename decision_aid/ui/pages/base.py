"""The base of every guided page: a scrolling column of titled sections of questions.

A page knows which assessment fields it asks (so the side panel can count answers and the results
page can jump to a missing item), whether it applies to the assessment's indication and stage, and
how to retranslate itself when the language changes.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.rules.base import is_unknown
from decision_aid.ui.document import AssessmentDocument
from decision_aid.ui.inputs import (
    ChoiceInput,
    DateInput,
    Input,
    LineInput,
    NotesInput,
    NumberInput,
    PainScoreInput,
)
from decision_aid.ui.question import QuestionRow, Section
from decision_aid.ui.texts import ContentTexts

TRI = ["yes", "no", "unknown"]


class QuestionPage(QWidget):
    page_id: ClassVar[str] = ""

    def __init__(
        self, document: AssessmentDocument, texts: ContentTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.texts = texts
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(20, 14, 20, 20)
        self.column.setSpacing(10)
        self.title_label = QLabel(self.body)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.intro = QLabel(self.body)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.column.addWidget(self.title_label)
        self.column.addWidget(self.intro)
        self.scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        # The questions are built on first use: pages that do not apply to the indication are never
        # built unless it changes.
        self.built = False
        self._rows: dict[str, QuestionRow] = {}
        document.replaced.connect(self._reload)
        document.changed.connect(self.on_changed)
        self.retranslate()

    @property
    def rows(self) -> dict[str, QuestionRow]:
        self.ensure_built()
        return self._rows

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.build()
        self.column.addStretch(1)
        self.retranslate()

    # -- to override ---------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def nav_title(self) -> str:
        """The title in the side panel's list of steps (short)."""
        return self.title()

    def intro_text(self) -> str:
        return ""

    def retranslate_page(self) -> None:
        """Set the page's own chrome (section titles, hints) in the current language."""

    def refresh(self) -> None:
        """Update live displays (scores, counts) from the document."""

    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        return True

    # -- building blocks -----------------------------------------------------------------------
    def section(self) -> Section:
        section = Section(self.body)
        self.column.addWidget(section)
        return section

    def add(self, section: Section, path: str, control: Input, **options: object) -> QuestionRow:
        row = QuestionRow(path, control, self.document, self.texts, **options)  # type: ignore[arg-type]
        self.rows[path] = row
        return section.add_row(row)

    def choice(self, section: Section, path: str, options: list[str]) -> QuestionRow:
        return self.add(section, path, ChoiceInput(options, lambda key: self.texts.option(path, key)))

    def tri(self, section: Section, *paths: str) -> None:
        for path in paths:
            self.choice(section, path, TRI)

    def number(
        self, section: Section, path: str, low: float, high: float, integer: bool = False
    ) -> QuestionRow:
        return self.add(section, path, NumberInput(low, high, self.texts.value, integer))

    def pain_score(self, section: Section, path: str) -> QuestionRow:
        return self.add(section, path, PainScoreInput(self.texts.value))

    def line(self, section: Section, path: str, **options: object) -> QuestionRow:
        return self.add(section, path, LineInput(), **options)

    def notes(self, section: Section, path: str) -> QuestionRow:
        return self.add(section, path, NotesInput(), counts=False)

    def date(self, section: Section, path: str) -> QuestionRow:
        return self.add(section, path, DateInput(self.texts.value))

    # -- behaviour -----------------------------------------------------------------------------
    def paths(self) -> list[str]:
        return list(self.rows)

    def progress(self) -> tuple[int, int]:
        """(answered, asked) over the questions that count towards progress."""
        counted = [p for p, row in self.rows.items() if row.counts]
        answered = sum(not is_unknown(self.document.value(p)) for p in counted)
        return answered, len(counted)

    def focus_field(self, path: str) -> bool:
        row = self.rows.get(path)
        if row is None:
            return False
        self.scroll.ensureWidgetVisible(row, 10, 40)
        row.control.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _reload(self) -> None:
        if not self.built:
            return
        for row in self._rows.values():
            row.load()
        self.refresh()

    def on_changed(self, path: str) -> None:
        if self.built:
            self.refresh()

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        intro = self.intro_text()
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        if not self.built:
            return
        self.retranslate_page()
        for row in self._rows.values():
            row.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
