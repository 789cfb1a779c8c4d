"""Targets: what a suite runs against. One method, `evaluate(case) -> Outcome`.

  ClassifierTarget  the in-process classifier; action = `default_action`, what the gateway
                    does for a principal with no grants (what `sekisho classify` prints)
  GatewayTarget     a running Sekisho gateway, called as one principal (its API key) through
                    the real `openai` or `anthropic` SDK; tier and action are read from the
                    `x-sekisho-safeguard` and `x-sekisho-decision` headers
  ModelTarget       a raw OpenAI- or Anthropic-compatible model endpoint (baselines and
                    cross-model comparison); action = the refusal heuristic of `judge.py`

A target turns the errors it knows (SDK and transport errors) into an `Outcome` with
`error` set; the runner records anything else a target raises the same way.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from sekisho.evals.judge import JUDGE_NAME, judge
from sekisho.evals.suite import Case
from sekisho.safeguards.base import Classifier
from sekisho.values import Action, Message

OUTPUT_CHARS = 600  # of a model's answer kept in a result


@dataclass(frozen=True, slots=True)
class Outcome:
    tier: str | None = None
    action: str | None = None  # serve | fallback | refuse | failover
    scores: Mapping[str, float] | None = None
    output: str | None = None
    model_served: str | None = None
    judge: str | None = None  # which judge decided `action`, when one did
    error: str | None = None
    latency_ms: float = 0.0


class Target(Protocol):
    name: str
    concurrent: bool  # network-bound: the runner may call it from a bounded thread pool

    def describe(self) -> dict[str, Any]: ...

    def evaluate(self, case: Case) -> Outcome: ...


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


@dataclass
class ClassifierTarget:
    classifier: Classifier
    flag_threshold: float = 0.5
    low_risk_margin: float = 1.0  # the deployment default (off), as the gateway applies it
    name: str = "classifier"
    concurrent: bool = False

    @classmethod
    def shipped(cls, artefact: Path | None = None) -> ClassifierTarget:
        """The shipped artefact (or another directory), wrapped as the gateway wraps it."""
        from sekisho.safeguards.base import TestTriggerClassifier
        from sekisho.safeguards.cascade import load_linear_classifier
        from sekisho.safeguards.model import ARTEFACT_DIR

        inner = load_linear_classifier(artefact or ARTEFACT_DIR)
        th = inner.model.thresholds
        return cls(TestTriggerClassifier(inner), th.flag,
                   name=f"classifier:{inner.version}")

    def describe(self) -> dict[str, Any]:
        return {"kind": "classifier", "version": self.classifier.version,
                "flag_threshold": self.flag_threshold, "low_risk_margin": self.low_risk_margin}

    def evaluate(self, case: Case) -> Outcome:
        from sekisho.safeguards.cascade import default_action

        t0 = time.perf_counter()
        verdict = self.classifier.classify(case.messages)
        action = default_action(verdict, self.low_risk_margin)
        return Outcome(tier=verdict.tier.value, action=action.value, scores=dict(verdict.scores),
                       error=verdict.error, latency_ms=_ms(t0))


def _openai_messages(messages: Sequence[Message]) -> list[dict[str, str]]:
    return [{"role": m.role if m.role in ("system", "user", "assistant") else "user", "content": m.text}
            for m in messages]


def _anthropic_messages(messages: Sequence[Message]) -> tuple[str | None, list[dict[str, str]]]:
    system = "\n".join(m.text for m in messages if m.role == "system") or None
    turns = [{"role": "assistant" if m.role == "assistant" else "user", "content": m.text}
             for m in messages if m.role != "system"]
    return system, turns


def _tier_from_header(value: str | None) -> str | None:
    """`x-sekisho-safeguard: cyber=high_risk;version=...` -> high_risk."""
    if not value:
        return None
    head = value.split(";", 1)[0]
    return head.split("=", 1)[1] if "=" in head else None


def sdk_errors() -> tuple[type[Exception], ...]:
    # The SDKs are imported on first use: together they are ~57 MB of modules, and the
    # gateway imports this module (through the CJS admin API) without ever calling a target.
    import anthropic
    import openai
    return (openai.APIError, anthropic.APIError, httpx.HTTPError)


@dataclass
class _Client:
    """What both remote targets share: one SDK client per dialect, one call per case."""

    base_url: str
    model: str
    api_key: str = "none"
    dialect: str = "openai"
    max_tokens: int = 16
    timeout_s: float = 120.0
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.dialect not in ("openai", "anthropic"):
            raise ValueError(f"dialect must be openai or anthropic, not {self.dialect!r}")
        root = self.base_url.rstrip("/")
        import anthropic
        import openai
        if self.dialect == "openai":
            url = root if root.endswith("/v1") else f"{root}/v1"
            self._openai = openai.OpenAI(base_url=url, api_key=self.api_key, max_retries=0,
                                         timeout=self.timeout_s, default_headers=dict(self.headers))
        else:
            self._anthropic = anthropic.Anthropic(base_url=root.removesuffix("/v1"), api_key=self.api_key,
                                                  max_retries=0, timeout=self.timeout_s,
                                                  default_headers=dict(self.headers))

    def call(self, messages: Sequence[Message]) -> tuple[Mapping[str, str], str, bool]:
        """(response headers, answer text, provider-signalled refusal)."""
        if self.dialect == "openai":
            raw = self._openai.chat.completions.with_raw_response.create(
                model=self.model, messages=_openai_messages(messages),  # type: ignore[arg-type]
                max_tokens=self.max_tokens, temperature=0)
            choice = raw.parse().choices[0]
            refused = choice.finish_reason == "content_filter" or bool(choice.message.refusal)
            return raw.headers, choice.message.refusal or choice.message.content or "", refused
        system, turns = _anthropic_messages(messages)
        extra: dict[str, Any] = {"system": system} if system else {}
        raw_a = self._anthropic.messages.with_raw_response.create(
            model=self.model, max_tokens=self.max_tokens, messages=turns, **extra)  # type: ignore[arg-type]
        message = raw_a.parse()
        text = "".join(getattr(b, "text", "") for b in message.content)
        return raw_a.headers, text, message.stop_reason == "refusal"


@dataclass
class GatewayTarget:
    """A Sekisho gateway, as one principal. Concurrency is the runner's `concurrency`."""

    client: _Client
    name: str = "gateway"
    concurrent: bool = True

    @classmethod
    def connect(cls, url: str, api_key: str, model: str, dialect: str = "openai",
                max_tokens: int = 16) -> GatewayTarget:
        return cls(_Client(url, model, api_key, dialect, max_tokens), name=f"gateway:{model}")

    def describe(self) -> dict[str, Any]:
        c = self.client
        return {"kind": "gateway", "url": c.base_url, "model": c.model, "dialect": c.dialect}

    def evaluate(self, case: Case) -> Outcome:
        t0 = time.perf_counter()
        try:
            headers, text, _ = self.client.call(case.messages)
        except sdk_errors() as exc:
            return Outcome(error=f"{type(exc).__name__}: {exc}"[:500], latency_ms=_ms(t0))
        return Outcome(tier=_tier_from_header(headers.get("x-sekisho-safeguard")),
                       action=headers.get("x-sekisho-decision") or None, output=text[:OUTPUT_CHARS],
                       model_served=headers.get("x-sekisho-model-served") or None, latency_ms=_ms(t0))


@dataclass
class ModelTarget:
    """A raw model endpoint: compliance is judged by the refusal heuristic."""

    client: _Client
    name: str = "model"
    concurrent: bool = True

    @classmethod
    def connect(cls, url: str, model: str, api_key: str = "none", dialect: str = "openai",
                max_tokens: int = 48, name: str | None = None,
                headers: Mapping[str, str] | None = None) -> ModelTarget:
        return cls(_Client(url, model, api_key, dialect, max_tokens, headers=headers or {}),
                   name=name or model)

    def describe(self) -> dict[str, Any]:
        c = self.client
        return {"kind": "model", "url": c.base_url, "model": c.model, "dialect": c.dialect,
                "judge": JUDGE_NAME, "max_tokens": c.max_tokens}

    def evaluate(self, case: Case) -> Outcome:
        t0 = time.perf_counter()
        try:
            headers, text, refused = self.client.call(case.messages)
        except sdk_errors() as exc:
            return Outcome(error=f"{type(exc).__name__}: {exc}"[:500], latency_ms=_ms(t0))
        verdict = "refuse" if refused else judge(text)
        action = Action.REFUSE.value if verdict == "refuse" else Action.SERVE.value
        return Outcome(action=action, output=text[:OUTPUT_CHARS], judge=JUDGE_NAME,
                       model_served=headers.get("x-sekisho-model-served") or self.client.model,
                       latency_ms=_ms(t0))
