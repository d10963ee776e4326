"""Check that a built wheel carries everything the program reads at run time."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def expected_members() -> set[str]:
    wanted = {"decision_aid/translations/decision_aid_zh_CN.qm"}
    for folder in ("content", "examples", "fonts", "guide"):
        for path in (ROOT / "resources" / folder).iterdir():
            if path.is_file():
                wanted.add(f"decision_aid/resources/{folder}/{path.name}")
    return wanted


def missing_from(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    return sorted(expected_members() - names)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_wheel.py WHEEL", file=sys.stderr)
        return 2
    missing = missing_from(Path(argv[0]))
    for name in missing:
        print(f"wheel lacks {name}", file=sys.stderr)
    if not missing:
        print(f"wheel OK: {len(expected_members())} resource files present")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
