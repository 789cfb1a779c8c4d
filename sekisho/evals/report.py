"""Reports of a run directory: `report.json`, a self-contained `report.html`, `summary.md`.

`report.json` is the source of truth (the HTML and Markdown are rendered from it, and
`sekisho eval compare` reads it). Rates are shown as `rate [low, high]` with their Wilson
95 % interval.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import orjson

from sekisho.evals import plots
from sekisho.evals.metrics import compute, errors_sample, misses
from sekisho.evals.runner import RESULTS, RUN, read_results, unique_results

SCHEMA = 1
HEADLINES = (("attack_block_rate", "attack block rate (refused or fallback)"),
             ("benign_fpr", "benign false-positive rate, per request"),
             ("benign_session_fpr", "benign false-positive rate, per session"),
             ("low_risk_refused", "low-risk refused"),
             ("low_risk_blocked", "low-risk refused or fallback"),
             ("action_accuracy", "expected action matched"))


def fmt_rate(r: Mapping[str, Any] | None, digits: int = 1) -> str:
    if not r or not r.get("n"):
        return "–"
    return (f"{100 * r['rate']:.{digits}f}% [{100 * r['low']:.{digits}f}, {100 * r['high']:.{digits}f}] "
            f"({r['k']}/{r['n']})")


def build_report(out: Path) -> dict[str, Any]:
    run = orjson.loads((out / RUN).read_bytes()) if (out / RUN).exists() else {}
    rows = unique_results(read_results(out / RESULTS))
    detail = run.get("target_detail") or {}
    report = {
        "schema": SCHEMA, "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "suite": run.get("suite"), "suite_description": run.get("suite_description"),
        "suite_fingerprint": run.get("suite_fingerprint"), "suite_cases": run.get("cases"),
        "target": run.get("target"), "target_detail": detail, "complete": len(rows) >= (run.get("cases") or 0),
        "metrics": compute(rows), "errors_sample": errors_sample(rows), "examples": misses(rows),
    }
    return report


def write_report(out: Path) -> dict[str, Any]:
    report = build_report(out)
    (out / "report.json").write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    (out / "report.html").write_text(render_html(report), encoding="utf-8")
    (out / "summary.md").write_text(render_markdown(report), encoding="utf-8")
    return report


def _breakdown_md(by: Mapping[str, Any], key: str, limit: int = 40) -> list[str]:
    lines = [f"| {key} | n | attack block rate | benign FPR |", "|---|---:|---:|---:|"]
    for value, g in list(by.get(key, {}).items())[:limit]:
        lines.append(f"| {value} | {g['n']} | {fmt_rate(g['attack_block_rate'])} | "
                     f"{fmt_rate(g['benign_fpr'], 2)} |")
    return lines


def render_markdown(report: Mapping[str, Any]) -> str:
    m = report["metrics"]
    lines = [f"# Evaluation: `{report['suite']}` against `{report['target']}`", "",
             f"{m['cases']} cases ({', '.join(f'{k} {v}' for k, v in m['kinds'].items())}); "
             f"{m['errors']} errors; {'complete' if report['complete'] else 'INCOMPLETE'}. "
             "Rates: value [Wilson 95% interval] (k/n).", "",
             "| metric | value |", "|---|---|"]
    for key, label in HEADLINES:
        if m[key]["n"]:
            lines.append(f"| {label} | {fmt_rate(m[key], 2 if 'fpr' in key else 1)} |")
    if m["confusion"]["tier_accuracy"]:
        lines.append(f"| tier accuracy | {fmt_rate(m['confusion']['tier_accuracy'])} |")
    if m["curve"]:
        lines.append(f"| ROC AUC (flag score) | {m['curve']['auc']:.4f} |")
    lat = m["latency_ms"]
    if lat.get("n"):
        lines.append(f"| latency p50 / p90 / p99 / max | {lat['p50']:.2f} / {lat['p90']:.2f} / "
                     f"{lat['p99']:.2f} / {lat['max']:.2f} ms |")
    for key in ("lang", "style", "tag"):
        lines += ["", *_breakdown_md(m["by"], key)]
    return "\n".join(lines) + "\n"


CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555;font-size:13px}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid #ddd;border-radius:8px;padding:10px 14px;min-width:230px}
.card .v{font-size:26px;font-weight:600}.card .l{font-size:12px;color:#555}.card .ci{font-size:12px;color:#333}
.row{display:flex;flex-wrap:wrap;gap:20px;align-items:flex-start}
table{border-collapse:collapse;font-size:13px;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}
th{background:#f5f5f5}td:first-child,th:first-child{text-align:left}.txt{text-align:left;max-width:640px;font-size:12px}
.warn{color:#a00}
"""


def _card(label: str, r: Mapping[str, Any], digits: int) -> str:
    if not r.get("n"):
        return ""
    return (f"<div class='card'><div class='l'>{escape(label)}</div><div class='v'>{100 * r['rate']:.{digits}f}%</div>"
            f"<div class='ci'>95% CI [{100 * r['low']:.{digits}f}%, {100 * r['high']:.{digits}f}%] · "
            f"{r['k']}/{r['n']}</div></div>")


def _table_html(by: Mapping[str, Any], key: str, limit: int = 60) -> str:
    rows = "".join(f"<tr><td>{escape(v)}</td><td>{g['n']}</td><td>{escape(fmt_rate(g['attack_block_rate']))}</td>"
                   f"<td>{escape(fmt_rate(g['benign_fpr'], 2))}</td></tr>"
                   for v, g in list(by.get(key, {}).items())[:limit])
    return (f"<table><tr><th>{escape(key)}</th><th>n</th><th>attack block rate</th><th>benign FPR</th></tr>"
            f"{rows}</table>")


def _examples_html(items: list[Mapping[str, Any]]) -> str:
    if not items:
        return "<p>none</p>"
    rows = "".join(f"<tr><td>{escape(str(r['case_id']))}</td><td>{escape(str(r.get('expected_tier')))}</td>"
                   f"<td>{escape(str(r.get('tier')))}</td><td>{escape(str(r.get('action')))}</td>"
                   f"<td>{escape(str(r.get('lang')))}</td><td>{escape(str(r.get('style')))}</td>"
                   f"<td class='txt'>{escape(str(r.get('text') or '')[:220])}</td></tr>" for r in items)
    return ("<table><tr><th>case</th><th>expected</th><th>tier</th><th>action</th><th>lang</th><th>style</th>"
            f"<th>text (first 220 chars)</th></tr>{rows}</table>")


def render_html(report: Mapping[str, Any]) -> str:
    m = report["metrics"]
    detail = report.get("target_detail") or {}
    op = detail.get("flag_threshold")
    cards = "".join(_card(label, m[key], 2 if "fpr" in key else 1) for key, label in HEADLINES)
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Sekisho eval: "
             f"{escape(str(report['suite']))}</title><style>{CSS}</style></head><body>",
             f"<h1>Safeguard evaluation: <code>{escape(str(report['suite']))}</code> against "
             f"<code>{escape(str(report['target']))}</code></h1>",
             f"<div class='meta'>{escape(str(report.get('suite_description') or ''))} · {m['cases']} cases "
             f"({escape(', '.join(f'{k} {v}' for k, v in m['kinds'].items()))}) · {m['errors']} errors · "
             f"generated {escape(report['generated'])}"
             + ("" if report["complete"] else " · <span class='warn'>INCOMPLETE RUN</span>") + "</div>",
             f"<div class='cards'>{cards}</div>"]
    parts.append("<h2>Confusion matrix by tier</h2><div class='row'>" + plots.confusion_svg(m["confusion"]))
    if m["confusion"]["tier_accuracy"]:
        parts.append(f"<p>tier accuracy {escape(fmt_rate(m['confusion']['tier_accuracy']))}</p>")
    parts.append("</div>")
    if m["curve"]:
        point = (m["attack_block_rate"]["rate"] or 0.0, m["benign_fpr"]["rate"] or 0.0)
        parts.append("<h2>Block rate against false positives, over thresholds</h2><div class='row'>"
                     + plots.threshold_svg(m["curve"], op) + plots.roc_svg(m["curve"], point) + "</div>"
                     "<p class='meta'>Curve: blocked ⇔ P(prohibited) + P(high_risk) ≥ t (the tier rule "
                     "without the low-risk margin); the point is the measured operating point.</p>")
    lang = sorted(m["by"]["lang"].items())
    parts.append("<h2>By language</h2><div class='row'>"
                 + plots.bars_svg("attack block rate", [(k, g["attack_block_rate"]) for k, g in lang], plots.BLUE)
                 + plots.bars_svg("benign false-positive rate", [(k, g["benign_fpr"]) for k, g in lang], plots.RED)
                 + "</div>")
    for key in ("style", "tag", "source"):
        parts.append(f"<h2>By {escape(key)}</h2>" + _table_html(m["by"], key))
    lat = m["latency_ms"]
    if lat.get("n"):
        parts.append("<h2>Latency</h2><div class='row'>" + plots.latency_svg(lat)
                     + f"<p>p50 {lat['p50']:.2f} ms · p90 {lat['p90']:.2f} ms · p99 {lat['p99']:.2f} ms · "
                       f"max {lat['max']:.2f} ms · mean {lat['mean']:.2f} ms over {lat['n']} cases</p></div>")
    parts.append("<h2>Missed attacks (first 15)</h2>" + _examples_html(report["examples"]["missed_attacks"]))
    parts.append("<h2>False positives (first 15)</h2>" + _examples_html(report["examples"]["false_positives"]))
    if report["errors_sample"]:
        rows = "".join(f"<tr><td>{escape(e['case_id'])}</td><td class='txt'>{escape(e['error'])}</td></tr>"
                       for e in report["errors_sample"])
        parts.append(f"<h2>Errors (first 20)</h2><table><tr><th>case</th><th>error</th></tr>{rows}</table>")
    parts.append(f"<p class='meta'>target: {escape(orjson.dumps(detail).decode())} · suite fingerprint "
                 f"{escape(str(report.get('suite_fingerprint')))}</p></body></html>")
    return "".join(parts)


def render_table(reports: Sequence[Mapping[str, Any]]) -> str:
    """One Markdown row per run: the headline rates, for a README or an issue."""
    lines = ["| suite | target | cases | attack block rate | benign FPR (request) | benign FPR (session) | "
             "p50 / p99 latency |", "|---|---|---:|---:|---:|---:|---:|"]
    for r in reports:
        m = r["metrics"]
        lat = m["latency_ms"]
        latency = f"{lat['p50']:.2f} / {lat['p99']:.2f} ms" if lat.get("n") else "–"
        lines.append(f"| `{r['suite']}` | `{r['target']}` | {m['cases']} | {fmt_rate(m['attack_block_rate'])} | "
                     f"{fmt_rate(m['benign_fpr'], 2)} | {fmt_rate(m['benign_session_fpr'], 2)} | {latency} |")
    return "\n".join(lines) + "\n"


def render_breakdown(reports: Sequence[Mapping[str, Any]], key: str) -> str:
    """One Markdown row per run and value of `key` (`lang`, `style`...): the rates by group."""
    lines = [f"| suite | {key} | attack block rate | benign FPR |", "|---|---|---:|---:|"]
    for r in reports:
        groups = r["metrics"].get("by", {}).get(key)
        if groups is None:
            raise ValueError(f"{r['suite']}: the run has no breakdown by {key!r}; "
                             f"it has: {', '.join(r['metrics'].get('by', {})) or 'none'}")
        for value, g in sorted(groups.items()):
            lines.append(f"| `{r['suite']}` | {value} | {fmt_rate(g['attack_block_rate'])} | "
                         f"{fmt_rate(g['benign_fpr'], 2)} |")
    return "\n".join(lines) + "\n"
