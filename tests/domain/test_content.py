"""The content validator: both languages present, citations resolve, ids agree with the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decision_aid.domain.catalogue import check_content
from decision_aid.domain.content import (
    ContentError,
    default_content,
    default_content_dir,
    load_content,
)
from tests.domain.conftest import edit
from tests.tools import lock_content_tool


def test_shipped_content_is_sound() -> None:
    content = default_content()
    assert check_content(content) == []
    assert len(content.content_hash) == 64


def test_missing_chinese_string_is_caught(content_copy: Path) -> None:
    edit(content_copy, "rules.json", lambda d: d["general.pain_duration"]["title"].update(zh=" "))
    with pytest.raises(ContentError, match=r"rules\.json: .*general\.pain_duration.*title.*zh"):
        load_content(content_copy)


def test_absent_chinese_key_is_caught(content_copy: Path) -> None:
    edit(content_copy, "next_steps.json", lambda d: d["incomplete"]["text"].pop("zh"))
    with pytest.raises(ContentError, match=r"next_steps\.json: incomplete\.text\.zh"):
        load_content(content_copy)


def test_unknown_citation_key_is_caught(content_copy: Path) -> None:
    edit(
        content_copy,
        "rules.json",
        lambda d: d["general.dn4"].update(citations=["dn4-2005", "smith-1999"]),
    )
    with pytest.raises(ContentError, match=r"general\.dn4: unknown citation key.*smith-1999"):
        load_content(content_copy)


def test_rule_in_content_but_not_in_code_is_reported(content_copy: Path) -> None:
    def add(d: dict) -> None:  # type: ignore[type-arg]
        d["general.horoscope"] = d["general.mdt"]

    edit(content_copy, "rules.json", add)
    assert check_content(load_content(content_copy)) == [
        "rules.json: rule general.horoscope is not a rule in the code"
    ]


def test_rule_in_code_but_not_in_content_is_reported(content_copy: Path) -> None:
    edit(content_copy, "rules.json", lambda d: d.pop("safety.mri"))
    assert "rules.json: rule safety.mri is in the code but has no text" in check_content(
        load_content(content_copy)
    )


def test_missing_status_text_and_unknown_placeholder_are_reported(content_copy: Path) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["safety.mri"]["texts"].pop("caution")
        d["general.mdt"]["texts"]["met"] = {"en": "Done {when}", "zh": "已完成 {when}"}

    edit(content_copy, "rules.json", change)
    problems = check_content(load_content(content_copy))
    assert "rules.json: safety.mri has no text for status caution" in problems
    assert "rules.json: general.mdt/met uses unknown placeholder(s) ['when']" in problems


def test_malformed_content_file_is_named(content_copy: Path) -> None:
    (content_copy / "labels.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(ContentError, match=r"labels\.json: not valid UTF-8 JSON"):
        load_content(content_copy)


def test_content_hash_changes_with_content(content_copy: Path) -> None:
    before = load_content(content_copy).content_hash
    edit(content_copy, "meta.json", lambda d: d.update(updated="2030-01-01"))
    assert load_content(content_copy).content_hash != before


def test_shipped_content_matches_its_lock() -> None:
    from decision_aid.domain.integrity import integrity_problems

    assert integrity_problems(default_content_dir()) == []


def test_content_changed_without_version_is_reported_then_fixed_by_bump_and_lock(
    content_copy: Path,
) -> None:
    from decision_aid.domain.integrity import LOCK_FILE, integrity_problems, lock_text

    edit(content_copy, "rules.json", lambda d: d["general.mdt"]["title"].update(en="MDT review"))
    version = json.loads((content_copy / "meta.json").read_text(encoding="utf-8"))["content_version"]
    assert integrity_problems(content_copy) == [
        f"content files changed without a new version (still {version}): bump content_version "
        "in meta.json, then run `python tools/lock_content.py`"
    ]
    edit(content_copy, "meta.json", lambda d: d.update(content_version="9999.1"))
    assert "content version 9999.1 is not locked" in integrity_problems(content_copy)[0]
    (content_copy / LOCK_FILE).write_text(lock_text(content_copy), encoding="utf-8")
    assert integrity_problems(content_copy) == []


def test_content_check_cli_reports_unversioned_change(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from decision_aid.cli import main

    edit(content_copy, "labels.json", lambda d: d["statuses"]["met"].update(en="OK"))
    assert main(["content", "check", "--dir", str(content_copy)]) == 1
    assert "changed without a new version" in capsys.readouterr().err
    # The lock (a maintainer script, not a user command) cannot paper over the change: the version
    # must be bumped first.
    lock = lock_content_tool()
    assert lock(["--dir", str(content_copy)]) == 1
    assert "content lock refused" in capsys.readouterr().err
    edit(content_copy, "meta.json", lambda d: d.update(content_version="9999.2"))
    assert lock(["--dir", str(content_copy)]) == 0
    assert main(["content", "check", "--dir", str(content_copy)]) == 0


def _zh_strings(node: object, where: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        out: list[tuple[str, str]] = []
        for key, value in node.items():
            if key == "zh" and isinstance(value, str):
                out.append((f"{where}.zh", value))
            else:
                out += _zh_strings(value, f"{where}.{key}")
        return out
    if isinstance(node, list):
        return [item for i, value in enumerate(node) for item in _zh_strings(value, f"{where}.{i}")]
    return []


# Old renderings the glossary replaces (issue 13), each with the term that replaces it.
_OLD_TERMS = {
    "警示征象": "红旗征",
    "匿名化": "假名化",
    "（化名）": "（假名化）",
    "测试期（试验性刺激）": "试验性刺激（测试期）",
    "ASIA 损伤分级": "ASIA 残损分级",
    "康复训练（理疗）": "康复训练/物理治疗",
    "围术期停药方案": "围术期抗栓药物管理方案",
    "可能的好处和可能的坏处": "可能的获益与风险",
    "读取的输入": "依据的输入",
    "阈值": "判定标准",
    "研究性（尚未获批）：非已获批准的适应证": "研究性适应证（尚未获批）",
    "布达佩斯诊断标准（临床版）": "布达佩斯临床诊断标准",
}


def test_chinese_text_uses_glossary_terms_and_full_width_punctuation() -> None:
    import re

    problems: list[str] = []
    for path in sorted(default_content_dir().glob("*.json")):
        for where, text in _zh_strings(json.loads(path.read_text(encoding="utf-8")), path.name):
            bare = re.sub(r"\{[a-z_]+\}", "", text)
            if re.search(r"[()]", bare):
                problems.append(f"{where}: half-width bracket in {text!r}")
            if re.search(r":(?!\d)", bare):
                problems.append(f"{where}: half-width colon in {text!r}")
            problems += [f"{where}: {old} (use {new})" for old, new in _OLD_TERMS.items() if old in text]
    assert problems == []


def test_questionnaire_content_and_model_are_cross_checked(content_copy: Path) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["questions"].pop("safety.pregnancy")
        d["questions"]["safety.horoscope"] = d["questions"]["safety.coagulopathy"]
        d["sections"]["empty"] = {"title": {"en": "Empty", "zh": "空"}}

    edit(content_copy, "questions.json", change)
    problems = check_content(load_content(content_copy))
    assert "questions.json: no entry for question safety.pregnancy" in problems
    assert "questions.json: safety.horoscope is not a field of the assessment" in problems
    assert "questions.json: section empty has no questions" in problems


def test_question_without_help_citation_or_known_section_is_refused(content_copy: Path) -> None:
    edit(content_copy, "questions.json", lambda d: d["questions"]["safety.pregnancy"].update(citations=[]))
    with pytest.raises(ContentError, match=r"questions\.json: .*safety\.pregnancy.*citations"):
        load_content(content_copy)
    edit(
        content_copy,
        "questions.json",
        lambda d: d["questions"]["safety.pregnancy"].update(citations=["nacc-2014"], section="nowhere"),
    )
    with pytest.raises(ContentError, match="unknown section 'nowhere'"):
        load_content(content_copy)
    edit(content_copy, "questions.json", lambda d: d["questions"]["safety.pregnancy"].pop("help"))
    with pytest.raises(ContentError, match=r"help"):
        load_content(content_copy)
