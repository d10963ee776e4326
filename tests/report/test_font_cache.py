"""The parsed-font-metrics cache: a face read from it is the face reportlab parses, a damaged or
foreign cache file is ignored and written again, a cache that cannot be written is no error, and
documents made with and without it are the same bytes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from decision_aid.cache_folder import cache_folder, set_cache_folder
from decision_aid.report import font_cache
from decision_aid.report.font_cache import CachedFace, bundled_font, load_face
from decision_aid.resources_path import resource_dir

FONTS = [("DejaVuSans.ttf", 0), ("DejaVuSans-Bold.ttf", 0), ("wqy-microhei.ttc", 0)]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    before = cache_folder()
    set_cache_folder(tmp_path / "cache")
    yield tmp_path / "cache"
    set_cache_folder(before)


def _path(name: str) -> str:
    return str(resource_dir() / "fonts" / name)


def _attributes(face: TTFontFace) -> dict[str, Any]:
    values = {k: v for k, v in vars(face).items() if k not in ("_pdfScale", "_glyph_pairs")}
    values["glyphToChar"] = face.glyphToChar  # type: ignore[attr-defined]
    values["scaled"] = [face._pdfScale(x) for x in (0, 1, 1000, 2048, 12345)]  # type: ignore[attr-defined]
    return values


def _same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert set(a) == set(b)
    for key in a:
        assert a[key] == b[key], key
        assert type(a[key]) is type(b[key]), key
        if isinstance(a[key], dict):  # widths keep their int or float type, entry by entry
            assert [type(v) for v in a[key].values()] == [type(v) for v in b[key].values()], key
        if isinstance(a[key], list) and a[key] and isinstance(a[key][0], tuple):
            assert [tuple(map(type, v)) for v in a[key]] == [tuple(map(type, v)) for v in b[key]], key


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.bin"))


@pytest.mark.parametrize(("name", "index"), FONTS)
def test_a_face_from_the_cache_is_the_face_reportlab_parses(folder: Path, name: str, index: int) -> None:
    reference = TTFontFace(_path(name), subfontIndex=index)
    first = load_face(_path(name), index)
    assert type(first) is TTFontFace  # nothing cached yet: parsed
    assert len(_cache_files(folder)) == 1
    second = load_face(_path(name), index)
    assert type(second) is CachedFace
    _same(_attributes(reference), _attributes(first))
    _same(_attributes(reference), _attributes(second))


def test_the_font_around_a_cached_face_is_what_reportlab_makes(folder: Path) -> None:
    load_face(_path("wqy-microhei.ttc"), 0)
    ours = bundled_font("CacheTestWQY", load_face(_path("wqy-microhei.ttc"), 0))
    theirs = TTFont("CacheTestWQY", _path("wqy-microhei.ttc"), subfontIndex=0)
    assert set(vars(ours)) == set(vars(theirs))
    assert ours._asciiReadable == theirs._asciiReadable  # type: ignore[attr-defined]
    assert ours.shapable == theirs.shapable
    assert type(ours.encoding) is type(theirs.encoding)
    text = "脊髓电刺激 Spinal cord stimulation （SCS）"
    assert ours.stringWidth(text, 9.5) == theirs.stringWidth(text, 9.5)


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    key, _, rest = data.partition(b"\n")
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "payload byte":
        middle = len(data) - 1000
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    elif how == "other reportlab":
        fields = json.loads(key)
        fields["reportlab"] = "0.0"
        path.write_bytes(json.dumps(fields, sort_keys=True).encode() + b"\n" + rest)
    elif how == "not json":
        path.write_bytes(b"\x00\xff garbage\n" * 100)
    elif how == "empty":
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["truncated", "payload byte", "other reportlab", "not json", "empty"])
def test_a_damaged_or_foreign_cache_file_is_ignored_and_written_again(folder: Path, how: str) -> None:
    path = _path("DejaVuSans.ttf")
    reference = _attributes(TTFontFace(path))
    load_face(path, 0)
    [cached] = _cache_files(folder)
    good = cached.read_bytes()
    _damage(cached, how)
    face = load_face(path, 0)
    assert type(face) is TTFontFace  # parsed again, not read from the damaged file
    _same(reference, _attributes(face))
    assert cached.read_bytes() == good  # and the cache repaired
    assert type(load_face(path, 0)) is CachedFace


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    before = cache_folder()
    set_cache_folder(blocker / "cache")
    try:
        face = load_face(_path("DejaVuSans-Bold.ttf"), 0)
    finally:
        set_cache_folder(before)
    _same(_attributes(TTFontFace(_path("DejaVuSans-Bold.ttf"))), _attributes(face))


def test_no_cache_folder_means_no_cache(tmp_path: Path) -> None:
    before = cache_folder()
    set_cache_folder(None)
    try:
        assert type(load_face(_path("DejaVuSans.ttf"), 0)) is TTFontFace
        assert type(load_face(_path("DejaVuSans.ttf"), 0)) is TTFontFace
    finally:
        set_cache_folder(before)
    assert not list(tmp_path.rglob("*.bin"))


def test_the_cache_files_are_private_and_keyed_by_the_font_file(folder: Path) -> None:
    load_face(_path("DejaVuSans.ttf"), 0)
    load_face(_path("wqy-microhei.ttc"), 0)
    files = _cache_files(folder)
    assert len(files) == 2
    for path in files:
        assert path.stat().st_mode & 0o077 == 0
        key = json.loads(path.read_bytes().partition(b"\n")[0])
        assert key["format"] == font_cache.FORMAT
        assert path.name.startswith(key["font_sha256"][:32])


_BUILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from reportlab import rl_config
    rl_config.invariant = 1
    from decision_aid.domain.evaluate import evaluate
    from decision_aid.report import build_pdf
    from decision_aid.report.font_cache import CachedFace
    from reportlab.pdfbase import pdfmetrics
    from decision_aid.resources_path import example_path
    from decision_aid.storage import load_assessment
    assessment = load_assessment(example_path("crps"))
    data = build_pdf(assessment, evaluate(assessment), "clinician", "bilingual",
                     generated_at=datetime(2026, 11, 29, 10, 30))
    cached = type(pdfmetrics.getFont("WQYMicroHei").face) is CachedFace
    sys.stdout.buffer.write(b"cached " if cached else b"parsed ")
    sys.stdout.buffer.write(data)
    """
)


def test_documents_made_with_and_without_the_cache_are_the_same_bytes(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}

    def build() -> bytes:
        done = subprocess.run([sys.executable, "-c", _BUILD], capture_output=True, env=env, check=True)
        return done.stdout

    first, second = build(), build()
    assert first.startswith(b"parsed %PDF") and second.startswith(b"cached %PDF")
    assert first.removeprefix(b"parsed ") == second.removeprefix(b"cached ")


class _Face:
    """An object with the attribute shapes reportlab's parse makes."""


@pytest.mark.parametrize(
    "values",
    [
        [1, 2, 3],
        [1.5, 2.25],
        [1229, 0, 682.5, 651, 821],  # mostly integers
        [1.5, 2.5, 3, 4.75],  # mostly floats
        [],
    ],
)
def test_number_columns_come_back_with_each_value_s_type(values: list[Any]) -> None:
    face = _Face()
    face.column = list(values)  # type: ignore[attr-defined]
    face.pairs = [(v, 7) for v in values]  # type: ignore[attr-defined]
    face.widths = {0x4E00 + i: v for i, v in enumerate(values)}  # type: ignore[attr-defined]
    face.glyphToChar = {3: [32, 160], 4: [33]}  # type: ignore[attr-defined]
    encoded = font_cache._encode(face, set())  # type: ignore[arg-type]
    assert encoded is not None
    info = font_cache._decode(memoryview(encoded))
    for key in ("column", "pairs", "widths"):
        assert info[key] == getattr(face, key)
    assert [type(v) for v in info["column"]] == [type(v) for v in values]
    assert [type(v[0]) for v in info["pairs"]] == [type(v) for v in values]
    assert [type(v) for v in info["widths"].values()] == [type(v) for v in values]


def test_attributes_of_an_unknown_kind_are_not_cached() -> None:
    face = _Face()
    face.column = [1, "two"]  # type: ignore[attr-defined]
    assert font_cache._encode(face, set()) is None  # type: ignore[arg-type]


def test_a_fifo_or_folder_in_place_of_the_cache_file_neither_blocks_nor_breaks(tmp_path: Path) -> None:
    # Run apart: a read that blocked on the FIFO would hang this process, not fail the test.
    probe = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from decision_aid.cache_folder import set_cache_folder
        from decision_aid.report import font_cache
        root = Path({str(tmp_path)!r})
        set_cache_folder(root / "cache")
        path = {_path("DejaVuSans.ttf")!r}
        font_cache.load_face(path, 0)  # writes the cache file
        [cached] = sorted((root / "cache").rglob("*.bin"))
        cached.unlink()
        os.mkfifo(cached)
        print(type(font_cache.load_face(path, 0)).__name__)
        cached.unlink()
        cached.mkdir()
        print(type(font_cache.load_face(path, 0)).__name__)
        """
    )
    command = [sys.executable, "-c", probe]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["TTFontFace", "TTFontFace"]
