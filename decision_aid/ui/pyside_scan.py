"""A cheaper answer to a question PySide6 asks of every module imported after it.

PySide6 hooks ``import`` to support ``from __feature__ import snake_case`` (PYSIDE-2029): after each
import it asks whether the module uses PySide, by reading the module's whole source file
(``inspect.getsource``) and looking for the word "PySide6". Before the window's first paint that is
~40 files (the app's own and the standard library's), ~7 ms of a start whose goal is measured in
milliseconds (docs/benchmarks.md). The app uses no ``__feature__``, and for a module that does not
select one the answer only decides whether a later selection elsewhere would switch it; this module
gives the same answer from what the imported module holds (a PySide6 class, function or module)
instead of from its text. If PySide6 changes its hook, nothing is replaced (a test checks that the
hook is found in the pinned version).
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """True if the module holds anything from PySide6 (what a module that imports it at the top does)."""
    for value in list(vars(module).values()):
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and (name == "PySide6" or name.startswith("PySide6.")):
            return True
    return False


def install() -> bool:
    """Answer PySide6's question with :func:`uses_pyside` from now on; False if its hook is not found."""
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

    feature = sys.modules.get("shibokensupport.feature")
    hook = getattr(feature, "_mod_uses_pyside", None)
    registry = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not callable(hook) or not isinstance(registry, dict):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
