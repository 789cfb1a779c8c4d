"""A minimal, fast upstream for benchmarks: OpenAI and Anthropic shapes, JSON and SSE.

python bench/stub_server.py PORT
"""

from __future__ import annotations

import sys

import orjson
from aiohttp import web

CHUNKS = 20
COMPLETION = orjson.dumps({
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 1, "model": "bench-model",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Sekisho bench reply."},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}})
MESSAGE = orjson.dumps({
    "id": "msg_bench", "type": "message", "role": "assistant", "model": "bench-model",
    "content": [{"type": "text", "text": "Sekisho bench reply."}], "stop_reason": "end_turn",
    "stop_sequence": None, "usage": {"input_tokens": 12, "output_tokens": 5}})


def _openai_chunk(delta: dict, finish: str | None = None) -> bytes:
    return b"data: " + orjson.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1,
        "model": "bench-model", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}) + b"\n\n"


OPENAI_STREAM = [_openai_chunk({"role": "assistant", "content": ""})] + [
    _openai_chunk({"content": f"w{i} "}) for i in range(CHUNKS)] + [
    _openai_chunk({}, "stop"),
    b"data: " + orjson.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1,
                              "model": "bench-model", "choices": [],
                              "usage": {"prompt_tokens": 12, "completion_tokens": CHUNKS,
                                        "total_tokens": 12 + CHUNKS}}) + b"\n\n",
    b"data: [DONE]\n\n"]


async def chat(request: web.Request) -> web.StreamResponse:
    body = orjson.loads(await request.read())
    if not body.get("stream"):
        return web.Response(body=COMPLETION, content_type="application/json")
    resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
    await resp.prepare(request)
    for chunk in OPENAI_STREAM:
        await resp.write(chunk)
    await resp.write_eof()
    return resp


async def messages(request: web.Request) -> web.Response:
    await request.read()
    return web.Response(body=MESSAGE, content_type="application/json")


def main() -> None:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/chat/completions", chat)
    app.router.add_post("/v1/messages", messages)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)


if __name__ == "__main__":
    main()
