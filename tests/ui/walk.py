"""Collect every text a user can see in a window (labels, buttons, titles, headers, menus...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressBar,
    QTabBar,
    QTableWidget,
    QWidget,
)

from decision_aid.domain.content import default_content
from decision_aid.domain.presentation import citation_label

# Abbreviations and names that stay Latin in Chinese clinical writing, and other allowed tokens.
ALLOWED = {
    "SCS",
    "CRPS",
    "DN4",
    "VAS",
    "NRS",
    "MDT",
    "AIS",
    "ASIA",
    "PSPS-T2",
    "FBSS",
    "SCI",
    "ISCIP",
    "MRI",
    "ICD",
    "IPG",
    "NICE",
    "TA159",
    "CMM",
    "PDF",
    "Qt",
    "mm",
    "English",
    "A4",
    "Letter",
    "RCT",
    "MR",
    "Conditional",
}


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _actions(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where}/action", action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where}/menu", menu.title()
            yield from _actions(menu.actions(), f"{where}/{menu.title()}")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text under ``root``; user data in edit fields is skipped."""
    if isinstance(root, QMainWindow):
        yield "window title", root.windowTitle().replace("[*]", "")
        yield from _actions(root.menuBar().actions(), "menu")
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            yield name, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QTabBar):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                yield f"{name} header", header.text() if header else ""
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    yield f"{name} cell", item.text() if item else ""
        elif isinstance(w, QListWidget):
            yield from ((name, w.item(i).text()) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QProgressBar):
            yield name, w.text()
        elif isinstance(w, QComboBox):
            yield name, w.currentText()
        if w.accessibleName() and w.focusPolicy() != 0:
            yield f"{name} accessible name", w.accessibleName()


TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*")


def content_latin_tokens() -> set[str]:
    """Latin tokens the Chinese clinical content itself uses (trial names, units, abbreviations)."""
    content = default_content()
    texts: list[str] = [t.zh for t in content.fields.values()]
    for group in ("verdicts", "statuses", "roles", "indications", "stages", "values"):
        texts += [t.zh for t in getattr(content.labels, group).values()]
    for rule in content.rules.values():
        texts += [rule.title.zh, rule.threshold.zh] + [t.zh for t in rule.texts.values()]
    texts += [step.text.zh for step in content.next_steps.values()]
    return {token for text in texts for token in TOKEN.findall(text)}


def english_words(texts: Iterator[tuple[str, str]], extra_allowed: set[str]) -> list[tuple[str, str, str]]:
    """(where, token, whole text) for every Latin word that is not an allowed abbreviation or name."""
    content = default_content()
    allowed = ALLOWED | extra_allowed | content_latin_tokens() | set(content.references)
    # Citations read as author and year ("Kemler 2000"), as the reference keys did before them.
    allowed |= {t for key in content.references for t in TOKEN.findall(citation_label(key, content))}
    found = []
    for where, text in texts:
        for token in TOKEN.findall(text):
            if len(token) == 1 or token in allowed or token in content.content_hash:
                continue
            found.append((where, token, text))
    return found
