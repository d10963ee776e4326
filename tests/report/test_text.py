"""What a reader (or a search) finds in each document: pypdf extraction in both scripts, for every
example, kind and language mode."""

from __future__ import annotations

import re

import pytest

from decision_aid.domain.assessment import Stage
from decision_aid.domain.content import default_content
from decision_aid.domain.documents import default_documents
from decision_aid.domain.rules import Status
from decision_aid.report.layout import typographic
from decision_aid.resources_path import EXAMPLES
from tests.report.conftest import Case, Render, body_text, in_table, page_texts, squash

MODES = {"bilingual": ("en", "zh"), "en": ("en",), "zh": ("zh",)}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _typeset(content: str) -> str:
    """Content text as printed: true minus signs and en dashes, no whitespace."""
    return squash(typographic(content))


def _text(render: Render, name: str, kind: str, lang: str) -> str:
    return squash(body_text(render(name, kind, lang)))


@pytest.mark.parametrize("lang", list(MODES))
@pytest.mark.parametrize("name", EXAMPLES)
def test_clinician_summary_shows_verdict_criteria_evidence_and_references(
    render: Render, cases: dict[str, Case], name: str, lang: str
) -> None:
    _, evaluation = cases[name]
    docs = default_documents()
    text = _text(render, name, "clinician", lang)
    evidence = docs.evidence.indications[evaluation.indication]
    for code in MODES[lang]:
        assert squash(docs.evidence.labels["title"].get(code)) in text
        assert squash(evaluation.verdict_label.get(code)) in text
        assert _typeset(evaluation.next_step.text.get(code)) in text
        for reason in evaluation.reasons:
            assert squash(reason.title.get(code)) in text, reason.rule
            if reason.status != Status.met:  # criteria met are a checklist of names
                assert _typeset(reason.threshold.get(code)) in text, reason.rule
        assert _typeset(evidence.certainty.text.get(code)) in text
        for item in evidence.negative:
            assert _typeset(item.text.get(code)) in text
        for mechanism in docs.evidence.mechanisms:
            assert _typeset(mechanism.text.get(code)) in text
    for study in evidence.studies:
        assert in_table(squash(study.name), text)
    cited = {k for r in evaluation.reasons for k in r.citations}
    cited |= {k for s in evidence.studies for k in s.citations}
    for key in cited:
        assert squash(docs.references[key].title) in text, key
        assert key in text


def test_study_names_of_each_indication(render: Render) -> None:
    psps = _text(render, "psps_t2", "clinician", "en")
    assert "PROCESS" in psps and "Kumar" in psps
    assert "Hara2022" in psps and "Traeger2023" in psps  # negative evidence beside the positive
    crps = _text(render, "crps", "clinician", "zh")
    assert "Kemler2000" in crps and "Kemler2008" in crps
    sci = _text(render, "sci", "clinician", "bilingual")
    for study in ("Cioni1995", "Lagauche2009", "Huang2019"):
        assert study in sci


def test_only_the_sci_summary_has_the_investigational_section(render: Render) -> None:
    label = default_documents().evidence.labels["investigational"]
    assert squash(label.en) in _text(render, "sci", "clinician", "en")
    assert squash(label.zh) in _text(render, "sci", "clinician", "zh")
    assert squash(label.en) not in _text(render, "crps", "clinician", "en")


@pytest.mark.parametrize("lang", list(MODES))
@pytest.mark.parametrize("name", EXAMPLES)
def test_handout_has_every_ipdas_section_and_balanced_content(
    render: Render, cases: dict[str, Case], name: str, lang: str
) -> None:
    assessment, evaluation = cases[name]
    docs = default_documents()
    hand = docs.handout.indications[evaluation.indication]
    text = _text(render, name, "handout", lang)
    after_trial = evaluation.stage == Stage.post_trial
    sections = ["title", "condition", "decision", "options", "pros", "cons", "involves", "benefits"]
    sections += ["harms", "values", "questions", "notes", "sources", "made_by", "update_policy"]
    for code in MODES[lang]:
        for key in sections:
            assert squash(docs.handout.labels[key].get(code)) in text, key
        decision = hand.decision_for(after_trial)
        for item in (*hand.condition, *decision):
            assert squash(item.text.get(code)) in text
        for item in (*hand.benefits, *hand.harms):
            assert in_table(squash(item.text.get(code)), text)
        for option in hand.options:
            title, option_text = option.for_stage(after_trial)
            assert squash(title.get(code)) in text
            assert squash(option_text.text.get(code)) in text
            for item in (*option.pros, *option.cons):
                assert in_table(squash(item.text.get(code)), text)
        for value in docs.handout.values:
            assert squash(value.get(code)) in text
        assert squash(docs.handout.labels["update_text"].get(code)) in text
    for key in docs.handout_citations(evaluation.indication, after_trial):
        assert squash(docs.references[key].title) in text, key
    # The handout is for the patient to take away: no identifier, no clinical notes.
    assert squash(assessment.patient.id) not in text
    assert squash(assessment.patient.notes)[:40] not in text


def test_sci_handout_says_research_not_standard_care(render: Render) -> None:
    label = default_documents().handout.labels["research"]
    assert squash(label.en) in _text(render, "sci", "handout", "en")
    assert squash(label.zh) in _text(render, "sci", "handout", "zh")
    assert squash(label.en) not in _text(render, "psps_t2", "handout", "en")


@pytest.mark.parametrize("kind", ["clinician", "handout"])
def test_single_language_modes_hold_one_language(render: Render, kind: str) -> None:
    content = default_content()
    en = "".join(page_texts(render("psps_t2", kind, "en")))
    zh = "".join(page_texts(render("psps_t2", kind, "zh")))
    # English mode: no Chinese at all (the psps example's notes and references are English).
    assert not CJK.search(en)
    assert squash(content.labels.indications["psps_t2"].zh) in squash(zh)
    assert squash(content.labels.indications["psps_t2"].en) not in squash(zh)


def test_summary_tells_unknown_from_not_yet_answered() -> None:
    from decision_aid.domain.evaluate import evaluate
    from decision_aid.report import build_pdf
    from tests.builders import make
    from tests.report.conftest import GENERATED_AT, page_texts, squash

    assessment = make("crps", safety__coagulopathy="unknown", treatment__mdt_assessment_done=None)
    pdf = build_pdf(
        assessment, evaluate(assessment), "clinician", "bilingual", "a4", generated_at=GENERATED_AT
    )
    text = squash("".join(page_texts(pdf)))
    assert squash("Coagulopathy (answered “unknown”)") in text
    assert squash("(not yet answered)") in text
    assert "（尚未回答）" in text and "（已答“未知”）" in text
