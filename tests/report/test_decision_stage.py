"""The handout fits the decision at hand, and harms carry numbers in both documents (issue 13)."""

from __future__ import annotations

from datetime import datetime

import pytest

from decision_aid.domain.content import default_content
from decision_aid.domain.documents import default_documents
from decision_aid.domain.evaluate import evaluate
from decision_aid.report import build_pdf
from tests.builders import make
from tests.report.conftest import Render, body_text, in_table, squash

WHEN = datetime(2026, 11, 29, 10, 30)


def _text(assessment_kwargs: dict[str, object], kind: str = "handout", lang: str = "en") -> str:
    assessment = make(**assessment_kwargs)  # type: ignore[arg-type]
    pdf = build_pdf(assessment, evaluate(assessment), kind, lang, generated_at=WHEN)  # type: ignore[arg-type]
    return squash(body_text(pdf))


def test_before_a_trial_the_handout_is_about_trying_scs() -> None:
    hand = default_documents().handout.indications["crps"]  # type: ignore[index]
    text = _text({"indication": "crps"})
    assert squash(hand.decision[0].text.en) in text
    assert squash("Try SCS") in text
    assert squash("Have the permanent device fitted") not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_after_a_successful_trial_the_handout_is_about_the_permanent_implant(lang: str) -> None:
    hand = default_documents().handout.indications["crps"]  # type: ignore[index]
    text = _text({"indication": "crps", "stage": "post_trial"}, lang=lang)
    scs = next(o for o in hand.options if o.kind == "scs")
    assert scs.title_after_trial is not None
    assert squash(scs.title_after_trial.get(lang)) in text
    assert squash(hand.decision_after_trial[0].text.get(lang)) in text
    assert squash(hand.decision[0].text.get(lang)) not in text
    assert squash(scs.title.get(lang)) not in text


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"safety__cauda_equina_signs": "yes"}, "red_flag"),
        ({"safety__coagulopathy": "yes"}, "contraindication"),
        ({"stage": "post_trial", "trial__pain_relief_percent": 20}, "trial_failed"),
    ],
)
def test_when_scs_is_not_the_next_step_a_short_sheet_replaces_the_handout(
    overrides: dict[str, object], key: str
) -> None:
    docs = default_documents()
    assessment = make(indication="psps_t2", **overrides)  # type: ignore[arg-type]
    evaluation = evaluate(assessment)
    assert evaluation.next_step.key == key
    for lang in ("en", "zh"):
        pdf = build_pdf(assessment, evaluation, "handout", lang, generated_at=WHEN)  # type: ignore[arg-type]
        text = squash(body_text(pdf))
        sheet = docs.handout.stop[key]
        assert squash(docs.handout.labels["stop_reasons"].get(lang)) in text
        assert squash(sheet.title.get(lang)) in text
        for paragraph in sheet.paragraphs:
            assert squash(paragraph.text.get(lang)) in text
        # It says why: the rule that stopped SCS is named.
        assert squash(docs.handout.labels["stop_why"].get(lang)) in text
        stopping = [r for r in evaluation.reasons if r.status.value in ("red_flag", "not_met")]
        assert any(squash(r.title.get(lang)) in text for r in stopping)
        # The standard handout is not given: no options, no benefits-and-risks table.
        assert squash(docs.handout.labels["options"].get(lang)) not in text
        assert squash(docs.handout.labels["benefits_harms"].get(lang)) not in text
        # Certifying items are still there.
        assert squash(docs.handout.labels["update_text"].get(lang)) in text


@pytest.mark.parametrize("name", ["crps", "psps_t2", "sci"])
def test_clinician_summary_has_a_harms_table_with_numbers_and_sources(render: Render, name: str) -> None:
    docs = default_documents()
    for lang in ("en", "zh"):
        text = squash(body_text(render(name, "clinician", lang)))
        assert squash(docs.evidence.labels["harm_rates"].get(lang)) in text
        for rate in docs.evidence.harm_rates:
            # A row may split between pages: its cells' text then comes in two parts.
            assert in_table(squash(rate.frequency.get(lang)), text)
            assert in_table(squash(rate.population.get(lang)), text)
    en = squash(body_text(render(name, "clinician", "en")))
    for phrase in ("9.97%", "127of764(17%)", "59of8326(0.71%)", "17%at3years,23%at5years,38%at10years"):
        assert in_table(phrase, en)
    # The claims-code figure is never presented as a paralysis rate.
    assert squash("(not a paralysis rate)") in en
    assert "paralysis" not in en.replace(squash("(not a paralysis rate)"), "")


@pytest.mark.parametrize("name", ["crps", "psps_t2", "sci"])
def test_handout_harms_use_the_same_x_in_10_form_as_benefits(render: Render, name: str) -> None:
    text = squash(body_text(render(name, "handout", "en")))
    hand = default_documents().handout.indications[name]  # type: ignore[index]
    harms_with_numbers = [h for h in hand.harms if " in 10" in h.text.en or " in 100" in h.text.en]
    benefits_with_numbers = [b for b in hand.benefits if " in 10" in b.text.en]
    assert len(harms_with_numbers) >= len(benefits_with_numbers) - 1 >= 1
    for harm in harms_with_numbers:
        assert squash(harm.text.en) in text
    # Explant over time and lead migration are among the numbered harms.
    assert any("taken out again" in h.text.en or "lead moving" in h.text.en for h in harms_with_numbers)


@pytest.mark.parametrize("name", ["crps", "psps_t2", "sci"])
def test_handout_has_the_certifying_items_in_plain_words(render: Render, name: str) -> None:
    docs = default_documents()
    labels = docs.handout.labels
    updated = squash(default_content().meta.updated)
    for lang in ("en", "zh"):
        text = squash(body_text(render(name, "handout", lang)))
        for key in ("made_by", "update_policy", "update_text"):
            assert squash(labels[key].get(lang)) in text
        for key in ("funding", "authorship"):
            assert squash(labels[key].get(lang).format(updated=updated)) in text
        assert updated in text  # production / review date on the handout itself
    english = squash(body_text(render(name, "handout", "en"))).lower()
    assert "hash" not in english
    assert "contentfile" not in english
    assert "哈希" not in squash(body_text(render(name, "handout", "zh")))
