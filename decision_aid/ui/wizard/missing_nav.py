"""Getting from what is missing to the question that asks it: the missing items grouped by step,
"Next unanswered", and the side panel's link to the missing list.

The wizard knows which page asks which field; this module reads that (``steps()``, each page's
``rows`` and ``nav_title()``) and wires the side panel, the results page and the window's action
together, so neither the wizard nor the pages need to know about each other's signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from decision_aid.domain.evaluate import Evaluation
    from decision_aid.ui.wizard.wizard import WizardView

NEXT_UNANSWERED_SHORTCUT = "Ctrl+J"  # Ctrl+U clears a line in a text field on X11
Place = tuple[int, int, str]  # step index, row on that page, step title


def _rows(widget: Any) -> list[str]:
    rows = getattr(widget, "rows", None)
    return list(rows) if isinstance(rows, dict) else []


def place_of(wizard: WizardView, path: str) -> Place | None:
    """Where the question at ``path`` is asked: (step index, row, step title); None if no page asks it."""
    for index, widget in enumerate(wizard.steps()):
        rows = _rows(widget)
        if path in rows:
            return index, rows.index(path), str(widget.nav_title())  # type: ignore[attr-defined]
    return None


def _focused_place(wizard: WizardView) -> tuple[int, int]:
    index = wizard.current_index()
    widget = wizard.current_widget()
    focus = QApplication.focusWidget()
    rows = getattr(widget, "rows", {})
    for position, (_, row) in enumerate(rows.items() if isinstance(rows, dict) else ()):
        target = row.control.focus_target()
        if focus is not None and (focus is target or target.isAncestorOf(focus)):
            return index, position
    return index, -1


def next_unanswered(wizard: WizardView, evaluation: Evaluation) -> str | None:
    """The first missing answer after the focused question, in the order of the steps (wrapping)."""
    placed = sorted(
        (place[:2], item.field)
        for item in evaluation.missing
        if (place := place_of(wizard, item.field)) is not None
    )
    if not placed:
        return None
    here = _focused_place(wizard)
    return next((path for where, path in placed if where > here), placed[0][1])


def go_to_next_unanswered(wizard: WizardView) -> bool:
    path = next_unanswered(wizard, wizard.document.evaluation)
    return path is not None and wizard.go_to_field(path)


def show_missing(wizard: WizardView) -> None:
    wizard.show_results()
    wizard.results.focus_missing()


def wire(wizard: WizardView, next_action: QAction) -> None:
    """Connect the side panel's missing link and "Next unanswered" and the window's shortcut."""
    from PySide6.QtCore import Qt  # here: the window imports this module before its first paint

    wizard.results.set_place_lookup(lambda path: place_of(wizard, path))
    wizard.side.missing_requested.connect(lambda: show_missing(wizard))
    wizard.side.next_unanswered_requested.connect(lambda: go_to_next_unanswered(wizard))
    next_action.triggered.connect(lambda: go_to_next_unanswered(wizard))
    next_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
