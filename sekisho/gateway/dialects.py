"""What differs between the OpenAI and Anthropic dialects at Sekisho's front door:
how a caller authenticates, what a valid request looks like, and how errors read.

Validation messages name the field and the fix; every client error is a ClientError
rendered in the caller's own dialect, never a 500.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from sekisho.values import Dialect, Message, RequestSummary

# (OpenAI error type, Anthropic error type) per HTTP status
_ERROR_TYPES: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "invalid_request_error"),
    401: ("authentication_error", "authentication_error"),
    403: ("permission_error", "permission_error"),
    404: ("not_found_error", "not_found_error"),
    413: ("invalid_request_error", "request_too_large"),
    429: ("rate_limit_error", "rate_limit_error"),
    500: ("server_error", "api_error"),
    502: ("server_error", "api_error"),
    503: ("service_unavailable", "overloaded_error"),
}


@dataclass(frozen=True)
class ClientError(Exception):
    """A request Sekisho will not pass on; `code` is a stable machine-readable name."""

    status: int
    message: str
    code: str
    param: str | None = None

    def __str__(self) -> str:
        return self.message


def error_body(dialect: Dialect, status: int, message: str, code: str | None = None,
               param: str | None = None) -> dict[str, Any]:
    openai_type, anthropic_type = _ERROR_TYPES.get(status, ("server_error", "api_error"))
    if dialect is Dialect.ANTHROPIC:
        return {"type": "error", "error": {"type": anthropic_type, "message": message}}
    return {"error": {"message": message, "type": openai_type, "param": param, "code": code}}


def api_key_of(dialect: Dialect, headers: Mapping[str, str]) -> str | None:
    """OpenAI SDKs send `Authorization: Bearer`; Anthropic SDKs send `x-api-key`. Accept both."""
    key = headers.get("x-api-key")
    if key:
        return key
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return None


def summarise(dialect: Dialect, body: Any, headers: Mapping[str, str]) -> RequestSummary:
    """Validate a chat request and reduce it to what the safeguard and `decide` need."""
    if not isinstance(body, dict):
        raise ClientError(400, "the request body must be a JSON object", "invalid_body")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ClientError(400, "`model` is required and must be a string naming a catalog "
                               "model; GET /v1/models lists them", "invalid_model", "model")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise ClientError(400, "`stream` must be true or false", "invalid_type", "stream")
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise ClientError(400, "`messages` is required and must be a non-empty list of "
                               "{role, content} objects", "invalid_messages", "messages")
    messages: list[Message] = []
    if dialect is Dialect.ANTHROPIC:
        _check_max_tokens(body)
        system = body.get("system")
        if system is not None:
            messages.append(Message("system", _text_of(system, "system")))
    # Tool definitions and output schemas are text the model reads, so the safeguard reads them.
    definitions = model_text([body.get(k) for k in _DEFINITIONS if body.get(k) is not None])
    if definitions:
        messages.append(Message("system", definitions))
    for i, m in enumerate(raw):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            raise ClientError(400, f"`{where}` must be an object with `role` and `content`",
                              "invalid_messages", where)
        role = m.get("role")
        if not isinstance(role, str) or role not in _ROLES[dialect]:
            allowed = ", ".join(sorted(_ROLES[dialect]))
            raise ClientError(400, f"`{where}.role` must be one of: {allowed}", "invalid_role",
                              f"{where}.role")
        content = m.get("content")
        if content is None and dialect is Dialect.OPENAI and (role == "assistant"):
            content = ""
        text = _text_of(content, f"{where}.content")
        # Everything else in the message the model reads too: an assistant turn's tool calls,
        # a refusal, a name.
        rest = model_text([v for k, v in m.items() if k not in ("role", "content")])
        messages.append(Message(role, f"{text}\n{rest}" if text and rest else text or rest))
    allow, fallbacks = _fallback_wishes(dialect, body, headers)
    return RequestSummary(dialect=dialect, model=model, stream=stream, messages=tuple(messages),
                          allow_fallback=allow, fallbacks=fallbacks)


_ROLES = {
    Dialect.OPENAI: frozenset({"system", "developer", "user", "assistant", "tool", "function"}),
    Dialect.ANTHROPIC: frozenset({"user", "assistant"}),
}


def _check_max_tokens(body: Mapping[str, Any]) -> None:
    mt = body.get("max_tokens")
    if not isinstance(mt, int) or isinstance(mt, bool) or mt < 1:
        raise ClientError(400, "`max_tokens` is required and must be a positive integer",
                          "invalid_max_tokens", "max_tokens")


def _text_of(content: Any, where: str) -> str:
    """All the text a model would read in one message's content: every string in it (text
    parts, tool calls and results, documents, thinking), whatever the block's type."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        for j, part in enumerate(content):
            if not isinstance(part, (str, dict)):
                raise ClientError(400, f"`{where}[{j}]` must be a content part object",
                                  "invalid_content", f"{where}[{j}]")
        return model_text(content)
    raise ClientError(400, f"`{where}` must be a string or a list of content parts",
                      "invalid_content", where)


# Top-level fields the model reads besides the messages (OpenAI and Anthropic).
_DEFINITIONS = ("tools", "functions", "response_format", "prediction")
# Keys whose values are names, ids or settings, not text (`name` is read: a tool's name is text).
_NOT_TEXT = frozenset({"type", "role", "id", "tool_call_id", "tool_use_id", "cache_control",
                       "media_type", "detail", "signature", "url", "file_id", "file_data"})


def model_text(value: Any) -> str:
    """Every string a model would read in a JSON value, in document order, one per line.

    A security gateway reads by default: an unknown block type or a new field is read, not
    skipped. What is left out is what is not text for the model: ids, types, settings,
    URLs and binary data (images, audio, PDF files; a base64 source or a `data:` URL is read
    only when its media type is text). The keys of free-form objects (tool inputs, schema properties) are
    read with their values.
    """
    out: list[str] = []
    stack: list[Any] = [value]
    while stack:  # iterative: a deeply nested body must not exhaust Python's stack
        v = stack.pop()
        if isinstance(v, str):
            if v:
                out.append(v)
        elif isinstance(v, list):
            stack.extend(reversed(v))
        elif isinstance(v, dict):
            items = []
            for k, x in v.items():
                if k in ("url", "file_data") and isinstance(x, str) and x.startswith("data:text/"):
                    items.append(_b64_text(x.partition(",")[2]) if ";base64," in x[:100]
                                 else unquote(x.partition(",")[2]))
                    continue
                if k in _NOT_TEXT or (k == "data" and not _is_text_data(v)):
                    continue
                if k in ("input", "properties", "arguments") and isinstance(x, dict):
                    items.append(" ".join(str(key) for key in x))
                items.append(x)
            if v.get("type") == "base64" and isinstance(v.get("data"), str) and _is_text_data(v):
                items = [_b64_text(v["data"])]
            stack.extend(reversed(items))
    return "\n".join(out)


def _is_text_data(block: Mapping[str, Any]) -> bool:
    """A `data` field is text for the model in a text source, or a base64 source of text."""
    media = block.get("media_type")
    return block.get("type") == "text" or (isinstance(media, str) and media.startswith("text/"))


def _b64_text(data: str) -> str:
    try:
        return base64.b64decode(data, validate=False).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return data  # not valid base64: read what was sent


def _fallback_wishes(dialect: Dialect, body: Mapping[str, Any],
                     headers: Mapping[str, str]) -> tuple[bool, tuple[str, ...]]:
    """`x-sekisho-fallback: off` opts out of automatic fallback (the refusal is returned).

    The Anthropic dialect also takes the provider's `fallbacks` field: a list of
    `{"model": ...}` names the fallback models in order, `"default"` keeps the
    catalog's fallback, and an empty list opts out.
    """
    wish = headers.get("x-sekisho-fallback", "auto").strip().lower()
    if wish not in ("auto", "off"):
        raise ClientError(400, "header `x-sekisho-fallback` must be `auto` or `off`",
                          "invalid_header", "x-sekisho-fallback")
    allow = wish == "auto"
    if dialect is not Dialect.ANTHROPIC or "fallbacks" not in body:
        return allow, ()
    spec = body["fallbacks"]
    if spec == "default" or spec is None:
        return allow, ()
    if isinstance(spec, list) and all(isinstance(f, dict) and isinstance(f.get("model"), str)
                                      for f in spec):
        names = tuple(f["model"] for f in spec)
        return allow and bool(names), names
    raise ClientError(400, '`fallbacks` must be "default" or a list of {"model": NAME} objects',
                      "invalid_fallbacks", "fallbacks")
