"""Maintainers only: record the content hash for the current content version in content.lock.json.

    python tools/lock_content.py [--dir resources/content]

Run it after changing any content file and bumping ``content_version`` in meta.json. It refuses when
the files changed but the version did not. This script is deliberately not part of the installed
program or the frozen bundle: users cannot re-bless edited content, and every start of the program
refuses content that does not match its lock.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from decision_aid.domain.content import ContentError, load_content  # noqa: E402
from decision_aid.domain.documents import load_documents  # noqa: E402
from decision_aid.domain.integrity import LOCK_FILE, changed_without_version, lock_text  # noqa: E402
from decision_aid.storage import StorageError, atomic_write_text  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lock_content", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default=str(ROOT / "resources" / "content"), help="content folder")
    folder = Path(parser.parse_args(argv).dir)
    try:
        content = load_content(folder)
        load_documents(folder, content)
    except ContentError as exc:
        print(f"content lock refused: the content is not valid: {exc}", file=sys.stderr)
        return 1
    if changed_without_version(folder):
        print(
            "content lock refused: content files changed without a new version: "
            "bump content_version in meta.json first",
            file=sys.stderr,
        )
        return 1
    try:
        atomic_write_text(folder / LOCK_FILE, lock_text(folder), mode=0o644)
    except StorageError as exc:
        print(f"content lock failed: {exc}", file=sys.stderr)
        return 1
    print(f"content {content.version} locked: {content.short_hash}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
