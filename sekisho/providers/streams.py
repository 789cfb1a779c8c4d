"""Streams in both dialects: parsers (SSE events -> neutral events) and writers
(neutral events -> SSE bytes).

A writer can also put a disclosure notice first, end a stream with a refusal, or end a
broken stream with an error event: a truncated answer must never look complete.
"""

from __future__ import annotations

from typing import Any

import orjson

from sekisho.providers.base import SSEEvent, UpstreamUnavailable
from sekisho.providers.wire import (
    BlockStop,
    Finish,
    Start,
    StopReason,
    StreamEvent,
    TextDelta,
    ToolArgsDelta,
    ToolStart,
)
from sekisho.values import Usage

_OPENAI_TO_STOP = {"stop": StopReason.END_TURN, "length": StopReason.MAX_TOKENS,
                   "tool_calls": StopReason.TOOL_USE, "function_call": StopReason.TOOL_USE,
                   "content_filter": StopReason.REFUSAL}
_STOP_TO_OPENAI = {StopReason.END_TURN: "stop", StopReason.MAX_TOKENS: "length",
                   StopReason.TOOL_USE: "tool_calls", StopReason.STOP_SEQUENCE: "stop",
                   StopReason.REFUSAL: "content_filter"}


def _frame(data: Any, event: str | None = None) -> bytes:
    body = data if isinstance(data, bytes) else orjson.dumps(data)
    return (b"event: " + event.encode() + b"\n" if event else b"") + b"data: " + body + b"\n\n"


def _error_message(data: Any) -> str:
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        return str(err.get("message") or err)
    return str(err or data)


# --------------------------------------------------------------------------- parsers

class OpenAIStreamParser:
    """chat.completion.chunk events -> neutral events. Block stops are synthesised."""

    def __init__(self) -> None:
        self.finished = False
        self.usage = Usage()
        self._started = False
        self._block: int = -1  # the open canonical block, -1 when none
        self._block_is_text = False
        self._tools: dict[int, int] = {}  # OpenAI tool_call index -> canonical block index
        self._next = 0
        self._stop: StopReason | None = None
        self._finish_sent = False

    def feed(self, ev: SSEEvent) -> list[StreamEvent]:
        if ev.data == "[DONE]":
            self.finished = True
            return self._finish()
        data = orjson.loads(ev.data)
        if not isinstance(data, dict):
            return []
        if data.get("error"):
            raise UpstreamUnavailable(f"upstream stream error: {_error_message(data)}")
        out: list[StreamEvent] = []
        if not self._started:
            self._started = True
            out.append(Start(str(data.get("id", "")), str(data.get("model", ""))))
        usage = data.get("usage")
        if usage:
            self.usage = Usage(int(usage.get("prompt_tokens") or 0),
                               int(usage.get("completion_tokens") or 0))
        for choice in data.get("choices") or []:
            delta = choice.get("delta") or {}
            text = delta.get("content") or delta.get("refusal")
            if text:
                if not (self._block >= 0 and self._block_is_text):
                    out += self._open(text_block=True)
                out.append(TextDelta(self._block, text))
            for call in delta.get("tool_calls") or []:
                out += self._tool(call)
            if choice.get("finish_reason"):
                self._stop = _OPENAI_TO_STOP.get(choice["finish_reason"], StopReason.END_TURN)
                out += self._close()
        if usage and self._stop is not None:
            out += self._finish()
        return out

    def _tool(self, call: dict[str, Any]) -> list[StreamEvent]:
        out: list[StreamEvent] = []
        key = int(call.get("index", 0))
        fn = call.get("function") or {}
        if key not in self._tools:
            out += self._open(text_block=False)
            self._tools[key] = self._block
            out.append(ToolStart(self._block, str(call.get("id", "")), str(fn.get("name", ""))))
        if fn.get("arguments"):
            out.append(ToolArgsDelta(self._tools[key], fn["arguments"]))
        return out

    def _open(self, text_block: bool) -> list[StreamEvent]:
        out = self._close()
        self._block, self._block_is_text = self._next, text_block
        self._next += 1
        return out

    def _close(self) -> list[StreamEvent]:
        if self._block < 0:
            return []
        index, self._block = self._block, -1
        return [BlockStop(index)]

    def _finish(self) -> list[StreamEvent]:
        if self._finish_sent or (self._stop is None and not self.finished):
            return []
        self._finish_sent = True
        return [*self._close(), Finish(self._stop or StopReason.END_TURN, self.usage)]


class AnthropicStreamParser:
    """Messages stream events -> neutral events (text and tool_use blocks; others skipped)."""

    def __init__(self) -> None:
        self.finished = False
        self.usage = Usage()
        self._index: dict[int, int] = {}  # Anthropic block index -> canonical index
        self._stop = StopReason.END_TURN

    def feed(self, ev: SSEEvent) -> list[StreamEvent]:
        data = orjson.loads(ev.data)
        kind = ev.event or (data.get("type") if isinstance(data, dict) else None)
        if kind == "error":
            raise UpstreamUnavailable(f"upstream stream error: {_error_message(data)}")
        if kind == "message_start":
            msg = data.get("message") or {}
            u = msg.get("usage") or {}
            self.usage = Usage(int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0))
            return [Start(str(msg.get("id", "")), str(msg.get("model", "")), self.usage.input_tokens)]
        if kind == "content_block_start":
            block = data.get("content_block") or {}
            if block.get("type") not in ("text", "tool_use"):
                return []
            index = self._index[data.get("index", 0)] = len(self._index)
            if block["type"] == "tool_use":
                return [ToolStart(index, str(block.get("id", "")), str(block.get("name", "")))]
            return [TextDelta(index, block["text"])] if block.get("text") else []
        if kind == "content_block_delta":
            index = self._index.get(data.get("index", 0))
            delta = data.get("delta") or {}
            if index is None:
                return []
            if delta.get("type") == "text_delta":
                return [TextDelta(index, delta.get("text", ""))]
            if delta.get("type") == "input_json_delta":
                return [ToolArgsDelta(index, delta.get("partial_json", ""))]
            return []
        if kind == "content_block_stop":
            index = self._index.get(data.get("index", 0))
            return [BlockStop(index)] if index is not None else []
        if kind == "message_delta":
            delta = data.get("delta") or {}
            if delta.get("stop_reason"):
                try:
                    self._stop = StopReason(delta["stop_reason"])
                except ValueError:
                    self._stop = StopReason.END_TURN
            u = data.get("usage") or {}
            self.usage = Usage(int(u.get("input_tokens") or self.usage.input_tokens),
                               int(u.get("output_tokens") or self.usage.output_tokens))
            return []
        if kind == "message_stop":
            self.finished = True
            return [Finish(self._stop, self.usage)]
        return []


# --------------------------------------------------------------------------- writers

class OpenAIStreamWriter:
    def __init__(self, request_id: str, model: str, created: int = 0) -> None:
        self._base = {"id": f"chatcmpl-{request_id}", "object": "chat.completion.chunk",
                      "created": created, "model": model}
        self._started = False
        self._tools: dict[int, int] = {}  # canonical block index -> OpenAI tool index

    def _chunk(self, delta: dict[str, Any], finish: str | None = None) -> bytes:
        return _frame({**self._base, "choices": [{"index": 0, "delta": delta,
                                                  "finish_reason": finish, "logprobs": None}]})

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        return self._chunk({"role": "assistant", "content": ""})

    def _usage(self, u: Usage) -> bytes:
        return _frame({**self._base, "choices": [], "usage": {
            "prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens,
            "total_tokens": u.input_tokens + u.output_tokens}})

    def write(self, ev: StreamEvent) -> bytes:
        if isinstance(ev, Start):
            return self._start()
        if isinstance(ev, TextDelta):
            return self._start() + self._chunk({"content": ev.text})
        if isinstance(ev, ToolStart):
            index = self._tools[ev.index] = len(self._tools)
            return self._start() + self._chunk({"tool_calls": [{
                "index": index, "id": ev.id, "type": "function",
                "function": {"name": ev.name, "arguments": ""}}]})
        if isinstance(ev, ToolArgsDelta):
            return self._chunk({"tool_calls": [{"index": self._tools.get(ev.index, 0),
                                                "function": {"arguments": ev.partial_json}}]})
        if isinstance(ev, Finish):
            return (self._start() + self._chunk({}, _STOP_TO_OPENAI[ev.stop_reason])
                    + self._usage(ev.usage))
        return b""  # BlockStop: OpenAI streams have no block ends

    def notice(self, text: str) -> bytes:
        return self._start() + self._chunk({"content": f"{text}\n\n"})

    def refusal(self, category: str | None, explanation: str) -> bytes:
        return (self._start() + self._chunk({"refusal": explanation})
                + self._chunk({}, "content_filter") + self._usage(Usage()))

    def error(self, message: str) -> bytes:
        return _frame({"error": {"message": message, "type": "server_error", "code": "stream_broken"}})

    def end(self) -> bytes:
        return b"data: [DONE]\n\n"


class AnthropicStreamWriter:
    def __init__(self, request_id: str, model: str) -> None:
        self._id, self._model = f"msg_{request_id}", model
        self._started = False
        self._offset = 0  # blocks Sekisho inserted in front (the notice)
        self._open: set[int] = set()
        self._stopped = False

    def _start(self, input_tokens: int = 0) -> bytes:
        if self._started:
            return b""
        self._started = True
        return _frame({"type": "message_start", "message": {
            "id": self._id, "type": "message", "role": "assistant", "model": self._model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": 0}}}, "message_start")

    def _block_start(self, index: int, block: dict[str, Any]) -> bytes:
        self._open.add(index)
        return _frame({"type": "content_block_start", "index": index, "content_block": block},
                      "content_block_start")

    def _block_stop(self, index: int) -> bytes:
        if index not in self._open:
            return b""
        self._open.discard(index)
        return _frame({"type": "content_block_stop", "index": index}, "content_block_stop")

    def _close_all(self) -> bytes:
        return b"".join(self._block_stop(i) for i in sorted(self._open))

    def write(self, ev: StreamEvent) -> bytes:
        if isinstance(ev, Start):
            return self._start(ev.input_tokens)
        if isinstance(ev, TextDelta):
            index = ev.index + self._offset
            head = self._start()
            if index not in self._open:
                head += self._block_start(index, {"type": "text", "text": ""})
            return head + _frame({"type": "content_block_delta", "index": index,
                                  "delta": {"type": "text_delta", "text": ev.text}},
                                 "content_block_delta")
        if isinstance(ev, ToolStart):
            return self._start() + self._block_start(ev.index + self._offset, {
                "type": "tool_use", "id": ev.id, "name": ev.name, "input": {}})
        if isinstance(ev, ToolArgsDelta):
            return _frame({"type": "content_block_delta", "index": ev.index + self._offset,
                           "delta": {"type": "input_json_delta", "partial_json": ev.partial_json}},
                          "content_block_delta")
        if isinstance(ev, BlockStop):
            return self._block_stop(ev.index + self._offset)
        if isinstance(ev, Finish):
            return self._stop(ev.stop_reason.value, ev.usage, None)
        return b""

    def _stop(self, stop_reason: str, usage: Usage, details: dict[str, Any] | None) -> bytes:
        if self._stopped:
            return b""
        self._stopped = True
        delta: dict[str, Any] = {"stop_reason": stop_reason, "stop_sequence": None}
        if details is not None:
            delta["stop_details"] = details
        return (self._start() + self._close_all()
                + _frame({"type": "message_delta", "delta": delta,
                          "usage": {"input_tokens": usage.input_tokens,
                                    "output_tokens": usage.output_tokens}}, "message_delta")
                + _frame({"type": "message_stop"}, "message_stop"))

    def notice(self, text: str) -> bytes:
        """The disclosure as block 0; the upstream's blocks shift up by one."""
        index = self._offset
        self._offset += 1
        return (self._start() + self._block_start(index, {"type": "text", "text": ""})
                + _frame({"type": "content_block_delta", "index": index,
                          "delta": {"type": "text_delta", "text": f"{text}\n\n"}},
                         "content_block_delta")
                + self._block_stop(index))

    def refusal(self, category: str | None, explanation: str) -> bytes:
        return self._stop("refusal", Usage(), {"type": "refusal", "category": category,
                                               "explanation": explanation})

    def error(self, message: str) -> bytes:
        return _frame({"type": "error", "error": {"type": "api_error", "message": message}}, "error")

    def end(self) -> bytes:
        return b""
