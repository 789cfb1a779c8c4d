"""What differs between the OpenAI and Anthropic dialects at Sekisho's front door:
how a caller authenticates, what a valid request looks like, and how errors read.

Validation messages name the field and the fix; every client error is a ClientError
rendered in the caller's own dialect, never a 500.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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
        messages.append(Message(role, _text_of(content, f"{where}.content")))
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
    """All the text a model would read in one message (text parts, tool results, inputs)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts: list[str] = []
        for j, part in enumerate(content):
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                for key in ("text", "content", "input", "arguments"):
                    value = part.get(key)
                    if isinstance(value, (str, list)):
                        parts.append(_text_of(value, f"{where}[{j}].{key}"))
                    elif isinstance(value, dict):
                        parts.append(str(value))
            else:
                raise ClientError(400, f"`{where}[{j}]` must be a content part object",
                                  "invalid_content", f"{where}[{j}]")
        return "\n".join(p for p in parts if p)
    raise ClientError(400, f"`{where}` must be a string or a list of content parts",
                      "invalid_content", where)


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
