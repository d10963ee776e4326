"""Hostile assessment files shared by the storage, command-line and desktop tests."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from decision_aid.resources_path import example_path

MAX_MESSAGE = 300


def example_text(name: str = "crps") -> str:
    return example_path(name).read_text(encoding="utf-8")


def example_data(name: str = "crps") -> dict[str, object]:
    data: dict[str, object] = json.loads(example_text(name))
    return data


def with_patient(**changes: object) -> str:
    data = example_data()
    patient = dict(data["patient"])  # type: ignore[call-overload]
    patient.update(changes)
    data["patient"] = patient
    return json.dumps(data)


def assert_one_clean_line(message: str) -> None:
    """One line, at most ~300 characters, nothing a terminal would act on."""
    assert len(message) <= MAX_MESSAGE, message
    bad = [c for c in message if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]
    assert bad == [], f"control characters {bad!r} in {message!r}"


# name -> (file bytes, expected one-line message after "<path>: ")
DEEP = "[" * 1000 + "]" * 1000
HOSTILE: dict[str, tuple[bytes, str]] = {
    "deep_lists": (
        DEEP.encode(),
        "nested too deeply (more than 16 levels of objects or lists): not an assessment",
    ),
    "deep_objects": (
        ('{"a":' * 1000 + "1" + "}" * 1000).encode(),
        "nested too deeply (more than 16 levels of objects or lists): not an assessment",
    ),
    "deep_100k": (("[" * 100_000 + "]" * 100_000).encode(), "nested too deeply"),
    "huge_int": (
        example_text().replace('"schema_version": 2', '"schema_version": ' + "9" * 4301).encode(),
        "schema_version: a number with 4301 digits is far too long",
    ),
    "huge_age": (
        with_patient(age=0).replace('"age": 0', '"age": ' + "1" * 5000).encode(),
        "patient.age: a number with 5000 digits is far too long",
    ),
    "huge_float": (
        with_patient(age=0).replace('"age": 0', '"age": 1e999').encode(),
        "patient.age: the number 1e999 is out of range",
    ),
    "nan": (
        with_patient(age=0).replace('"age": 0', '"age": NaN').encode(),
        "patient.age: NaN is not a number JSON allows",
    ),
    "bool_age": (with_patient(age=True).encode(), "patient.age: Input should be a valid integer (got true)"),
    "float_age": (with_patient(age=42.0).encode(), "patient.age: Input should be a valid integer (got 42.0)"),
    "string_duration": (
        example_text().replace('"duration_months": 22.0', '"duration_months": "22"').encode(),
        "pain.duration_months: Input should be a valid number (got '22')",
    ),
    "bool_duration": (
        example_text().replace('"duration_months": 22.0', '"duration_months": true').encode(),
        "pain.duration_months: Input should be a valid number (got true)",
    ),
    "version_float": (
        example_text().replace('"schema_version": 2', '"schema_version": 1.0').encode(),
        "schema_version: unsupported version 1.0 (this program reads versions 1 to 2)",
    ),
    "version_true": (
        example_text().replace('"schema_version": 2', '"schema_version": true').encode(),
        "schema_version: unsupported version true (this program reads versions 1 to 2)",
    ),
    "version_string": (
        example_text().replace('"schema_version": 2', '"schema_version": "1"').encode(),
        "schema_version: unsupported version '1' (this program reads versions 1 to 2)",
    ),
    "duplicate_red_flag": (
        example_text()
        .replace('"suspected_tumour": "no"', '"suspected_tumour": "yes",\n"suspected_tumour": "no"')
        .encode(),
        "safety.suspected_tumour: is given more than once (remove the duplicate)",
    ),
    "duplicate_top_level": (
        example_text().replace('"indication": "crps"', '"indication": "sci", "indication": "crps"').encode(),
        "indication: is given more than once (remove the duplicate)",
    ),
    "newline_key": (
        example_text().replace('"indication"', '"ind\\nication\\u001b[2J": 1, "indication"').encode(),
        "ind\\nication\\x1b[2J: is not a field of the assessment file (check the spelling)",
    ),
    "utf16": (example_text().encode("utf-16"), "is UTF-16 text: save it as UTF-8"),
    "utf16_le_no_bom": (example_text().encode("utf-16-le"), "is UTF-16 text: save it as UTF-8"),
    "utf16_be_no_bom": (example_text().encode("utf-16-be"), "is UTF-16 text: save it as UTF-8"),
    "utf32": (example_text().encode("utf-32"), "is UTF-32 text: save it as UTF-8"),
    "latin1": (
        example_text().replace("Pain MDT, clinic A", "Dr Müller").encode("latin-1"),
        "is not UTF-8 text",
    ),
    "lone_surrogate": (
        with_patient(id="x").replace('"id": "x"', '"id": "\ud800"').encode("utf-8", "surrogatepass"),
        "is not UTF-8 text",
    ),
    "escaped_surrogate": (
        with_patient(id="x").replace('"id": "x"', '"id": "\\ud800"').encode(),
        "not valid JSON",
    ),
}


def write(folder: Path, name: str) -> Path:
    path = folder / f"{name}.json"
    path.write_bytes(HOSTILE[name][0])
    return path
