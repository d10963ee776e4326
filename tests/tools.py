"""The maintainer scripts under tools/ (not a package, not installed), loaded for the tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def lock_content_tool() -> Callable[[Sequence[str] | None], int]:
    """``main`` of tools/lock_content.py."""
    spec = importlib.util.spec_from_file_location("lock_content", TOOLS / "lock_content.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[Sequence[str] | None], int] = module.main
    return main
