"""Plain-text rendering of an Evaluation and of the questionnaire for the terminal, en or zh.

Every word comes from the content library (``labels.json`` terms and labels), none from code.
"""

from __future__ import annotations

from typing import Any

from decision_aid.domain.content import Lang, default_content
from decision_aid.domain.evaluate import Evaluation


def render_evaluation(evaluation: Evaluation, lang: Lang = "en") -> str:
    content = default_content()

    def h(key: str) -> str:
        return content.label("terms", key, lang)

    lines = [
        f"{h('verdict')}: {evaluation.verdict_label.get(lang)} [{evaluation.verdict.value}]",
        f"{h('indication')}: {content.label('indications', evaluation.indication, lang)}",
        f"{h('stage')}: {content.label('stages', evaluation.stage, lang)}",
        f"{h('next')}: {evaluation.next_step.text.get(lang)}"
        f" [{', '.join(evaluation.next_step.citations)}]",
        "",
        f"{h('reasons')}:",
    ]
    for reason in evaluation.reasons:
        status = content.label("statuses", reason.status, lang)
        lines.append(f"  [{status}] {reason.title.get(lang)} ({reason.rule})")
        lines.append(f"      {reason.text.get(lang)}")
        lines.append(f"      {h('threshold')}: {reason.threshold.get(lang)}")
        inputs = ", ".join(f"{i.field}={i.value}" for i in reason.inputs)
        lines.append(f"      {h('inputs')}: {inputs}")
        lines.append(f"      {h('sources')}: {', '.join(reason.citations)}")
    lines += ["", f"{h('missing')}:"]
    if not evaluation.missing:
        lines.append(f"  {h('none')}")
    for item in evaluation.missing:
        state = h("unknown_answer" if item.state == "unknown" else "unanswered")
        lines.append(
            f"  - {item.label.get(lang)} ({item.field}; {state}) <- {', '.join(item.rules)}"
        )
    lines += [
        "",
        h("versions").format(
            app=evaluation.app_version,
            content=evaluation.content_version,
            hash=evaluation.content_hash[:12],
        ),
    ]
    return "\n".join(lines)


def _plain(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"en", "zh"}:
        return f"{value['en']} / {value['zh']}"
    return str(value)


def render_questions(items: list[dict[str, Any]]) -> str:
    """The questionnaire as ``decision-aid questions`` prints it (see Catalogue.describe)."""
    lines: list[str] = []
    for item in items:
        lines.append(f"{item['id']}  [{item['section']}] {item['kind']}")
        lines.append(f"  {_plain(item['label'])}")
        if "options" in item:
            options = ", ".join(f"{o['value']} ({_plain(o['label'])})" for o in item["options"])
            lines.append(f"  options: {options}")
        if "range" in item:
            r = item["range"]
            lines.append(f"  range: {r['min']:g}-{r['max']:g} {item.get('unit', '')}".rstrip())
        lines.append(f"  applies: {item['applies']}")
        lines.append(f"  help: {_plain(item['help'])}")
        lines.append(f"  citations: {', '.join(item['citations'])}")
        lines.append("")
    return "\n".join(lines)
