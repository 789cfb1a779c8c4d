"""Counts per tier x language x split (and per file / style) as markdown.

    uv run python datasets/safeguard/tools/stats.py            # print
    uv run python datasets/safeguard/tools/stats.py --readme   # also rewrite the table in README.md
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import LANGS, ROOT, SPLITS, TIERS, read_jsonl  # noqa: E402

BEGIN, END = "<!-- stats:begin -->", "<!-- stats:end -->"


def tables() -> str:
    rows = []
    per_file = Counter()
    for path in sorted(ROOT.glob("*.jsonl")):
        for r in read_jsonl(path):
            rows.append(r)
            per_file[(path.name, r["tier"])] += 1
    c = Counter((r["tier"], r["lang"], r["split"]) for r in rows)
    fams = Counter()
    for f in {(r["tier"], r["lang"], r["split"], r["family"]) for r in rows}:
        fams[f[:3]] += 1
    out = ["| tier | lang | train rows | eval rows | train families | eval families |",
           "|---|---|---:|---:|---:|---:|"]
    for t in TIERS:
        for lang in LANGS:
            out.append(f"| {t} | {lang} | {c[(t, lang, 'train')]} | {c[(t, lang, 'eval')]} | "
                       f"{fams[(t, lang, 'train')]} | {fams[(t, lang, 'eval')]} |")
    tot = {s: sum(v for k, v in c.items() if k[2] == s) for s in SPLITS}
    out.append(f"| **all** | | **{tot['train']}** | **{tot['eval']}** | | |")
    out += ["", "| file | prohibited | high_risk | low_risk | benign | total |", "|---|---:|---:|---:|---:|---:|"]
    for name in sorted({k[0] for k in per_file}):
        vals = [per_file[(name, t)] for t in TIERS]
        out.append(f"| `{name}` | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    st = Counter((r["style"], "flagged" if r["tier"] in ("prohibited", "high_risk") else r["tier"]) for r in rows)
    out += ["", "| style | flagged (prohibited+high_risk) | low_risk | benign |", "|---|---:|---:|---:|"]
    for s in sorted({k[0] for k in st}):
        out.append(f"| {s} | {st[(s, 'flagged')]} | {st[(s, 'low_risk')]} | {st[(s, 'benign')]} |")
    out.append(f"\nTotal rows: {len(rows)}; multi-turn rows: {sum('messages' in r for r in rows)}.")
    return "\n".join(out)


def main() -> None:
    md = tables()
    print(md)
    if "--readme" in sys.argv:
        readme = ROOT / "README.md"
        s = readme.read_text(encoding="utf-8")
        a, b = s.index(BEGIN) + len(BEGIN), s.index(END)
        readme.write_text(s[:a] + "\n" + md + "\n" + s[b:], encoding="utf-8")


if __name__ == "__main__":
    main()
