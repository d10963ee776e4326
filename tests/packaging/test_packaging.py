"""Packaging: the wheel lists every package, desktop files agree with the single version string."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from decision_aid import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "decision_aid").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk - listed == set()


def test_wheel_resources_are_declared() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from check_wheel import expected_members
    finally:
        sys.path.pop(0)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["decision_aid.resources"]
    for member in expected_members():
        if member.startswith("decision_aid/resources/"):
            relative = Path(member.removeprefix("decision_aid/resources/"))
            assert any(relative.match(p) for p in patterns), member


def test_metainfo_release_matches_version() -> None:
    tree = ET.parse(ROOT / "packaging" / "org.scsdecisionaid.DecisionAid.metainfo.xml")
    releases = [r.get("version") for r in tree.getroot().iter("release")]
    assert releases[0] == __version__


def test_desktop_entry_has_chinese_name_and_runs_the_command() -> None:
    text = (ROOT / "packaging" / "org.scsdecisionaid.DecisionAid.desktop").read_text(encoding="utf-8")
    assert "Name[zh_CN]=脊髓电刺激决策辅助工具" in text
    assert "Exec=decision-aid %f" in text
