"""The parts of the handout that help the reader choose (issue 15): icon arrays from listed figures, the
options side by side, which option they lean towards and how sure they feel, the care-team block; and
the certainty word per study in the clinician summary, only where the source grades it."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from decision_aid.domain.content import ContentError, default_content, default_content_dir
from decision_aid.domain.documents import default_documents, load_documents
from decision_aid.domain.figures import figure_problems
from decision_aid.resources_path import EXAMPLES
from tests.report.conftest import Case, Render, body_text, in_table, squash

MODES = {"bilingual": ("en", "zh"), "en": ("en",), "zh": ("zh",)}
_MARK = re.compile(rb"/IconArray <</Count (\d+) /High (\d+)>> BDC")


def _arrays(pdf: bytes) -> list[tuple[int, int]]:
    """The icon arrays drawn, as (coloured, top of range), from their marked content in the pages."""
    reader = PdfReader(io.BytesIO(pdf))
    data = b"".join(page.get_contents().get_data() for page in reader.pages)
    return [(int(a), int(b)) for a, b in _MARK.findall(data)]


def _figures_drawn(pdf: bytes) -> int:
    """Person figures painted inside the icon arrays: each is a head (a circle, four curves) and a body."""
    reader = PdfReader(io.BytesIO(pdf))
    data = b"".join(page.get_contents().get_data() for page in reader.pages)
    inside = re.findall(rb"/IconArray <<[^>]*>> BDC(.*?)EMC", data, re.S)
    return sum(chunk.count(b" re") + chunk.count(b" m\n") for chunk in inside)


@pytest.mark.parametrize("lang", list(MODES))
@pytest.mark.parametrize("name", EXAMPLES)
def test_each_handout_has_its_icon_arrays(
    render: Render, cases: dict[str, Case], name: str, lang: str
) -> None:
    _, evaluation = cases[name]
    figures = default_documents().handout.indications[evaluation.indication].icon_arrays
    pdf = render(name, "handout", lang)
    assert _arrays(pdf) == [f.people() for f in figures]
    # Every figure is drawn with its numbers (100 people each) and its caption, in each language.
    assert _figures_drawn(pdf) >= 100 * len(figures)
    text = squash(body_text(pdf))
    for code in MODES[lang]:
        assert squash(default_documents().handout.labels["icon_arrays"].get(code)) in text
        for figure in figures:
            assert in_table(squash(figure.text.get(code)), text)


def test_icon_arrays_show_the_main_benefit_and_harm_of_scs_and_the_comparison() -> None:
    handout = default_documents().handout
    crps = [(f.option, f.kind, f.people()) for f in handout.indications["crps"].icon_arrays]  # type: ignore[index]
    assert ("scs", "benefit", (39, 39)) in crps  # 39% "much improved" at 6 months (kemler-2000)
    assert ("no_scs", "benefit", (6, 6)) in crps
    assert ("scs", "harm", (30, 40)) in crps  # 30%-40% with a complication (eldabe-2016): a range
    psps = [(f.option, f.kind, f.people()) for f in handout.indications["psps_t2"].icon_arrays]  # type: ignore[index]
    assert ("scs", "benefit", (48, 48)) in psps and ("no_scs", "benefit", (9, 9)) in psps
    sci = [(f.option, f.kind, f.people()) for f in handout.indications["sci"].icon_arrays]  # type: ignore[index]
    assert ("scs", "benefit", (18, 18)) in sci  # 18.2% of those tested, rounded to whole people


def _copy_content(tmp_path: Path) -> Path:
    for path in default_content_dir().glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_an_icon_array_count_no_reference_lists_fails_the_figure_check(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    data = json.loads((directory / "handout.json").read_text(encoding="utf-8"))
    data["indications"]["crps"]["icon_arrays"][0]["count"] = "41"
    (directory / "handout.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = figure_problems(directory, default_content().references)
    assert problems == [
        "handout.json: indications.crps.icon_arrays.0.count: number(s) 41 listed by no citation "
        "(cites kemler-2000)"
    ]
    with pytest.raises(ContentError, match="figure check"):
        load_documents(directory)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"count": "140"}, "must lie in 0-100"),
        ({"count": "about forty"}, "must be a number"),
        ({"option": "other"}, "not an option here"),
    ],
)
def test_icon_arrays_are_validated(tmp_path: Path, change: dict[str, str], message: str) -> None:
    directory = _copy_content(tmp_path)
    data = json.loads((directory / "handout.json").read_text(encoding="utf-8"))
    data["indications"]["crps"]["icon_arrays"][0].update(change)
    (directory / "handout.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_documents(directory)


def test_scs_needs_a_benefit_and_a_harm_array(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    data = json.loads((directory / "handout.json").read_text(encoding="utf-8"))
    arrays = data["indications"]["psps_t2"]["icon_arrays"]
    data["indications"]["psps_t2"]["icon_arrays"] = [a for a in arrays if a["kind"] == "benefit"]
    (directory / "handout.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ContentError, match="main benefit and a main harm of SCS"):
        load_documents(directory)


@pytest.mark.parametrize("lang", list(MODES))
@pytest.mark.parametrize("name", EXAMPLES)
def test_options_table_leaning_sure_check_and_care_team_block(
    render: Render, cases: dict[str, Case], name: str, lang: str
) -> None:
    _, evaluation = cases[name]
    after_trial = evaluation.stage.value == "post_trial"
    handout = default_documents().handout
    labels = handout.labels
    options = handout.indications[evaluation.indication].options
    text = squash(body_text(render(name, "handout", lang)))
    for code in MODES[lang]:
        table = text.index(squash(labels["options_table"].get(code)))
        assert squash(labels["col_option"].get(code)) in text[table:]
        for option in options:
            # The option's name heads its row of the options table (after the table's heading).
            assert squash(option.for_stage(after_trial)[0].get(code)) in text[table:]
        leaning = text.index(squash(labels["leaning"].get(code)))
        after = text[leaning:]
        first = MODES[lang][0]  # a tick box stands before the first language of each line
        for option in options:
            assert squash(option.for_stage(after_trial)[0].get(code)) in after
            assert "☐" + squash(option.for_stage(after_trial)[0].get(first)) in after
        assert "☐" + squash(labels["leaning_unsure"].get(first)) in after
        sure = after[after.index(squash(labels["sure"].get(code))) :]
        assert squash(labels["sure_hint"].get(code)) in sure
        for question in handout.sure:
            assert squash(question.get(code)) in sure
        if lang != "bilingual":
            assert sure.count("☐" + squash(labels["answer_yes"].get(code))) == len(handout.sure)
            assert sure.count("☐" + squash(labels["answer_no"].get(code))) == len(handout.sure)
        contacts = text.index(squash(labels["contacts"].get(code)))
        for key in ("care_team", "phone", "next_appointment", "discussed"):
            assert squash(labels[key].get(code)) in text[contacts:]
    if lang == "bilingual":
        yes_no = squash(f"☐ {labels['answer_yes'].en} / {labels['answer_yes'].zh}")
        assert text.count(yes_no) == len(handout.sure)


def test_sure_questions_and_new_labels_exist_in_both_languages() -> None:
    handout = default_documents().handout
    assert len(handout.sure) == 4
    for question in handout.sure:
        assert question.en.endswith("?") and question.zh.endswith("？")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_certainty_word_only_where_the_source_grades_it(
    render: Render, cases: dict[str, Case], name: str, lang: str
) -> None:
    _, evaluation = cases[name]
    evidence = default_documents().evidence
    studies = evidence.indications[evaluation.indication].studies
    graded = [s for s in studies if s.certainty is not None]
    # Only the Cochrane review that grades its own evidence (O'Connell 2021) carries a certainty word.
    assert all(s.citations == ("oconnell-2021",) for s in graded)
    text = squash(body_text(render(name, "clinician", lang)))
    label = evidence.labels["certainty_word"].get(lang)
    prefix = squash(label.split("{")[0])
    assert text.count(prefix) == len(graded)
    for study in graded:
        assert study.certainty is not None
        assert in_table(squash(label.format(certainty=study.certainty.get(lang))), text)
    if name in ("crps", "psps_t2"):
        assert graded
