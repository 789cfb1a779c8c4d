"""Both dialects, both directions, streaming included, through the real SDKs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Running

GW = Callable[..., Running]


def test_openai_client_is_served_as_asked_with_disclosure_headers(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.openai().chat.completions.with_raw_response.create(
        model="gpt-ok", messages=[{"role": "user", "content": "hello"}])
    completion = raw.parse()
    assert completion.choices[0].message.content == "echo: hello"
    assert completion.usage is not None and completion.usage.total_tokens == 18
    h = raw.headers
    assert h["x-sekisho-model-requested"] == "gpt-ok" and h["x-sekisho-model-served"] == "gpt-ok"
    assert h["x-sekisho-decision"] == "serve" and h["x-sekisho-reason"] == "ok"
    assert h["x-sekisho-request-id"].startswith("req_")


def test_anthropic_client_is_served_as_asked(make_gateway: GW) -> None:
    gw = make_gateway()
    msg = gw.anthropic().messages.create(model="claude-ok", max_tokens=64,
                                         messages=[{"role": "user", "content": "hello"}])
    assert msg.content[0].type == "text" and msg.content[0].text == "echo: hello"
    assert msg.usage.input_tokens == 11 and msg.stop_reason == "end_turn"


def test_openai_stream_is_relayed_with_usage(make_gateway: GW) -> None:
    gw = make_gateway()
    stream = gw.openai().chat.completions.create(
        model="gpt-ok", messages=[{"role": "user", "content": "x"}], stream=True,
        stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Sekisho checks every traveller."
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 5


def test_anthropic_stream_is_relayed(make_gateway: GW) -> None:
    gw = make_gateway()
    with gw.anthropic().messages.stream(model="claude-ok", max_tokens=64,
                                        messages=[{"role": "user", "content": "x"}]) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == "Sekisho checks every traveller."
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 5


def test_openai_client_is_served_by_an_anthropic_upstream(make_gateway: GW) -> None:
    gw = make_gateway()
    completion = gw.openai().chat.completions.create(
        model="claude-ok", messages=[{"role": "system", "content": "be brief"},
                                     {"role": "user", "content": "hello"}])
    assert completion.choices[0].message.content == "echo: hello"
    sent = gw.stub.received[-1]
    assert sent["model"] == "ok-claude" and sent["system"] == "be brief"
    assert isinstance(sent["max_tokens"], int)


def test_anthropic_client_is_served_by_an_openai_upstream_streaming(make_gateway: GW) -> None:
    gw = make_gateway()
    with gw.anthropic().messages.stream(model="gpt-ok", max_tokens=64, system="be brief",
                                        messages=[{"role": "user", "content": "x"}]) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == "Sekisho checks every traveller."
    assert final.stop_reason == "end_turn" and final.model == "gpt-ok"
    sent = gw.stub.received[-1]
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}


def test_openai_client_streams_from_an_anthropic_upstream(make_gateway: GW) -> None:
    gw = make_gateway()
    chunks = list(gw.openai().chat.completions.create(
        model="claude-ok", messages=[{"role": "user", "content": "x"}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == \
        "Sekisho checks every traveller."


TOOLS_OPENAI: Any = [{"type": "function", "function": {
    "name": "get_weather", "description": "weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}}}}}]
TOOLS_ANTHROPIC: Any = [{"name": "get_weather", "description": "weather", "input_schema": {
    "type": "object", "properties": {"city": {"type": "string"}}}}]


def test_tool_calls_cross_from_anthropic_upstream_to_openai_client(make_gateway: GW) -> None:
    gw = make_gateway()
    completion = gw.openai().chat.completions.create(
        model="claude-tool", tools=TOOLS_OPENAI, messages=[{"role": "user", "content": "weather?"}])
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "get_weather" and call.function.arguments == '{"city":"Tokyo"}'
    assert completion.choices[0].finish_reason == "tool_calls"
    assert gw.stub.received[-1]["tools"][0]["input_schema"]["type"] == "object"


def test_tool_calls_cross_from_openai_upstream_to_anthropic_client(make_gateway: GW) -> None:
    gw = make_gateway()
    msg = gw.anthropic().messages.create(model="gpt-tool", max_tokens=64, tools=TOOLS_ANTHROPIC,
                                         messages=[{"role": "user", "content": "weather?"}])
    block = msg.content[0]
    assert block.type == "tool_use" and block.name == "get_weather" and block.input == {"city": "Tokyo"}
    assert msg.stop_reason == "tool_use"
    assert gw.stub.received[-1]["tools"][0]["function"]["name"] == "get_weather"


def test_tool_results_in_a_multi_turn_conversation_are_translated(make_gateway: GW) -> None:
    gw = make_gateway()
    gw.openai().chat.completions.create(model="claude-ok", tools=TOOLS_OPENAI, messages=[
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Tokyo"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
        {"role": "user", "content": "thanks"},
    ])
    sent = gw.stub.received[-1]["messages"]
    assert sent[1]["content"][0]["type"] == "tool_use"
    assert sent[2]["content"][0] == {"type": "tool_result", "tool_use_id": "c1", "content": "sunny"} \
        or sent[2]["content"][0]["tool_use_id"] == "c1"


@pytest.mark.parametrize("path", ["/v1/models"])
def test_models_lists_the_catalog_for_both_sdks(make_gateway: GW, path: str) -> None:
    gw = make_gateway()
    ids = {m.id for m in gw.openai().models.list()}
    assert {"gpt-ok", "claude-ok", "small-ok"} <= ids
    assert {m.id for m in gw.anthropic().models.list()} == ids
