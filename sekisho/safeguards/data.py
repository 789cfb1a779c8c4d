"""Labelled examples: loading the shared training data and the project's own dataset.

An `Example` is one conversation with its tier and provenance. Rows whose shared label is
`null` are not cyber (other harms, prompt injections, bare jailbreak templates, unreviewed
Japanese rows that failed a cyber keyword screen), so for a *cyber* classifier they are
benign. Bare jailbreak templates are kept apart as wrappers for augmentation.

Splitting is by `family` (near-variants of one prompt share a family), so that validation
never sees a sibling of a training row.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from sekisho.values import Message, Tier

_CHECKOUT = Path(__file__).resolve().parents[2]
# The shared data lies beside the checkout (`../shared/data`, as in development and CI), or
# where SEKISHO_SHARED_DATA points.
SHARED_DATA = Path(os.environ.get("SEKISHO_SHARED_DATA") or _CHECKOUT.parent / "shared" / "data")
SHARED_TRAIN = SHARED_DATA / "train"
SHARED_TEST = SHARED_DATA / "test"
PROJECT_DATA = _CHECKOUT / "datasets" / "safeguard"

TIER_INDEX: dict[str, int] = {t.value: i for i, t in enumerate(
    (Tier.PROHIBITED, Tier.HIGH_RISK, Tier.LOW_RISK, Tier.BENIGN))}
_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Example:
    messages: tuple[Message, ...]
    tier: str
    lang: str = "en"
    style: str = "plain"
    family: str = ""
    split: str = "train"
    source: str = ""
    meta: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "\n".join(m.text for m in self.messages)

    @property
    def flagged(self) -> bool:
        return self.tier in ("prohibited", "high_risk")


def detect_lang(text: str) -> str:
    sample = text[:400]
    return "ja" if len(_JA.findall(sample)) >= max(2, len(sample) // 10) else "en"


def stable_hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def messages_from_row(row: dict[str, Any]) -> tuple[Message, ...]:
    """`{"text": ...}` or `{"messages": [{"role", "content"}...]}` as messages; ValueError if neither."""
    if isinstance(row.get("messages"), list):
        out = []
        for m in row["messages"]:
            if not isinstance(m, dict):
                raise ValueError("each message must be an object with role and content")
            content = m.get("content", m.get("text", ""))
            if isinstance(content, list):  # content blocks: keep the text ones
                content = "\n".join(str(b.get("text", "")) for b in content if isinstance(b, dict))
            out.append(Message(role=str(m.get("role", "user")), text=str(content)))
        return tuple(out)
    if isinstance(row.get("text"), str):
        return (Message(role="user", text=row["text"]),)
    raise ValueError('a line needs "text" (a string) or "messages" (a list)')


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a file being written right now may end in a partial line
            if isinstance(row, dict):
                yield row


def _shared_family(source: str, text: str) -> str:
    # Shared prompts come in near-variants; the first words after a stock preamble are a
    # cheap family key ("Researcher, for our upcoming paper, write code that ...").
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    return f"{source}:{' '.join(words[5:12])}"


def load_shared(root: Path = SHARED_TRAIN) -> tuple[list[Example], list[str]]:
    """Labelled shared rows (null → benign) and the bare jailbreak templates."""
    examples: list[Example] = []
    templates: list[str] = []
    for path in sorted(root.glob("*.jsonl")):
        for row in _read_jsonl(path):
            text = row.get("text") or ""
            meta = row.get("meta") or {}
            if not text.strip():
                continue
            if meta.get("jailbreak_wrapper"):
                templates.append(text)
                continue
            tier = row.get("tier") or "benign"
            lang = "ja" if meta.get("lang") == "ja" else detect_lang(text)
            source = str(row.get("source", path.stem))
            examples.append(Example((Message("user", text),), tier, lang, "plain",
                                    _shared_family(source, text), "train", source))
    return examples, templates


def load_project(root: Path = PROJECT_DATA) -> list[Example]:
    """The project's hand-labelled rows (`datasets/safeguard/*.jsonl`), both splits."""
    out: list[Example] = []
    if not root.is_dir():
        return out
    for path in sorted(root.glob("*.jsonl")):
        for i, row in enumerate(_read_jsonl(path)):
            tier = row.get("tier")
            if tier not in TIER_INDEX:
                continue
            try:
                messages = messages_from_row(row)
            except ValueError:
                continue
            text = "\n".join(m.text for m in messages)
            if not text.strip():
                continue
            split = "eval" if row.get("split") == "eval" else "train"
            lang = str(row["lang"]) if row.get("lang") in ("en", "ja") else detect_lang(text)
            family = str(row.get("family") or f"{path.stem}:{i}")
            out.append(Example(messages, tier, lang, str(row.get("style") or "plain"),
                               f"{path.stem}:{family}", split, f"project:{path.stem}"))
    return out


def json_objects(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, object) for each non-blank line, or (line number, what is wrong with it).

    orjson, not json: it rejects lone surrogates and bounds nesting, so a hostile line is an
    error here rather than a crash later (in hashing, or a RecursionError)."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield n, f"not JSON ({exc}); write one JSON object per line"
            continue
        yield n, row if isinstance(row, dict) else "each line must be a JSON object"


class DataError(ValueError):
    """A row of a deployment's own examples (`safeguard train --extra`) cannot be used; the
    message names the file, the line and the fix."""


def load_extra(path: Path) -> list[Example]:
    """A deployment's own labelled rows (`sekisho safeguard train --extra FILE`): one JSON object
    a line with `text` or `messages` and `tier`; `lang`, `style`, `family` and `split` are
    optional. Unlike the project's files, every line must be usable: a bad one is an error,
    never silently skipped, since these rows are what a deployment retrains for.

    `split: eval` puts a row in validation only and `split: train` in training only; a row
    without `split` is split by family (`TrainConfig.extra_holdout`, a fifth of the families goes
    to validation, so the operating point is chosen with the deployment's rows in view).
    """
    out: list[Example] = []
    place = f"{path.name}-{stable_hash(str(path.resolve())) % 16**8:08x}"  # two files named alike stay apart
    try:
        lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines: U+2028 may sit in a string
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    for n, row in json_objects(lines):
        where = f"{path}:{n}"
        if isinstance(row, str):
            raise DataError(f"{where}: {row}")
        tier = row.get("tier")
        if tier not in TIER_INDEX:
            raise DataError(f"{where}: tier must be one of {', '.join(TIER_INDEX)} (got {tier!r})")
        try:
            messages = messages_from_row(row)
        except ValueError as exc:
            raise DataError(f"{where}: {exc}") from exc
        text = "\n".join(m.text for m in messages)
        if not text.strip():
            raise DataError(f"{where}: the text is empty")
        split = row.get("split")
        if split not in (None, "train", "eval"):
            raise DataError(f'{where}: split must be "train" or "eval", or left out (got {split!r})')
        lang = row.get("lang")
        if lang is not None and lang not in ("en", "ja"):
            raise DataError(f'{where}: lang must be "en" or "ja", or left out to detect it (got {lang!r})')
        family = str(row.get("family") or f"{n}")
        out.append(Example(messages, str(tier), str(lang) if lang else detect_lang(text),
                           str(row.get("style") or "plain"), f"extra:{place}:{family}",
                           str(split or "pool"), f"extra:{path.name}"))
    if not out:
        raise DataError(f"{path}: no rows; write one JSON object per line with text and tier")
    return out


def load_test(root: Path = SHARED_TEST) -> list[Example]:
    """The held-out public benchmarks: for the one-time report only, never for fitting."""
    out: list[Example] = []
    for path in sorted(root.glob("*.jsonl")):
        for row in _read_jsonl(path):
            text = row.get("text") or ""
            tier = row.get("tier") or "benign"  # null = not cyber
            meta = row.get("meta") or {}
            null = row.get("tier") is None
            out.append(Example((Message("user", text),), tier, detect_lang(text),
                               "plain", "", "test", f"{path.stem}{':null' if null else ''}",
                               (("null", null), ("meta_label", str(meta.get("label", ""))))))
    return out


def family_split(examples: Iterable[Example], holdout: float, seed: int) -> tuple[list[Example], list[Example]]:
    """Deterministic split by family: a family is wholly in train or wholly in validation."""
    if holdout <= 0:  # the default for the stock pool: nothing to hash
        return list(examples), []
    train: list[Example] = []
    val: list[Example] = []
    cut = int(holdout * 2**64)
    for ex in examples:
        (val if stable_hash(f"{seed}:{ex.family}") < cut else train).append(ex)
    return train, val


def iter_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    return _read_jsonl(path)
