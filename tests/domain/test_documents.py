"""The document text (evidence.json, handout.json): validated like the rest of the content library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from decision_aid.domain.assessment import Indication
from decision_aid.domain.content import ContentError, content_hash
from decision_aid.domain.documents import (
    EVIDENCE_LABELS,
    HANDOUT_LABELS,
    default_documents,
    load_documents,
)
from tests.domain.conftest import edit


def test_shipped_documents_are_sound() -> None:
    docs = default_documents()
    assert set(docs.evidence.indications) == set(Indication)
    assert set(docs.handout.indications) == set(Indication)
    assert set(docs.evidence.labels) == set(EVIDENCE_LABELS)
    assert set(docs.handout.labels) == set(HANDOUT_LABELS)
    for hand in docs.handout.indications.values():
        assert len(hand.benefits) == len(hand.harms)
    # The negative evidence the design asks for is cited beside the positive.
    negative = {k for item in docs.evidence.indications.values() for n in item.negative for k in n.citations}
    assert {"traeger-2023", "hara-2022", "kemler-2008"} <= negative
    sci = docs.evidence.indications[Indication.sci]
    assert {"cioni-1995", "lagauche-2009", "huang-2019", "seed-2021"} <= {
        k for c in sci.investigational for k in c.citations
    } | {k for s in sci.studies for k in s.citations}


def test_missing_chinese_is_caught(content_copy: Path) -> None:
    edit(content_copy, "handout.json", lambda d: d["indications"]["crps"]["harms"][0]["text"].update(zh=" "))
    with pytest.raises(ContentError, match=r"handout\.json: .*crps\.harms\.0\.text\.zh"):
        load_documents(content_copy)


def test_unknown_citation_is_caught(content_copy: Path) -> None:
    edit(
        content_copy,
        "evidence.json",
        lambda d: d["harms"][0].update(citations=["eldabe-2016", "nobody-2099"]),
    )
    with pytest.raises(ContentError, match=r"evidence\.json: harms\.0: unknown citation key.*nobody-2099"):
        load_documents(content_copy)


def test_unequal_benefits_and_harms_are_caught(content_copy: Path) -> None:
    edit(content_copy, "handout.json", lambda d: d["indications"]["psps_t2"]["harms"].pop())
    with pytest.raises(ContentError, match="equal detail"):
        load_documents(content_copy)


def test_options_must_include_not_having_scs(content_copy: Path) -> None:
    def drop(d: Any) -> None:
        options = d["indications"]["crps"]["options"]
        d["indications"]["crps"]["options"] = [o for o in options if o["kind"] != "no_scs"] * 2

    edit(content_copy, "handout.json", drop)
    with pytest.raises(ContentError, match="not having SCS"):
        load_documents(content_copy)


def test_sci_must_be_marked_investigational(content_copy: Path) -> None:
    edit(content_copy, "evidence.json", lambda d: d["indications"]["sci"].pop("investigational"))
    with pytest.raises(ContentError, match="investigational"):
        load_documents(content_copy)
    edit(content_copy, "evidence.json", lambda d: d["indications"]["sci"].update(investigational=[]))
    with pytest.raises(ContentError, match="investigational"):
        load_documents(content_copy)


def test_sci_handout_must_say_research(content_copy: Path) -> None:
    edit(content_copy, "handout.json", lambda d: d["indications"]["sci"].pop("research_notice"))
    with pytest.raises(ContentError, match="research"):
        load_documents(content_copy)


def test_missing_indication_is_caught(content_copy: Path) -> None:
    edit(content_copy, "evidence.json", lambda d: d["indications"].pop("psps_t2"))
    with pytest.raises(ContentError, match="psps_t2"):
        load_documents(content_copy)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["labels"].pop("disclaimer"), "missing label.*disclaimer"),
        (lambda d: d["labels"].update(extra={"en": "x", "zh": "x"}), "extra.*never used"),
        (lambda d: d["labels"]["page"].update(zh="第 {page} 页"), r"page\.zh.*\['page', 'pages'\]"),
    ],
)
def test_labels_must_match_what_the_renderer_fills_in(
    content_copy: Path, change: Callable[[Any], object], message: str
) -> None:
    edit(content_copy, "evidence.json", change)
    with pytest.raises(ContentError, match=message):
        load_documents(content_copy)


def test_document_files_are_part_of_the_content_hash(content_copy: Path) -> None:
    before = content_hash(content_copy)
    edit(content_copy, "handout.json", lambda d: d["questions"].append({"en": "Why?", "zh": "为什么？"}))
    middle = content_hash(content_copy)
    edit(content_copy, "evidence.json", lambda d: d["labels"]["notes"].update(en="Notes"))
    assert len({before, middle, content_hash(content_copy)}) == 3


def test_missing_file_is_named(content_copy: Path) -> None:
    (content_copy / "handout.json").unlink()
    with pytest.raises(ContentError, match=r"handout\.json: file is missing"):
        load_documents(content_copy)


def test_content_check_validates_the_documents(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from decision_aid.cli import main

    edit(content_copy, "evidence.json", lambda d: d["harms"][0].update(citations=["nobody-2099"]))
    assert main(["content", "check", "--dir", str(content_copy)]) == 1
    assert "nobody-2099" in capsys.readouterr().err
