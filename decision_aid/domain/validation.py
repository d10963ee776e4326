"""One wording of pydantic validation errors, for files, the CLI and the answer widgets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

# Union branches appear in an error's location ("constrained-float", "literal['unknown']",
# "function-after[...]"); they are not fields the clinician could look for.
_TYPE_TAGS = frozenset({"int", "float", "str", "bool", "date", "enum", "none"})


_TAG = re.compile(r"[a-z]+(?:-[a-z]+)+(?:\[.*\])?|[a-z]+\[.*\]", re.DOTALL)


def _is_tag(part: object) -> bool:
    # A union branch such as "constrained-float" or "literal['unknown']"; a key from the file (which
    # may hold anything, even a newline or an ESC sequence) is a field, never a tag.
    text = str(part)
    return text in _TYPE_TAGS or (text.isprintable() and _TAG.fullmatch(text) is not None)


def dotted(loc: tuple[Any, ...] | list[Any]) -> str:
    """A location as the dotted path the file and the questionnaire use."""
    return ".".join(str(p) for p in loc if not _is_tag(p))


def describe_value(value: Any) -> str:
    if isinstance(value, dict | list):
        return type(value).__name__
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"  # as in the file
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    more: int  # further fields with a problem


def first_problem(exc: ValidationError) -> Problem:
    """The first field with a problem, worded for a clinician; each union branch counted once."""
    by_field: dict[str, Any] = {}
    for err in exc.errors():
        by_field.setdefault(dotted(err["loc"]), err)
    field, err = next(iter(by_field.items()))
    message = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = "is not a field of the assessment file (check the spelling)"
    elif err["type"] == "missing":
        message = "is required but missing"
    elif "input" in err and "(got" not in message:
        message += f" (got {describe_value(err['input'])})"
    return Problem(field, message, len(by_field) - 1)
