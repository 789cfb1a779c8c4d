"""One table per dialect of the functions that read and write it, so the pipeline
never branches on which dialect it is speaking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sekisho.providers import translate as t
from sekisho.providers.wire import Completion
from sekisho.values import Dialect, Usage


@dataclass(frozen=True)
class Codec:
    dialect: Dialect
    parse_response: Callable[[dict[str, Any]], Completion]
    render_response: Callable[..., dict[str, Any]]  # (completion, model, notice, created=...)
    render_refusal: Callable[[str, str | None, str, str], dict[str, Any]]
    stream_parser: Callable[[], Any]
    stream_writer: Callable[[str, str, int], Any]
    usage_of: Callable[[dict[str, Any]], Usage]
    done_marker: Callable[[str | None, str], bool]  # is this SSE event the clean end?


def _openai_usage(body: dict[str, Any]) -> Usage:
    u = body.get("usage") or {}
    return Usage(int(u.get("prompt_tokens") or 0), int(u.get("completion_tokens") or 0))


def _anthropic_usage(body: dict[str, Any]) -> Usage:
    u = body.get("usage") or {}
    return Usage(int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0))


CODECS: dict[Dialect, Codec] = {
    Dialect.OPENAI: Codec(
        dialect=Dialect.OPENAI,
        parse_response=t.parse_openai_response,
        render_response=t.render_openai_response,
        render_refusal=lambda model, category, explanation, rid: t.render_openai_refusal(
            model, explanation, rid),
        stream_parser=t.OpenAIStreamParser,
        stream_writer=lambda rid, model, created: t.OpenAIStreamWriter(rid, model, created),
        usage_of=_openai_usage,
        done_marker=lambda event, data: data == "[DONE]",
    ),
    Dialect.ANTHROPIC: Codec(
        dialect=Dialect.ANTHROPIC,
        parse_response=t.parse_anthropic_response,
        render_response=t.render_anthropic_response,
        render_refusal=lambda model, category, explanation, rid: t.render_anthropic_refusal(
            model, category, explanation, rid),
        stream_parser=t.AnthropicStreamParser,
        stream_writer=lambda rid, model, created: t.AnthropicStreamWriter(rid, model),
        usage_of=_anthropic_usage,
        done_marker=lambda event, data: event == "message_stop",
    ),
}

_REQUEST_TRANSLATORS: dict[tuple[Dialect, Dialect], Callable[[dict[str, Any]], dict[str, Any]]] = {
    (Dialect.OPENAI, Dialect.ANTHROPIC): t.openai_request_to_anthropic,
    (Dialect.ANTHROPIC, Dialect.OPENAI): t.anthropic_request_to_openai,
}

# Fields of Sekisho's own, or of one provider's beta surface, never forwarded upstream.
_GATEWAY_FIELDS = ("fallbacks",)


def upstream_body(body: dict[str, Any], src: Dialect, dst: Dialect, wire_model: str) -> dict[str, Any]:
    """The request body as the upstream must receive it."""
    out = {k: v for k, v in body.items() if k not in _GATEWAY_FIELDS}
    if src is not dst:
        out = _REQUEST_TRANSLATORS[(src, dst)](out)
    out["model"] = wire_model
    if dst is Dialect.OPENAI and out.get("stream"):
        out["stream_options"] = {**(out.get("stream_options") or {}), "include_usage": True}
    return out
