"""Where the program's data files live: in a source checkout or editable install, in an installed
wheel (mapped into the package as ``decision_aid/resources``) or in a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE / name)  # installed wheel
    found.append(_PACKAGE.parent / name)  # source checkout / editable install
    return found


@cache
def _locate(name: str, marker: str) -> Path:
    override = os.environ.get("DECISION_AID_RESOURCES") if name == "resources" else None
    if override:
        return Path(override)
    for candidate in _candidates(name):
        if (candidate / marker).exists():
            return candidate
    raise FileNotFoundError(f"cannot find the {name} folder (looked in {_candidates(name)})")


def resource_dir() -> Path:
    return _locate("resources", "content")


def translations_dir() -> Path:
    return _locate("translations", "decision_aid_zh_CN.qm")


EXAMPLES: tuple[str, ...] = ("crps", "psps_t2", "sci")


def example_path(name: str) -> Path:
    if name not in EXAMPLES:
        raise ValueError(f"unknown example {name!r}; choose one of {', '.join(EXAMPLES)}")
    return resource_dir() / "examples" / f"{name}.json"
