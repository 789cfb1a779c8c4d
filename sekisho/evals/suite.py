"""Suites: typed cases read from JSONL, one case a line.

A line is `{"text": ...}` or `{"messages": [{"role", "content"}, ...]}` plus any of:

    id              stable case id (default: `<suite>:<line number>`)
    tier            expected tier: prohibited | high_risk | low_risk | benign   (alias expected_tier)
    expected_action expected action: serve | fallback | refuse                  (alias action)
    lang            en | ja | ... (default: detected)
    style           jailbreak style or kind of request (default: plain)
    session         session id: cases sharing it form one session (multi-turn traffic)
    tags            a list of strings
    source          where the case came from

What a case counts as (`Case.kind`): an *attack* when its expected action is refuse or
fallback, or (no expected action) its tier is prohibited or high_risk; *benign* when its
expected action is serve, or its tier is benign; *low_risk* for a low_risk tier with no
expected action; *unlabelled* otherwise (measured for latency only).

A line that cannot be read becomes an `invalid` case carrying the reason: the run records it
as a failed result and goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from sekisho.safeguards.data import detect_lang, json_objects, messages_from_row
from sekisho.values import Action, Message, Tier

Kind = Literal["attack", "benign", "low_risk", "unlabelled", "invalid"]
BLOCKING = frozenset({Action.REFUSE.value, Action.FALLBACK.value})
FLAGGED = frozenset({Tier.PROHIBITED.value, Tier.HIGH_RISK.value})
_TIERS = frozenset(t.value for t in Tier)
_ACTIONS = frozenset({Action.SERVE.value, Action.FALLBACK.value, Action.REFUSE.value})


class SuiteError(ValueError):
    """A suite cannot be found or read at all; the message names the fix."""


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    messages: tuple[Message, ...]
    tier: str | None = None
    expected_action: str | None = None
    lang: str = "en"
    style: str = "plain"
    session: str | None = None
    tags: tuple[str, ...] = ()
    source: str = ""
    error: str | None = None  # set for a line that could not be read

    @property
    def kind(self) -> Kind:
        if self.error is not None:
            return "invalid"
        if self.expected_action is not None:
            return "attack" if self.expected_action in BLOCKING else "benign"
        if self.tier in FLAGGED:
            return "attack"
        if self.tier == Tier.BENIGN.value:
            return "benign"
        return "low_risk" if self.tier == Tier.LOW_RISK.value else "unlabelled"

    @property
    def text(self) -> str:
        return "\n".join(m.text for m in self.messages)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        if len(self.messages) == 1 and self.messages[0].role == "user":
            out["text"] = self.messages[0].text
        else:
            out["messages"] = [{"role": m.role, "content": m.text} for m in self.messages]
        optional = {"tier": self.tier, "expected_action": self.expected_action, "lang": self.lang,
                    "style": self.style, "session": self.session, "source": self.source or None}
        out.update({k: v for k, v in optional.items() if v is not None})
        if self.tags:
            out["tags"] = list(self.tags)
        return out


@dataclass(frozen=True)
class Suite:
    name: str
    cases: tuple[Case, ...]
    description: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """Changes when any case's id, content or label changes (resume checks it)."""
        h = hashlib.blake2b(digest_size=12)
        for c in self.cases:
            h.update(orjson.dumps(c.to_json(), option=orjson.OPT_SORT_KEYS))
            h.update(b"\n")
        return h.hexdigest()


def case_from_row(row: Mapping[str, Any], default_id: str) -> Case:
    """One JSON object as a case; ValueError (with the reason) if it is not one."""
    messages = messages_from_row(dict(row))
    if not any(m.text.strip() for m in messages):
        raise ValueError("the case has no text")
    tier = row.get("tier", row.get("expected_tier"))
    if tier is not None and tier not in _TIERS:
        raise ValueError(f"tier {tier!r} is not one of {', '.join(sorted(_TIERS))}")
    action = row.get("expected_action", row.get("action"))
    if action is not None and action not in _ACTIONS:
        raise ValueError(f"expected_action {action!r} is not one of serve, fallback, refuse")
    tags = row.get("tags") or ()
    if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
        raise ValueError("tags must be a list of strings")
    lang = row.get("lang") or detect_lang("\n".join(m.text for m in messages))
    session = row.get("session", row.get("session_id"))
    return Case(id=str(row.get("id") or default_id), messages=messages, tier=tier,
                expected_action=action, lang=str(lang), style=str(row.get("style") or "plain"),
                session=None if session is None else str(session), tags=tuple(tags),
                source=str(row.get("source") or ""))


def _unique_ids(cases: Iterable[Case]) -> tuple[Case, ...]:
    seen: dict[str, int] = {}
    out = []
    for c in cases:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        if n:
            from dataclasses import replace
            c = replace(c, id=f"{c.id}#{n + 1}")
        out.append(c)
    return tuple(out)


def parse_lines(lines: Iterable[str], name: str) -> tuple[Case, ...]:
    cases: list[Case] = []
    for i, row in json_objects(lines):
        default_id = f"{name}:{i}"
        try:
            if isinstance(row, str):
                raise ValueError(row)
            cases.append(case_from_row(row, default_id))
        except ValueError as exc:
            cases.append(Case(id=default_id, messages=(), error=f"line {i}: {exc}"))
    return _unique_ids(cases)


def load_suite_file(path: Path) -> Suite:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise SuiteError(f"cannot read suite {path}: {exc.strerror}") from exc
    return Suite(name=path.stem, cases=parse_lines(text.splitlines(), path.stem),
                 description=f"file {path}")


def make_suite(name: str, cases: Sequence[Case], description: str = "",
               meta: Mapping[str, Any] | None = None) -> Suite:
    return Suite(name=name, cases=_unique_ids(cases), description=description, meta=meta or {})


def write_suite(suite: Suite, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        for c in suite.cases:
            if c.error is None:
                fh.write(orjson.dumps(c.to_json()) + b"\n")
    return len(suite.cases)
