"""Does the optional LLM judge help? Classifier alone vs classifier + judge, on the cases
where the judge would run (the band), measured on a lab suite.

    uv run python bench/judge_eval.py                               # bundled SmolLM2, 100 cases
    uv run python bench/judge_eval.py --n 300 --out /tmp/judge-run
    uv run python bench/judge_eval.py --catalog catalog.yaml --model gpt-judge   # any catalog model

Steps: classify every case of the suite with the shipped classifier; keep those whose flag
score P(prohibited) + P(high_risk) is inside the band; draw `--n` of them (seeded); ask the
judge about each, once (after one unmeasured warm-up call); then compute the lab's action (`default_action` at the artefact's
own thresholds, what `sekisho eval run --target classifier` reports) for the classifier's
verdict and for the judged verdict under each judge setting (may_lower false/true x on_error
keep/fallback; the judge's answer does not depend on them, so it is asked once per case).

Reports attack block rate and benign false-positive rate [Wilson 95 %] for each, the
McNemar p-value of each change against the classifier alone (paired, same cases), the
judge's outcomes and error kinds, how often its tier matches the case's label, and its
latency (p50 / p99 / max, and the share over the gateway's default 4,000 ms timeout).
The sample is drawn from the band only: its rates are not the suite's headline rates.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import asyncio
import contextlib
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sekisho.evals.builtin import resolve_suite
from sekisho.evals.compare import mcnemar
from sekisho.evals.metrics import Rate
from sekisho.evals.report import fmt_rate as fmt
from sekisho.evals.suite import BLOCKING, Case
from sekisho.evals.targets import ClassifierTarget
from sekisho.providers.base import Provider
from sekisho.safeguards.cascade import default_action
from sekisho.safeguards.judge import Judge, combine, flag_score, tier_on_error
from sekisho.values import Message, Tier, Verdict

VARIANTS = (("raise-only, on_error keep (default)", False, "keep"),
            ("raise-only, on_error fallback", False, "fallback"),
            ("may_lower, on_error keep", True, "keep"),
            ("may_lower, on_error fallback", True, "fallback"))
DEFAULT_TIMEOUT_MS = 4000.0


def local_provider(n_ctx: int) -> tuple[str, Provider, str]:
    from sekisho.catalog.spec import ModelSpec
    from sekisho.providers.local import LocalProvider
    spec = ModelSpec(name="smollm2-135m", kind="local", tier="fallback", origin="US",
                     licence="open-weight", options={"n_threads": 1, "n_ctx": n_ctx,
                                                     "max_tokens_cap": 256})
    return spec.name, LocalProvider(spec, {}), spec.wire_model


def catalog_provider(catalog: Path, model: str) -> tuple[str, Provider, str]:
    from sekisho.runtime import build_providers, load_checked_catalog
    from sekisho.settings import load_settings
    settings = load_settings(None, overrides={"catalog": catalog})
    cat = load_checked_catalog(settings)
    if model not in cat:
        sys.exit(cat.unknown_model_message(model))
    providers = build_providers(cat, settings)
    return model, providers[model], cat.get(model).wire_model


def judged_as(row: Mapping[str, Any], may_lower: bool, on_error: str) -> Verdict:
    """The verdict the gateway would use under these settings, from the one judge answer."""
    v: Verdict = row["verdict"]
    if row["judge_tier"] is None:
        tier = tier_on_error(v.tier, on_error)
    else:
        tier, _ = combine(v.tier, Tier(row["judge_tier"]), may_lower)
    return replace(v, tier=tier)


def blocked(v: Verdict, target: ClassifierTarget) -> bool:
    return default_action(v, target.low_risk_margin).value in BLOCKING


def rate(hits: Sequence[bool]) -> dict[str, Any]:
    """The lab's rate record (k, n, rate, Wilson low/high) of a list of hits."""
    return Rate(sum(hits), len(hits)).to_json()


def pct(values: Sequence[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


async def ask_all(judge: Judge, cases: Sequence[tuple[Case, Verdict]], progress: bool
                  ) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    # Warm-up, not measured: a local model loads its weights on the first call (once per
    # process, as in the gateway), and an HTTP upstream opens its connection.
    with contextlib.suppress(Exception):
        await judge.ask([Message("user", "How do I rotate nginx logs?")])
    t0 = time.perf_counter()
    for i, (case, verdict) in enumerate(cases, 1):
        out = await judge.review(case.messages, verdict)
        rows.append({"case": case, "verdict": verdict, "judge_tier": out.judge_tier,
                     "judge_error": out.judge_error, "judge_ms": out.judge_ms})
        if progress:
            print(f"\r  judged {i}/{len(cases)} ({time.perf_counter() - t0:.0f} s)", end="",
                  file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", default="validation")
    ap.add_argument("--n", type=int, default=100, help="cases drawn from inside the band")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--band", type=float, nargs=2, default=(0.35, 0.995), metavar=("LO", "HI"))
    ap.add_argument("--catalog", type=Path, help="a catalog file; with --model, judge with it")
    ap.add_argument("--model", help="the catalog model to judge with (default: bundled SmolLM2)")
    ap.add_argument("--n-ctx", type=int, default=4096, help="context of the bundled SmolLM2")
    ap.add_argument("--max-chars", type=int, default=3000)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--timeout-ms", type=float, default=60000.0,
                    help="generous, to measure latency; the share over 4,000 ms is reported")
    ap.add_argument("--out", type=Path, help="write cases.jsonl and summary.json here")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    if args.model:
        if not args.catalog:
            sys.exit("--model needs --catalog FILE")
        name, provider, wire = catalog_provider(args.catalog, args.model)
    else:
        name, provider, wire = local_provider(args.n_ctx)
    judge = Judge(model=name, provider=provider, wire_model=wire, band=tuple(args.band),
                  timeout_s=args.timeout_ms / 1000, max_chars=args.max_chars,
                  max_tokens=args.max_tokens)

    target = ClassifierTarget.shipped()
    suite = resolve_suite(args.suite)
    scored = [(c, target.classifier.classify(c.messages)) for c in suite.cases if c.error is None]
    scored = [(c, v) for c, v in scored if c.kind in ("attack", "benign", "low_risk")]
    in_band = [(c, v) for c, v in scored if judge.wants(v)]
    band_mix = Counter(c.kind for c, _ in in_band)
    all_mix = Counter(c.kind for c, _ in scored)
    sample = random.Random(args.seed).sample(in_band, min(args.n, len(in_band)))
    if not args.quiet:
        print(f"{suite.name}: {len(in_band)} of {len(scored)} labelled cases in band "
              f"[{args.band[0]}, {args.band[1]}] (attack {band_mix['attack']}/{all_mix['attack']}, "
              f"benign {band_mix['benign']}/{all_mix['benign']}, low_risk "
              f"{band_mix['low_risk']}/{all_mix['low_risk']}); judging {len(sample)} with {name}",
              file=sys.stderr)

    rows = asyncio.run(ask_all(judge, sample, not args.quiet))

    def by_kind(kind: str) -> list[dict[str, Any]]:
        return [r for r in rows if r["case"].kind == kind]

    base = {id(r): blocked(r["verdict"], target) for r in rows}
    results: dict[str, Any] = {"classifier alone": {
        "attack_block": rate([base[id(r)] for r in by_kind("attack")]),
        "benign_fp": rate([base[id(r)] for r in by_kind("benign")]),
        "low_risk_blocked": rate([base[id(r)] for r in by_kind("low_risk")])}}
    for label, may_lower, on_error in VARIANTS:
        now = {id(r): blocked(judged_as(r, may_lower, on_error), target) for r in rows}
        entry: dict[str, Any] = {
            "attack_block": rate([now[id(r)] for r in by_kind("attack")]),
            "benign_fp": rate([now[id(r)] for r in by_kind("benign")]),
            "low_risk_blocked": rate([now[id(r)] for r in by_kind("low_risk")])}
        for kind, key in (("attack", "attack_mcnemar_p"), ("benign", "benign_mcnemar_p")):
            b = sum(base[id(r)] and not now[id(r)] for r in by_kind(kind))
            c = sum(now[id(r)] and not base[id(r)] for r in by_kind(kind))
            entry[key] = {"lost": b, "gained": c, "p": mcnemar(b, c)}
        results[label] = entry

    answered = [r for r in rows if r["judge_tier"] is not None]
    errors = Counter((r["judge_error"] or "").split(":", 1)[0] for r in rows if r["judge_tier"] is None)
    labelled = [r for r in answered if r["case"].tier in {t.value for t in Tier}]
    lat = [float(r["judge_ms"]) for r in rows if r["judge_ms"] is not None]
    outcomes = Counter(combine(r["verdict"].tier, Tier(r["judge_tier"]), False)[1]
                       if r["judge_tier"] else "error" for r in rows)
    summary = {
        "suite": suite.name, "judge": name, "seed": args.seed, "band": list(args.band),
        "max_chars": args.max_chars, "max_tokens": args.max_tokens, "timeout_ms": args.timeout_ms,
        "classifier": target.classifier.version,
        "band_share": {"cases": len(in_band), "of": len(scored), "by_kind": dict(band_mix),
                       "kind_totals": dict(all_mix)},
        "sample": {"n": len(rows), "by_kind": dict(Counter(r["case"].kind for r in rows)),
                   "by_lang": dict(Counter(r["case"].lang for r in rows))},
        "judge_answered": rate([r["judge_tier"] is not None for r in rows]),
        "judge_errors": dict(errors),
        "judge_outcomes_raise_only": dict(outcomes),
        "judge_tiers": dict(Counter(r["judge_tier"] for r in answered)),
        "judge_tier_matches_label": rate([r["judge_tier"] == r["case"].tier for r in labelled]),
        "judge_latency_ms": {"p50": pct(lat, 0.5), "p99": pct(lat, 0.99), "max": max(lat, default=0.0),
                             "mean": statistics.fmean(lat) if lat else float("nan"),
                             "over_default_timeout": rate([x > DEFAULT_TIMEOUT_MS for x in lat])},
        "results": results,
    }
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        with (args.out / "cases.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                c, v = r["case"], r["verdict"]
                fh.write(json.dumps({"case_id": c.id, "kind": c.kind, "expected_tier": c.tier,
                                     "lang": c.lang, "style": c.style, "flag": round(flag_score(v), 6),
                                     "classifier_tier": v.tier.value, "judge_tier": r["judge_tier"],
                                     "judge_error": r["judge_error"], "judge_ms": r["judge_ms"]},
                                    ensure_ascii=False) + "\n")
        (args.out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))

    print(f"\n{suite.name}, {len(rows)} cases in band [{args.band[0]}, {args.band[1]}] "
          f"(seed {args.seed}; {dict(Counter(r['case'].kind for r in rows))}), judge {name}, "
          f"classifier {target.classifier.version}\n")
    print("| setting | attack block rate | benign FPR | low_risk blocked | attack McNemar p | benign McNemar p |")
    print("|---|---:|---:|---:|---:|---:|")
    def paired(m: Mapping[str, Any] | None) -> str:
        return "–" if m is None else f"{m['p']:.3g} (-{m['lost']}/+{m['gained']})"

    for label, e in results.items():
        print(f"| {label} | {fmt(e['attack_block'])} | {fmt(e['benign_fp'])} | "
              f"{fmt(e['low_risk_blocked'])} | {paired(e.get('attack_mcnemar_p'))} | "
              f"{paired(e.get('benign_mcnemar_p'))} |")
    j = summary["judge_latency_ms"]
    print(f"\njudge answered a readable tier: {fmt(summary['judge_answered'])}; "
          f"errors: {summary['judge_errors']}")
    print(f"judge outcomes (raise-only): {summary['judge_outcomes_raise_only']}; "
          f"tiers: {summary['judge_tiers']}")
    print(f"judge tier = case label: {fmt(summary['judge_tier_matches_label'])}")
    print(f"judge latency p50 / p99 / max: {j['p50']:.0f} / {j['p99']:.0f} / {j['max']:.0f} ms; "
          f"over 4,000 ms: {fmt(j['over_default_timeout'])}")


if __name__ == "__main__":
    main()
