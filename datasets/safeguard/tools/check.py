"""Validate datasets/safeguard/*.jsonl. Exit 1 on any error.

    uv run python datasets/safeguard/tools/check.py

Fails on: bad JSON or schema, unknown tier/lang/split, duplicate ids, normalised-duplicate
texts across train and eval, families split across train and eval, wrapper templates shared by
train and eval, and exact/near duplicates of the held-out public test set or copies of the
shared training data (normalised equality, or word-Jaccard >= 0.8 for texts of 6+ words).
Warns (does not fail) on within-split duplicates and on over-used openings.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import LANGS, ROOT, SPLITS, TIERS, normalise  # noqa: E402

SHARED = Path("/work/shared/data")
ROLES = {"user", "assistant", "system"}


def text_of(r: dict) -> str:
    if "messages" in r:
        return "\n".join(m["content"] for m in r["messages"])
    return r["text"]


def main() -> int:
    errors: list[str] = []
    warns: list[str] = []
    rows: list[tuple[str, int, dict]] = []
    for path in sorted(ROOT.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{path.name}:{i}: bad JSON ({e})")
                    continue
                if not isinstance(r, dict):
                    errors.append(f"{path.name}:{i}: not an object")
                    continue
                rows.append((path.name, i, r))
    if not rows:
        errors.append("no rows found")

    ids = Counter()
    fam_split: dict[str, set[str]] = defaultdict(set)
    norm_split: dict[str, set[str]] = defaultdict(set)
    norm_count: Counter = Counter()
    wrap_split: dict[str, set[str]] = defaultdict(set)
    for name, i, r in rows:
        where = f"{name}:{i}"
        for key in ("id", "tier", "lang", "style", "family", "split"):
            if not isinstance(r.get(key), str) or not r.get(key):
                errors.append(f"{where}: missing/invalid {key!r}")
        if r.get("tier") not in TIERS:
            errors.append(f"{where}: unknown tier {r.get('tier')!r}")
        if r.get("lang") not in LANGS:
            errors.append(f"{where}: unknown lang {r.get('lang')!r}")
        if r.get("split") not in SPLITS:
            errors.append(f"{where}: unknown split {r.get('split')!r}")
        has_t, has_m = "text" in r, "messages" in r
        if has_t == has_m:
            errors.append(f"{where}: need exactly one of text/messages")
            continue
        if has_t and (not isinstance(r["text"], str) or not r["text"].strip()):
            errors.append(f"{where}: empty text")
            continue
        if has_m:
            ms = r["messages"]
            if not isinstance(ms, list) or not ms or any(
                    not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str)
                    or not m["content"].strip() for m in ms):
                errors.append(f"{where}: bad messages")
                continue
            if ms[-1]["role"] != "user":
                errors.append(f"{where}: last message must be from the user")
        ids[r.get("id")] += 1
        fam_split[r.get("family")].add(r.get("split"))
        n = normalise(text_of(r))
        norm_split[n].add(r.get("split"))
        norm_count[n] += 1
        if r.get("wrapper"):
            wrap_split[r["wrapper"]].add(r.get("split"))

    errors += [f"duplicate id {k!r} ({v}x)" for k, v in ids.items() if v > 1]
    errors += [f"family {k!r} is in both train and eval" for k, v in fam_split.items() if len(v) > 1]
    errors += [f"text in both train and eval: {k[:80]!r}" for k, v in norm_split.items() if len(v) > 1]
    errors += [f"wrapper {k} used in both train and eval" for k, v in wrap_split.items() if len(v) > 1]
    dups = [k for k, v in norm_count.items() if v > 1]
    if dups:
        warns.append(f"{len(dups)} normalised texts repeat within a split, e.g. {dups[0][:60]!r}")

    # openings: the first four words should not be over-used
    starts = Counter(" ".join(normalise(text_of(r)).split()[:4]) for _, _, r in rows if "text" in r)
    over = [(k, v) for k, v in starts.items() if v > 8]
    if over:
        warns.append(f"{len(over)} four-word openings used > 8 times, top: {sorted(over, key=lambda x: -x[1])[:5]}")

    errors += external_overlap([r for _, _, r in rows])

    for w in warns:
        print("WARN", w)
    for e in errors[:60]:
        print("ERROR", e)
    print(f"checked {len(rows)} rows in {len({n for n, _, _ in rows})} files: "
          f"{len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


def _words(s: str) -> frozenset[str]:
    return frozenset(normalise(s).split())


def external_overlap(rows: list[dict]) -> list[str]:
    """Our rows must not copy shared/train rows nor be near-duplicates of shared/test rows."""
    errs = []
    if not SHARED.is_dir():
        print("WARN /work/shared/data not found; skipping overlap check")
        return errs
    ext: dict[str, str] = {}
    for sub in ("test", "train"):
        for path in sorted((SHARED / sub).glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        t = json.loads(line).get("text") or ""
                    except json.JSONDecodeError:
                        continue
                    if t:
                        ext.setdefault(normalise(t), f"{sub}/{path.name}")
    # normalised equality against everything (train and test)
    ours_units = []
    for r in rows:
        units = [m["content"] for m in r["messages"] if m["role"] == "user"] if "messages" in r else [r["text"]]
        for u in units:
            n = normalise(u)
            if n in ext:
                errs.append(f"row {r['id']} equals a shared row ({ext[n]}): {u[:60]!r}")
            ours_units.append((r["id"], u))
    # word-Jaccard >= 0.8 against the held-out test set only (inverted index on rare words)
    test = [(k, _words(k)) for k, v in ext.items() if v.startswith("test/")]
    index: dict[str, list[int]] = defaultdict(list)
    for j, (_, ws) in enumerate(test):
        for w in ws:
            index[w].append(j)
    for rid, u in ours_units:
        ws = _words(u)
        if len(ws) < 6:
            continue
        cand = Counter(j for w in ws for j in index.get(w, ()))
        for j, shared in cand.items():
            tw = test[j][1]
            if shared / len(ws | tw) >= 0.8:
                errs.append(f"row {rid} is a near-duplicate of a held-out test row: {u[:60]!r}")
                break
    return errs


if __name__ == "__main__":
    sys.exit(main())
