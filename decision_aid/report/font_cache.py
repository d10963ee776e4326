"""A cache of parsed TrueType metrics, so each process does not parse the fonts again.

reportlab parses a TrueType file in pure Python: its character map, widths, and glyph locations. For
the bundled WenQuanYi collection (~35,000 characters, ~50,000 glyphs) that takes 60-110 ms, paid by
every command-line report and by the desktop app's first document. The parse always gives the same
result for the same font file and reportlab version, so it is kept in the user's cache folder:

- the key is the font file's SHA-256, the subfont, the reportlab version and this format's version;
  a file whose key, sizes or checksum do not match is ignored and written again;
- the format is a JSON header and raw number arrays: reading it cannot run code, and a damaged file
  only costs the parse it was meant to save;
- a cache folder that cannot be written is not an error: the font is parsed, as without a cache.

The folder is :func:`decision_aid.cache_folder.cache_folder`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import stat
import sys
from array import array
from fnmatch import fnmatch
from functools import cached_property
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    TTFontParser,
)
from reportlab.rl_config import unShapedFontGlob

from decision_aid.cache_folder import cache_folder
from decision_aid.storage import atomic_write_bytes, read_at_most

log = logging.getLogger(__name__)

FORMAT = 2  # 2: mixed columns keep the minority type's positions and values
MAX_BYTES = 32 * 1024 * 1024
_INT_CODE, _FLOAT_CODE = "q", "d"


def _cache_file(digest: str, index: int) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"font-metrics-{FORMAT}" / f"{digest[:32]}-{index}.bin"


class CachedFace(TTFontFace):
    """A TrueType face whose metrics came from the cache rather than a parse of the file. The file
    itself is still read: reportlab copies glyph outlines from it when it embeds a subset."""

    _glyph_pairs: tuple[array[int], array[int]]

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:  # reportlab's name
        # Only reportlab's text shaping reads this; it is rebuilt when first asked for.
        mapping: dict[int, list[int]] = {}
        for glyph, char in zip(*self._glyph_pairs, strict=True):
            mapping.setdefault(glyph, []).append(char)
        return mapping


def _ints(values: Any) -> array[int]:
    return array(_INT_CODE, values)


def _column(values: list[Any]) -> list[tuple[str, array[Any]]] | None:
    """Numbers as arrays that give back each number as the type it was. A column that mixes integers
    and floats (reportlab scales some advance widths and not others) is stored in its majority's
    type, with the positions and values of the others beside it."""
    kinds = {type(v) for v in values}
    if not kinds <= {int, float}:
        return None
    floats = [i for i, v in enumerate(values) if type(v) is float]
    if not floats:
        return [("", _ints(values))]
    if len(floats) == len(values):
        return [("", array("d", values))]
    if 2 * len(floats) <= len(values):
        base = _ints(0 if type(v) is float else v for v in values)
        others = array("d", (values[i] for i in floats))
        return [("", base), (".at", _ints(floats)), (".other", others)]
    ints = [i for i, v in enumerate(values) if type(v) is int]
    mostly_floats = array("d", (0.0 if type(v) is int else float(v) for v in values))
    return [("", mostly_floats), (".at", _ints(ints)), (".other", _ints(values[i] for i in ints))]


def _encode(face: TTFontFace, parser_keys: set[str]) -> bytes | None:
    """The metrics reportlab's parse added to the face, or None if one is of a kind not known here."""
    header: dict[str, Any] = {}
    arrays: list[tuple[str, array[Any]]] = []

    def add(name: str, values: array[Any]) -> None:
        arrays.append((name, values))

    def add_column(name: str, values: list[Any]) -> bool:
        column = _column(values)
        if column is None:
            return False
        for suffix, part in column:
            add(name + suffix, part)
        return True

    for key, value in face.__dict__.items():
        if key in parser_keys or key == "_pdfScale":
            continue
        if key == "glyphToChar":
            pairs = [(g, c) for g, chars in value.items() for c in chars]
            add("g2c.glyph", _ints(p[0] for p in pairs))
            add("g2c.char", _ints(p[1] for p in pairs))
        elif isinstance(value, TTFNameBytes):
            header[key] = {"name": bytes(value).hex()}
        elif value is None or isinstance(value, (bool, int, float, str)):
            header[key] = {"value": value}
        elif isinstance(value, (list, tuple)) and len(value) <= 16 and all(
            isinstance(v, (int, float)) for v in value
        ):
            header[key] = {"list" if isinstance(value, list) else "tuple": list(value)}
        elif isinstance(value, list) and all(isinstance(v, tuple) and len(v) == 2 for v in value):
            if not (add_column(f"{key}:pairs.0", [v[0] for v in value])
                    and add_column(f"{key}:pairs.1", [v[1] for v in value])):
                return None
        elif isinstance(value, list):
            if not add_column(f"{key}:list", value):
                return None
        elif isinstance(value, dict) and all(type(k) is int for k in value):
            add(f"{key}:dict.keys", _ints(value))
            if not add_column(f"{key}:dict.values", list(value.values())):
                return None
        else:
            return None
    payload = b"".join(a.tobytes() for _, a in arrays)
    header["_arrays"] = [[name, a.typecode, len(a)] for name, a in arrays]
    header["_payload_sha256"] = hashlib.sha256(payload).hexdigest()
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload


def _decode(data: memoryview) -> dict[str, Any]:
    cut = bytes(data[:65536]).find(b"\n")
    if cut < 0:
        raise ValueError("no header")
    header = json.loads(bytes(data[:cut]))
    payload = data[cut + 1 :]  # a view: the 3 MB are not copied
    if hashlib.sha256(payload).hexdigest() != header.pop("_payload_sha256"):
        raise ValueError("checksum")
    info: dict[str, Any] = {}
    for key, entry in header.items():
        if key == "_arrays":
            continue
        if "name" in entry:
            info[key] = TTFNameBytes(bytes.fromhex(entry["name"]))
        elif "value" in entry:
            info[key] = entry["value"]
        elif "list" in entry:
            info[key] = list(entry["list"])
        else:
            info[key] = tuple(entry["tuple"])
    offset = 0
    parts: dict[str, array[Any]] = {}
    for name, code, length in header["_arrays"]:
        if code not in (_INT_CODE, _FLOAT_CODE):
            raise ValueError("array type")
        part = array(code)
        end = offset + length * part.itemsize
        part.frombytes(payload[offset:end])
        if len(part) != length:
            raise ValueError("short file")
        parts[name] = part
        offset = end
    if offset != len(payload):
        raise ValueError("trailing data")

    def column(name: str) -> list[Any]:
        values = parts[name].tolist()
        if f"{name}.at" in parts:
            for i, value in zip(parts[f"{name}.at"], parts[f"{name}.other"].tolist(), strict=True):
                values[i] = value
        return values

    for name in parts:
        key, _, kind = name.partition(":")
        if kind == "list":
            info[key] = column(name)
        elif kind == "pairs.0":
            info[key] = list(zip(column(name), column(f"{key}:pairs.1"), strict=True))
        elif kind == "dict.keys":
            info[key] = dict(zip(parts[name].tolist(), column(f"{key}:dict.values"), strict=True))
    if "g2c.glyph" in parts:
        info["_glyph_pairs"] = (parts["g2c.glyph"], parts["g2c.char"])
    return info


def _key(digest: str, index: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "font_sha256": digest,
        "subfont": index,
        "reportlab": reportlab.Version,
        "byteorder": sys.byteorder,
    }


def _read_cache_file(path: Path) -> bytes:
    """The file's bytes if it is a regular file of at most MAX_BYTES: a FIFO or device put in its
    place is neither waited on nor read."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
        raise ValueError("not a regular file of a cache's size")
    data = read_at_most(path, MAX_BYTES)
    if data is None or len(data) > MAX_BYTES:
        raise ValueError("not a regular file of a cache's size")
    return data


def load_face(path: str, index: int) -> TTFontFace:
    """The face of a bundled font: its metrics from the cache when it holds this file's, else parsed
    (and the cache written for next time). The same steps as reportlab's ``TTFontFace(path)``."""
    face: Any = TTFontFace.__new__(TTFontFace)  # reportlab's attributes are not in its stubs
    pdfmetrics.TypeFace.__init__(face, None)
    before = set(face.__dict__)
    TTFontParser.__init__(face, path, validate=0, subfontIndex=index)
    parser_keys = set(face.__dict__) - before
    digest = hashlib.sha256(face._ttf_data).hexdigest()
    key = json.dumps(_key(digest, index), sort_keys=True).encode()
    target = _cache_file(digest, index)
    if target is not None:
        try:
            data = _read_cache_file(target)
            cut = len(key)
            if data[:cut] == key and data[cut : cut + 1] == b"\n":
                info = _decode(memoryview(data)[cut + 1 :])
                face.__class__ = CachedFace
                face.__dict__.update(info)
                units = face.unitsPerEm
                face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, k=1000 / units: x * k)
                cached: TTFontFace = face
                return cached
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.info("font metrics cache %s not used: %s", target, exc)
    face.extractInfo(1)
    if target is not None:
        encoded = _encode(face, parser_keys - {"_pos"})
        if encoded is not None:
            try:
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                atomic_write_bytes(target, key + b"\n" + encoded)
            except Exception as exc:  # a cache that cannot be written is no error
                log.info("font metrics cache %s not written: %s", target, exc)
    parsed: TTFontFace = face
    return parsed


def bundled_font(name: str, face: TTFontFace) -> TTFont:
    """A reportlab TrueType font around a face already loaded: what ``TTFont(name, path)`` makes."""
    font: Any = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob or ())
    made: TTFont = font
    return made
