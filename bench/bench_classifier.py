"""Latency and memory of the shipped cyber classifier, on one core.

    uv run python bench/bench_classifier.py [--n 2000] [--seed 0] [--json]

Requests are built from real prompts (shared/data/train and datasets/safeguard, EN and JA,
plain and jailbreak-wrapped) cut or padded to a target length; lengths are drawn
log-uniformly between 50 and 2,000 tokens (a token is taken as 0.75 English words or 1.5
Japanese characters). Reports p50/p99 over the whole mix and per length bucket, the
escalation rate (share of requests that would go to a second, slower stage: 0 while the
cascade has no encoder stage), and memory: resident set size added by loading the
artefact, and the artefact's size on disk.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import math
import random
import resource
import time
from pathlib import Path

import numpy as np

from sekisho.safeguards.data import detect_lang, load_project, load_shared
from sekisho.values import Message

BUCKETS = ((50, 150), (150, 500), (500, 1000), (1000, 2001))


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _tokens(text: str) -> int:
    return int(len(text) / 1.5) if detect_lang(text) == "ja" else int(len(text.split()) / 0.75)


def _fit(pool: list[str], target: int, rng: random.Random) -> str:
    """Concatenate random prompts until about `target` tokens, then cut to it."""
    parts, n = [], 0
    while n < target:
        t = rng.choice(pool)
        parts.append(t)
        n += max(1, _tokens(t))
    text = "\n\n".join(parts)
    if detect_lang(text) == "ja":
        return text[: int(target * 1.5)]
    return " ".join(text.split(" ")[: int(target * 0.75)])


def build_requests(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    shared, templates = load_shared()
    pool = [e.text for e in shared] + [e.text for e in load_project()]
    pool_ja = [t for t in pool if detect_lang(t) == "ja"]
    out = []
    for _ in range(n):
        target = int(math.exp(rng.uniform(math.log(50), math.log(2000))))
        r = rng.random()
        if r < 0.2 and pool_ja:
            out.append(_fit(pool_ja, target, rng))
        elif r < 0.4 and templates:
            out.append(_fit(templates, target, rng))
        else:
            out.append(_fit(pool, target, rng))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--artefact", type=Path, default=None,
                    help="artefact directory (default: the shipped one), to compare two on the same requests")
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # pin to one core

    requests = build_requests(args.n, args.seed)
    rss0 = _rss_mb()
    from sekisho.safeguards.base import TestTriggerClassifier
    from sekisho.safeguards.cascade import load_linear_classifier
    from sekisho.safeguards.model import ARTEFACT_DIR
    artefact_dir = args.artefact or ARTEFACT_DIR
    clf = TestTriggerClassifier(load_linear_classifier(artefact_dir))  # as the gateway wraps it
    rss_loaded = _rss_mb()
    for t in requests[:50]:  # warm-up
        clf.classify((Message("user", t),))
    lat, toks = [], []
    for t in requests:
        t0 = time.perf_counter_ns()
        clf.classify((Message("user", t),))
        lat.append((time.perf_counter_ns() - t0) / 1e6)
        toks.append(_tokens(t))
    lat_a, tok_a = np.array(lat), np.array(toks)
    report: dict[str, object] = {
        "requests": len(lat),
        "p50_ms": round(float(np.percentile(lat_a, 50)), 3),
        "p99_ms": round(float(np.percentile(lat_a, 99)), 3),
        "max_ms": round(float(lat_a.max()), 3),
        "escalation_rate": 0.0,
        "buckets": {},
        "artefact_rss_mb": round(rss_loaded - rss0, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
        "artefact_disk_mb": round(sum(p.stat().st_size for p in Path(artefact_dir).iterdir()) / 1e6, 2),
    }
    for lo, hi in BUCKETS:
        sel = lat_a[(tok_a >= lo) & (tok_a < hi)]
        if len(sel):
            report["buckets"][f"{lo}-{hi - 1}"] = {  # type: ignore[index]
                "n": len(sel), "p50_ms": round(float(np.percentile(sel, 50)), 3),
                "p99_ms": round(float(np.percentile(sel, 99)), 3)}
    if args.json:
        print(json.dumps(report))
        return
    print(f"{report['requests']} requests, 50..2000 tokens (log-uniform), one core")
    print(f"p50 {report['p50_ms']} ms   p99 {report['p99_ms']} ms   max {report['max_ms']} ms   "
          f"escalation {report['escalation_rate']:.0%}")
    for k, v in report["buckets"].items():  # type: ignore[union-attr]
        print(f"  {k:>9} tokens: n={v['n']:<5} p50 {v['p50_ms']} ms  p99 {v['p99_ms']} ms")
    print(f"memory: +{report['artefact_rss_mb']} MB RSS for the artefact, peak RSS "
          f"{report['peak_rss_mb']} MB, artefact on disk {report['artefact_disk_mb']} MB")


if __name__ == "__main__":
    main()
