"""A stub upstream on 127.0.0.1 that speaks both dialects, for tests and benchmarks.

The upstream model name in the request picks a behaviour:
  ok*          answer normally (text echoes the last user message)
  tool*        answer with a tool call
  err500*      HTTP 500          err429*   HTTP 429         err400*   HTTP 400 (its own 4xx)
  broken*      stream: send two chunks, then cut the connection
  hang*        sleep longer than any test timeout
Every request body received is kept in `received` for assertions.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

WORDS = ["Sekisho", " checks", " every", " traveller", "."]


def _last_user_text(body: dict[str, Any]) -> str:
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, str):
                return c
            if isinstance(c, list):
                return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return ""


def _error(status: int, anthropic: bool) -> Response:
    msg = f"stub upstream error {status}"
    body = ({"type": "error", "error": {"type": "invalid_request_error", "message": msg}}
            if anthropic else {"error": {"message": msg, "type": "invalid_request_error"}})
    return Response(orjson.dumps(body), status, media_type="application/json")


def _sse(data: Any, event: str | None = None) -> bytes:
    payload = data if isinstance(data, str) else orjson.dumps(data).decode()
    return (f"event: {event}\n" if event else "").encode() + f"data: {payload}\n\n".encode()


class StubUpstream:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.openai, methods=["POST"]),
            Route("/v1/messages", self.anthropic, methods=["POST"]),
        ])

    async def _common(self, request: Request, anthropic: bool) -> tuple[dict[str, Any], Response | None]:
        body = orjson.loads(await request.body())
        self.received.append(body)
        model = body.get("model", "")
        for prefix, status in (("err500", 500), ("err429", 429), ("err400", 400)):
            if model.startswith(prefix):
                return body, _error(status, anthropic)
        if model.startswith("hang"):
            await asyncio.sleep(30)
        return body, None

    async def openai(self, request: Request) -> Response:
        body, early = await self._common(request, anthropic=False)
        if early is not None:
            return early
        model = body["model"]
        text = "echo: " + _last_user_text(body)
        if body.get("stream"):
            return StreamingResponse(self._openai_stream(model), media_type="text/event-stream")
        message: dict[str, Any] = {"role": "assistant", "content": text}
        finish = "stop"
        if model.startswith("tool"):
            message = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Tokyo"}'}}]}
            finish = "tool_calls"
        return Response(orjson.dumps({
            "id": "chatcmpl-stub", "object": "chat.completion", "created": 1, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
        }), media_type="application/json")

    async def _openai_stream(self, model: str):  # type: ignore[no-untyped-def]
        base = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 1, "model": model}
        yield _sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                         "finish_reason": None}]})
        for i, w in enumerate(WORDS):
            if model.startswith("broken") and i == 2:
                raise ConnectionResetError("stub cut the stream")
            yield _sse({**base, "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]})
        yield _sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        yield _sse({**base, "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 5,
                                                     "total_tokens": 16}})
        yield _sse("[DONE]")

    async def anthropic(self, request: Request) -> Response:
        body, early = await self._common(request, anthropic=True)
        if early is not None:
            return early
        model = body["model"]
        text = "echo: " + _last_user_text(body)
        if body.get("stream"):
            return StreamingResponse(self._anthropic_stream(model), media_type="text/event-stream")
        content: list[dict[str, Any]] = [{"type": "text", "text": text}]
        stop = "end_turn"
        if model.startswith("tool"):
            content = [{"type": "tool_use", "id": "toolu_1", "name": "get_weather",
                        "input": {"city": "Tokyo"}}]
            stop = "tool_use"
        return Response(orjson.dumps({
            "id": "msg_stub", "type": "message", "role": "assistant", "model": model,
            "content": content, "stop_reason": stop, "stop_sequence": None,
            "usage": {"input_tokens": 11, "output_tokens": 7},
        }), media_type="application/json")

    async def _anthropic_stream(self, model: str):  # type: ignore[no-untyped-def]
        yield _sse({"type": "message_start", "message": {
            "id": "msg_stub", "type": "message", "role": "assistant", "model": model, "content": [],
            "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": 11, "output_tokens": 0}}}, "message_start")
        yield _sse({"type": "content_block_start", "index": 0,
                    "content_block": {"type": "text", "text": ""}}, "content_block_start")
        for i, w in enumerate(WORDS):
            if model.startswith("broken") and i == 2:
                raise ConnectionResetError("stub cut the stream")
            yield _sse({"type": "content_block_delta", "index": 0,
                        "delta": {"type": "text_delta", "text": w}}, "content_block_delta")
        yield _sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
        yield _sse({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": 5}}, "message_delta")
        yield _sse({"type": "message_stop"}, "message_stop")
