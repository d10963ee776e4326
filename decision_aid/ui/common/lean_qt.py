"""Qt calls made before the window's first paint, written so that they do not load PySide6's ``Qt``
namespace: its first use builds all of its ~90 Python enums at once (~20 ms, a sixth of a bare
window's whole start; docs/benchmarks.md). Enum values are set by number through Qt's properties,
and shortcuts as a list (``QAction.setShortcut`` weighs its overloads against ``Qt.Key``).
``tests/ui/test_startup.py`` checks every number against its name and that the first paint leaves
``Qt`` unloaded. After the first paint, code uses the ``Qt`` names as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
# Qt.AlignmentFlag.AlignLeft | AlignVCenter | Qt.TextFlag.TextWordWrap | TextShowMnemonic
WRAPPED_BUTTON_TEXT = 0x0001 | 0x0080 | 0x1000 | 0x0800


def set_shortcut(action: QAction, keys: QKeySequence) -> None:
    """``action.setShortcut(keys)``, as Qt does it: an empty sequence clears the shortcuts."""
    action.setShortcuts([] if keys.isEmpty() else [keys])
