"""Plain-text rendering of an Evaluation and of the questionnaire for the terminal, en or zh.

Every word comes from the content library (``labels.json`` terms and labels), none from code.
"""

from __future__ import annotations

from typing import Any

from decision_aid.domain.content import Lang, default_content
from decision_aid.domain.evaluate import Evaluation
from decision_aid.domain.presentation import Group, citation_label, group, status_line


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
        status = status_line(reason, content, lang)
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


def record_text(evaluation: Evaluation, lang: Lang = "en") -> str:
    """The result as plain text for the medical record: verdict, what needs attention with its
    reasons, the met criteria in one line each, what is missing, and the next step."""
    content = default_content()

    def h(key: str) -> str:
        return content.label("terms", key, lang)

    colon = "：" if lang == "zh" else ": "

    def cites(keys: list[str]) -> str:
        if not keys:
            return ""
        inner = "；".join if lang == "zh" else "; ".join
        text = inner(citation_label(k, content) for k in keys)
        return f"（{text}）" if lang == "zh" else f" ({text})"

    lines = [
        h("record_title"),
        f"{h('verdict')}{colon}{evaluation.verdict_label.get(lang)}",
        f"{h('indication')}{colon}{content.label('indications', evaluation.indication, lang)}",
        f"{h('stage')}{colon}{content.label('stages', evaluation.stage, lang)}",
        "",
    ]
    action = [r for r in evaluation.reasons if group(r) != Group.met]
    settled = [r for r in evaluation.reasons if group(r) == Group.met]
    if action:
        lines.append(f"{h('action')}{colon.strip()}")
        for reason in action:
            head = f"{reason.title.get(lang)}{colon}{status_line(reason, content, lang)}"
            stop = "。" if lang == "zh" else ". "
            lines.append(f"- {head}{stop}{reason.text.get(lang)}{cites(reason.citations)}")
        lines.append("")
    if settled:
        lines.append(f"{h('settled')}{colon.strip()}")
        lines += [f"- {r.title.get(lang)}{colon}{status_line(r, content, lang)}" for r in settled]
        lines.append("")
    if evaluation.missing:
        lines.append(h("missing_count").format(count=len(evaluation.missing)) + colon.strip())
        lines += [f"- {item.label.get(lang)}" for item in evaluation.missing]
        lines.append("")
    step = evaluation.next_step
    lines.append(f"{h('next')}{colon}{step.text.get(lang)}{cites(step.citations)}")
    lines.append(
        h("versions").format(
            app=evaluation.app_version,
            content=evaluation.content_version,
            hash=evaluation.content_hash[:12],
        )
    )
    return "\n".join(lines)
