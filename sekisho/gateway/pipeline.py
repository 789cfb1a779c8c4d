"""One chat request, end to end:

    read (size limit) -> authenticate -> validate -> classify -> admit -> decide
    -> call upstream along the decision's route -> respond in the caller's dialect
    (disclosure headers, a notice when the model was swapped) -> audit

Every request leaves exactly one audit record, whether it was served, refused,
invalid or broke half-way; streams are audited when they end.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import orjson
import structlog
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse

from sekisho.catalog.catalog import Catalog
from sekisho.catalog.health import Health
from sekisho.decide import (
    CYBER,
    UNAVAILABLE,
    Admission,
    CatalogState,
    SafeguardPolicy,
    decide,
)
from sekisho.gateway.codecs import CODECS, upstream_body
from sekisho.gateway.dialects import ClientError, api_key_of, error_body, summarise
from sekisho.gateway.metrics import Metrics
from sekisho.notices import render_notice
from sekisho.providers.base import Provider, SSEEvent, UpstreamRejected, UpstreamUnavailable
from sekisho.providers.sse import encode_sse
from sekisho.providers.wire import Start
from sekisho.safeguards.base import TIERS, Classifier, runs_inline
from sekisho.values import (
    Action,
    Attempt,
    AuditRecord,
    Decision,
    Dialect,
    Language,
    Principal,
    RequestSummary,
    Tier,
    Usage,
    Verdict,
)

if TYPE_CHECKING:
    from sekisho.safeguards.judge import Judge

log = structlog.get_logger("sekisho.gateway")

_ON_ERROR_TIER = {"fallback": Tier.HIGH_RISK, "refuse": Tier.PROHIBITED, "serve": Tier.BENIGN}


class RequestIds:
    """Unguessable request ids ("req_" + 24 hex digits) from the OS's random source, drawn
    256 at a time: one getrandom call per request was 3 % of the gateway's CPU under load.
    Thread-safe (a test process runs several servers); a forked child starts with an empty
    pool, so no two processes hand out the same ids."""

    SIZE = 12  # bytes per id

    def __init__(self, batch: int = 256) -> None:
        self._batch = batch
        self._pool = b""
        self._at = 0
        self._lock = threading.Lock()

    def next(self) -> str:
        with self._lock:
            if self._at >= len(self._pool):
                self._pool, self._at = os.urandom(self.SIZE * self._batch), 0
            at = self._at
            self._at += self.SIZE
            return "req_" + self._pool[at:at + self.SIZE].hex()

    def reset(self) -> None:
        self._pool, self._at = b"", 0
        self._lock = threading.Lock()


REQUEST_IDS = RequestIds()
os.register_at_fork(after_in_child=REQUEST_IDS.reset)


class PrincipalLookup(Protocol):
    async def lookup(self, api_key: str) -> Principal | None: ...


class AuditSink(Protocol):
    def submit(self, record: AuditRecord) -> None: ...


AdmissionFor = Callable[[Principal, float], Admission]


@dataclass
class Trace:
    """What happened to one request so far; becomes its AuditRecord at the end."""

    request_id: str
    dialect: Dialect
    endpoint: str
    ts: str
    started: float
    status: int = 200
    principal: Principal | None = None
    model_requested: str | None = None
    model_served: str | None = None
    decision: str | None = None
    reason: str | None = None
    rule_ids: tuple[str, ...] = ()
    verdict: Verdict | None = None
    upstream_status: int | None = None
    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage | None = None
    stream: bool = False
    prompt: str | None = None
    error: str | None = None
    latency_ms: float = 0.0


@dataclass
class GatewayConfig:
    max_body_bytes: int = 4 * 1024 * 1024
    keep_prompt_text: bool = False
    classifier_timeout_s: float = 0.25
    # More time for longer texts, so that padding a request does not turn its verdict into a
    # timeout (and a refusal into the fallback): the budget grows with the characters read.
    classifier_timeout_s_per_char: float = 2e-6
    classifier_on_error: str = "fallback"


# Texts longer than this are classified on a worker of their own, so a multi-megabyte request
# (up to seconds) never holds up the classification of ordinary ones queued behind it.
BULK_CHARS = 100_000


class Gateway:
    """The request path. Everything it touches arrives through the constructor."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        providers: dict[str, Provider],
        classifier: Classifier,
        principals: PrincipalLookup,
        audit: AuditSink,
        config: GatewayConfig = GatewayConfig(),
        policy: SafeguardPolicy = SafeguardPolicy(),
        health: Health | None = None,
        admission_for: AdmissionFor = lambda principal, now: Admission(),
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.time,
        judge: Judge | None = None,
    ) -> None:
        self.catalog = catalog
        self.providers = providers
        self.classifier = classifier
        self.principals = principals
        self.audit = audit
        self.config = config
        self.policy = policy
        self.health = health or Health()
        self.admission_for = admission_for
        self.metrics = metrics or Metrics()
        self.clock = clock
        self.judge = judge
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sekisho-safeguard")
        self._bulk_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sekisho-safeguard-bulk")

    # ------------------------------------------------------------------ entry points

    async def chat(self, dialect: Dialect, request: Request) -> Response:
        now = self.clock()
        # scope["path"], not request.url.path: building the URL object cost ~3% of the CPU.
        trace = Trace(request_id=REQUEST_IDS.next(), dialect=dialect,
                      endpoint=request.scope["path"], ts=_rfc3339(now), started=time.perf_counter())
        deferred = False
        try:
            response = await self._chat(dialect, request, trace, now)
            deferred = isinstance(response, StreamingResponse)
        except ClientError as exc:
            trace.status, trace.error = exc.status, exc.message
            trace.decision = trace.decision or ("unauthenticated" if exc.status == 401 else "invalid")
            response = self._error(dialect, trace, exc.status, exc.message, exc.code, exc.param)
        except Exception as exc:  # the one outermost handler: record it, answer, keep serving
            log.exception("request_failed", request_id=trace.request_id)
            trace.status, trace.decision, trace.error = 500, "error", f"{type(exc).__name__}: {exc}"
            response = self._error(dialect, trace, 500, "Sekisho failed on this request; "
                                   f"the audit log has it as {trace.request_id}", "internal_error")
        if not deferred:
            self._finish(trace)
        return response

    def close(self) -> None:
        for pool in (self._pool, self._bulk_pool):
            pool.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ the path

    async def _chat(self, dialect: Dialect, request: Request, trace: Trace, now: float) -> Response:
        raw = await _read_body(request, self.config.max_body_bytes)
        trace.principal = await self._authenticate(dialect, request)
        body = _parse_json(raw)
        summary = summarise(dialect, body, request.headers)
        trace.model_requested, trace.stream = summary.model, summary.stream
        trace.prompt = "\n".join(f"{m.role}: {m.text}" for m in summary.messages)
        if summary.model not in self.catalog:
            raise ClientError(404, self.catalog.unknown_model_message(summary.model)
                              + "; GET /v1/models lists the ones you may use",
                              "model_not_found", "model")
        verdict = await self._classify(summary)
        trace.verdict = verdict
        admission = self.admission_for(trace.principal, now)
        if self.judge is not None:  # the optional last stage of the cascade
            verdict = trace.verdict = await self._judged(summary, verdict, admission)
        state = CatalogState(self.catalog, self.health.unavailable())
        decision = decide(trace.principal, summary, state, verdict, self.policy, admission)
        trace.decision, trace.reason = decision.action.value, decision.reason
        trace.rule_ids = decision.rule_ids
        if decision.action is Action.REFUSE:
            return self._refuse(dialect, trace, summary, decision)
        if summary.stream:
            return await self._stream(dialect, trace, body, decision)
        return await self._complete(dialect, trace, body, decision)

    async def _authenticate(self, dialect: Dialect, request: Request) -> Principal:
        key = api_key_of(dialect, request.headers)
        if key is None:
            raise ClientError(401, "missing API key: send it as `Authorization: Bearer KEY` or "
                                   "`x-api-key: KEY`; `sekisho keys create` makes one",
                              "missing_api_key")
        principal = await self.principals.lookup(key)
        if principal is None:
            raise ClientError(401, "invalid API key: it is unknown or revoked; "
                                   "ask your administrator for a key (`sekisho keys create`)",
                              "invalid_api_key")
        return principal

    async def _classify(self, summary: RequestSummary) -> Verdict:
        tier_on_error = _ON_ERROR_TIER[self.config.classifier_on_error]
        try:
            if runs_inline(self.classifier, summary.messages):
                # Cheap classifiers run on the loop: a thread hop would cost more than they do.
                verdict = self.classifier.classify(summary.messages)
            else:
                chars = sum(len(m.text) for m in summary.messages)
                pool = self._bulk_pool if chars > BULK_CHARS else self._pool
                timeout = (self.config.classifier_timeout_s
                           + self.config.classifier_timeout_s_per_char * chars)
                loop = asyncio.get_running_loop()
                verdict = await asyncio.wait_for(
                    loop.run_in_executor(pool, self.classifier.classify, summary.messages), timeout)
        except Exception as exc:  # a failing safeguard must not fail open, nor crash the request
            self.metrics.safeguard_errors.inc()
            reason = "timed out" if isinstance(exc, TimeoutError) else f"{type(exc).__name__}: {exc}"
            log.warning("safeguard_failed", error=reason)
            return Verdict(tier=tier_on_error, scores={t.value: 0.0 for t in TIERS},
                           version=getattr(self.classifier, "version", "unknown"),
                           error=reason)
        self.metrics.verdicts.labels(verdict.tier.value).inc()
        return verdict

    async def _judged(self, summary: RequestSummary, verdict: Verdict,
                      admission: Admission) -> Verdict:
        judge = self.judge
        assert judge is not None
        barred = admission.blocked.get(judge.model)
        if barred and judge.wants(verdict):
            # A directive bars the judge's model for this principal: their text must not reach it.
            judged = judge.skipped(verdict, f"directive {barred[0]} bars {judge.model} "
                                            "for this principal")
        else:
            judged = await judge.review(summary.messages, verdict)
        if judged.judge_outcome is not None:
            self.metrics.judge_calls.labels(judged.judge_outcome).inc()
            self.metrics.judge_seconds.observe((judged.judge_ms or 0.0) / 1000)
            if judged.judge_error is not None:
                log.warning("judge_failed", model=judged.judge, error=judged.judge_error)
        return judged

    # ------------------------------------------------------------------ non-streaming

    async def _complete(self, dialect: Dialect, trace: Trace, body: dict[str, Any],
                        decision: Decision) -> Response:
        for model in decision.route:
            provider = self.providers[model]
            if not self._claim(model, trace):
                continue
            wire = upstream_body(body, dialect, provider.dialect, self.catalog.get(model).wire_model)
            try:
                status, answer = await provider.complete(wire)
            except UpstreamUnavailable as exc:
                self._failed(model, trace, exc)
                continue
            except UpstreamRejected as exc:
                self.health.breaker(model).record_success()  # it answered: it is up
                return self._rejected(dialect, trace, model, exc)
            self.health.breaker(model).record_success()
            trace.attempts.append(Attempt(model, "ok", status))
            trace.upstream_status = status
            self._served(trace, decision, model)
            upstream_codec = CODECS[provider.dialect]
            trace.usage = upstream_codec.usage_of(answer)
            notice = self._notice(trace, decision, model)
            if provider.dialect is dialect and notice is None:
                answer["model"] = model
                out = answer
            else:
                completion = upstream_codec.parse_response(answer)
                out = CODECS[dialect].render_response(completion, model, notice)
            return Response(orjson.dumps(out), 200, self._headers(trace),
                            media_type="application/json")
        return self._exhausted(dialect, trace, decision)

    # ------------------------------------------------------------------ streaming

    async def _stream(self, dialect: Dialect, trace: Trace, body: dict[str, Any],
                      decision: Decision) -> Response:
        """Fail over only until the first event arrives; after that the client has bytes."""
        for model in decision.route:
            provider = self.providers[model]
            if not self._claim(model, trace):
                continue
            wire = upstream_body(body, dialect, provider.dialect, self.catalog.get(model).wire_model)
            events = provider.stream(wire).__aiter__()
            try:
                first = await events.__anext__()
            except StopAsyncIteration:
                self._failed(model, trace, UpstreamUnavailable(f"{model}: empty stream"))
                continue
            except UpstreamUnavailable as exc:
                self._failed(model, trace, exc)
                continue
            except UpstreamRejected as exc:
                self.health.breaker(model).record_success()
                return self._rejected(dialect, trace, model, exc)
            self.health.breaker(model).record_success()
            trace.attempts.append(Attempt(model, "ok", 200))
            trace.upstream_status = 200
            self._served(trace, decision, model)
            notice = self._notice(trace, decision, model)
            relay = self._relay(dialect, provider.dialect, trace, model, first, events, notice)
            return StreamingResponse(relay, 200, self._headers(trace),
                                     media_type="text/event-stream")
        return self._exhausted(dialect, trace, decision)

    async def _relay(self, dialect: Dialect, upstream: Dialect, trace: Trace, model: str,
                     first: SSEEvent, events: AsyncIterator[SSEEvent],
                     notice: str | None) -> AsyncIterator[bytes]:
        in_codec, out_codec = CODECS[upstream], CODECS[dialect]
        parser = in_codec.stream_parser()
        writer = out_codec.stream_writer(trace.request_id, model, int(self.clock()))
        passthrough = upstream is dialect and notice is None
        try:
            event: SSEEvent | None = first
            while event is not None:
                parsed = parser.feed(event)
                if passthrough:
                    yield encode_sse(event.data, event.event)
                else:
                    for ev in parsed:
                        yield writer.write(ev)
                        if notice is not None and isinstance(ev, Start):
                            yield writer.notice(notice)
                            notice = None
                event = await anext(events, None)
            if not parser.finished:
                raise UpstreamUnavailable(f"{model}: the stream ended before its end event")
            if not passthrough:
                yield writer.end()
        except UpstreamUnavailable as exc:
            self.health.breaker(model).record_failure()
            trace.attempts.append(Attempt(model, "stream_broken", None, str(exc)))
            trace.error = f"stream broke after the first byte: {exc}"
            yield writer.error("the upstream stream broke before the answer was complete; "
                               f"the answer is truncated (request {trace.request_id})")
        finally:
            trace.usage = parser.usage
            await _aclose(events)
            self._finish(trace)

    # ------------------------------------------------------------------ outcomes

    def _claim(self, model: str, trace: Trace) -> bool:
        if self.health.breaker(model).allow():
            return True
        trace.attempts.append(Attempt(model, "circuit_open"))
        return False

    def _failed(self, model: str, trace: Trace, exc: UpstreamUnavailable) -> None:
        breaker = self.health.breaker(model)
        breaker.record_failure()
        self.metrics.breaker_open.labels(model).set(0 if breaker.available() else 1)
        self.metrics.upstream_failures.labels(model, "unavailable").inc()
        trace.attempts.append(Attempt(model, "unavailable", exc.status, str(exc)))
        trace.upstream_status = exc.status

    def _served(self, trace: Trace, decision: Decision, model: str) -> None:
        trace.model_served = model
        if model != decision.route[0] and decision.action is Action.SERVE:
            trace.decision = Action.FAILOVER.value
            trace.reason = "continuity:upstream-failed"
            trace.rule_ids = trace.rule_ids + ("continuity.outage",)

    def _notice(self, trace: Trace, decision: Decision, served: str) -> str | None:
        """A swapped model is never silent: the user is told who answered and why."""
        if served == decision.model_requested:
            return None
        key = decision.notice if decision.action is not Action.SERVE else "outage"
        key = key or "outage"
        assert trace.principal is not None
        reason = decision.reason
        if key == "policy":
            reason = next((r for r in decision.rule_ids if not r.startswith("safeguard")), reason)
        return render_notice(key, trace.principal.language, requested=decision.model_requested,
                             served=served, reason=reason, domain="cyber")

    def _refuse(self, dialect: Dialect, trace: Trace, summary: RequestSummary,
                decision: Decision) -> Response:
        if decision.refusal_category == UNAVAILABLE:
            return self._exhausted(dialect, trace, decision)
        assert trace.principal is not None
        key = "refused_cyber" if decision.refusal_category == CYBER else "refused"
        explanation = render_notice(key, trace.principal.language, requested=summary.model,
                                    reason=decision.reason)
        category = decision.refusal_category if decision.refusal_category == CYBER else None
        codec = CODECS[dialect]
        headers = self._headers(trace)
        if summary.stream:
            writer = codec.stream_writer(trace.request_id, summary.model, int(self.clock()))
            frames = writer.refusal(category, explanation) + writer.end()
            trace_done = self._finish

            async def once() -> AsyncIterator[bytes]:
                try:
                    yield frames
                finally:
                    trace_done(trace)
            return StreamingResponse(once(), 200, headers, media_type="text/event-stream")
        out = codec.render_refusal(summary.model, category, explanation, trace.request_id)
        return Response(orjson.dumps(out), 200, headers, media_type="application/json")

    def _rejected(self, dialect: Dialect, trace: Trace, model: str,
                  exc: UpstreamRejected) -> Response:
        """The upstream's own 4xx goes back to the client: failing over would not help."""
        status = exc.status or 400
        trace.attempts.append(Attempt(model, "upstream_4xx", status, str(exc)))
        trace.upstream_status, trace.model_served = status, model
        trace.error = f"upstream rejected the request: {_upstream_message(exc.body)}"
        upstream_dialect = self.providers[model].dialect
        if upstream_dialect is dialect and isinstance(exc.body, dict):
            trace.status = status
            return Response(orjson.dumps(exc.body), status, self._headers(trace),
                            media_type="application/json")
        return self._error(dialect, trace, status,
                           f"{model} rejected the request: {_upstream_message(exc.body)}",
                           "upstream_rejected")

    def _exhausted(self, dialect: Dialect, trace: Trace, decision: Decision) -> Response:
        trace.decision, trace.reason = Action.REFUSE.value, "continuity:exhausted"
        if "continuity.outage" not in trace.rule_ids:
            trace.rule_ids = trace.rule_ids + ("continuity.outage",)
        tried = ", ".join(a.model for a in trace.attempts) or ", ".join(decision.route) or "none"
        language = trace.principal.language if trace.principal else None
        message = render_notice("unavailable", language or Language.EN, requested=decision.model_requested,
                                reason=f"tried: {tried}")
        return self._error(dialect, trace, 503, message, "no_model_available")

    def _error(self, dialect: Dialect, trace: Trace, status: int, message: str,
               code: str | None = None, param: str | None = None) -> Response:
        trace.status = status
        trace.error = trace.error or message
        return Response(orjson.dumps(error_body(dialect, status, message, code, param)), status,
                        self._headers(trace), media_type="application/json")

    def _headers(self, trace: Trace) -> dict[str, str]:
        headers = {
            "x-sekisho-request-id": trace.request_id,
            "x-sekisho-model-requested": trace.model_requested or "",
            "x-sekisho-model-served": trace.model_served or "",
            "x-sekisho-decision": trace.decision or "",
            "x-sekisho-reason": trace.reason or trace.decision or "",
        }
        if trace.rule_ids:
            headers["x-sekisho-rules"] = ",".join(trace.rule_ids)
        if trace.verdict is not None:
            headers["x-sekisho-safeguard"] = (f"{trace.verdict.domain}={trace.verdict.tier.value};"
                                              f"version={trace.verdict.version}")
            if trace.verdict.unread is not None:
                headers["x-sekisho-safeguard"] += f";unread={trace.verdict.unread}"
            if trace.verdict.judge is not None:
                headers["x-sekisho-judge"] = (f"{trace.verdict.judge};"
                                              f"tier={trace.verdict.judge_tier or 'none'};"
                                              f"outcome={trace.verdict.judge_outcome}")
        return headers

    def _finish(self, trace: Trace) -> None:
        trace.latency_ms = (time.perf_counter() - trace.started) * 1000
        self.audit.submit(audit_record(trace, self.config.keep_prompt_text))
        self.metrics.requests.labels(trace.dialect.value, trace.decision or "", str(trace.status)).inc()
        if trace.model_served:
            self.metrics.served.labels(trace.model_requested or "", trace.model_served).inc()
        self.metrics.latency.labels(trace.dialect.value).observe(trace.latency_ms / 1000)


def audit_record(trace: Trace, keep_prompt_text: bool) -> AuditRecord:
    p = trace.principal
    prompt = trace.prompt
    return AuditRecord(
        request_id=trace.request_id, ts=trace.ts, dialect=trace.dialect.value,
        endpoint=trace.endpoint, status=trace.status,
        principal_id=p.id if p else None, key_id=p.key_id if p else None, org=p.org if p else None,
        model_requested=trace.model_requested, model_served=trace.model_served,
        decision=trace.decision, reason=trace.reason, rule_ids=trace.rule_ids,
        verdict=trace.verdict.to_json() if trace.verdict else None,
        upstream_status=trace.upstream_status, attempts=tuple(trace.attempts),
        latency_ms=round(trace.latency_ms, 3),
        input_tokens=trace.usage.input_tokens if trace.usage else None,
        output_tokens=trace.usage.output_tokens if trace.usage else None,
        stream=trace.stream,
        prompt_sha256=hashlib.sha256(prompt.encode()).hexdigest() if prompt is not None else None,
        prompt_chars=len(prompt) if prompt is not None else None,
        prompt_text=prompt if keep_prompt_text else None,
        error=trace.error,
    )


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    too_big = ClientError(413, f"request body is over the limit of {limit} bytes; send a smaller "
                               "request or raise max_body_bytes", "request_too_large")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise ClientError(400, "the client went away before sending the whole body",
                          "client_disconnected") from exc
    return b"".join(chunks)


def _parse_json(raw: bytes) -> Any:
    if not raw:
        raise ClientError(400, "the request body is empty; send a JSON object", "invalid_json")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if "UTF-8" in str(exc) or "utf-8" in str(exc):
            raise ClientError(400, "the request body is not valid UTF-8; encode it as UTF-8 JSON",
                              "invalid_utf8") from exc
        raise ClientError(400, f"the request body is not valid JSON ({exc}); send a JSON object",
                          "invalid_json") from exc


def _upstream_message(body: Any) -> str:
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    return str(body)[:500]


async def _aclose(events: AsyncIterator[SSEEvent]) -> None:
    close = getattr(events, "aclose", None)
    if close is not None:
        try:
            await close()
        except Exception:  # closing a broken upstream stream may fail again; nothing to save
            pass


def _rfc3339(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="microseconds")

