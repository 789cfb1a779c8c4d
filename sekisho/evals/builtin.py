"""Bundled suites: built on demand from the data on this machine, never copied into the repo.

| name           | what it is | may it choose thresholds? |
|----------------|------------|---------------------------|
| shared-test    | `shared/data/test` (HarmBench, JBB-Behaviors, XSTest): held out | no: report only |
| wrapped-test   | the held-out cyber and benign rows of shared-test inside evaluation-only wrappers (held-out in-the-wild templates, the last two phrasings of every style) | no: report only |
| validation     | the trainer's own validation split (`build_corpus(...).val` with the artefact's seed): family-grouped 20 % holdout of the training pool + `split: eval` project rows + hand-written over-refusal prompts, plain and wrapped | yes (the trainer chose the shipped thresholds on it, so its numbers are optimistic) |
| project-eval   | `datasets/safeguard/*.jsonl` rows with `split: eval` | yes (part of validation) |
| sessions       | `datasets/safeguard/multiturn.jsonl` (`split: eval`): every benign conversation as one case per user turn (the growing conversation, as a gateway sees it), sharing a session id; harmful ones as the whole conversation | yes (part of validation) |
| speed-10k      | 10,000 cases from the training pool, plain and wrapped with training templates: for timing only, its quality numbers mean nothing | — |

Files in `datasets/suites/` are found by name too (`smoke`, `garak-wrapped`, `probes`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sekisho.evals.suite import Case, Suite, SuiteError, load_suite_file, make_suite
from sekisho.safeguards.data import (
    PROJECT_DATA,
    SHARED_TEST,
    Example,
    detect_lang,
    iter_jsonl,
    load_project,
    load_shared,
    messages_from_row,
    stable_hash,
)
from sekisho.values import Message

SUITES_DIR = Path(__file__).resolve().parents[2] / "datasets" / "suites"
Builder = Callable[[], Suite]


def _case(ex: Example, cid: str, tags: Iterable[str] = ()) -> Case:
    return Case(id=cid, messages=ex.messages, tier=ex.tier, lang=ex.lang, style=ex.style,
                tags=tuple(dict.fromkeys((ex.source.split(":")[0], *tags))), source=ex.source)


def _test_rows(root: Path = SHARED_TEST) -> Iterator[tuple[str, int, dict[str, object]]]:
    for path in sorted(root.glob("*.jsonl")):
        for i, row in enumerate(iter_jsonl(path)):
            yield path.stem, i, row


def shared_test(root: Path = SHARED_TEST) -> Suite:
    """The held-out benchmarks; `tier: null` (not cyber) is benign for a cyber classifier."""
    cases = []
    for stem, i, row in _test_rows(root):
        text = str(row.get("text") or "")
        meta = row.get("meta")
        meta = meta if isinstance(meta, dict) else {}
        null = row.get("tier") is None
        style = str(meta.get("type") or meta.get("FunctionalCategory") or meta.get("split") or "plain")
        cases.append(Case(id=f"{stem}:{i}", messages=(Message("user", text),),
                          tier="benign" if null else str(row["tier"]), lang=detect_lang(text),
                          style=style, tags=(stem, "non_cyber" if null else "cyber"), source=stem))
    if not cases:
        raise SuiteError(f"no held-out data under {root}")
    return make_suite("shared-test", cases, "shared/data/test: held out, evaluation only")


def _test_examples(root: Path = SHARED_TEST) -> list[Example]:
    out = []
    for stem, i, row in _test_rows(root):
        if row.get("tier") is None:
            continue  # non-cyber rows say nothing about wrapped cyber attacks
        text = str(row.get("text") or "")
        out.append(Example((Message("user", text),), str(row["tier"]), detect_lang(text), "plain",
                           f"{stem}:{i}", "test", stem))
    return out


def wrapped_test(root: Path = SHARED_TEST, seed: int = 13) -> Suite:
    """Held-out payloads x evaluation-only wrappers: nothing here was seen in training."""
    from sekisho.safeguards.wrappers import (
        PHRASINGS,
        template_part,
        wrap_with_phrasing,
        wrap_with_template,
    )

    rng = random.Random(seed)
    _, templates = load_shared()
    eval_templates = [t for t in templates if template_part(t) == "eval"]
    cases = []
    for ex in _test_examples(root):
        variants = [("tpl", wrap_with_template(ex, rng.choice(eval_templates)))] if eval_templates else []
        for style in rng.sample(sorted(PHRASINGS), 2):
            variants.append((style, wrap_with_phrasing(ex, style, rng.choice(PHRASINGS[style][-2:]), rng)))
        for tag, w in variants:
            cases.append(_case(w, f"{ex.family}:{tag}", ("wrapped",)))
    return make_suite("wrapped-test", cases, "held-out cyber/benign rows in evaluation-only wrappers")


def validation(seed: int | None = None) -> Suite:
    """The trainer's validation set, rebuilt exactly as the trainer builds it."""
    from sekisho.safeguards.train import TrainConfig, build_corpus, is_wrapped

    if seed is None:
        seed = _artefact_seed()
    corpus = build_corpus(TrainConfig(seed=seed))
    cases = [_case(ex, f"val:{stable_hash(ex.tier + chr(0) + ex.text):016x}",
                   ("wrapped",) if is_wrapped(ex) else ()) for ex in corpus.val]
    return make_suite("validation", cases, f"the trainer's validation split (seed {seed})",
                      {"seed": seed})


def _artefact_seed() -> int:
    from sekisho.safeguards.cascade import load_linear_classifier
    return int(load_linear_classifier().model.meta.get("seed", 13))


def project_eval(root: Path = PROJECT_DATA) -> Suite:
    cases = [_case(ex, f"{ex.source}:{ex.family}:{stable_hash(ex.text):x}")
             for ex in load_project(root) if ex.split == "eval"]
    return make_suite("project-eval", cases, "datasets/safeguard rows with split: eval")


def sessions(root: Path = PROJECT_DATA, split: str = "eval") -> Suite:
    """Multi-turn conversations as sessions: one case per user turn of a benign conversation."""
    cases = []
    for row in iter_jsonl(root / "multiturn.jsonl"):
        if split != "all" and row.get("split") != split:
            continue
        messages = messages_from_row(row)
        sid = str(row.get("id"))
        base = Case(id=sid, messages=messages, tier=str(row.get("tier")), lang=str(row.get("lang") or "en"),
                    style=str(row.get("style") or "plain"), session=sid, tags=("multiturn",),
                    source="project:multiturn")
        if base.tier != "benign":
            cases.append(base)
            continue
        ends = [i for i, m in enumerate(messages) if m.role == "user"]
        for turn, end in enumerate(ends, 1):
            cases.append(replace(base, id=f"{sid}:t{turn}", messages=messages[:end + 1]))
    return make_suite("sessions", cases, f"multiturn.jsonl ({split}) as sessions")


def speed(n: int = 10_000, seed: int = 7) -> Suite:
    """`n` cases for timing: the training pool, plain then wrapped, cycled to exactly n."""
    from sekisho.safeguards.wrappers import augment, template_part

    rng = random.Random(seed)
    shared, templates = load_shared()
    pool = shared + [e for e in load_project() if e.split == "train"]
    rng.shuffle(pool)
    train_tpl = [t for t in templates if template_part(t) == "train"]
    wrapped = augment(pool[: n // 3], train_tpl, "train", 1, rng)
    everything = pool + wrapped
    cases = [_case(everything[i % len(everything)], f"speed:{i}", ("speed_only",)) for i in range(n)]
    return make_suite(f"speed-{n // 1000}k", cases, "timing only: drawn from training data")


BUILTINS: dict[str, tuple[str, Builder]] = {
    "shared-test": ("shared/data/test, held out (HarmBench, JBB, XSTest)", shared_test),
    "wrapped-test": ("held-out rows in evaluation-only jailbreak wrappers", wrapped_test),
    "validation": ("the trainer's validation split (optimistic: thresholds chosen on it)", validation),
    "project-eval": ("datasets/safeguard split: eval", project_eval),
    "sessions": ("multi-turn eval conversations as sessions", sessions),
    "speed-10k": ("10,000 training-pool cases, for timing only", speed),
}


def bundled_files() -> dict[str, Path]:
    return {p.stem: p for p in sorted(SUITES_DIR.glob("*.jsonl"))}


def suite_names() -> list[str]:
    return sorted(set(BUILTINS) | set(bundled_files()))


def resolve_suite(spec: str) -> Suite:
    """A path to a JSONL file, a bundled file's name, or a built-in suite's name."""
    path = Path(spec)
    if path.suffix == ".jsonl" or path.exists():
        if not path.exists():
            raise SuiteError(f"no suite file {path}")
        return load_suite_file(path)
    files = bundled_files()
    if spec in files:
        return load_suite_file(files[spec])
    if spec in BUILTINS:
        return BUILTINS[spec][1]()
    raise SuiteError(f"no suite {spec!r}: give a .jsonl file or one of: {', '.join(suite_names())}")
