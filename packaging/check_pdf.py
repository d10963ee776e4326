"""Check that a generated PDF opens and that its Chinese and English text extract."""

from __future__ import annotations

import sys

from pypdf import PdfReader

EXPECTED = ("脊髓电刺激", "SCS")


def main(argv: list[str]) -> int:
    reader = PdfReader(argv[0])
    text = "".join(page.extract_text() or "" for page in reader.pages)
    missing = [s for s in EXPECTED if s not in text]
    if missing:
        print(f"{argv[0]}: text {missing} not found in the PDF", file=sys.stderr)
        return 1
    print(f"{argv[0]}: {len(reader.pages)} pages, Chinese and English text extract")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
