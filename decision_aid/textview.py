"""Plain-text rendering of an Evaluation for the terminal, in English or Chinese."""

from __future__ import annotations

from decision_aid.domain.content import Lang, default_content
from decision_aid.domain.evaluate import Evaluation
from decision_aid.domain.presentation import status_line

_HEADINGS = {
    "en": {
        "verdict": "Verdict",
        "indication": "Indication",
        "stage": "Stage",
        "next": "Next step",
        "reasons": "Reasons",
        "missing": "Missing information",
        "inputs": "inputs",
        "threshold": "threshold",
        "sources": "sources",
        "none": "none",
        "versions": "App {app} · content {content} ({hash})",
    },
    "zh": {
        "verdict": "结论",
        "indication": "适应证",
        "stage": "阶段",
        "next": "下一步",
        "reasons": "依据",
        "missing": "缺失信息",
        "inputs": "读取的输入",
        "threshold": "阈值",
        "sources": "来源",
        "none": "无",
        "versions": "程序 {app} · 内容 {content}（{hash}）",
    },
}


def render_evaluation(evaluation: Evaluation, lang: Lang = "en") -> str:
    content = default_content()
    h = _HEADINGS[lang]
    lines = [
        f"{h['verdict']}: {evaluation.verdict_label.get(lang)} [{evaluation.verdict.value}]",
        f"{h['indication']}: {content.label('indications', evaluation.indication, lang)}",
        f"{h['stage']}: {content.label('stages', evaluation.stage, lang)}",
        f"{h['next']}: {evaluation.next_step.text.get(lang)}"
        f" [{', '.join(evaluation.next_step.citations)}]",
        "",
        f"{h['reasons']}:",
    ]
    for reason in evaluation.reasons:
        status = status_line(reason, content, lang)
        lines.append(f"  [{status}] {reason.title.get(lang)} ({reason.rule})")
        lines.append(f"      {reason.text.get(lang)}")
        lines.append(f"      {h['threshold']}: {reason.threshold.get(lang)}")
        inputs = ", ".join(f"{i.field}={i.value}" for i in reason.inputs)
        lines.append(f"      {h['inputs']}: {inputs}")
        lines.append(f"      {h['sources']}: {', '.join(reason.citations)}")
    lines += ["", f"{h['missing']}:"]
    if not evaluation.missing:
        lines.append(f"  {h['none']}")
    for item in evaluation.missing:
        lines.append(f"  - {item.label.get(lang)} ({item.field}) <- {', '.join(item.rules)}")
    lines += [
        "",
        h["versions"].format(
            app=evaluation.app_version,
            content=evaluation.content_version,
            hash=evaluation.content_hash[:12],
        ),
    ]
    return "\n".join(lines)
