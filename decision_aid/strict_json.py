"""Strict JSON for assessment files: what :func:`json.loads` lets through but a clinical file must not.

Refused, with the place named: a key given twice (json.loads keeps the last, so a red flag given as
"yes" then "no" would vanish), nesting deeper than MAX_DEPTH (json.loads raises RecursionError),
number literals over MAX_NUMBER_CHARS characters (4,301 digits raise ValueError; fewer only waste
time), numbers out of a float's range, NaN/Infinity (not JSON at all), and more than MAX_VALUES values.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 16  # an assessment nests 3 levels; anything far deeper is not one
MAX_NUMBER_CHARS = 30  # no answer needs more; a double's longest repr is 24 characters
MAX_VALUES = 10_000  # an assessment holds about 150; validating 300,000 unknown keys takes 0.5 GB


class JsonProblem(ValueError):
    """Why the text is refused: ``problem``, the dotted ``field`` where ("" for the whole text),
    and ``code`` as :class:`decision_aid.storage.AssessmentFileError` uses it."""

    def __init__(self, problem: str, field: str = "", code: str = "invalid") -> None:
        super().__init__(problem)
        self.problem = problem
        self.field = field
        self.code = code


class _Object(dict[str, Any]):
    """A JSON object that remembers the first key it was given more than once."""

    duplicate: str | None = None


class _BadNumber:
    """Stands in for a refused number literal, so that the error can name its field."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                obj.duplicate = key
                break
            seen.add(key)
    return obj


def _int(literal: str) -> int | _BadNumber:
    if len(literal) > MAX_NUMBER_CHARS:
        return _BadNumber(f"a number with {len(literal.lstrip('-'))} digits is far too long")
    return int(literal)


def _float(literal: str) -> float | _BadNumber:
    value = float(literal)
    if len(literal) > MAX_NUMBER_CHARS or not math.isfinite(value):
        return _BadNumber(f"the number {literal[:20]}{'...' if len(literal) > 20 else ''} is out of range")
    return value


def _constant(name: str) -> _BadNumber:
    return _BadNumber(f"{name} is not a number JSON allows")


TOO_DEEP = f"nested too deeply (more than {MAX_DEPTH} levels of objects or lists): not an assessment"


def _check_tree(data: Any) -> None:
    """Raise for the first duplicate key, refused number or too deep level, naming where it is."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(data, ())]
    count = 0
    while stack:
        node, where = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise JsonProblem(f"holds more than {MAX_VALUES:,} values: not an assessment", code="not_json")
        if len(where) > MAX_DEPTH:
            raise JsonProblem(TOO_DEEP, code="not_json")
        if isinstance(node, _BadNumber):
            raise JsonProblem(node.problem, ".".join(where))
        if isinstance(node, _Object):
            if node.duplicate is not None:
                field = ".".join((*where, node.duplicate))
                raise JsonProblem("is given more than once (remove the duplicate)", field)
            stack.extend((value, (*where, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, (*where, str(i))) for i, value in reversed(list(enumerate(node))))


def loads_strict(text: str) -> Any:
    """Parse ``text`` like :func:`json.loads`, or raise :class:`JsonProblem`."""
    try:
        data = json.loads(
            text, object_pairs_hook=_object, parse_int=_int, parse_float=_float, parse_constant=_constant
        )
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        raise JsonProblem(problem, code="not_json") from exc
    except RecursionError as exc:
        raise JsonProblem(TOO_DEEP, code="not_json") from exc
    _check_tree(data)
    return data
