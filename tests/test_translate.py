"""Dialect translation keeps messages, tools, tool calls and tool results."""

from __future__ import annotations

from typing import Any

import anthropic.types
import openai.types.chat
import pytest

from sekisho.providers import translate as t
from sekisho.providers.base import SSEEvent, UpstreamUnavailable
from sekisho.providers.wire import Finish, StopReason, TextDelta

OPENAI_REQ: dict[str, Any] = {
    "model": "m", "max_tokens": 100, "temperature": 0.2, "stop": "END",
    "messages": [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "w", "arguments": '{"city": "Tokyo"}'}},
            {"id": "c2", "type": "function", "function": {"name": "w", "arguments": '{"city": "Osaka"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "c2", "content": "rain"},
        {"role": "user", "content": [{"type": "text", "text": "thanks"}]},
    ],
    "tools": [{"type": "function", "function": {"name": "w", "description": "weather",
                                                "parameters": {"type": "object"}}}],
    "tool_choice": "required",
}


def test_openai_request_becomes_a_valid_alternating_anthropic_request() -> None:
    a = t.openai_request_to_anthropic(OPENAI_REQ)
    assert a["system"] == "be brief" and a["max_tokens"] == 100 and a["stop_sequences"] == ["END"]
    assert [m["role"] for m in a["messages"]] == ["user", "assistant", "user"]
    results = a["messages"][2]["content"]
    assert [b["tool_use_id"] for b in results[:2]] == ["c1", "c2"]
    assert results[2] == {"type": "text", "text": "thanks"}
    assert a["messages"][1]["content"][0]["input"] == {"city": "Tokyo"}
    assert a["tools"][0]["input_schema"] == {"type": "object"}
    assert a["tool_choice"] == {"type": "any"}


def test_round_trip_keeps_the_conversation() -> None:
    back = t.anthropic_request_to_openai(t.openai_request_to_anthropic(OPENAI_REQ))
    roles = [m["role"] for m in back["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "tool", "user"]
    calls = back["messages"][2]["tool_calls"]
    assert [c["id"] for c in calls] == ["c1", "c2"]
    assert back["tools"][0]["function"]["name"] == "w" and back["tool_choice"] == "required"


def test_anthropic_max_tokens_defaults_when_openai_omits_it() -> None:
    assert t.openai_request_to_anthropic({"model": "m", "messages": []})["max_tokens"] == 4096


def test_rendered_bodies_validate_with_the_sdk_types() -> None:
    c = t.parse_anthropic_response({"id": "msg_1", "model": "x", "stop_reason": "tool_use",
                                    "content": [{"type": "text", "text": "hi"},
                                                {"type": "tool_use", "id": "t", "name": "w", "input": {}}],
                                    "usage": {"input_tokens": 3, "output_tokens": 4}})
    o = openai.types.chat.ChatCompletion.model_validate(t.render_openai_response(c, "gw-model", "NOTE"))
    assert o.choices[0].message.content == "NOTE\n\nhi" and o.choices[0].finish_reason == "tool_calls"
    a = anthropic.types.Message.model_validate(t.render_anthropic_response(c, "gw-model", "NOTE"))
    assert a.content[0].type == "text" and a.content[0].text == "NOTE\n\nhi"


def test_refusal_bodies_validate_with_the_sdk_types() -> None:
    a = anthropic.types.Message.model_validate(t.render_anthropic_refusal("m", "cyber", "no", "r1"))
    assert a.stop_reason == "refusal" and a.stop_details is not None and a.stop_details.category == "cyber"
    o = openai.types.chat.ChatCompletion.model_validate(t.render_openai_refusal("m", "no", "r1"))
    assert o.choices[0].message.refusal == "no"


def test_openai_stream_parser_emits_finish_once_with_usage() -> None:
    p = t.OpenAIStreamParser()
    events = []
    for data in ['{"id":"a","model":"m","choices":[{"delta":{"role":"assistant","content":""}}]}',
                 '{"id":"a","model":"m","choices":[{"delta":{"content":"hi"}}]}',
                 '{"id":"a","model":"m","choices":[{"delta":{},"finish_reason":"stop"}]}',
                 '{"id":"a","model":"m","choices":[],"usage":{"prompt_tokens":2,"completion_tokens":1}}',
                 "[DONE]"]:
        events += p.feed(SSEEvent(None, data))
    assert TextDelta(0, "hi") in events
    finishes = [e for e in events if isinstance(e, Finish)]
    assert len(finishes) == 1 and finishes[0].stop_reason is StopReason.END_TURN
    assert finishes[0].usage.output_tokens == 1 and p.finished


@pytest.mark.parametrize(("parser", "event"), [
    (t.OpenAIStreamParser, SSEEvent(None, '{"error": {"message": "overloaded"}}')),
    (t.AnthropicStreamParser, SSEEvent("error", '{"type": "error", "error": {"message": "overloaded"}}')),
])
def test_upstream_error_events_raise_unavailable(parser: Any, event: SSEEvent) -> None:
    with pytest.raises(UpstreamUnavailable, match="overloaded"):
        parser().feed(event)


def test_anthropic_notice_takes_index_zero_and_shifts_upstream_blocks() -> None:
    w = t.AnthropicStreamWriter("r", "m")
    out = w.notice("NOTE") + w.write(TextDelta(0, "x"))
    assert b'"index":0' in out.split(b"NOTE")[0] and b'"index":1' in out.split(b"NOTE")[1]
