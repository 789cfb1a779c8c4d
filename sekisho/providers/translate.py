"""Translation between the OpenAI chat-completions and Anthropic Messages dialects.

Requests are translated body to body: what one dialect can say, the other hears, and
fields with no counterpart are dropped rather than passed through (an upstream must
never see a field it does not know). Answers go through the neutral values of `wire`:
parse one dialect into a `Completion`, render it in the other. Everything here is
pure; the stream parsers and writers live in `streams` and are re-exported here so
the gateway has one import site.
"""

from __future__ import annotations

from typing import Any

import orjson

from sekisho.providers.streams import (
    AnthropicStreamParser,
    AnthropicStreamWriter,
    OpenAIStreamParser,
    OpenAIStreamWriter,
)
from sekisho.providers.wire import (
    STOP_TO_OPENAI_FINISH,
    Block,
    Completion,
    StopReason,
    TextBlock,
    ToolUseBlock,
    openai_usage,
    stop_from_anthropic,
    stop_from_openai,
    usage_from_anthropic,
    usage_from_openai,
)
from sekisho.values import Usage

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "AnthropicStreamParser",
    "AnthropicStreamWriter",
    "OpenAIStreamParser",
    "OpenAIStreamWriter",
    "anthropic_request_to_openai",
    "openai_request_to_anthropic",
    "parse_anthropic_response",
    "parse_openai_response",
    "render_anthropic_refusal",
    "render_anthropic_response",
    "render_openai_refusal",
    "render_openai_response",
]

DEFAULT_MAX_TOKENS = 4096  # Anthropic requires max_tokens; OpenAI clients often omit it


# --------------------------------------------------------------------------- OpenAI -> Anthropic

def openai_request_to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    system, messages = _openai_messages_to_anthropic(body.get("messages"))
    out: dict[str, Any] = {
        "model": body.get("model"),
        "messages": messages,
        "max_tokens": body.get("max_completion_tokens") or body.get("max_tokens")
        or DEFAULT_MAX_TOKENS,
    }
    if len(system) == 1:
        out["system"] = system[0]
    elif system:
        out["system"] = [{"type": "text", "text": s} for s in system]
    out.update(_openai_sampling_to_anthropic(body))
    if isinstance(body.get("stream"), bool):
        out["stream"] = body["stream"]
    tools = [_openai_tool_to_anthropic(t) for t in _dicts(body.get("tools"))
             if t.get("type", "function") == "function" and isinstance(t.get("function"), dict)]
    if tools:
        out["tools"] = tools
        choice = _openai_tool_choice_to_anthropic(body.get("tool_choice"),
                                                  body.get("parallel_tool_calls"))
        if choice is not None:
            out["tool_choice"] = choice
    user = body.get("user") or body.get("safety_identifier")
    if isinstance(user, str) and user:
        out["metadata"] = {"user_id": user}
    return out


def _openai_messages_to_anthropic(raw: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """System texts (hoisted from wherever they stand) and the alternating turns."""
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    for m in _dicts(raw):
        role = m.get("role")
        if role in ("system", "developer"):
            text = _text_of(m.get("content"))
            if text:
                system.append(text)
        elif role == "tool":
            _append(messages, "user", [_tool_result(m)])
        elif role == "assistant":
            _append(messages, "assistant", _openai_content_to_blocks(m.get("content"))
                    + [_tool_use(call) for call in _dicts(m.get("tool_calls"))])
        elif role == "user":
            _append(messages, "user", _openai_content_to_blocks(m.get("content")))
        # role "function" (the pre-tools API) and unknown roles are dropped
    return system, messages


def _openai_sampling_to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    temperature, top_p = body.get("temperature"), body.get("top_p")
    if isinstance(temperature, (int, float)):
        out["temperature"] = min(temperature, 1)  # OpenAI allows up to 2, Anthropic up to 1
    elif isinstance(top_p, (int, float)):
        # Recent Claude models reject temperature and top_p together; temperature wins.
        out["top_p"] = top_p
    stop = body.get("stop")
    sequences = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
    sequences = [s for s in sequences if isinstance(s, str) and s.strip()]  # no blank ones
    if sequences:
        out["stop_sequences"] = sequences
    return out


def _append(messages: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]]) -> None:
    """Anthropic wants strictly alternating roles: consecutive turns of one role merge."""
    if not blocks:
        return  # Anthropic rejects empty turns; dropping one keeps the others alternating
    if messages and messages[-1]["role"] == role:
        messages[-1]["content"].extend(blocks)
    else:
        messages.append({"role": role, "content": blocks})


def _openai_content_to_blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in _dicts(content):
        kind = part.get("type")
        if kind == "text" and part.get("text"):
            blocks.append({"type": "text", "text": str(part["text"])})
        elif kind == "refusal" and part.get("refusal"):
            blocks.append({"type": "text", "text": str(part["refusal"])})
        elif kind == "image_url":
            image = _data_url_to_image(part.get("image_url"))
            if image is not None:
                blocks.append(image)
    return blocks


def _data_url_to_image(image_url: Any) -> dict[str, Any] | None:
    """Only inline base64 images cross over; remote URLs are dropped, not fetched."""
    url = image_url.get("url") if isinstance(image_url, dict) else image_url
    if not isinstance(url, str) or not url.startswith("data:"):
        return None
    media_type, sep, data = url[5:].partition(";base64,")
    if not sep or not media_type or not data:
        return None
    return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}


def _tool_use(call: dict[str, Any]) -> dict[str, Any]:
    fn = _dict(call.get("function"))
    return {"type": "tool_use", "id": str(call.get("id") or ""), "name": str(fn.get("name") or ""),
            "input": _json_object(fn.get("arguments"))}


def _tool_result(m: dict[str, Any]) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": str(m.get("tool_call_id") or "")}
    text = _text_of(m.get("content"))
    if text:
        block["content"] = text
    return block


def _openai_tool_to_anthropic(tool: dict[str, Any]) -> dict[str, Any]:
    fn = tool["function"]
    out: dict[str, Any] = {"name": str(fn.get("name") or "")}
    if fn.get("description"):
        out["description"] = fn["description"]
    out["input_schema"] = fn.get("parameters") or _empty_schema()
    return out


def _openai_tool_choice_to_anthropic(choice: Any, parallel: Any) -> dict[str, Any] | None:
    out: dict[str, Any] | None = None
    if isinstance(choice, dict):
        fn = choice.get("function")
        name = fn.get("name") if isinstance(fn, dict) else None
        out = {"type": "tool", "name": name} if isinstance(name, str) and name else None
    elif isinstance(choice, str) and choice in ("auto", "none", "required"):
        out = {"type": "any" if choice == "required" else choice}
    if parallel is False and (out is None or out["type"] != "none"):
        out = {"type": "auto"} if out is None else out
        out["disable_parallel_tool_use"] = True
    return out


# --------------------------------------------------------------------------- Anthropic -> OpenAI

def anthropic_request_to_openai(body: dict[str, Any]) -> dict[str, Any]:
    messages = _anthropic_system_to_openai(body.get("system"))
    for m in _dicts(body.get("messages")):
        if m.get("role") == "assistant":
            messages.append(_anthropic_assistant_to_openai(m.get("content")))
        elif m.get("role") == "user":
            messages += _anthropic_user_to_openai(m.get("content"))
    out: dict[str, Any] = {"model": body.get("model"), "messages": messages}
    if isinstance(body.get("max_tokens"), int):
        out["max_tokens"] = body["max_tokens"]
    for key in ("temperature", "top_p"):
        if isinstance(body.get(key), (int, float)):
            out[key] = body[key]
    if isinstance(body.get("stop_sequences"), list) and body["stop_sequences"]:
        out["stop"] = list(body["stop_sequences"])
    if body.get("stream") is True:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}  # else the usage never arrives
    elif body.get("stream") is False:
        out["stream"] = False
    tools = [_anthropic_tool_to_openai(t) for t in _dicts(body.get("tools"))
             if t.get("type") in (None, "custom") and t.get("name")]  # server tools have no twin
    if tools:
        out["tools"] = tools
        out.update(_anthropic_tool_choice_to_openai(body.get("tool_choice")))
    user_id = _dict(body.get("metadata")).get("user_id")
    if isinstance(user_id, str) and user_id:
        out["user"] = user_id
    return out


def _anthropic_system_to_openai(system: Any) -> list[dict[str, Any]]:
    """One system message per system block, so several OpenAI ones come back as they were."""
    if isinstance(system, str):
        return [{"role": "system", "content": system}] if system else []
    return [{"role": "system", "content": str(b["text"])} for b in _dicts(system)
            if b.get("type") == "text" and b.get("text")]


def _anthropic_user_to_openai(content: Any) -> list[dict[str, Any]]:
    """Tool results become `tool` messages first (OpenAI wants them right after the
    assistant's calls); the rest of the turn follows as one user message."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    out: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for block in _dicts(content):
        kind = block.get("type")
        if kind == "tool_result":
            out.append({"role": "tool", "tool_call_id": str(block.get("tool_use_id") or ""),
                        "content": _text_of(block.get("content"))})
        elif kind == "text" and block.get("text"):
            parts.append({"type": "text", "text": str(block["text"])})
        elif kind == "image":
            url = _image_to_data_url(block.get("source"))
            if url is not None:
                parts.append({"type": "image_url", "image_url": {"url": url}})
    if len(parts) == 1 and parts[0]["type"] == "text":
        out.append({"role": "user", "content": parts[0]["text"]})
    elif parts:
        out.append({"role": "user", "content": parts})
    return out


def _image_to_data_url(source: Any) -> str | None:
    if not isinstance(source, dict) or source.get("type") != "base64" or not source.get("data"):
        return None
    return f"data:{source.get('media_type') or 'image/png'};base64,{source['data']}"


def _anthropic_assistant_to_openai(content: Any) -> dict[str, Any]:
    if isinstance(content, str):
        return {"role": "assistant", "content": content}
    blocks = _dicts(content)
    text = "".join(str(b.get("text") or "") for b in blocks if b.get("type") == "text")
    calls = [{"id": str(b.get("id") or ""), "type": "function",
              "function": {"name": str(b.get("name") or ""), "arguments": _json_text(b.get("input"))}}
             for b in blocks if b.get("type") == "tool_use"]
    message: dict[str, Any] = {"role": "assistant", "content": text or None}
    if calls:
        message["tool_calls"] = calls
    return message


def _anthropic_tool_to_openai(tool: dict[str, Any]) -> dict[str, Any]:
    fn: dict[str, Any] = {"name": str(tool["name"])}
    if tool.get("description"):
        fn["description"] = tool["description"]
    fn["parameters"] = tool.get("input_schema") or _empty_schema()
    return {"type": "function", "function": fn}


def _anthropic_tool_choice_to_openai(choice: Any) -> dict[str, Any]:
    if not isinstance(choice, dict):
        return {}
    kind = choice.get("type")
    out: dict[str, Any] = {}
    if kind == "tool" and choice.get("name"):
        out["tool_choice"] = {"type": "function", "function": {"name": str(choice["name"])}}
    elif kind in ("auto", "any", "none"):
        out["tool_choice"] = {"auto": "auto", "any": "required", "none": "none"}[kind]
    if choice.get("disable_parallel_tool_use") is True:
        out["parallel_tool_calls"] = False
    return out


# --------------------------------------------------------------------------- helpers

def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list; anything else (a malformed body) reads as empty."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text_of(content: Any) -> str:
    """The text of content given as a string or as a list of text parts or blocks."""
    if isinstance(content, str):
        return content
    return "\n".join(str(p["text"]) for p in _dicts(content) if p.get("text"))


def _empty_schema() -> dict[str, Any]:
    return {"type": "object", "properties": {}}


def _json_object(arguments: Any) -> dict[str, Any]:
    """Tool-call arguments as the object Anthropic wants; malformed JSON is kept, wrapped."""
    if isinstance(arguments, dict):
        return arguments
    if not arguments:
        return {}
    try:
        value = orjson.loads(arguments)
    except (orjson.JSONDecodeError, TypeError):
        return {"_arguments": str(arguments)}
    return value if isinstance(value, dict) else {"_value": value}


def _json_text(value: Any) -> str:
    return orjson.dumps(value if value is not None else {}).decode()


# --------------------------------------------------------------------------- answers

def parse_openai_response(body: dict[str, Any]) -> Completion:
    choices = _dicts(body.get("choices"))
    choice = choices[0] if choices else {}
    message = _dict(choice.get("message"))
    blocks: list[Block] = []
    text = _text_of(message.get("content"))
    refusal = message.get("refusal")
    if text:
        blocks.append(TextBlock(text))
    elif isinstance(refusal, str) and refusal:
        blocks.append(TextBlock(refusal))
    for call in _dicts(message.get("tool_calls")):
        use = _tool_use(call)
        blocks.append(ToolUseBlock(use["id"], use["name"], use["input"]))
    stop = stop_from_openai(choice.get("finish_reason"))
    if refusal and not text:
        stop = StopReason.REFUSAL
    return Completion(
        id=str(body.get("id") or ""), model=str(body.get("model") or ""), content=tuple(blocks),
        stop_reason=stop, usage=usage_from_openai(body.get("usage")))


def parse_anthropic_response(body: dict[str, Any]) -> Completion:
    blocks: list[Block] = []
    for b in _dicts(body.get("content")):
        if b.get("type") == "text":
            blocks.append(TextBlock(str(b.get("text") or "")))
        elif b.get("type") == "tool_use":
            blocks.append(ToolUseBlock(str(b.get("id") or ""), str(b.get("name") or ""),
                                       _json_object(b.get("input"))))
    return Completion(
        id=str(body.get("id") or ""), model=str(body.get("model") or ""), content=tuple(blocks),
        stop_reason=stop_from_anthropic(body.get("stop_reason")),
        usage=usage_from_anthropic(body.get("usage")))


def render_openai_response(c: Completion, model: str, notice: str | None = None, *,
                           created: int = 0) -> dict[str, Any]:
    text = "".join(b.text for b in c.content if isinstance(b, TextBlock))
    if notice:
        text = f"{notice}\n\n{text}"
    message: dict[str, Any] = {"role": "assistant", "content": text or None, "refusal": None}
    calls = [{"id": b.id, "type": "function",
              "function": {"name": b.name, "arguments": _json_text(b.input)}}
             for b in c.content if isinstance(b, ToolUseBlock)]
    if calls:
        message["tool_calls"] = calls
    return {
        "id": c.id if c.id.startswith("chatcmpl") else f"chatcmpl-{c.id}",
        "object": "chat.completion", "created": created, "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None,
                     "finish_reason": STOP_TO_OPENAI_FINISH[c.stop_reason]}],
        "usage": openai_usage(c.usage),
    }


def render_anthropic_response(c: Completion, model: str,
                              notice: str | None = None) -> dict[str, Any]:
    content: list[dict[str, Any]] = [
        {"type": "text", "text": b.text} if isinstance(b, TextBlock)
        else {"type": "tool_use", "id": b.id, "name": b.name, "input": b.input}
        for b in c.content]
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
        "usage": openai_usage(Usage()),
    }


def render_anthropic_refusal(model: str, category: str | None, explanation: str,
                             request_id: str) -> dict[str, Any]:
    """An HTTP-200 message with no content, as Anthropic itself answers a refusal."""
    return {
        "id": f"msg_{request_id}", "type": "message", "role": "assistant", "model": model,
        "content": [], "stop_reason": "refusal", "stop_sequence": None,
        "stop_details": {"type": "refusal", "category": category, "explanation": explanation},
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }
