"""The Qt Linguist catalogue: up to date with the sources, complete, compiled, and consistent."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "decision_aid_zh_CN.ts"
QM = ROOT / "translations" / "decision_aid_zh_CN.qm"
SOURCES = sorted(str(p) for p in (ROOT / "decision_aid" / "ui").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_catalogue_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *SOURCES, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_sources = set(_messages(fresh))
    in_catalogue = set(_messages(TS))
    assert in_sources, "lupdate found no strings: the check would be vacuous"
    assert in_sources - in_catalogue == set(), "new UI strings: run pyside6-lupdate and translate them"
    assert in_catalogue - in_sources == set(), "obsolete entries: run pyside6-lupdate -no-obsolete"


def test_every_entry_is_translated() -> None:
    messages = _messages(TS)
    unfinished = [
        k
        for k, m in messages.items()
        if (m.find("translation").get("type") or "") in ("unfinished", "obsolete", "vanished")
    ]
    empty = [k for k, m in messages.items() if not (m.findtext("translation") or "").strip()]
    assert unfinished == [] and empty == []
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_placeholders_mnemonics_and_no_html() -> None:
    for (context, source), message in _messages(TS).items():
        translation = message.findtext("translation") or ""
        where = f"{context}: {source!r}"
        assert sorted(re.findall(r"%\d|%[vm]", source)) == sorted(re.findall(r"%\d|%[vm]", translation)), (
            where
        )
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), where
        assert "<" not in source and "<" not in translation, f"HTML in the catalogue: {where}"
        bare = re.sub(r"%\d|DN4|PSPS-T2", "", source)
        assert not re.search(r"\d", bare), f"numbers belong in placeholders: {where}"


def test_glossary_terms_are_used() -> None:
    text = TS.read_text(encoding="utf-8")
    for wrong in ("适应症", "禁忌症"):  # mainland usage is 适应证 / 禁忌证
        assert wrong not in text
    translations = {k: m.findtext("translation") for k, m in _messages(TS).items()}
    from decision_aid.domain.content import default_content

    sections = default_content().questions.sections  # section titles are content now
    assert "禁忌证" in sections["contraindications"].title.zh
    assert "布达佩斯诊断标准" in translations[("CrpsPage", "CRPS: Budapest criteria")]
    assert "多学科团队" in sections["mdt"].title.zh
    assert "试验性刺激（测试期）" in translations[("TrialPage", "Trial outcome")]
    assert translations[("DocumentsDialog", "Patient handout")] == "患者宣教资料"
    assert sections["psych_evaluation"].title.zh == "心理评估"


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease: the .qm is older than the .ts"
