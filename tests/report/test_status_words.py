"""The clinician summary words each status by the finding: a hazard reads Present/Absent, never
"Met" when it is absent; a red flag leads page 1 and names every flag present."""

from __future__ import annotations

import re

from decision_aid.domain.assessment import Assessment
from decision_aid.domain.content import default_content
from decision_aid.domain.documents import default_documents
from decision_aid.domain.evaluate import evaluate
from decision_aid.domain.rules.base import Finding
from decision_aid.report import build_pdf
from tests.builders import make
from tests.report.conftest import GENERATED_AT, page_texts, squash

SYMBOL = re.compile(r"^([✓✗⚠?ℹ]) (.+)$", re.MULTILINE)


def _pdf(assessment: Assessment, lang: str) -> list[str]:
    evaluation = evaluate(assessment)
    return page_texts(
        build_pdf(assessment, evaluation, "clinician", lang, "a4", generated_at=GENERATED_AT)  # type: ignore[arg-type]
    )


def _table_statuses(text: str, lang: str) -> dict[str, str]:
    """Criterion title -> the status printed with it in the criteria section: met criteria are a
    checklist ("✓ Pregnancy: Absent"); other rows print the title, then the status line."""
    heading = default_documents().evidence.labels["criteria"].get(lang)
    table = text[text.index(heading) :]
    words = sorted((w.get(lang) for w in default_content().labels.findings.values()), key=len, reverse=True)
    sep = "：" if lang == "zh" else ": "
    out: dict[str, str] = {}
    for reason in evaluate(make()).reasons:
        title = reason.title.get(lang)
        checklist = re.search(rf"(?m)^\s*([✓✗⚠?ℹ]) {re.escape(title)}{sep}", table)
        if checklist is not None:
            rest = table[checklist.end() :]
            rest = rest.replace("\n", "" if lang == "zh" else " ")  # a status word may wrap
            word = next((w for w in words if rest.startswith(w)), None)
            assert word is not None, (title, rest[:40])
            out[reason.rule] = f"{checklist.group(1)} {word}"
            continue
        start = table.find(f"\n{title}\n")
        assert start >= 0, title
        status = SYMBOL.search(table, start + len(title) + 2)
        assert status is not None, title
        out[reason.rule] = status.group(0)
    return out


def test_no_absent_hazard_reads_met_on_paper() -> None:
    assessment = make()
    for lang, absent, met in (("en", "✓ Absent", "✓ Met"), ("zh", "✓ 无", "✓ 符合")):
        text = "\n".join(_pdf(assessment, lang))
        statuses = _table_statuses(text, lang)
        hazards = {r.rule for r in evaluate(assessment).reasons if r.finding == Finding.hazard}
        assert len(hazards) >= 9
        for rule in hazards:
            assert statuses[rule] == absent, (lang, rule)
        assert statuses["general.pain_duration"] == met
        assert statuses["safety.device_use"] == met


def test_present_hazard_reads_present_in_the_flags_list() -> None:
    text = "\n".join(_pdf(make(psychosocial__active_substance_misuse="yes"), "en"))
    assert "✗ Present · Active and untreated substance use disorder:" in text
    assert "Not met" not in text.split("Criteria and the basis of each")[0]


def test_red_flag_headline_names_every_flag_on_page_one() -> None:
    assessment = make(safety__cauda_equina_signs="yes", safety__suspected_fracture="yes")
    content = default_content()
    for lang in ("en", "zh", "bilingual"):
        first = squash(_pdf(assessment, lang)[0])
        for code in ("en", "zh") if lang == "bilingual" else (lang,):
            headline = content.labels.headlines["red_flag_named"].get(code).split("{")[0]
            assert squash(headline) in first, (lang, code)
            for field in ("safety.cauda_equina_signs", "safety.suspected_fracture"):
                assert squash(content.field_label(field, code)) in first, (lang, field)
        assert squash(content.labels.verdicts["not_appropriate"].en) not in first
