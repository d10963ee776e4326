"""The figure check: every number printed with a statement is listed on a reference it cites."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from decision_aid.domain.content import ContentError, default_content, default_content_dir, load_content
from decision_aid.domain.documents import load_documents
from decision_aid.domain.figures import Figure, figure_list_problems, figure_problems, numbers_in
from tests.domain.conftest import edit


def _problems(folder: Path) -> list[str]:
    return figure_problems(folder, load_content(folder).references)


def test_shipped_content_prints_only_listed_figures() -> None:
    assert figure_problems(default_content_dir(), default_content().references) == []


def test_every_reference_figure_says_what_it_measures_and_where_it_was_seen() -> None:
    refs = default_content().references
    listed = [(key, fig) for key, ref in refs.items() for fig in ref.figures]
    assert len(listed) > 80
    for key, fig in listed:
        assert fig.measure.strip() and fig.population.strip(), key
        assert fig.where.strip() or fig.derived_from.strip(), (key, fig.value)


def test_unlisted_number_in_a_handout_statement_fails_the_check(content_copy: Path) -> None:
    def change(d: Any) -> None:
        text = d["indications"]["crps"]["benefits"][0]["text"]
        text["en"] = text["en"].replace("about 4 in 10", "about 6 in 10")

    edit(content_copy, "handout.json", change)
    assert _problems(content_copy) == [
        # 6 is listed ("6 months", "39% vs 6%"), but "6 in 10" is not: frequencies match as a whole.
        "handout.json: indications.crps.benefits.0.text.en: number(s) 6 in 10 listed by no citation "
        "(cites kemler-2000)"
    ]
    with pytest.raises(ContentError, match=r"figure check: handout\.json: .*crps\.benefits\.0"):
        load_documents(content_copy, load_content(content_copy))


def test_a_number_is_allowed_only_by_the_statements_own_citations(content_copy: Path) -> None:
    # 48% is listed on process-2007, but this statement cites only kemler-2000.
    edit(
        content_copy,
        "evidence.json",
        lambda d: d["indications"]["crps"]["negative"][1]["text"].update(zh="只有 48% 测试成功。"),
    )
    assert _problems(content_copy) == [
        "evidence.json: indications.crps.negative.1.text.zh: number(s) 48 listed by no citation "
        "(cites kemler-2000)"
    ]


def test_rules_and_next_steps_are_checked_generically(content_copy: Path) -> None:
    edit(
        content_copy,
        "rules.json",
        lambda d: d["general.pain_duration"]["threshold"].update(en="At least 3 months (NICE TA159)"),
    )
    edit(
        content_copy,
        "next_steps.json",
        lambda d: d["not_eligible"]["text"].update(en="Reassess in 12 weeks."),
    )
    assert _problems(content_copy) == [
        "next_steps.json: not_eligible.text.en: number(s) 12 listed by no citation "
        "(cites nice-ta159, nacc-2014)",
        "rules.json: general.pain_duration.threshold.en: number(s) 3 listed by no citation "
        "(cites nice-ta159)",
    ]


def test_uncited_text_may_print_no_figure(content_copy: Path) -> None:
    edit(content_copy, "labels.json", lambda d: d["verdicts"]["appropriate"].update(en="Appropriate (90%)"))
    assert _problems(content_copy) == [
        "labels.json: verdicts.appropriate.en: number(s) 90 listed by no citation (cites nothing)"
    ]


def test_removing_a_listed_figure_makes_its_statements_fail(content_copy: Path) -> None:
    def drop(d: Any) -> None:
        d["west-2023"]["figures"] = [f for f in d["west-2023"]["figures"] if f.get("derived_from")]
        for f in d["west-2023"]["figures"]:
            f["derived_from"] = ""
            f["where"] = "abstract"

    edit(content_copy, "references.json", drop)
    problems = _problems(content_copy)
    assert any(p.startswith("evidence.json: harm_rates.") and "9.97" in p for p in problems)


def test_natural_frequencies_are_read_in_both_languages() -> None:
    from decision_aid.domain.figures import frequencies_in

    assert frequencies_in("about 3 to 4 in 10; fewer than 1 in 100") == [(3, 4, 10), (1, None, 100)]
    assert frequencies_in("大约每 10 人中有 3 到 4 人；每 10 人中不到 1 人") == [(3, 4, 10), (1, None, 10)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("DN4 ≥4/10 (NICE TA159, ICD-11, PSPS-T2, CD014789)", ["4", "10"]),
        ("(1) first; (2) second;\n2. third", []),
        ("IPDAS v4.0; content 2026.11.5, checked 2026-11-29", []),
        ("PSPS type 2 (持续性脊柱疼痛综合征 2 型)", []),
        ("VAS (0–100 mm), NRS（0～10 分）", []),
        ("8326 and 1,177 patients, -10.6 vs -9.3, 30%～40%", ["8326", "1177", "10.6", "9.3", "30", "40"]),
        ("5-羟色胺、γ-氨基丁酸", []),
    ],
)
def test_exceptions_are_names_numbering_versions_and_scales(text: str, numbers: list[str]) -> None:
    assert numbers_in(text) == numbers


def test_year_of_a_cited_reference_is_not_a_figure(content_copy: Path) -> None:
    edit(
        content_copy,
        "evidence.json",
        lambda d: d["indications"]["crps"]["negative"][1]["text"].update(en="Kemler 2000: 24 of 36."),
    )
    assert _problems(content_copy) == []
    edit(
        content_copy,
        "evidence.json",
        lambda d: d["indications"]["crps"]["negative"][1]["text"].update(en="Kemler 2001: 24 of 36."),
    )
    assert _problems(content_copy) == [
        "evidence.json: indications.crps.negative.1.text.en: number(s) 2001 listed by no citation "
        "(cites kemler-2000)"
    ]


def _fig(value: str, derived_from: str = "", where: str = "abstract") -> Figure:
    return Figure(value=value, measure="m", population="p", where=where, derived_from=derived_from)


def test_natural_frequencies_must_follow_from_the_listed_figure() -> None:
    source = _fig("39% vs 6%")
    ok = [
        _fig("about 4 in 10", "39% vs 6%", ""),
        _fig("fewer than 1 in 10", "39% vs 6%", ""),
        _fig("3 to 4 in 10", "30%–40%", ""),
    ]
    assert figure_list_problems("k", (source, _fig("30%–40%"), *ok)) == []
    wrong = _fig("about 6 in 10", "39% vs 6%", "")
    assert figure_list_problems("k", (source, wrong)) == [
        "k: natural frequency 'about 6 in 10' does not follow from '39% vs 6%'"
    ]
    assert figure_list_problems("k", (source, _fig("more than 5 in 10", "39% vs 6%", ""))) == [
        "k: natural frequency 'more than 5 in 10' does not follow from '39% vs 6%'"
    ]


def test_derived_figure_must_name_a_listed_one_and_a_source_figure_where_it_was_seen() -> None:
    assert figure_list_problems("k", (_fig("about 4 in 10", "40%", ""),)) == [
        "k: figure 'about 4 in 10' is derived from '40%', which is not a listed figure"
    ]
    assert figure_list_problems("k", (_fig("40%", where=""),)) == [
        "k: figure '40%' does not say where in the source it was seen"
    ]


def test_shipped_derived_frequency_that_does_not_add_up_fails(content_copy: Path) -> None:
    def change(d: Any) -> None:
        for fig in d["kemler-2000"]["figures"]:
            if fig["value"] == "about 4 in 10":
                fig["value"] = "about 8 in 10"

    edit(content_copy, "references.json", change)
    assert "kemler-2000: natural frequency 'about 8 in 10' does not follow from '39% vs 6%'" in _problems(
        content_copy
    )


def test_content_check_cli_fails_on_an_unlisted_number(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from decision_aid.cli import main

    edit(content_copy, "evidence.json", lambda d: d["harm_rates"][4]["frequency"].update(en="12% pooled"))
    edit(content_copy, "meta.json", lambda d: d.update(content_version="9999.3"))
    assert main(["content", "check", "--dir", str(content_copy)]) == 1
    err = capsys.readouterr().err
    assert "figure check: evidence.json: harm_rates.4.frequency.en: number(s) 12 listed by no citation" in err


def test_references_json_carries_no_synthetic_or_invented_entries() -> None:
    refs = json.loads((default_content_dir() / "references.json").read_text(encoding="utf-8"))
    assert "nmpa" not in refs
    assert refs["seed-2021"]["authors"] == ""
    assert "DN4-T" not in refs["dn4-2005"]["details"]
    assert "not a validated translation" in refs["dn4-t-2019"]["details"]
    assert refs["evoke-2024"]["pmid"] == "37640452"
    assert "37640452" not in json.dumps(refs["evoke-2020"])
