"""Plain-text rendering of an Evaluation for the terminal, in English or Chinese."""

from __future__ import annotations

from decision_aid.domain.content import Lang, default_content
from decision_aid.domain.evaluate import Evaluation
from decision_aid.domain.presentation import Group, citation_label, group, status_line

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
        "record_title": "SCS decision aid: assessment result",
        "action": "Needs attention",
        "settled": "Met criteria and absent hazards",
        "missing_count": "Missing information ({count})",
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
        "record_title": "脊髓电刺激（SCS）决策辅助：评估结果",
        "action": "需要处理",
        "settled": "已符合的标准与不存在的风险",
        "missing_count": "缺失信息（{count} 项）",
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


def record_text(evaluation: Evaluation, lang: Lang = "en") -> str:
    """The result as plain text for the medical record: verdict, what needs attention with its
    reasons, the met criteria in one line each, what is missing, and the next step."""
    content = default_content()
    h = _HEADINGS[lang]
    colon = "：" if lang == "zh" else ": "

    def cites(keys: list[str]) -> str:
        if not keys:
            return ""
        inner = "；".join if lang == "zh" else "; ".join
        text = inner(citation_label(k, content) for k in keys)
        return f"（{text}）" if lang == "zh" else f" ({text})"

    lines = [
        h["record_title"],
        f"{h['verdict']}{colon}{evaluation.verdict_label.get(lang)}",
        f"{h['indication']}{colon}{content.label('indications', evaluation.indication, lang)}",
        f"{h['stage']}{colon}{content.label('stages', evaluation.stage, lang)}",
        "",
    ]
    action = [r for r in evaluation.reasons if group(r) != Group.met]
    settled = [r for r in evaluation.reasons if group(r) == Group.met]
    if action:
        lines.append(f"{h['action']}{colon.strip()}")
        for reason in action:
            head = f"{reason.title.get(lang)}{colon}{status_line(reason, content, lang)}"
            stop = "。" if lang == "zh" else ". "
            lines.append(f"- {head}{stop}{reason.text.get(lang)}{cites(reason.citations)}")
        lines.append("")
    if settled:
        lines.append(f"{h['settled']}{colon.strip()}")
        lines += [f"- {r.title.get(lang)}{colon}{status_line(r, content, lang)}" for r in settled]
        lines.append("")
    if evaluation.missing:
        lines.append(h["missing_count"].format(count=len(evaluation.missing)) + colon.strip())
        lines += [f"- {item.label.get(lang)}" for item in evaluation.missing]
        lines.append("")
    step = evaluation.next_step
    lines.append(f"{h['next']}{colon}{step.text.get(lang)}{cites(step.citations)}")
    lines.append(
        h["versions"].format(
            app=evaluation.app_version,
            content=evaluation.content_version,
            hash=evaluation.content_hash[:12],
        )
    )
    return "\n".join(lines)
