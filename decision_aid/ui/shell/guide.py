"""The user guide's window: the bundled guide (both languages, each with its shortcut sheet) in the
UI's language. Loaded when F1 first opens it (:mod:`.help`), not before the window's first paint."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from decision_aid.resources_path import resource_dir
from decision_aid.ui.common.retranslate import Retranslating

if TYPE_CHECKING:
    from decision_aid.domain.content import Lang

_SECTION = re.compile(r"<!-- lang: (\w+) -->\n")


def guide_text(lang: Lang) -> str:
    """The guide's Markdown in one language (the file holds both, each after a lang marker)."""
    text = (resource_dir() / "guide" / "user_guide.md").read_text(encoding="utf-8")
    parts = _SECTION.split(text)
    sections = dict(zip(parts[1::2], parts[2::2], strict=True))
    return sections.get(lang, sections["en"])


class GuideDialog(Retranslating, QDialog):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.browser)
        column.addWidget(buttons)
        self.resize(640, 560)
        self.show_lang(lang)
        self.retranslate()

    def show_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.browser.setMarkdown(guide_text(lang))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide and shortcuts"))
        self.browser.setAccessibleName(self.windowTitle())
