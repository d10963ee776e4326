"""The desktop app (PySide6 only).

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt method that
returns nothing (``setText``, ``setEnabled``…): after a few thousand calls the interpreter aborts
with "none_dealloc: deallocating None". Python 3.12 made ``None`` immortal, which hides the bug
there. Where the leak is measured, we give ``None`` the same immortality by hand before any widget
exists; elsewhere nothing is changed.
"""

from __future__ import annotations

import sys

PROBE_CALLS = 64


def none_refcount_leaks() -> bool:
    """Whether Qt's void methods lose a reference to None in this PySide6 build."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - PROBE_CALLS // 2


def _make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # None is immortal already, or a debug build whose object layout differs
    if not none_refcount_leaks():
        return
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_make_none_immortal()
