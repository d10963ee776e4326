"""Writing documents: atomic files, clear errors, the CLI report command, and a page that shows ink."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from decision_aid.cli import main
from decision_aid.report import build_pdf, write_pdf
from decision_aid.resources_path import example_path
from decision_aid.storage import StorageError
from tests.report.conftest import Case, Render, page_texts


def test_write_pdf_writes_a_private_file(cases: dict[str, Case], tmp_path: Path) -> None:
    assessment, evaluation = cases["crps"]
    target = tmp_path / "summary.pdf"
    size = write_pdf(target, assessment, evaluation, "clinician", "en", "letter")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) == size
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.parametrize("where", ["missing/dir/out.pdf", "a-file.txt/out.pdf", "."])
def test_unwritable_path_raises_storage_error(cases: dict[str, Case], tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file.txt").write_text("x", encoding="utf-8")
    assessment, evaluation = cases["crps"]
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StorageError) as info:
        write_pdf(tmp_path / where, assessment, evaluation, "handout")
    assert "\n" not in str(info.value) and str(tmp_path) in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_failed_write_leaves_old_file_and_no_temporary(
    cases: dict[str, Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")
    assessment, evaluation = cases["crps"]

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match="No space left"):
        write_pdf(target, assessment, evaluation, "clinician")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_bad_arguments_are_rejected(cases: dict[str, Case]) -> None:
    assessment, evaluation = cases["crps"]
    with pytest.raises(ValueError, match="kind"):
        build_pdf(assessment, evaluation, "leaflet")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="paper"):
        build_pdf(assessment, evaluation, "handout", "en", "a5")  # type: ignore[arg-type]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("kind", "lang", "paper"), [("clinician", "zh", "a4"), ("handout", "bilingual", "letter")]
)
def test_cli_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, lang: str, paper: str
) -> None:
    out = tmp_path / "doc.pdf"
    args = [
        "report",
        str(example_path("sci")),
        "--kind",
        kind,
        "--lang",
        lang,
        "--paper",
        paper,
        "--out",
        str(out),
    ]
    code, stdout, err = run(capsys, *args)
    assert code == 0, err
    assert str(out) in stdout
    text = "".join(page_texts(out.read_bytes()))
    assert ("研究" in text) and (("This is research" in text) == (lang == "bilingual"))


@pytest.mark.parametrize(
    ("make_input", "out_name", "message"),
    [
        (lambda d: d / "missing.json", "x.pdf", "file not found"),
        (lambda d: _write(d / "bad.json", "{"), "x.pdf", "not valid JSON"),
        (lambda d: Path(example_path("crps")), "no/such/dir/x.pdf", "cannot write here"),
        (lambda d: Path(example_path("crps")), ".", "is a folder"),
    ],
)
def test_cli_report_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make_input: object, out_name: str, message: str
) -> None:
    source = make_input(tmp_path)  # type: ignore[operator]
    code, stdout, err = run(capsys, "report", str(source), "--out", str(tmp_path / out_name))
    assert code == 2
    assert stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert not list(tmp_path.glob("**/*.pdf")) and not list(tmp_path.glob("**/.*.tmp"))


def test_cli_report_refuses_to_overwrite_the_assessment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "a.json"
    source.write_bytes(Path(example_path("crps")).read_bytes())
    code, _, err = run(capsys, "report", str(source), "--out", str(source))
    assert code == 2 and "overwrite" in err
    assert source.read_bytes() == Path(example_path("crps")).read_bytes()


def _ink_fraction(pgm: bytes) -> float:
    """Share of dark pixels in a binary PGM (P5) image; header fields are whitespace-separated."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while pgm[pos : pos + 1].isspace():
            pos += 1
        if pgm[pos : pos + 1] == b"#":
            pos = pgm.index(b"\n", pos)
            continue
        end = pos
        while not pgm[end : end + 1].isspace():
            end += 1
        fields.append(pgm[pos:end])
        pos = end
    magic, width, height, maxval = fields[0], int(fields[1]), int(fields[2]), int(fields[3])
    assert magic == b"P5" and maxval < 256
    pixels = pgm[pos + 1 : pos + 1 + width * height]
    assert len(pixels) == width * height
    return sum(1 for p in pixels if p < 160) / len(pixels)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
@pytest.mark.parametrize(
    ("kind", "lang"), [("clinician", "zh"), ("handout", "bilingual"), ("clinician", "en")]
)
def test_first_page_renders_with_ink(render: Render, tmp_path: Path, kind: str, lang: str) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render("crps", kind, lang))
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", str(pdf)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    ink = _ink_fraction(result.stdout)
    # A page of text at 30 dpi is a few per cent dark; blank (e.g. missing fonts) is zero.
    assert 0.005 < ink < 0.5
