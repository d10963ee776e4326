"""The base of every guided page: a scrolling column of titled sections of questions.

A page only declares which catalogue sections it shows, in which order, and which rule's status
line sits under a section. The questions, their widgets, the section titles, the help texts and
whether the page applies all come from the domain's questionnaire catalogue.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.questionnaire import Question, default_catalogue
from decision_aid.domain.questions import progress
from decision_aid.ui.common.retranslate import Retranslating
from decision_aid.ui.common.texts import ContentTexts
from decision_aid.ui.files.document import AssessmentDocument
from decision_aid.ui.wizard.builder import make_row
from decision_aid.ui.wizard.question import QuestionRow, Section
from decision_aid.ui.wizard.rule_status import RuleStatus


class QuestionPage(Retranslating, QWidget):
    page_id: ClassVar[str] = ""
    sections: ClassVar[tuple[str, ...]] = ()
    # A rule's live status line: under a section (section id -> rule id), or above every section.
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {}
    notice_rule: ClassVar[str] = ""

    def __init__(
        self, document: AssessmentDocument, texts: ContentTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.texts = texts
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible tab stop
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
        self.scroll_area.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        # The questions are built on first use: pages that do not apply to the indication are never
        # built unless it changes.
        self.built = False
        self._rows: dict[str, QuestionRow] = {}
        self.section_boxes: dict[str, Section] = {}
        self.statuses: list[RuleStatus] = []
        document.replaced.connect(self._reload)
        document.changed.connect(self.on_changed)
        self.retranslate()

    @classmethod
    def questions(cls) -> list[Question]:
        catalogue = default_catalogue()
        return [q for section in cls.sections for q in catalogue.in_section(section)]

    @classmethod
    def field_paths(cls) -> list[str]:
        return [q.path for q in cls.questions()]

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

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()  # a page is built the first time it shows
        super().showEvent(event)

    def build(self) -> None:
        if self.notice_rule:
            notice = RuleStatus(self.notice_rule, self.texts, self.body)
            self.column.addWidget(notice)
            self.statuses.append(notice)
        for section_id in self.sections:
            self.build_section(section_id)

    def build_section(self, section_id: str) -> None:
        catalogue = self.texts.catalogue
        section = Section(catalogue.sections[section_id], self.texts, self.body)
        self.column.addWidget(section)
        self.section_boxes[section_id] = section
        group = ""
        for question in catalogue.in_section(section_id):
            if question.text.group and question.text.group != group:
                group = question.text.group
                section.add_group_head(group)
            row = make_row(question, self.document, self.texts)
            self._rows[question.path] = section.add_row(row)
        # Built lazily, perhaps while the page already shows: show now, not on a queued event,
        # so that focus and tab order work at once.
        section.show()
        self.add_statuses(section_id, section)

    def register_row(self, row: QuestionRow) -> None:
        """A row built outside a section (a page's own layout, e.g. the Budapest grid)."""
        self._rows[row.path] = row

    def add_statuses(self, section_id: str, section: Section) -> None:
        # A section may carry several rules' lines; each shows only where its rule applies.
        under = self.status_under.get(section_id, ())
        for rule_id in (under,) if isinstance(under, str) else under:
            status = RuleStatus(rule_id, self.texts, self.body)
            section.add_widget(status)
            self.statuses.append(status)

    # -- to override ---------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def nav_title(self) -> str:
        """The title in the side panel's list of steps (short)."""
        return self.title()

    def intro_text(self) -> str:
        return ""

    # -- behaviour -----------------------------------------------------------------------------
    @classmethod
    def applies(cls, assessment: Assessment) -> bool:
        """A page applies when any of its questions does (relevance is declared in the model)."""
        return any(q.applies(assessment) for q in cls.questions())

    def progress(self) -> tuple[int, int]:
        """(answered, asked) over the relevant questions that count; ``unknown`` is not answered."""
        counts = progress(self.document.assessment, self.field_paths())
        return counts.answered, counts.total

    def status(self, rule_id: str) -> RuleStatus:
        self.ensure_built()
        return next(s for s in self.statuses if s.rule_id == rule_id)

    def refresh(self) -> None:
        """Show the rule status lines and only the questions that apply right now."""
        assessment = self.document.assessment
        for status in self.statuses:
            status.show_status(self.document.evaluation)
        for row in self._rows.values():
            row.setVisible(row.question.applies(assessment))

    def focus_field(self, path: str) -> bool:
        row = self.rows.get(path)
        if row is None or not row.question.applies(self.document.assessment):
            return False
        self.scroll_area.ensureWidgetVisible(row, 10, 40)
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
        for section in self.section_boxes.values():
            section.retranslate()
        for row in self._rows.values():
            row.retranslate()
        self.refresh()
