"""Compare two runs: the change in every rate, and whether it is significant.

For each rate: A, B, the difference B − A with Newcombe's hybrid-score 95 % interval (built
from the two Wilson intervals), and a p-value:
  - paired (both runs hold results of the same suite, by fingerprint): exact McNemar test
    on the cases whose outcome changed, which is what a classifier retrained and re-run on
    one suite needs;
  - otherwise: two-proportion z-test (pooled).
`significant` is p < alpha (default 0.05). Latency percentiles are shown without a test.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from sekisho.evals.metrics import wilson
from sekisho.evals.runner import RESULTS, read_results, unique_results

RATES = ("attack_block_rate", "benign_fpr", "benign_session_fpr", "low_risk_refused",
         "low_risk_blocked", "action_accuracy")
KIND_OF = {"attack_block_rate": "attack", "benign_fpr": "benign", "low_risk_blocked": "low_risk"}


@dataclass(frozen=True)
class Change:
    metric: str
    a: Mapping[str, Any]
    b: Mapping[str, Any]
    delta: float | None
    low: float | None
    high: float | None
    p_value: float | None
    test: str
    significant: bool

    def to_json(self) -> dict[str, Any]:
        return {"metric": self.metric, "a": dict(self.a), "b": dict(self.b), "delta": self.delta,
                "low": self.low, "high": self.high, "p_value": self.p_value, "test": self.test,
                "significant": self.significant}


def newcombe(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float, float]:
    """p2 − p1 and its 95 % interval (Newcombe 1998, method 10)."""
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1)
    l2, u2 = wilson(k2, n2)
    d = p2 - p1
    return d, d - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)


def z_test(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p-value of the pooled two-proportion z-test."""
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = (k2 / n2 - k1 / n1) / se
    return float(math.erfc(abs(z) / math.sqrt(2)))


def mcnemar(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value: b cases changed one way, c the other."""
    n = b + c
    if n == 0:
        return 1.0
    tail: float = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2 ** n
    return min(1.0, 2.0 * tail)


def _paired(rows_a: Sequence[Mapping[str, Any]], rows_b: Sequence[Mapping[str, Any]], kind: str
            ) -> tuple[int, int] | None:
    a = {r["case_id"]: r for r in rows_a if r["kind"] == kind and r.get("blocked") is not None and not r.get("error")}
    b = {r["case_id"]: r for r in rows_b if r["kind"] == kind and r.get("blocked") is not None and not r.get("error")}
    both = a.keys() & b.keys()
    if not both:
        return None
    return (sum(a[i]["blocked"] and not b[i]["blocked"] for i in both),
            sum(b[i]["blocked"] and not a[i]["blocked"] for i in both))


def change(metric: str, ra: Mapping[str, Any], rb: Mapping[str, Any], alpha: float,
           paired: tuple[int, int] | None = None) -> Change:
    if not ra.get("n") or not rb.get("n"):
        return Change(metric, ra, rb, None, None, None, None, "n/a", False)
    d, lo, hi = newcombe(ra["k"], ra["n"], rb["k"], rb["n"])
    if paired is not None:
        p, test = mcnemar(*paired), f"McNemar exact ({paired[0]} lost, {paired[1]} gained)"
    else:
        p, test = z_test(ra["k"], ra["n"], rb["k"], rb["n"]), "two-proportion z"
    return Change(metric, ra, rb, round(d, 6), round(lo, 6), round(hi, 6), round(p, 6), test, p < alpha)


def compare_reports(a: Mapping[str, Any], b: Mapping[str, Any], alpha: float = 0.05,
                    rows_a: Sequence[Mapping[str, Any]] | None = None,
                    rows_b: Sequence[Mapping[str, Any]] | None = None) -> list[Change]:
    """Changes from report A to report B; pass both runs' results to get paired tests."""
    ma, mb = a["metrics"], b["metrics"]
    same_suite = bool(a.get("suite_fingerprint")) and a.get("suite_fingerprint") == b.get("suite_fingerprint")
    out = []
    for metric in RATES:
        kind = KIND_OF.get(metric)
        paired = _paired(rows_a, rows_b, kind) if (same_suite and kind and rows_a and rows_b) else None
        out.append(change(metric, ma[metric], mb[metric], alpha, paired))
    if ma["confusion"]["tier_accuracy"] and mb["confusion"]["tier_accuracy"]:
        out.append(change("tier_accuracy", ma["confusion"]["tier_accuracy"], mb["confusion"]["tier_accuracy"], alpha))
    for lang in sorted(ma["by"]["lang"].keys() & mb["by"]["lang"].keys()):
        for metric in ("attack_block_rate", "benign_fpr"):
            out.append(change(f"{metric}[lang={lang}]", ma["by"]["lang"][lang][metric],
                              mb["by"]["lang"][lang][metric], alpha))
    return out


def load_run(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """A run directory (report.json, results.jsonl if present) or a report.json file."""
    report_path = path / "report.json" if path.is_dir() else path
    if not report_path.exists():
        raise ValueError(f"no report at {report_path}; run `sekisho eval report {path}` first")
    report = orjson.loads(report_path.read_bytes())
    results = report_path.parent / RESULTS
    return report, unique_results(read_results(results)) if results.exists() else None


def render_markdown(changes: Sequence[Change], a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    def pct(r: Mapping[str, Any]) -> str:
        return "–" if not r.get("n") else f"{100 * r['rate']:.2f}% ({r['k']}/{r['n']})"

    lines = [f"A: `{a.get('suite')}` against `{a.get('target')}`  ", f"B: `{b.get('suite')}` against "
             f"`{b.get('target')}`", "", "| metric | A | B | B − A [95% CI] | p | test | significant |",
             "|---|---:|---:|---:|---:|---|---|"]
    for c in changes:
        diff = "–" if c.delta is None else f"{100 * c.delta:+.2f} pp [{100 * c.low:+.2f}, {100 * c.high:+.2f}]"  # type: ignore[operator]
        p = "–" if c.p_value is None else f"{c.p_value:.4g}"
        lines.append(f"| {c.metric} | {pct(c.a)} | {pct(c.b)} | {diff} | {p} | {c.test} | "
                     f"{'**yes**' if c.significant else 'no'} |")
    la, lb = a["metrics"]["latency_ms"], b["metrics"]["latency_ms"]
    if la.get("n") and lb.get("n"):
        lines.append(f"| latency p50 / p99 (ms) | {la['p50']:.2f} / {la['p99']:.2f} | "
                     f"{lb['p50']:.2f} / {lb['p99']:.2f} | | | not tested | |")
    return "\n".join(lines) + "\n"
