"""The immutable values that pass between the steps of the request path.

client -> Principal (who) -> RequestSummary (what) -> Verdict (safeguard)
       -> Decision (serve / fallback / failover / refuse) -> AuditRecord (what happened)

Nothing here does I/O; every value is a frozen dataclass or an enum so it can be
logged, compared in tests and replayed from the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Dialect(StrEnum):
    """The wire API a client (or an upstream) speaks."""

    OPENAI = "openai"
    ANTHROPIC = "anthropic"


class Tier(StrEnum):
    """The four tiers of cyber use (fable5-safeguards.md, section 1)."""

    PROHIBITED = "prohibited"
    HIGH_RISK = "high_risk"
    LOW_RISK = "low_risk"
    BENIGN = "benign"


class Action(StrEnum):
    """What the gateway does with a request."""

    SERVE = "serve"  # the requested model answers
    FALLBACK = "fallback"  # a safeguard or policy rule swapped in a weaker model (disclosed)
    FAILOVER = "failover"  # the requested model is unavailable; the continuity chain answers
    REFUSE = "refuse"  # nobody answers; the refusal is explained


class Language(StrEnum):
    EN = "en"
    JA = "ja"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking, with attributes the organisation has verified."""

    id: str
    org: str
    roles: tuple[str, ...] = ()
    nationality: tuple[str, ...] = ()  # ISO 3166 alpha-2; several for dual nationals; () = unknown
    residence: str | None = None
    trust_tier: str = "standard"
    language: Language = Language.EN
    key_id: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One conversation turn reduced to plain text, for the safeguard."""

    role: str
    text: str


@dataclass(frozen=True, slots=True)
class RequestSummary:
    """What the safeguard and the decision need to know about a request."""

    dialect: Dialect
    model: str
    stream: bool
    messages: tuple[Message, ...]
    allow_fallback: bool = True  # False when the caller opted out of automatic fallback
    fallbacks: tuple[str, ...] = ()  # models the caller named itself (Anthropic `fallbacks`)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a safeguard classifier says about a request."""

    tier: Tier
    scores: Mapping[str, float] = field(default_factory=dict)  # one per Tier value
    wrapper_score: float = 0.0  # how much the request looks like a jailbreak wrapper
    version: str = "none"  # the classifier artefact version
    domain: str = "cyber"
    error: str | None = None  # set when the classifier failed and this is the fail-safe verdict
    # The language the request is mostly written in, when the classifier cannot read it
    # (not English or Japanese): its tier then says little (safeguards/language.py).
    unread: str | None = None
    # Set only when the optional LLM judge reviewed this verdict (safeguards/judge.py).
    judge: str | None = None  # the judge's catalog model
    judge_tier: str | None = None  # what the judge answered (None when it failed)
    judge_outcome: str | None = None  # agreed | raised | lowered | held | error | skipped
    judge_error: str | None = None
    judge_ms: float | None = None
    classifier_tier: str | None = None  # the classifier's own tier, before the judge

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tier": self.tier.value,
            "scores": dict(self.scores),
            "wrapper_score": self.wrapper_score,
            "version": self.version,
            "domain": self.domain,
            "error": self.error,
        }
        if self.unread is not None:  # absent when read, as with the judge below
            out["unread"] = self.unread
        if self.judge is not None:  # absent, not null, when no judge ran: records stay as they were
            out["judge"] = {"model": self.judge, "tier": self.judge_tier,
                            "outcome": self.judge_outcome, "error": self.judge_error,
                            "latency_ms": self.judge_ms, "classifier_tier": self.classifier_tier}
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of `decide`: computed before any upstream call.

    `route` is the ordered list of models to try; the first that answers serves.
    Runtime failures (timeouts, 5xx) walk further down `route`; they never change
    the action that a rule chose, only which model of the route answered.
    """

    action: Action
    model_requested: str
    route: tuple[str, ...]
    reason: str  # a short machine-readable reason, e.g. "safeguard:high_risk"
    rule_ids: tuple[str, ...] = ()
    notice: str | None = None  # key into notices.MESSAGES when the user must be told
    refusal_category: str | None = None

    @property
    def swapped_by_rule(self) -> bool:
        """True when a safety or policy rule (not an outage) chose another model."""
        return self.action is Action.FALLBACK


@dataclass(frozen=True, slots=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Attempt:
    """One upstream call made while serving a request."""

    model: str
    outcome: str  # "ok", "upstream_4xx", "unavailable", "circuit_open", "stream_broken"
    status: int | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One request, as the audit log keeps it (before it is chained).

    The log adds `seq`, `prev_hash` and `hash` when it appends the record.
    Prompt text is kept only when the deployment says so; otherwise its SHA-256
    and length stand for it.
    """

    request_id: str
    ts: str  # RFC 3339, UTC, microseconds
    dialect: str
    endpoint: str
    status: int  # the HTTP status Sekisho answered with
    principal_id: str | None = None
    key_id: str | None = None
    org: str | None = None
    model_requested: str | None = None
    model_served: str | None = None
    decision: str | None = None  # an Action value, or "invalid" / "unauthenticated" / "error"
    reason: str | None = None
    rule_ids: tuple[str, ...] = ()
    verdict: Mapping[str, Any] | None = None
    upstream_status: int | None = None
    attempts: tuple[Attempt, ...] = ()
    latency_ms: float = 0.0
    input_tokens: int | None = None
    output_tokens: int | None = None
    stream: bool = False
    prompt_sha256: str | None = None
    prompt_chars: int | None = None
    prompt_text: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "ts": self.ts,
            "dialect": self.dialect,
            "endpoint": self.endpoint,
            "status": self.status,
            "principal_id": self.principal_id,
            "key_id": self.key_id,
            "org": self.org,
            "model_requested": self.model_requested,
            "model_served": self.model_served,
            "decision": self.decision,
            "reason": self.reason,
            "rule_ids": list(self.rule_ids),
            "verdict": dict(self.verdict) if self.verdict is not None else None,
            "upstream_status": self.upstream_status,
            "attempts": [
                {"model": a.model, "outcome": a.outcome, "status": a.status, "detail": a.detail}
                for a in self.attempts
            ],
            "latency_ms": self.latency_ms,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "stream": self.stream,
            "prompt_sha256": self.prompt_sha256,
            "prompt_chars": self.prompt_chars,
            "prompt_text": self.prompt_text,
            "error": self.error,
        }
