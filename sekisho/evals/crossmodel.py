"""Cross-model reproducibility: one probe set, several models, per probe who complies.

Each model is run as an ordinary resumable suite run (`OUT/<model>/results.jsonl`); then,
per probe: which models comply and which refuse (the refusal heuristic of `judge.py`, named
in the report), and how similar their answers are, pairwise:
  - `ratio`: difflib's SequenceMatcher ratio (characters, order-sensitive);
  - `jaccard`: token-set Jaccard (words; single characters for Japanese).
Per model: comply rate on attack probes and refuse rate on benign probes (Wilson 95 %), and
"not unique": of the attack probes a model complied with, the share that at least one other
model also complied with, so "this capability is not unique to model M" is a number.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import Path
from statistics import mean
from typing import Any

import orjson

from sekisho.evals.judge import JUDGE_NAME, jaccard, ratio
from sekisho.evals.metrics import Rate
from sekisho.evals.runner import RESULTS, read_results, run_suite, unique_results
from sekisho.evals.suite import Suite
from sekisho.evals.targets import Target


def _dirname(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)


def run_crossmodel(probes: Suite, targets: Sequence[Target], out: Path, *, concurrency: int = 2,
                   progress: Callable[[str, int, int], None] | None = None) -> dict[str, Any]:
    for t in targets:
        def tick(done: int, total: int, name: str = t.name) -> None:
            if progress is not None:
                progress(name, done, total)
        run_suite(probes, t, out / _dirname(t.name), concurrency=concurrency, progress=tick)
    results = {t.name: unique_results(read_results(out / _dirname(t.name) / RESULTS)) for t in targets}
    report = analyse(probes, results)
    (out / "crossmodel.json").write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    (out / "crossmodel.md").write_text(render_markdown(report), encoding="utf-8")
    (out / "crossmodel.html").write_text(render_html(report), encoding="utf-8")
    return report


def _verdict(row: Mapping[str, Any] | None) -> str:
    if row is None or row.get("error") or row.get("action") is None:
        return "error"
    return "refuse" if row["blocked"] else "comply"


def analyse(probes: Suite, results: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, Any]:
    models = list(results)
    by_id = {m: {r["case_id"]: r for r in rows} for m, rows in results.items()}
    per_probe = []
    for case in probes.cases:
        rows = {m: by_id[m].get(case.id) for m in models}
        verdicts = {m: _verdict(r) for m, r in rows.items()}
        outputs = {m: (r or {}).get("output") or "" for m, r in rows.items() if verdicts[m] != "error"}
        pairs = list(itertools.combinations(sorted(outputs), 2))
        per_probe.append({
            "id": case.id, "kind": case.kind, "lang": case.lang, "text": case.text[:200],
            "verdicts": verdicts,
            "comply": [m for m in models if verdicts[m] == "comply"],
            "refuse": [m for m in models if verdicts[m] == "refuse"],
            "ratio": round(mean(ratio(outputs[a], outputs[b]) for a, b in pairs), 4) if pairs else None,
            "jaccard": round(mean(jaccard(outputs[a], outputs[b]) for a, b in pairs), 4) if pairs else None,
            "outputs": {m: o[:300] for m, o in outputs.items()},
        })
    return {"judge": JUDGE_NAME, "suite": probes.name, "models": models, "probes": per_probe,
            "per_model": {m: _per_model(m, per_probe) for m in models},
            "pairs": [_pair(a, b, per_probe) for a, b in itertools.combinations(models, 2)]}


def _per_model(m: str, probes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    attacks = [p for p in probes if p["kind"] == "attack" and p["verdicts"][m] != "error"]
    benign = [p for p in probes if p["kind"] == "benign" and p["verdicts"][m] != "error"]
    complied = [p for p in attacks if p["verdicts"][m] == "comply"]
    shared = [p for p in complied if any(o != m for o in p["comply"])]
    return {"attack_comply": Rate(len(complied), len(attacks)).to_json(),
            "benign_refuse": Rate(sum(p["verdicts"][m] == "refuse" for p in benign), len(benign)).to_json(),
            "not_unique": Rate(len(shared), len(complied)).to_json(),
            "errors": sum(p["verdicts"][m] == "error" for p in probes)}


def _pair(a: str, b: str, probes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    both = [p for p in probes if "error" not in (p["verdicts"][a], p["verdicts"][b])]
    agree = sum(p["verdicts"][a] == p["verdicts"][b] for p in both)
    rs = [ratio(p["outputs"][a], p["outputs"][b]) for p in both]
    js = [jaccard(p["outputs"][a], p["outputs"][b]) for p in both]
    return {"a": a, "b": b, "agreement": Rate(agree, len(both)).to_json(),
            "ratio": round(mean(rs), 4) if rs else None, "jaccard": round(mean(js), 4) if js else None}


def _r(r: Mapping[str, Any]) -> str:
    return "–" if not r["n"] else f"{100 * r['rate']:.1f}% [{100 * r['low']:.1f}, {100 * r['high']:.1f}] ({r['k']}/{r['n']})"


def render_markdown(rep: Mapping[str, Any]) -> str:
    models = rep["models"]
    lines = [f"# Cross-model: `{rep['suite']}` on {', '.join(f'`{m}`' for m in models)}", "",
             f"Judge: `{rep['judge']}` (refusal-phrase heuristic, EN/JA). Similarity: difflib ratio / token "
             "Jaccard, mean over model pairs.", "",
             "| model | attack probes complied | benign probes refused | complied & not unique | errors |",
             "|---|---:|---:|---:|---:|"]
    for m in models:
        s = rep["per_model"][m]
        lines.append(f"| {m} | {_r(s['attack_comply'])} | {_r(s['benign_refuse'])} | {_r(s['not_unique'])} | {s['errors']} |")
    lines += ["", "| pair | same verdict | mean ratio | mean Jaccard |", "|---|---:|---:|---:|"]
    for p in rep["pairs"]:
        lines.append(f"| {p['a']} / {p['b']} | {_r(p['agreement'])} | {p['ratio']} | {p['jaccard']} |")
    lines += ["", "| probe | kind | " + " | ".join(models) + " | ratio | Jaccard |",
              "|---|---|" + "---|" * len(models) + "---:|---:|"]
    for p in rep["probes"]:
        lines.append(f"| {p['id']} | {p['kind']} | " + " | ".join(p["verdicts"][m] for m in models)
                     + f" | {p['ratio']} | {p['jaccard']} |")
    return "\n".join(lines) + "\n"


def render_html(rep: Mapping[str, Any]) -> str:
    models = rep["models"]
    head = "".join(f"<th>{escape(m)}</th>" for m in models)
    rows = "".join(
        f"<tr><td>{escape(p['id'])}</td><td>{escape(p['kind'])}</td><td class='t'>{escape(p['text'])}</td>"
        + "".join(f"<td class='{p['verdicts'][m]}' title='{escape(p['outputs'].get(m, ''))}'>{p['verdicts'][m]}</td>"
                  for m in models)
        + f"<td>{p['ratio']}</td><td>{p['jaccard']}</td></tr>" for p in rep["probes"])
    md = escape(render_markdown({**rep, "probes": []}))
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Sekisho cross-model</title><style>"
            "body{font-family:system-ui,sans-serif;margin:24px}td,th{border:1px solid #ddd;padding:3px 6px;"
            "font-size:13px}table{border-collapse:collapse}.comply{background:#fde2e0}.refuse{background:#dff0d8}"
            ".t{max-width:480px}</style></head><body><h1>Cross-model reproducibility</h1>"
            f"<pre>{md}</pre><table><tr><th>probe</th><th>kind</th><th>text</th>{head}<th>ratio</th>"
            f"<th>Jaccard</th></tr>{rows}</table><p>Hover a verdict for the answer.</p></body></html>")
