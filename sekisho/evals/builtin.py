"""Bundled suites: built on demand from the data on this machine, never copied into the repo.

| name           | what it is | may it choose thresholds? |
|----------------|------------|---------------------------|
| shared-test    | `shared/data/test` (HarmBench, JBB-Behaviors, XSTest): held out | no: report only |
| wrapped-test   | the held-out cyber and benign rows of shared-test inside evaluation-only wrappers (held-out in-the-wild templates, the last two phrasings of every style) | no: report only |
| validation     | the trainer's own validation split (`build_corpus(...).val` with the artefact's seed): `split: eval` project rows + hand-written over-refusal prompts, plain and wrapped (before 4 Dec 2026 also a family-grouped 20 % of the training pool) | yes (the trainer chose the shipped thresholds on it, so its numbers are optimistic) |
| project-eval   | `datasets/safeguard/*.jsonl` rows with `split: eval` | yes (part of validation) |
| sessions       | `datasets/safeguard/multiturn.jsonl` (`split: eval`): every benign conversation as one case per user turn (the growing conversation, as a gateway sees it), sharing a session id; harmful ones as the whole conversation | yes (part of validation) |
| pasted-code    | `split: eval` project requests (benign, prohibited, high_risk; English and Japanese) asked about pasted source code of the pinned dependencies (0, 3k, 8k, 20k and 60k characters of it, the request after or before the code, or in the middle of 20k and 60k): the false positives long pastes cause, and the requests they hide | yes (its requests are in validation) |
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


PASTE_LENGTHS = (0, 3_000, 8_000, 20_000, 60_000)
MIDDLE_LENGTHS = (20_000, 60_000)
PASTE_PACKAGES = ("aiohttp", "alembic", "anthropic", "httpx", "openai", "psycopg", "pydantic", "redis",
                  "rich", "sqlalchemy", "starlette", "structlog", "typer", "uvicorn")
_PASTE_BENIGN_STYLES = ("coding", "debugging", "security_words", "terse", "ops", "defensive", "casual")
_CODE_LEADS = {"en": ("Here is my code:", "This is the module I am working on:", ""),
               "ja": ("これが私のコードです:", "作業中のモジュールです。", "")}


def _package_sources(name: str) -> list[Path]:
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    return sorted(p for p in root.rglob("*.py") if p.stat().st_size > 2_000)


def _paste(files: list[Path], length: int, rng: random.Random) -> str:
    """`length` characters of source (cut at a line end), from a random file onwards."""
    out: list[str] = []
    total = 0
    start = rng.randrange(len(files))
    for path in files[start:] + files[:start]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True):
            if total + len(line) > length:
                return "".join(out)
            out.append(line)
            total += len(line)
    return "".join(out)


def pasted_code(root: Path = PROJECT_DATA, per_group: int = 20, seed: int = 5) -> Suite:
    """Requests asked about a paste of real source code, at several paste lengths.

    The code is the installed source of Sekisho's pinned dependencies (uv.lock fixes their
    versions, so the suite is the same on every install of one lock); the requests are the
    project's single-turn plain `split: eval` rows. At each length the same requests are used,
    so the length-0 cases are the control: what the paste adds is the difference.
    """
    rng = random.Random(seed)
    packages = {name: files for name in PASTE_PACKAGES if (files := _package_sources(name))}
    if not packages:
        raise SuiteError("pasted-code needs the installed dependencies' source: run `uv sync --frozen`")
    requests = [e for e in load_project(root) if e.split == "eval" and len(e.messages) == 1
                and (e.style in _PASTE_BENIGN_STYLES if e.tier == "benign" else e.style == "plain" and e.flagged)]
    chosen: list[Example] = []
    for lang in ("en", "ja"):
        for flagged in (False, True):
            group = sorted((e for e in requests if e.lang == lang and e.flagged == flagged),
                           key=lambda e: stable_hash(e.text))
            chosen += rng.sample(group, min(per_group, len(group)))
    cases = []
    for length in PASTE_LENGTHS:
        for i, ex in enumerate(chosen):
            ask = ex.messages[0].text
            if length == 0:
                text, where = ask, "alone"
            else:
                package = sorted(packages)[rng.randrange(len(packages))]
                code = _paste(packages[package], length, rng)
                lead = rng.choice(_CODE_LEADS[ex.lang])
                where = "after" if i % 3 else "before"
                text = (f"{lead}\n{code}\n{ask}" if where == "after" else f"{ask}\n{lead}\n{code}").strip()
            tags = (f"paste:{length // 1000}k", f"request:{where}")
            cases.append(replace(_case(ex, f"paste:{length}:{i}", tags), messages=(Message("user", text),),
                                 style=f"paste-{length // 1000}k"))
    # The same requests set in the middle of a paste, between two of its lines (drawn after the
    # cases above, so those stay as they were): what `model.STANDALONE_BAR` costs a request there.
    for length in MIDDLE_LENGTHS:
        for i, ex in enumerate(chosen):
            files = packages[sorted(packages)[rng.randrange(len(packages))]]
            first, second = _paste(files, length // 2, rng), _paste(files, length // 2, rng)
            text = f"{first.rstrip()}\n{ex.messages[0].text}\n{second}"
            cases.append(replace(_case(ex, f"paste-middle:{length}:{i}", (f"paste:{length // 1000}k", "request:middle")),
                                 messages=(Message("user", text),), style=f"paste-middle-{length // 1000}k"))
    return make_suite("pasted-code", cases, "project requests about pasted dependency source, 0-60k chars",
                      {"lengths": list(PASTE_LENGTHS), "seed": seed})


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
    "pasted-code": ("project requests about 0-60k characters of pasted source code", pasted_code),
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
