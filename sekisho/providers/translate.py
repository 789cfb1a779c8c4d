"""Translation between the OpenAI chat-completions and Anthropic Messages dialects.

Requests are translated body to body. Answers go through the neutral values of
`wire`: parse one dialect into a `Completion` (or stream events), render the other.
Pure functions; the stream parsers and writers live in `streams`.
"""

from __future__ import annotations

from typing import Any

import orjson

from sekisho.providers.streams import (  # noqa: F401  (re-exported: one import site)
    AnthropicStreamParser,
    AnthropicStreamWriter,
    OpenAIStreamParser,
    OpenAIStreamWriter,
)
from sekisho.providers.wire import Block, Completion, StopReason, TextBlock, ToolUseBlock
from sekisho.values import Usage

DEFAULT_MAX_TOKENS = 4096

OPENAI_TO_STOP = {"stop": StopReason.END_TURN, "length": StopReason.MAX_TOKENS,
                  "tool_calls": StopReason.TOOL_USE, "function_call": StopReason.TOOL_USE,
                  "content_filter": StopReason.REFUSAL}
STOP_TO_OPENAI = {StopReason.END_TURN: "stop", StopReason.MAX_TOKENS: "length",
                  StopReason.TOOL_USE: "tool_calls", StopReason.STOP_SEQUENCE: "stop",
                  StopReason.REFUSAL: "content_filter"}


def stop_reason_of(value: Any) -> StopReason:
    try:
        return StopReason(value)
    except ValueError:
        return StopReason.END_TURN


# --------------------------------------------------------------------------- requests

def openai_request_to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    for m in body.get("messages", []):
        role = m.get("role")
        if role in ("system", "developer"):
            system.append(_plain_text(m.get("content")))
        elif role in ("tool", "function"):
            _append(messages, "user", [{"type": "tool_result",
                                        "tool_use_id": m.get("tool_call_id") or m.get("name", ""),
                                        "content": _plain_text(m.get("content"))}])
        elif role == "assistant":
            blocks = _openai_parts_to_blocks(m.get("content"))
            for call in m.get("tool_calls") or []:
                fn = call.get("function", {})
                blocks.append({"type": "tool_use", "id": call.get("id", ""),
                               "name": fn.get("name", ""), "input": _json_object(fn.get("arguments"))})
            _append(messages, "assistant", blocks)
        else:
            _append(messages, "user", _openai_parts_to_blocks(m.get("content")))
    out: dict[str, Any] = {
        "model": body.get("model"),
        "messages": messages,
        "max_tokens": body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS,
    }
    if system:
        out["system"] = "\n\n".join(s for s in system if s)
    for key in ("temperature", "top_p", "stream"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = body.get("stop")
    if stop:
        out["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    if body.get("tools"):
        out["tools"] = [_openai_tool_to_anthropic(t) for t in body["tools"] if t.get("function")]
    choice = _openai_tool_choice_to_anthropic(body.get("tool_choice"))
    if choice is not None and out.get("tools"):
        out["tool_choice"] = choice
    if isinstance(body.get("user"), str):
        out["metadata"] = {"user_id": body["user"]}
    return out


def anthropic_request_to_openai(body: dict[str, Any]) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _plain_text(system)})
    for m in body.get("messages", []):
        content = m.get("content")
        if m.get("role") == "assistant":
            messages.append(_anthropic_assistant_to_openai(content))
            continue
        if isinstance(content, str):
            messages.append({"role": "user", "content": content})
            continue
        parts: list[dict[str, Any]] = []
        for block in content or []:
            kind = block.get("type")
            if kind == "tool_result":
                messages.append({"role": "tool", "tool_call_id": block.get("tool_use_id", ""),
                                 "content": _plain_text(block.get("content"))})
            elif kind == "text":
                parts.append({"type": "text", "text": block.get("text", "")})
            elif kind == "image" and block.get("source", {}).get("type") == "base64":
                src = block["source"]
                parts.append({"type": "image_url", "image_url": {
                    "url": f"data:{src.get('media_type', 'image/png')};base64,{src.get('data', '')}"}})
        if parts:
            simple = all(p["type"] == "text" for p in parts)
            messages.append({"role": "user", "content": "\n".join(p["text"] for p in parts)
                             if simple else parts})
    out: dict[str, Any] = {"model": body.get("model"), "messages": messages}
    if body.get("max_tokens") is not None:
        out["max_tokens"] = body["max_tokens"]
    for key in ("temperature", "top_p", "stream"):
        if body.get(key) is not None:
            out[key] = body[key]
    if body.get("stop_sequences"):
        out["stop"] = list(body["stop_sequences"])
    if body.get("tools"):
        out["tools"] = [{"type": "function", "function": {
            "name": t.get("name", ""), "description": t.get("description", ""),
            "parameters": t.get("input_schema") or {"type": "object", "properties": {}}}}
            for t in body["tools"] if t.get("name")]
    choice = _anthropic_tool_choice_to_openai(body.get("tool_choice"))
    if choice is not None and out.get("tools"):
        out["tool_choice"] = choice
    user_id = (body.get("metadata") or {}).get("user_id")
    if isinstance(user_id, str):
        out["user"] = user_id
    return out


def _append(messages: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]]) -> None:
    """Anthropic wants strictly alternating roles: merge consecutive turns of one role."""
    if not blocks:
        blocks = [{"type": "text", "text": ""}] if role == "user" else []
        if not blocks:
            return
    if messages and messages[-1]["role"] == role:
        messages[-1]["content"].extend(blocks)
    else:
        messages.append({"role": role, "content": blocks})


def _openai_parts_to_blocks(content: Any) -> list[dict[str, Any]]:
    if content is None or content == "":
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks: list[dict[str, Any]] = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            blocks.append({"type": "text", "text": part.get("text", "")})
        elif kind == "image_url":
            url = (part.get("image_url") or {}).get("url", "")
            if url.startswith("data:") and ";base64," in url:
                media, data = url[5:].split(";base64,", 1)
                blocks.append({"type": "image", "source": {"type": "base64", "media_type": media,
                                                           "data": data}})
            else:
                blocks.append({"type": "image", "source": {"type": "url", "url": url}})
    return blocks


def _anthropic_assistant_to_openai(content: Any) -> dict[str, Any]:
    if isinstance(content, str):
        return {"role": "assistant", "content": content}
    texts = [b.get("text", "") for b in content or [] if b.get("type") == "text"]
    calls = [{"id": b.get("id", ""), "type": "function", "function": {
        "name": b.get("name", ""), "arguments": orjson.dumps(b.get("input") or {}).decode()}}
        for b in content or [] if b.get("type") == "tool_use"]
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if calls:
        message["tool_calls"] = calls
    return message


def _openai_tool_to_anthropic(tool: dict[str, Any]) -> dict[str, Any]:
    fn = tool["function"]
    out = {"name": fn.get("name", ""),
           "input_schema": fn.get("parameters") or {"type": "object", "properties": {}}}
    if fn.get("description"):
        out["description"] = fn["description"]
    return out


def _openai_tool_choice_to_anthropic(choice: Any) -> dict[str, Any] | None:
    if choice is None:
        return None
    if isinstance(choice, str):
        return {"auto": {"type": "auto"}, "none": {"type": "none"},
                "required": {"type": "any"}}.get(choice)
    name = (choice.get("function") or {}).get("name")
    return {"type": "tool", "name": name} if name else None


def _anthropic_tool_choice_to_openai(choice: Any) -> Any:
    if not isinstance(choice, dict):
        return None
    kind = choice.get("type")
    if kind == "tool":
        return {"type": "function", "function": {"name": choice.get("name", "")}}
    return {"auto": "auto", "any": "required", "none": "none"}.get(kind)


def _plain_text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def _json_object(arguments: Any) -> dict[str, Any]:
    if isinstance(arguments, dict):
        return arguments
    try:
        value = orjson.loads(arguments or "{}")
    except orjson.JSONDecodeError:
        return {"_arguments": arguments}
    return value if isinstance(value, dict) else {"_value": value}


# --------------------------------------------------------------------------- answers

def parse_openai_response(body: dict[str, Any]) -> Completion:
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    blocks: list[Block] = []
    text = message.get("content")
    if isinstance(text, list):
        text = _plain_text(text)
    if text:
        blocks.append(TextBlock(text))
    if message.get("refusal") and not text:
        blocks.append(TextBlock(message["refusal"]))
    for call in message.get("tool_calls") or []:
        fn = call.get("function", {})
        blocks.append(ToolUseBlock(call.get("id", ""), fn.get("name", ""),
                                   _json_object(fn.get("arguments"))))
    u = body.get("usage") or {}
    return Completion(
        id=str(body.get("id", "")), model=str(body.get("model", "")), content=tuple(blocks),
        stop_reason=OPENAI_TO_STOP.get(choice.get("finish_reason") or "stop", StopReason.END_TURN),
        usage=Usage(int(u.get("prompt_tokens") or 0), int(u.get("completion_tokens") or 0)))


def parse_anthropic_response(body: dict[str, Any]) -> Completion:
    blocks: list[Block] = []
    for b in body.get("content") or []:
        if b.get("type") == "text":
            blocks.append(TextBlock(b.get("text", "")))
        elif b.get("type") == "tool_use":
            blocks.append(ToolUseBlock(b.get("id", ""), b.get("name", ""), b.get("input") or {}))
    u = body.get("usage") or {}
    return Completion(
        id=str(body.get("id", "")), model=str(body.get("model", "")), content=tuple(blocks),
        stop_reason=stop_reason_of(body.get("stop_reason") or "end_turn"),
        usage=Usage(int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0)))


def render_openai_response(c: Completion, model: str, notice: str | None = None,
                           created: int = 0) -> dict[str, Any]:
    text = "".join(b.text for b in c.content if isinstance(b, TextBlock))
    if notice:
        text = f"{notice}\n\n{text}"
    calls = [{"id": b.id, "type": "function", "function": {
        "name": b.name, "arguments": orjson.dumps(b.input).decode()}}
        for b in c.content if isinstance(b, ToolUseBlock)]
    message: dict[str, Any] = {"role": "assistant", "content": text or None, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": c.id if c.id.startswith("chatcmpl") else f"chatcmpl-{c.id}",
        "object": "chat.completion", "created": created, "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None,
                     "finish_reason": STOP_TO_OPENAI[c.stop_reason]}],
        "usage": _openai_usage(c.usage),
    }


def render_anthropic_response(c: Completion, model: str, notice: str | None = None) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    for b in c.content:
        if isinstance(b, TextBlock):
            content.append({"type": "text", "text": b.text})
        else:
            content.append({"type": "tool_use", "id": b.id, "name": b.name, "input": b.input})
    if notice:
        if content and content[0]["type"] == "text":
            content[0] = {"type": "text", "text": f"{notice}\n\n{content[0]['text']}"}
        else:
            content.insert(0, {"type": "text", "text": f"{notice}\n\n"})
    return {
        "id": c.id if c.id.startswith("msg_") else f"msg_{c.id}",
        "type": "message", "role": "assistant", "model": model, "content": content,
        "stop_reason": c.stop_reason.value, "stop_sequence": None,
        "usage": {"input_tokens": c.usage.input_tokens, "output_tokens": c.usage.output_tokens},
    }


def render_openai_refusal(model: str, explanation: str, request_id: str,
                          created: int = 0) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{request_id}", "object": "chat.completion", "created": created,
        "model": model,
        "choices": [{"index": 0, "logprobs": None, "finish_reason": "content_filter",
                     "message": {"role": "assistant", "content": None, "refusal": explanation}}],
        "usage": _openai_usage(Usage()),
    }


def render_anthropic_refusal(model: str, category: str | None, explanation: str,
                             request_id: str) -> dict[str, Any]:
    return {
        "id": f"msg_{request_id}", "type": "message", "role": "assistant", "model": model,
        "content": [], "stop_reason": "refusal", "stop_sequence": None,
        "stop_details": {"type": "refusal", "category": category, "explanation": explanation},
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }


def _openai_usage(u: Usage) -> dict[str, int]:
    return {"prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens,
            "total_tokens": u.input_tokens + u.output_tokens}
