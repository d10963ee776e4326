"""Deterministic mutations of the three example assessments, for the file fuzz.

Each file starts from one example and gets one to three structural mutations (types, values,
removed, duplicated and renamed keys, nesting, huge numbers) and sometimes byte-level damage (bad
bytes, control characters, truncation, other encodings). Objects are kept as lists of pairs so that
duplicate keys and raw literals (NaN, 1e999, 5,000-digit integers) can be written."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Any

from decision_aid.resources_path import EXAMPLES, example_path


@dataclass
class Raw:
    """A literal written into the JSON text as is."""

    text: str


class Pairs(list[list[Any]]):
    """A JSON object as [key, value] pairs: keys may repeat."""


def to_tree(value: Any) -> Any:
    if isinstance(value, dict):
        return Pairs([[k, to_tree(v)] for k, v in value.items()])
    if isinstance(value, list):
        return [to_tree(v) for v in value]
    return value


def emit(node: Any, ascii_only: bool) -> str:
    if isinstance(node, Pairs):
        inner = ", ".join(f"{json.dumps(k, ensure_ascii=ascii_only)}: {emit(v, ascii_only)}" for k, v in node)
        return "{" + inner + "}"
    if isinstance(node, list):
        return "[" + ", ".join(emit(v, ascii_only) for v in node) + "]"
    if isinstance(node, Raw):
        return node.text
    return json.dumps(node, ensure_ascii=ascii_only)


BASES = [to_tree(json.loads(example_path(name).read_text(encoding="utf-8"))) for name in EXAMPLES]

WEIRD_TEXT = [
    "",
    " ",
    "\n",
    "a\nb",
    "\x1b[31mred\x1b[0m",
    "\x00",
    "\u202eevil",
    "\u2028",
    "\ud800",
    "🙂",
    "疼痛",
    "yes ",
    "YES",
    "Unknown",
    "null",
    "22",
    "1e3",
    "-1",
    "C5\n",
    "x" * 300,
]
WEIRD_KEYS = [
    "",
    "a\nb",
    "\x1b]0;title\x07",
    "\u202eyek",
    "schema_version",
    "__class__",
    "indication",
    "x" * 500,
]


def _copy(node: Any) -> Any:
    if isinstance(node, Pairs):
        return Pairs([[k, _copy(v)] for k, v in node])
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def _deep(rng: random.Random) -> Raw:
    depth = rng.choice([17, 50, 999, 1000, 3000, 20_000])
    if rng.random() < 0.5:
        return Raw("[" * depth + "1" + "]" * depth)
    return Raw('{"a": ' * depth + "1" + "}" * depth)


def _number(rng: random.Random) -> Any:
    choice = rng.randrange(12)
    if choice == 0:
        return Raw("9" * rng.choice([20, 31, 4300, 4301, 10_000]))
    if choice == 1:
        return Raw(rng.choice(["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1E400", "4.9e-325"]))
    if choice == 2:
        return Raw("0." + "1" * rng.choice([25, 200, 5000]))
    if choice == 3:
        return Raw(rng.choice(["01", "-", "1.", ".5", "+1", "0x10", "1_000", "١٢"]))
    return rng.choice(
        [
            0,
            1,
            -1,
            0.0,
            -0.0,
            0.5,
            5,
            10,
            11,
            49.999,
            50,
            100,
            100.0001,
            101,
            120,
            121,
            1200,
            1201,
            1e308,
            2**63,
        ]
    )


def random_value(rng: random.Random, sample: list[Any]) -> Any:
    kind = rng.randrange(10)
    if kind == 0:
        return rng.choice([True, False, None])
    if kind in (1, 2):
        return _number(rng)
    if kind == 3:
        return rng.choice(WEIRD_TEXT)
    if kind == 4:
        return _deep(rng)
    if kind == 5:
        return rng.choice(
            [[], Pairs(), [1, "yes"], Pairs([["value", 70]]), Pairs([["value", "70"], ["scale", "vas"]])]
        )
    if kind == 6:
        return str(rng.choice([5, 22, 70, 1.5]))  # a number written as a string
    return _copy(rng.choice(sample))  # a value valid somewhere else (an enum, a date, a score object)


def _slots(node: Any, out: list[tuple[Any, int]]) -> None:
    """Every (container, index) whose value may be mutated."""
    if isinstance(node, Pairs):
        for i, pair in enumerate(node):
            out.append((node, i))
            _slots(pair[1], out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.append((node, i))
            _slots(value, out)


def _leaves(node: Any, out: list[Any]) -> None:
    if isinstance(node, Pairs):
        for _, value in node:
            out.append(value)
            _leaves(value, out)


SAMPLES: list[Any] = []
for _base in BASES:
    _leaves(_copy(_base), SAMPLES)


def mutate_tree(rng: random.Random, tree: Any) -> None:
    slots: list[tuple[Any, int]] = []
    _slots(tree, slots)
    if not slots:
        return
    container, index = rng.choice(slots)
    is_pairs = isinstance(container, Pairs)
    op = rng.randrange(10)
    if op >= 8 and is_pairs:  # a plausible value of the same type: mostly still a valid file
        old = container[index][1]
        same = [v for v in SAMPLES if type(v) is type(old) and not isinstance(v, Pairs | list)]
        if isinstance(old, int | float) and not isinstance(old, bool):
            container[index][1] = rng.choice([0, 3, 6, 12, 49, 50, 70, 100, 120, 5.5])
        elif same:
            container[index][1] = rng.choice(same)
    elif op <= 2:  # change the value (type or value)
        value = random_value(rng, SAMPLES)
        if is_pairs:
            container[index][1] = value
        else:
            container[index] = value
    elif op == 3:  # remove the key
        del container[index]
    elif op == 4 and is_pairs:  # duplicate the key, with the same or another value
        key, value = container[index]
        again = value if rng.random() < 0.3 else random_value(rng, SAMPLES)
        container.insert(index + rng.choice([0, 1]), [key, again])
    elif op == 5 and is_pairs:  # rename the key
        key = container[index][0]
        container[index][0] = rng.choice([*WEIRD_KEYS, key.upper(), key + " ", key[:-1]])
    elif op == 6:  # nest the value
        old = container[index][1] if is_pairs else container[index]
        new = [old] if rng.random() < 0.5 else Pairs([["value", old]])
        if is_pairs:
            container[index][1] = new
        else:
            container[index] = new
    else:  # an unknown key
        target = container[index][1] if is_pairs else container[index]
        if isinstance(target, Pairs):
            target.append([rng.choice(WEIRD_KEYS), random_value(rng, SAMPLES)])


BAD_BYTES = [
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\x1b[2J",
    b"\r",
    b"\n",
    b"\x7f",
    b"\xef\xbb\xbf",
    b"\\",
]


def damage_bytes(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(8)
    at = rng.randrange(len(data) + 1)
    if op == 0:
        return data[:at] + rng.choice(BAD_BYTES) + data[at:]
    if op == 1 and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    if op == 2:
        return data[:at]
    if op == 3:
        end = min(len(data), at + rng.randrange(1, 200))
        return data[:at] + data[end:]
    if op == 4:
        end = min(len(data), at + rng.randrange(1, 200))
        return data[:end] + data[at:end] + data[end:]
    if op == 5:
        codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "gb18030", "latin-1"])
        return data.decode("utf-8", "replace").encode(codec, "replace")
    if op == 6:
        return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b" \n\t"]) + data
    return data + rng.choice([b"}", b"]", b",", b" {}", b"\x00" * 10, b"garbage"])


def mutated_file(seed: int) -> bytes:
    """The seed-th mutated file (always the same bytes for the same seed)."""
    rng = random.Random(seed)
    tree = _copy(rng.choice(BASES))
    for _ in range(rng.randint(1, 3)):
        mutate_tree(rng, tree)
    text = emit(tree, ascii_only=rng.random() < 0.5)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:
        data = damage_bytes(rng, data)
    return data
