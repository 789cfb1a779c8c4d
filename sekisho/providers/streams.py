"""Streams in both dialects: parsers (SSE events -> neutral events) and writers
(neutral events -> SSE bytes). One parser and one writer per stream; both keep state.

A parser raises only `UpstreamUnavailable` (an upstream error event, a malformed event),
so a broken upstream is one exception at this boundary. A writer can also put a
disclosure notice first, end a stream with a refusal, or end a broken stream with an
error event: a truncated answer must never look complete. Once a writer has written
its end (the clean one or the error), it writes nothing more.

Frames are assembled from pre-serialised bytes: on the hot path only the text of a
delta goes through orjson.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from sekisho.providers.base import SSEEvent, UpstreamUnavailable
from sekisho.providers.wire import (
    STOP_TO_OPENAI_FINISH,
    BlockStop,
    Finish,
    Start,
    StopReason,
    StreamEvent,
    TextDelta,
    ToolArgsDelta,
    ToolStart,
    openai_usage,
    stop_from_anthropic,
    stop_from_openai,
    usage_from_anthropic,
    usage_from_openai,
)
from sekisho.values import Usage


def _load(ev: SSEEvent) -> Any:
    try:
        return orjson.loads(ev.data)
    except orjson.JSONDecodeError as exc:
        raise UpstreamUnavailable(f"upstream sent a malformed stream event: {ev.data[:200]!r}",
                                  body=ev.data) from exc


def _upstream_error(data: Any) -> UpstreamUnavailable:
    err = data.get("error") if isinstance(data, dict) else None
    message = err.get("message") if isinstance(err, dict) else err
    return UpstreamUnavailable(f"upstream stream error: {message or data}", body=data)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --------------------------------------------------------------------------- parsers

class OpenAIStreamParser:
    """chat.completion.chunk events -> neutral events.

    OpenAI marks no block boundaries: a block stops when the next one starts or when
    the answer finishes. With include_usage the usage comes in a chunk of its own after
    the finish_reason, so Finish waits for it (or for [DONE]) and is sent once.
    """

    def __init__(self) -> None:
        self.finished = False
        self.usage = Usage()
        self._started = False
        self._open = -1  # canonical index of the open block, -1 when none
        self._open_is_text = False
        self._blocks = 0
        self._tools: dict[int | str, int] = {}  # OpenAI tool_calls index -> canonical index
        self._last_tool: int | str = 0
        self._stop: StopReason | None = None
        self._refused = False

    def feed(self, ev: SSEEvent) -> list[StreamEvent]:
        if self.finished:
            return []
        if ev.data.startswith("[DONE]"):
            return self._finish()
        data = _load(ev)
        if ev.event == "error" or (isinstance(data, dict) and data.get("error")):
            raise _upstream_error(data)
        if not isinstance(data, dict):
            return []
        out: list[StreamEvent] = []
        if not self._started:
            self._started = True
            out.append(Start(str(data.get("id") or ""), str(data.get("model") or "")))
        for choice in _dicts(data.get("choices")):
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._delta(delta, out)
            if choice.get("finish_reason"):
                self._stop = stop_from_openai(choice["finish_reason"])
        usage = data.get("usage")
        if isinstance(usage, dict):
            self.usage = usage_from_openai(usage)
            if self._stop is not None:
                out += self._finish()
        return out

    def _delta(self, delta: dict[str, Any], out: list[StreamEvent]) -> None:
        text = delta.get("content")
        if isinstance(text, str) and text:
            self._text(text, out)
        refusal = delta.get("refusal")
        if isinstance(refusal, str) and refusal:
            self._refused = True
            self._text(refusal, out)
        for call in _dicts(delta.get("tool_calls")):
            self._tool(call, out)

    def _text(self, text: str, out: list[StreamEvent]) -> None:
        if self._open < 0 or not self._open_is_text:
            self._begin(True, out)
        out.append(TextDelta(self._open, text))

    def _tool(self, call: dict[str, Any], out: list[StreamEvent]) -> None:
        key = self._tool_key(call)
        fn = _dict(call.get("function"))
        index = self._tools.get(key)
        if index is None:
            index = self._tools[key] = self._begin(False, out)
            out.append(ToolStart(index, str(call.get("id") or ""), str(fn.get("name") or "")))
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            out.append(ToolArgsDelta(index, args))

    def _tool_key(self, call: dict[str, Any]) -> int | str:
        """Calls are told apart by `index`; some compatible servers send none, and
        then a new `id` starts a new call and fragments without one continue the last."""
        key = call.get("index")
        if not isinstance(key, int):
            call_id = call.get("id")
            key = call_id if isinstance(call_id, str) and call_id else self._last_tool
        self._last_tool = key
        return key

    def _begin(self, is_text: bool, out: list[StreamEvent]) -> int:
        self._close(out)
        self._open, self._open_is_text = self._blocks, is_text
        self._blocks += 1
        return self._open

    def _close(self, out: list[StreamEvent]) -> None:
        if self._open >= 0:
            out.append(BlockStop(self._open))
            self._open = -1

    def _finish(self) -> list[StreamEvent]:
        self.finished = True
        out: list[StreamEvent] = []
        self._close(out)
        stop = self._stop or StopReason.END_TURN
        if self._refused and stop is StopReason.END_TURN:
            stop = StopReason.REFUSAL
        out.append(Finish(stop, self.usage))
        return out


class AnthropicStreamParser:
    """Messages stream events -> neutral events. Text and tool_use blocks cross over;
    other blocks (thinking, server tools) are skipped and the rest renumbered."""

    def __init__(self) -> None:
        self.finished = False
        self.usage = Usage()
        self._index: dict[int, int] = {}  # Anthropic block index -> canonical index
        self._stop = StopReason.END_TURN

    def feed(self, ev: SSEEvent) -> list[StreamEvent]:
        if self.finished or not ev.data:
            return []
        data = _load(ev)
        if not isinstance(data, dict):
            return []
        kind = ev.event or str(data.get("type"))
        if kind == "error":
            raise _upstream_error(data)
        handler = _ANTHROPIC_HANDLERS.get(kind)
        return handler(self, data) if handler is not None else []

    def _message_start(self, data: dict[str, Any]) -> list[StreamEvent]:
        msg = _dict(data.get("message"))
        self.usage = usage_from_anthropic(msg.get("usage"))
        return [Start(str(msg.get("id") or ""), str(msg.get("model") or ""),
                      self.usage.input_tokens)]

    def _block_start(self, data: dict[str, Any]) -> list[StreamEvent]:
        block = data.get("content_block")
        if not isinstance(block, dict) or block.get("type") not in ("text", "tool_use"):
            return []
        index = self._index[_block_index(data)] = len(self._index)
        if block["type"] == "tool_use":
            return [ToolStart(index, str(block.get("id") or ""), str(block.get("name") or ""))]
        text = block.get("text")
        return [TextDelta(index, text)] if isinstance(text, str) and text else []

    def _block_delta(self, data: dict[str, Any]) -> list[StreamEvent]:
        index = self._index.get(_block_index(data))
        delta = data.get("delta")
        if index is None or not isinstance(delta, dict):
            return []
        if delta.get("type") == "text_delta" and delta.get("text"):
            return [TextDelta(index, str(delta["text"]))]
        if delta.get("type") == "input_json_delta" and delta.get("partial_json"):
            return [ToolArgsDelta(index, str(delta["partial_json"]))]
        return []

    def _block_stop(self, data: dict[str, Any]) -> list[StreamEvent]:
        index = self._index.get(_block_index(data))
        return [BlockStop(index)] if index is not None else []

    def _message_delta(self, data: dict[str, Any]) -> list[StreamEvent]:
        delta = _dict(data.get("delta"))
        if delta.get("stop_reason"):
            self._stop = stop_from_anthropic(delta["stop_reason"])
        u = data.get("usage")
        if isinstance(u, dict):
            # cumulative counts; a field left out keeps the value message_start gave
            now = usage_from_anthropic(u)
            has_input = any(k in u for k in ("input_tokens", "cache_creation_input_tokens",
                                             "cache_read_input_tokens"))
            self.usage = Usage(now.input_tokens if has_input else self.usage.input_tokens,
                               now.output_tokens if "output_tokens" in u
                               else self.usage.output_tokens)
        return []

    def _message_stop(self, data: dict[str, Any]) -> list[StreamEvent]:
        self.finished = True
        return [Finish(self._stop, self.usage)]


def _block_index(data: dict[str, Any]) -> int:
    index = data.get("index")
    return index if isinstance(index, int) else -1


_ANTHROPIC_HANDLERS: dict[str, Callable[[AnthropicStreamParser, dict[str, Any]],
                                        list[StreamEvent]]] = {
    "message_start": AnthropicStreamParser._message_start,
    "content_block_start": AnthropicStreamParser._block_start,
    "content_block_delta": AnthropicStreamParser._block_delta,
    "content_block_stop": AnthropicStreamParser._block_stop,
    "message_delta": AnthropicStreamParser._message_delta,
    "message_stop": AnthropicStreamParser._message_stop,
}  # ping and unknown events fall through


# --------------------------------------------------------------------------- writers

_DONE = b"data: [DONE]\n\n"
_CHUNK_TAIL = b',"logprobs":null,"finish_reason":null}]}\n\n'


class OpenAIStreamWriter:
    """Neutral events -> chat.completion.chunk frames, as the OpenAI SDK reads them."""

    def __init__(self, request_id: str, model: str, created: int = 0) -> None:
        base = orjson.dumps({"id": f"chatcmpl-{request_id}", "object": "chat.completion.chunk",
                             "created": created, "model": model})[:-1]
        self._head = b"data: " + base + b',"choices":[{"index":0,"delta":'
        self._usage_head = b"data: " + base + b',"choices":[],"usage":'
        self._started = False
        self._finished = False  # the finish_reason chunk is written
        self._ended = False  # [DONE] or an error is written: nothing may follow
        self._tools: dict[int, int] = {}  # canonical index -> OpenAI tool_calls index
        self._argless: set[int] = set()  # tools whose arguments have not begun

    def write(self, ev: StreamEvent) -> bytes:
        if self._ended:
            return b""
        if isinstance(ev, TextDelta):
            return self._content(ev.text) if ev.text else b""
        if isinstance(ev, ToolArgsDelta):
            return self._args(ev.index, ev.partial_json) if ev.partial_json else b""
        if isinstance(ev, ToolStart):
            return self._tool_start(ev)
        if isinstance(ev, BlockStop):
            return self._args(ev.index, "{}") if ev.index in self._argless else b""
        if isinstance(ev, Finish):
            return b"" if self._finished else self._finish(STOP_TO_OPENAI_FINISH[ev.stop_reason],
                                                           ev.usage)
        return self._start()

    def notice(self, text: str) -> bytes:
        return b"" if self._ended else self._content(f"{text}\n\n")

    def refusal(self, category: str | None, explanation: str) -> bytes:
        """A complete refused stream: the refusal, content_filter, usage and [DONE]."""
        if self._ended or self._finished:
            return self.end()
        refusal = self._start() + self._chunk(b'{"refusal":' + orjson.dumps(explanation) + b"}")
        return refusal + self._finish("content_filter", Usage()) + self.end()

    def error(self, message: str) -> bytes:
        """Makes the SDK raise; no [DONE] follows, so the answer never looks complete."""
        if self._ended:
            return b""
        self._ended = True
        return b"data: " + orjson.dumps({"error": {"message": message, "type": "server_error",
                                                   "param": None, "code": "stream_broken"}}) + b"\n\n"

    def end(self) -> bytes:
        """[DONE]; preceded by a finish chunk if Finish never came, so the end is whole."""
        if self._ended:
            return b""
        head = b"" if self._finished else self._finish("stop", Usage())
        self._ended = True
        return head + _DONE

    def _chunk(self, delta: bytes) -> bytes:
        return self._head + delta + _CHUNK_TAIL

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        return self._chunk(b'{"role":"assistant","content":""}')

    def _content(self, text: str) -> bytes:
        return self._start() + self._chunk(b'{"content":' + orjson.dumps(text) + b"}")

    def _tool_start(self, ev: ToolStart) -> bytes:
        index = self._tools[ev.index] = len(self._tools)
        self._argless.add(ev.index)
        call = {"index": index, "id": ev.id, "type": "function",
                "function": {"name": ev.name, "arguments": ""}}
        return self._start() + self._chunk(orjson.dumps({"tool_calls": [call]}))

    def _args(self, block: int, partial_json: str) -> bytes:
        index = self._tools.get(block)
        if index is None:
            return b""
        self._argless.discard(block)
        return self._chunk(b'{"tool_calls":[{"index":' + str(index).encode()
                           + b',"function":{"arguments":' + orjson.dumps(partial_json) + b"}}]}")

    def _finish(self, finish_reason: str, usage: Usage) -> bytes:
        """The finish_reason chunk, then the usage chunk (as include_usage sends it)."""
        # A tool called with no arguments still needs valid JSON: clients json.loads it.
        argless = b"".join(self._args(block, "{}") for block in sorted(self._argless))
        self._finished = True
        return (self._start() + argless
                + self._head + b'{},"logprobs":null,"finish_reason":'
                + orjson.dumps(finish_reason) + b"}]}\n\n"
                + self._usage_head + orjson.dumps(openai_usage(usage)) + b"}\n\n")


class AnthropicStreamWriter:
    """Neutral events -> Messages stream events, as the Anthropic SDK reads them.

    The SDK finds a block by its index in the content list, so output indices must run
    0, 1, 2... in the order blocks start. Each canonical index is given the next output
    index when its block starts; the notice takes one too, which shifts the rest by one.
    """

    def __init__(self, request_id: str, model: str) -> None:
        self._id, self._model = f"msg_{request_id}", model
        self._started = False
        self._ended = False  # message_stop or an error is written: nothing may follow
        self._index: dict[int, int] = {}  # canonical index -> output index
        self._next = 0  # the output index the next block to start will take
        self._open: set[int] = set()  # output indices of blocks not yet stopped
        self._input_tokens = 0

    def write(self, ev: StreamEvent) -> bytes:
        if self._ended:
            return b""
        if isinstance(ev, TextDelta):
            return self._text(ev) if ev.text else b""
        if isinstance(ev, ToolArgsDelta):
            return self._args(ev) if ev.partial_json else b""
        if isinstance(ev, ToolStart):
            block = {"type": "tool_use", "id": ev.id, "name": ev.name, "input": {}}
            return self._start() + self._begin(ev.index, block)
        if isinstance(ev, BlockStop):
            index = self._index.get(ev.index)
            return self._block_stop(index) if index is not None else b""
        if isinstance(ev, Finish):
            return self._stop(ev.stop_reason.value, ev.usage, None)
        self._input_tokens = ev.input_tokens
        return self._start()

    def notice(self, text: str) -> bytes:
        """The disclosure as a text block of its own, ahead of every upstream block."""
        if self._ended:
            return b""
        index = self._next
        self._next += 1
        return (self._start() + self._block_start(index, {"type": "text", "text": ""})
                + self._text_frame(index, f"{text}\n\n") + self._block_stop(index))

    def refusal(self, category: str | None, explanation: str) -> bytes:
        """A complete refused stream: stop_reason "refusal" with its stop_details."""
        details = {"type": "refusal", "category": category, "explanation": explanation}
        return self._stop("refusal", Usage(), details)

    def error(self, message: str) -> bytes:
        """An `error` event: the SDK raises instead of handing back a truncated answer."""
        if self._ended:
            return b""
        self._ended = True
        return _frame("error", {"type": "error", "error": {"type": "api_error", "message": message}})

    def end(self) -> bytes:
        """Nothing when Finish ended the message; otherwise a clean end_turn."""
        return self._stop("end_turn", Usage(self._input_tokens, 0), None)

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        return _frame("message_start", {"type": "message_start", "message": {
            "id": self._id, "type": "message", "role": "assistant", "model": self._model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": self._input_tokens, "output_tokens": 0}}})

    def _begin(self, canonical: int, block: dict[str, Any]) -> bytes:
        if canonical in self._index:
            return b""
        index = self._index[canonical] = self._next
        self._next += 1
        return self._block_start(index, block)

    def _text(self, ev: TextDelta) -> bytes:
        head = self._start() + self._begin(ev.index, {"type": "text", "text": ""})
        return head + self._text_frame(self._index[ev.index], ev.text)

    def _args(self, ev: ToolArgsDelta) -> bytes:
        index = self._index.get(ev.index)
        if index is None:
            return b""
        return (b'event: content_block_delta\ndata: {"type":"content_block_delta","index":'
                + str(index).encode() + b',"delta":{"type":"input_json_delta","partial_json":'
                + orjson.dumps(ev.partial_json) + b"}}\n\n")

    def _text_frame(self, index: int, text: str) -> bytes:
        return (b'event: content_block_delta\ndata: {"type":"content_block_delta","index":'
                + str(index).encode() + b',"delta":{"type":"text_delta","text":'
                + orjson.dumps(text) + b"}}\n\n")

    def _block_start(self, index: int, block: dict[str, Any]) -> bytes:
        self._open.add(index)
        return _frame("content_block_start",
                      {"type": "content_block_start", "index": index, "content_block": block})

    def _block_stop(self, index: int) -> bytes:
        if index not in self._open:
            return b""
        self._open.discard(index)
        return (b'event: content_block_stop\ndata: {"type":"content_block_stop","index":'
                + str(index).encode() + b"}\n\n")

    def _stop(self, stop_reason: str, usage: Usage, details: dict[str, Any] | None) -> bytes:
        if self._ended:
            return b""
        self._ended = True
        delta: dict[str, Any] = {"stop_reason": stop_reason, "stop_sequence": None}
        if details is not None:
            delta["stop_details"] = details
        counts = {"output_tokens": usage.output_tokens}
        if usage.input_tokens:  # left out, the SDK keeps the count message_start gave
            counts["input_tokens"] = usage.input_tokens
        closing = b"".join(self._block_stop(i) for i in sorted(self._open))
        return (self._start() + closing
                + _frame("message_delta", {"type": "message_delta", "delta": delta,
                                           "usage": counts})
                + b'event: message_stop\ndata: {"type":"message_stop"}\n\n')


def _frame(event: str, data: dict[str, Any]) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"
