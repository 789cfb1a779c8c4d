"""The in-process model (SmolLM2-135M via llama.cpp). The model is weak: these tests check
the shape of its answers, never their facts, and keep generations to a few tokens."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from typing import Any

import openai.types.chat
import orjson
import pytest

from sekisho.catalog.spec import ModelSpec
from sekisho.providers.base import UpstreamRejected, UpstreamUnavailable, provider_factory
from sekisho.providers.local import LocalProvider, bundled_model_path, to_generation

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama_cpp is not importable: uv sync --extra local")

SAY_HELLO: dict[str, Any] = {"model": "client-name", "temperature": 0, "max_tokens": 12,
                             "messages": [{"role": "user", "content": "Say hello."}]}
# At temperature 0 the model runs on to any cap with this prompt (checked: 256 of 256).
RUN_ON: dict[str, Any] = {"model": "client-name", "temperature": 0,
                          "messages": [{"role": "user", "content": "Write a long story about a dragon."}]}


def provider(**options: Any) -> LocalProvider:
    spec = ModelSpec(name="local-test", kind="local", tier="fallback", origin="US",
                     licence="open-weight", options={"max_tokens_cap": 12, **options})
    return LocalProvider(spec, {})


async def collect(p: LocalProvider, body: dict[str, Any]) -> list[str]:
    return [event.data async for event in p.stream({**body, "stream": True})]


def chunks_of(events: list[str]) -> list[openai.types.chat.ChatCompletionChunk]:
    return [openai.types.chat.ChatCompletionChunk.model_validate(orjson.loads(e))
            for e in events if e != "[DONE]"]


def text_of(answer: dict[str, Any]) -> str:
    return str(answer["choices"][0]["message"]["content"])


async def idle(p: LocalProvider) -> None:
    """Wait until the model's worker thread has finished whatever it was doing."""
    assert p.engine is not None
    await asyncio.get_running_loop().run_in_executor(p.engine.executor, lambda: None)


# ---------------------------------------------------------------- requests (no model needed)


def test_requested_max_tokens_is_clamped_to_the_cap() -> None:
    options = provider(max_tokens_cap=6).options
    assert to_generation({**SAY_HELLO, "max_tokens": 5000}, options).max_tokens == 6
    assert to_generation({**SAY_HELLO, "max_completion_tokens": 3}, options).max_tokens == 3
    assert to_generation({"messages": SAY_HELLO["messages"]}, options).max_tokens == 6


def test_system_prompt_is_prepended_only_when_the_request_has_none() -> None:
    options = provider(system_prompt="You are a stand-in.").options
    plain = to_generation(SAY_HELLO, options).messages
    assert plain[0] == {"role": "system", "content": "You are a stand-in."}
    own = {**SAY_HELLO, "messages": [{"role": "developer", "content": "Mine."},
                                     *SAY_HELLO["messages"]]}
    assert [m["content"] for m in to_generation(own, options).messages] == ["Mine.", "Say hello."]


def test_text_parts_are_flattened_and_tool_calls_ignored() -> None:
    body = {**SAY_HELLO, "tools": [{"type": "function", "function": {"name": "f"}}],
            "messages": [{"role": "user", "content": [{"type": "text", "text": "a"},
                                                      {"type": "image_url", "image_url": {}},
                                                      {"type": "text", "text": "b"}]},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "c"}]}]}
    assert to_generation(body, provider().options).messages == (
        {"role": "user", "content": "a\nb"}, {"role": "assistant", "content": ""})


@pytest.mark.parametrize("field, value", [("n", 2), ("max_tokens", 0), ("temperature", "hot"),
                                          ("stop", [1]), ("messages", [])])
def test_malformed_request_is_rejected_as_400(field: str, value: Any) -> None:
    with pytest.raises(UpstreamRejected) as caught:
        to_generation({**SAY_HELLO, field: value}, provider().options)
    assert caught.value.status == 400 and caught.value.body["error"]["param"] == field


@pytest.mark.parametrize("options, fix", [({"n_ctxx": 1}, "options are: model_file"),
                                          ({"n_ctx": "big"}, "must be an integer"),
                                          ({"model_file": "rel.gguf"}, "absolute path")])
def test_bad_options_fail_at_start_up_naming_the_fix(options: dict[str, Any], fix: str) -> None:
    with pytest.raises(ValueError, match=fix):
        provider(**options)


def test_models_sharing_weights_must_agree_on_load_options(tmp_path: Path) -> None:
    weights = str(tmp_path / "shared.gguf")
    assert provider(model_file=weights).engine is provider(model_file=weights).engine
    with pytest.raises(ValueError, match="same n_ctx and n_threads"):
        provider(model_file=weights, n_ctx=512)


# ---------------------------------------------------------------- the model


@pytest.mark.local_model
@needs_llama
def test_local_kind_is_registered_and_finds_the_bundled_weights() -> None:
    assert provider_factory("local") is LocalProvider
    path = bundled_model_path()
    assert path is not None and path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.mark.local_model
@needs_llama
def test_complete_returns_a_well_formed_chat_completion() -> None:
    status, body = asyncio.run(provider().complete(dict(SAY_HELLO)))
    completion = openai.types.chat.ChatCompletion.model_validate(body)
    assert status == 200 and completion.object == "chat.completion"
    assert completion.model == "client-name"
    assert (completion.choices[0].message.content or "").strip()
    assert completion.choices[0].finish_reason in ("stop", "length")
    usage = completion.usage
    assert usage is not None and usage.prompt_tokens > 0 and 0 < usage.completion_tokens <= 12
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


@pytest.mark.local_model
@needs_llama
def test_stream_yields_chunks_ending_with_usage_and_done() -> None:
    events = asyncio.run(collect(provider(), SAY_HELLO))
    assert events[-1] == "[DONE]"
    chunks = chunks_of(events)
    assert {c.id for c in chunks} == {chunks[0].id} and {c.model for c in chunks} == {"client-name"}
    assert chunks[0].choices[0].delta.role == "assistant"
    *deltas, final, usage_chunk = chunks
    assert final.choices[0].finish_reason in ("stop", "length")
    assert all(c.choices[0].finish_reason is None for c in deltas)
    assert "".join(c.choices[0].delta.content or "" for c in deltas).strip()
    assert usage_chunk.choices == [] and usage_chunk.usage is not None
    assert usage_chunk.usage.prompt_tokens > 0 and 0 < usage_chunk.usage.completion_tokens <= 12


@pytest.mark.local_model
@needs_llama
def test_max_tokens_over_the_cap_stops_at_the_cap() -> None:
    _, body = asyncio.run(provider(max_tokens_cap=5).complete({**RUN_ON, "max_tokens": 5000}))
    assert body["usage"]["completion_tokens"] == 5 and body["choices"][0]["finish_reason"] == "length"


@pytest.mark.local_model
@needs_llama
def test_temperature_zero_gives_the_same_text_every_time_streamed_or_not() -> None:
    p = provider()
    first, second = (text_of(asyncio.run(p.complete(dict(SAY_HELLO)))[1]) for _ in range(2))
    streamed = "".join(c.choices[0].delta.content or ""
                       for c in chunks_of(asyncio.run(collect(p, SAY_HELLO))) if c.choices)
    assert first == second == streamed


@pytest.mark.local_model
@needs_llama
def test_tokens_reach_the_client_while_the_model_is_still_generating() -> None:
    async def sampled_at_first_event() -> tuple[int, int]:
        p = provider(max_tokens_cap=64)
        assert p.engine is not None
        await p.complete(dict(SAY_HELLO))  # loaded
        before = p.engine.tokens_sampled
        events = p.stream({**RUN_ON, "max_tokens": 64})
        await anext(events)
        at_first = p.engine.tokens_sampled - before
        async for _ in events:
            pass
        return at_first, p.engine.tokens_sampled - before
    at_first, total = asyncio.run(sampled_at_first_event())
    assert total == 64 and at_first < total


@pytest.mark.local_model
@needs_llama
def test_closing_a_stream_early_stops_generation_and_the_model_stays_usable() -> None:
    async def run() -> tuple[int, str]:
        p = provider(max_tokens_cap=256)
        assert p.engine is not None
        events = p.stream({**RUN_ON, "max_tokens": 256})
        await anext(events)
        await anext(events)
        before = p.engine.tokens_sampled
        await events.aclose()
        await idle(p)
        spent = p.engine.tokens_sampled - before
        return spent, text_of((await p.complete(dict(SAY_HELLO)))[1])
    spent, answer = asyncio.run(run())
    assert spent < 32  # the uncancelled run goes on to 256
    assert answer.strip()


@pytest.mark.local_model
@needs_llama
def test_concurrent_requests_are_served_one_at_a_time_and_all_answered() -> None:
    async def together() -> tuple[Any, Any, list[str]]:
        p, q = provider(), provider()  # two catalog entries, one set of weights
        assert p.engine is q.engine
        return await asyncio.gather(p.complete(dict(SAY_HELLO)), q.complete(dict(SAY_HELLO)),
                                    collect(p, SAY_HELLO))
    a, b, events = asyncio.run(together())
    assert a[0] == b[0] == 200 and text_of(a[1]) == text_of(b[1])  # no crosstalk
    assert events[-1] == "[DONE]"


@pytest.mark.local_model
@needs_llama
def test_prompt_longer_than_the_context_is_rejected_as_400_before_any_event() -> None:
    body = {**SAY_HELLO, "messages": [{"role": "user", "content": "hello world " * 3000}]}
    with pytest.raises(UpstreamRejected, match="context window of 2048 tokens") as caught:
        asyncio.run(provider().complete(body))
    assert caught.value.status == 400
    assert caught.value.body["error"]["code"] == "context_length_exceeded"
    with pytest.raises(UpstreamRejected):
        asyncio.run(collect(provider(), body))


@pytest.mark.local_model
@needs_llama
def test_missing_weights_file_is_unavailable_and_names_the_fix(tmp_path: Path) -> None:
    p = provider(model_file=str(tmp_path / "absent.gguf"))
    with pytest.raises(UpstreamUnavailable, match="uv sync --extra local"):
        asyncio.run(p.complete(dict(SAY_HELLO)))
    with pytest.raises(UpstreamUnavailable, match="uv sync --extra local"):
        asyncio.run(collect(p, SAY_HELLO))


@pytest.mark.local_model
@needs_llama
def test_corrupt_weights_file_is_unavailable(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf file")
    with pytest.raises(UpstreamUnavailable, match="could not load"):
        asyncio.run(provider(model_file=str(bad)).complete(dict(SAY_HELLO)))
