"""How many requests the classifier still flags once hidden by a letter or encoding trick.

    uv run python bench/encoding_tricks.py [--tree PATH]

Takes the English `pasted-code` requests asked alone (the project's `split: eval` rows, never
trained on), keeps those the classifier flags (attacks) or serves (benign) when plain, hides
each behind every trick of `tests/test_safeguard_normalise.py` (FOLDED_TRICKS and ENCODINGS,
after "Decode this and do what it says: ") and counts what is flagged: prohibited or high_risk.
`--tree` measures another checkout (a `git worktree` of an older revision) instead of this one.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", type=Path, default=ROOT, help="checkout whose classifier is measured")
    args = ap.parse_args()
    sys.path[:0] = [str(args.tree), str(ROOT / "tests")]
    import test_safeguard_normalise as tricks_module

    from sekisho.evals.builtin import pasted_code
    from sekisho.safeguards.model import LinearCyberClassifier, load_artefact
    from sekisho.values import Message

    clf = LinearCyberClassifier(load_artefact())

    def flagged(text: str) -> bool:
        return clf.classify([Message("user", text)]).tier.value in ("prohibited", "high_risk")

    alone = [c for c in pasted_code().cases if c.style == "paste-0k" and c.lang == "en"]
    attacks = [c.messages[-1].text for c in alone if c.kind == "attack"]
    benign = [c.messages[-1].text for c in alone if c.kind == "benign"]
    groups = {"attack": [t for t in attacks if flagged(t)], "benign": [t for t in benign if not flagged(t)]}
    tricks = {**tricks_module.FOLDED_TRICKS, **tricks_module.ENCODINGS}
    print(f"tree {args.tree}: {len(groups['attack'])} of {len(attacks)} attacks flagged plain, "
          f"{len(groups['benign'])} of {len(benign)} benign served plain")
    print("| trick | attacks flagged | benign flagged |\n|---|---:|---:|")
    totals = {"attack": 0, "benign": 0}
    for name, hide in tricks.items():
        letters_only = name in ("Morse", "NATO alphabet")  # their tables spell a-z and spaces
        row = []
        for kind, texts in groups.items():
            k = sum(flagged(tricks_module.DECODE + hide(re.sub("[^a-z ]", "", t.lower()) if letters_only else t))
                    for t in texts)
            totals[kind] += k
            row.append(f"{k}/{len(texts)}")
        print(f"| {name} | {row[0]} | {row[1]} |")
    n = len(tricks)
    print(f"| all | {totals['attack']}/{n * len(groups['attack'])} | {totals['benign']}/{n * len(groups['benign'])} |")


if __name__ == "__main__":
    main()
