"""Dialect translation: requests body to body, answers and streams through the neutral
values, checked where it matters with the real OpenAI and Anthropic SDKs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anthropic
import anthropic.types
import httpx2  # what both SDKs are built on (httpx's MockTransport, renamed)
import openai
import openai.types.chat
import orjson
import pytest

from sekisho.providers import translate as t
from sekisho.providers.base import SSEEvent, UpstreamUnavailable
from sekisho.providers.sse import SSEDecoder
from sekisho.providers.wire import (
    BlockStop,
    Completion,
    Finish,
    Start,
    StopReason,
    StreamEvent,
    TextBlock,
    TextDelta,
    ToolArgsDelta,
    ToolStart,
    ToolUseBlock,
)
from sekisho.values import Usage

IMAGE = "data:image/png;base64,iVBORw0KGgo="
TOOLS_OPENAI: list[dict[str, Any]] = [
    {"type": "function", "function": {"name": "get_weather", "description": "Weather now",
                                      "parameters": {"type": "object", "properties": {
                                          "city": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "get_time", "description": "Local time",
                                      "parameters": {"type": "object", "properties": {}}}},
]
# Shaped so that OpenAI -> Anthropic -> OpenAI gives it back exactly.
OPENAI_REQ: dict[str, Any] = {
    "model": "m", "max_tokens": 100, "temperature": 0.2, "stop": ["END"], "stream": True,
    "stream_options": {"include_usage": True}, "user": "u-7",
    "messages": [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": "Checking.", "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"city":"Tokyo"}'}},
            {"id": "c2", "type": "function", "function": {"name": "get_time", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "c2", "content": "09:00"},
        {"role": "user", "content": [{"type": "text", "text": "and this?"},
                                     {"type": "image_url", "image_url": {"url": IMAGE}}]},
        {"role": "assistant", "content": "A cat."},
        {"role": "user", "content": "thanks"},
    ],
    "tools": TOOLS_OPENAI,
    "tool_choice": "required",
}
ANTHROPIC_REQ: dict[str, Any] = {
    "model": "m", "max_tokens": 64, "top_p": 0.9, "stop_sequences": ["END"],
    "metadata": {"user_id": "u-7"},
    "system": "be brief",
    "messages": [
        {"role": "user", "content": [{"type": "text", "text": "weather?"}]},
        {"role": "assistant", "content": [
            {"type": "text", "text": "Checking."},
            {"type": "tool_use", "id": "t1", "name": "get_weather", "input": {"city": "Tokyo"}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "t1", "content": "sunny"},
            {"type": "text", "text": "and this?"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "iVBORw0KGgo="}}]},
    ],
    "tools": [{"name": "get_weather", "description": "Weather now",
               "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
    "tool_choice": {"type": "tool", "name": "get_weather"},
}


# --------------------------------------------------------------------------- requests

def test_openai_request_round_trips_through_anthropic_unchanged() -> None:
    assert t.anthropic_request_to_openai(t.openai_request_to_anthropic(OPENAI_REQ)) == OPENAI_REQ


def test_anthropic_request_round_trips_through_openai_unchanged() -> None:
    # (string content would come back as one text block: the same request to Anthropic)
    back = t.openai_request_to_anthropic(t.anthropic_request_to_openai(ANTHROPIC_REQ))
    assert back == ANTHROPIC_REQ


def test_openai_conversation_becomes_strictly_alternating_anthropic_turns() -> None:
    a = t.openai_request_to_anthropic(OPENAI_REQ)
    assert [m["role"] for m in a["messages"]] == ["user", "assistant", "user", "assistant", "user"]


def test_consecutive_tool_results_merge_into_one_user_turn_ahead_of_its_text() -> None:
    turn = t.openai_request_to_anthropic(OPENAI_REQ)["messages"][2]["content"]
    assert [b["type"] for b in turn] == ["tool_result", "tool_result", "text", "image"]
    assert turn[0] == {"type": "tool_result", "tool_use_id": "c1", "content": "sunny"}


def test_tool_call_arguments_become_a_tool_use_input_object() -> None:
    turn = t.openai_request_to_anthropic(OPENAI_REQ)["messages"][1]["content"]
    assert turn[1] == {"type": "tool_use", "id": "c1", "name": "get_weather",
                       "input": {"city": "Tokyo"}}


@pytest.mark.parametrize(("arguments", "expected"), [
    ("", {}), (None, {}), ("not json", {"_arguments": "not json"}), ("[1]", {"_value": [1]}),
])
def test_malformed_tool_call_arguments_do_not_crash(arguments: Any, expected: Any) -> None:
    body = {"model": "m", "messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "function": {"name": "f", "arguments": arguments}}]}]}
    assert t.openai_request_to_anthropic(body)["messages"][0]["content"][0]["input"] == expected


def test_consecutive_user_messages_merge_and_empty_ones_vanish() -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [
        {"role": "user", "content": "a"}, {"role": "user", "content": ""},
        {"role": "user", "content": [{"type": "text", "text": "b"}]}]})
    assert a["messages"] == [{"role": "user", "content": [{"type": "text", "text": "a"},
                                                           {"type": "text", "text": "b"}]}]


@pytest.mark.parametrize(("messages", "system"), [
    ([{"role": "system", "content": "s"}], "s"),
    ([{"role": "developer", "content": [{"type": "text", "text": "d"}]}], "d"),
    ([{"role": "system", "content": "s"}, {"role": "developer", "content": "d"}],
     [{"type": "text", "text": "s"}, {"type": "text", "text": "d"}]),
])
def test_system_and_developer_messages_become_the_anthropic_system(
        messages: list[dict[str, Any]], system: Any) -> None:
    body = {"model": "m", "messages": [*messages, {"role": "user", "content": "hi"}]}
    assert t.openai_request_to_anthropic(body)["system"] == system


def test_anthropic_system_blocks_become_one_system_message_each() -> None:
    body = {"model": "m", "max_tokens": 5, "messages": [],
            "system": [{"type": "text", "text": "a", "cache_control": {"type": "ephemeral"}},
                       {"type": "text", "text": "b"}]}
    assert t.anthropic_request_to_openai(body)["messages"] == [
        {"role": "system", "content": "a"}, {"role": "system", "content": "b"}]


@pytest.mark.parametrize(("openai_choice", "anthropic_choice"), [
    ("auto", {"type": "auto"}),
    ("none", {"type": "none"}),
    ("required", {"type": "any"}),
    ({"type": "function", "function": {"name": "get_time"}}, {"type": "tool", "name": "get_time"}),
])
def test_tool_choice_maps_both_ways(openai_choice: Any, anthropic_choice: Any) -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [], "tools": TOOLS_OPENAI,
                                       "tool_choice": openai_choice})
    assert a["tool_choice"] == anthropic_choice
    assert t.anthropic_request_to_openai(a)["tool_choice"] == openai_choice


def test_parallel_tool_calls_off_becomes_disable_parallel_tool_use() -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [], "tools": TOOLS_OPENAI,
                                       "parallel_tool_calls": False})
    assert a["tool_choice"] == {"type": "auto", "disable_parallel_tool_use": True}
    assert t.anthropic_request_to_openai(a)["parallel_tool_calls"] is False


def test_tool_choice_without_tools_is_dropped() -> None:
    assert "tool_choice" not in t.openai_request_to_anthropic(
        {"model": "m", "messages": [], "tool_choice": "required"})


def test_anthropic_server_tools_are_not_offered_as_functions() -> None:
    o = t.anthropic_request_to_openai({"model": "m", "max_tokens": 5, "messages": [], "tools": [
        {"type": "web_search_20250305", "name": "web_search"}, ANTHROPIC_REQ["tools"][0]]})
    assert [tool["function"]["name"] for tool in o["tools"]] == ["get_weather"]


@pytest.mark.parametrize(("fields", "max_tokens"), [
    ({}, 4096),
    ({"max_tokens": 50}, 50),
    ({"max_completion_tokens": 70}, 70),
    ({"max_tokens": 50, "max_completion_tokens": 70}, 70),
])
def test_anthropic_max_tokens_is_always_set(fields: dict[str, Any], max_tokens: int) -> None:
    body = {"model": "m", "messages": [], **fields}
    assert t.openai_request_to_anthropic(body)["max_tokens"] == max_tokens


@pytest.mark.parametrize(("stop", "sequences"), [("END", ["END"]), (["a", "b"], ["a", "b"]),
                                                  (None, None), (["  "], None)])
def test_stop_becomes_stop_sequences(stop: Any, sequences: Any) -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [], "stop": stop})
    assert a.get("stop_sequences") == sequences


@pytest.mark.parametrize(("sampling", "expected"), [
    ({"temperature": 1.7}, {"temperature": 1}),
    ({"temperature": 0.3, "top_p": 0.5}, {"temperature": 0.3}),
    ({"top_p": 0.5}, {"top_p": 0.5}),
])
def test_sampling_stays_within_what_anthropic_accepts(sampling: dict[str, Any],
                                                      expected: dict[str, Any]) -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [], **sampling})
    assert {k: a[k] for k in ("temperature", "top_p") if k in a} == expected


def test_streaming_to_openai_asks_for_the_usage() -> None:
    o = t.anthropic_request_to_openai({"model": "m", "max_tokens": 5, "messages": [],
                                       "stream": True})
    assert o["stream"] is True and o["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(("url", "kept"), [(IMAGE, True), ("https://example.com/cat.png", False),
                                           ("data:image/png,raw", False)])
def test_only_inline_base64_images_cross_to_anthropic(url: str, kept: bool) -> None:
    a = t.openai_request_to_anthropic({"model": "m", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "see"}, {"type": "image_url", "image_url": {"url": url}}]}]})
    assert len(a["messages"][0]["content"]) == (2 if kept else 1)


def test_url_images_are_dropped_going_to_openai() -> None:
    o = t.anthropic_request_to_openai({"model": "m", "max_tokens": 5, "messages": [
        {"role": "user", "content": [{"type": "text", "text": "see"}, {"type": "image", "source": {
            "type": "url", "url": "https://example.com/cat.png"}}]}]})
    assert o["messages"] == [{"role": "user", "content": "see"}]


@pytest.mark.parametrize(("translate", "body"), [
    (t.openai_request_to_anthropic, {"n": 2, "logprobs": True, "response_format": {},
                                     "seed": 1, "frequency_penalty": 1}),
    (t.anthropic_request_to_openai, {"max_tokens": 5, "top_k": 5, "thinking": {},
                                     "service_tier": "auto", "container": "c"}),
])
def test_unknown_fields_are_dropped(translate: Callable[[dict[str, Any]], dict[str, Any]],
                                    body: dict[str, Any]) -> None:
    out = translate({"model": "m", "messages": [], **body})
    assert set(out) <= {"model", "messages", "max_tokens"}


@pytest.mark.parametrize("messages", [
    "not a list", [None, 3, "x"], [{"role": "user", "content": 5}],
    [{"role": "assistant", "tool_calls": [{"function": "nope"}]}],
])
def test_malformed_messages_do_not_crash_either_translation(messages: Any) -> None:
    t.openai_request_to_anthropic({"model": "m", "messages": messages})
    t.anthropic_request_to_openai({"model": "m", "messages": messages})


# --------------------------------------------------------------------------- answers

ANTHROPIC_ANSWER: dict[str, Any] = {
    "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
    "stop_reason": "tool_use", "stop_sequence": None,
    "content": [{"type": "thinking", "thinking": "hm", "signature": "s"},
                {"type": "text", "text": "Checking."},
                {"type": "tool_use", "id": "t1", "name": "get_weather", "input": {"city": "Tokyo"}}],
    "usage": {"input_tokens": 3, "cache_read_input_tokens": 10, "output_tokens": 4},
}
COMPLETION = Completion("msg_1", "claude-x", (TextBlock("Checking."),
                                              ToolUseBlock("t1", "get_weather", {"city": "Tokyo"})),
                        StopReason.TOOL_USE, Usage(13, 4))


def test_anthropic_answer_parses_with_cached_tokens_counted_as_input() -> None:
    assert t.parse_anthropic_response(ANTHROPIC_ANSWER) == COMPLETION


def test_openai_rendering_parses_back_to_the_same_completion() -> None:
    body = t.render_openai_response(COMPLETION, "gw")
    assert t.parse_openai_response(body) == Completion(
        "chatcmpl-msg_1", "gw", COMPLETION.content, StopReason.TOOL_USE, Usage(13, 4))


@pytest.mark.parametrize(("finish_reason", "stop"), [
    ("stop", StopReason.END_TURN), ("length", StopReason.MAX_TOKENS),
    ("tool_calls", StopReason.TOOL_USE), ("function_call", StopReason.TOOL_USE),
    ("content_filter", StopReason.REFUSAL), (None, StopReason.END_TURN),
])
def test_openai_finish_reason_maps_to_a_stop_reason(finish_reason: Any, stop: StopReason) -> None:
    body = {"choices": [{"message": {"content": "x"}, "finish_reason": finish_reason}]}
    assert t.parse_openai_response(body).stop_reason is stop


@pytest.mark.parametrize(("stop_reason", "stop"), [
    ("end_turn", StopReason.END_TURN), ("stop_sequence", StopReason.STOP_SEQUENCE),
    ("refusal", StopReason.REFUSAL), ("pause_turn", StopReason.END_TURN),
    ("model_context_window_exceeded", StopReason.MAX_TOKENS),
])
def test_anthropic_stop_reason_maps_to_a_stop_reason(stop_reason: str, stop: StopReason) -> None:
    assert t.parse_anthropic_response({"stop_reason": stop_reason}).stop_reason is stop


@pytest.mark.parametrize(("stop", "finish_reason"), [
    (StopReason.END_TURN, "stop"), (StopReason.MAX_TOKENS, "length"),
    (StopReason.TOOL_USE, "tool_calls"), (StopReason.STOP_SEQUENCE, "stop"),
    (StopReason.REFUSAL, "content_filter"),
])
def test_stop_reason_renders_as_the_openai_finish_reason(stop: StopReason,
                                                         finish_reason: str) -> None:
    c = Completion("1", "x", (TextBlock("hi"),), stop, Usage())
    assert t.render_openai_response(c, "gw")["choices"][0]["finish_reason"] == finish_reason


def test_openai_refusal_message_parses_as_a_refusal() -> None:
    c = t.parse_openai_response({"choices": [{"finish_reason": "stop", "message": {
        "content": None, "refusal": "I can't help with that."}}]})
    assert c.content == (TextBlock("I can't help with that."),)
    assert c.stop_reason is StopReason.REFUSAL


def test_openai_rendering_validates_with_the_sdk_and_puts_the_notice_first() -> None:
    o = openai.types.chat.ChatCompletion.model_validate(
        t.render_openai_response(COMPLETION, "gw", "NOTE", created=1700000000))
    message = o.choices[0].message
    assert message.content == "NOTE\n\nChecking." and o.created == 1700000000
    assert calls_of(message) == [("t1", "get_weather", {"city": "Tokyo"})]
    assert o.usage is not None and o.usage.total_tokens == 17


@pytest.mark.parametrize(("content", "texts"), [
    ((TextBlock("hi"), ToolUseBlock("t", "f", {})), ["NOTE\n\nhi", None]),
    ((ToolUseBlock("t", "f", {}), TextBlock("hi")), ["NOTE\n\n", None, "hi"]),
    ((), ["NOTE\n\n"]),
])
def test_anthropic_rendering_puts_the_notice_in_the_first_text_block(
        content: tuple[Any, ...], texts: list[str | None]) -> None:
    c = Completion("1", "x", content, StopReason.END_TURN, Usage(1, 2))
    m = anthropic.types.Message.model_validate(t.render_anthropic_response(c, "gw", "NOTE"))
    assert [b.text if b.type == "text" else None for b in m.content] == texts


def test_openai_refusal_body_validates_with_the_sdk() -> None:
    o = openai.types.chat.ChatCompletion.model_validate(
        t.render_openai_refusal("gw", "Refused: cyber.", "r1", created=5))
    assert o.choices[0].finish_reason == "content_filter" and o.choices[0].message.content is None
    assert o.choices[0].message.refusal == "Refused: cyber." and o.id == "chatcmpl-r1"


@pytest.mark.parametrize("category", ["cyber", None])
def test_anthropic_refusal_body_validates_with_the_sdk(category: str | None) -> None:
    m = anthropic.types.Message.model_validate(
        t.render_anthropic_refusal("gw", category, "Refused.", "r1"))
    assert m.stop_reason == "refusal" and m.content == [] and m.stop_details is not None
    assert m.stop_details.category == category and m.stop_details.explanation == "Refused."


# --------------------------------------------------------------------------- streams: fixtures

def sse(*frames: tuple[str | None, Any]) -> bytes:
    return b"".join((f"event: {name}\n".encode() if name else b"")
                    + b"data: " + (d.encode() if isinstance(d, str) else orjson.dumps(d))
                    + b"\n\n" for name, d in frames)


def a_ev(data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return data["type"], data


def a_delta(index: int, kind: str, key: str, value: str) -> tuple[str, dict[str, Any]]:
    return a_ev({"type": "content_block_delta", "index": index,
                 "delta": {"type": kind, key: value}})


# As Anthropic sends it (docs example): ping, text then tool_use, JSON in fragments.
ANTHROPIC_FRAMES = [
    a_ev({"type": "message_start", "message": {
        "id": "msg_014p7gG3wDgGV9EUtLvnow3U", "type": "message", "role": "assistant",
        "model": "claude-sonnet-4-5", "stop_sequence": None, "content": [], "stop_reason": None,
        "usage": {"input_tokens": 472, "output_tokens": 2}}}),
    a_ev({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
    a_ev({"type": "ping"}),
    a_delta(0, "text_delta", "text", "Okay"),
    a_delta(0, "text_delta", "text", ", let's check the weather."),
    a_ev({"type": "content_block_stop", "index": 0}),
    a_ev({"type": "content_block_start", "index": 1, "content_block": {
        "type": "tool_use", "id": "toolu_01T1", "name": "get_weather", "input": {}}}),
    a_delta(1, "input_json_delta", "partial_json", ""),
    a_delta(1, "input_json_delta", "partial_json", '{"location":'),
    a_delta(1, "input_json_delta", "partial_json", ' "San Francisc'),
    a_delta(1, "input_json_delta", "partial_json", 'o, CA", "unit": "fah'),
    a_delta(1, "input_json_delta", "partial_json", 'renheit"}'),
    a_ev({"type": "content_block_stop", "index": 1}),
    a_ev({"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
          "usage": {"output_tokens": 89}}),
    a_ev({"type": "message_stop"}),
]
ANTHROPIC_STREAM = sse(*ANTHROPIC_FRAMES)
ANTHROPIC_EVENTS: list[StreamEvent] = [
    Start("msg_014p7gG3wDgGV9EUtLvnow3U", "claude-sonnet-4-5", 472),
    TextDelta(0, "Okay"), TextDelta(0, ", let's check the weather."), BlockStop(0),
    ToolStart(1, "toolu_01T1", "get_weather"),
    ToolArgsDelta(1, '{"location":'), ToolArgsDelta(1, ' "San Francisc'),
    ToolArgsDelta(1, 'o, CA", "unit": "fah'), ToolArgsDelta(1, 'renheit"}'), BlockStop(1),
    Finish(StopReason.TOOL_USE, Usage(472, 89)),
]


def o_chunk(delta: dict[str, Any] | None, finish: str | None = None,
            usage: dict[str, int] | None = None) -> tuple[None, dict[str, Any]]:
    choices = [] if delta is None else [
        {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
    return None, {"id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190,
                  "model": "gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb",
                  "choices": choices, "usage": usage}


def o_call(index: int, args: str, call_id: str | None = None,
           name: str | None = None) -> dict[str, Any]:
    call: dict[str, Any] = {"index": index, "function": {"arguments": args}}
    if call_id:
        call.update(id=call_id, type="function")
        call["function"]["name"] = name
    return {"tool_calls": [call]}


# As OpenAI sends it with include_usage: role chunk, text, two tool calls, usage, [DONE].
OPENAI_FRAMES: list[tuple[str | None, Any]] = [
    o_chunk({"role": "assistant", "content": "", "refusal": None}),
    o_chunk({"content": "Checking"}),
    o_chunk({"content": " the weather."}),
    o_chunk(o_call(0, "", "call_abc", "get_weather")),
    o_chunk(o_call(0, '{"city"')),
    o_chunk(o_call(0, ': "Tokyo"}')),
    o_chunk(o_call(1, "", "call_def", "get_time")),
    o_chunk({}, "tool_calls"),
    o_chunk(None, usage={"prompt_tokens": 82, "completion_tokens": 17, "total_tokens": 99}),
    (None, "[DONE]"),
]
OPENAI_STREAM = sse(*OPENAI_FRAMES)
OPENAI_EVENTS: list[StreamEvent] = [
    Start("chatcmpl-123", "gpt-4o-mini"),
    TextDelta(0, "Checking"), TextDelta(0, " the weather."), BlockStop(0),
    ToolStart(1, "call_abc", "get_weather"), ToolArgsDelta(1, '{"city"'),
    ToolArgsDelta(1, ': "Tokyo"}'), BlockStop(1),
    ToolStart(2, "call_def", "get_time"), BlockStop(2),
    Finish(StopReason.TOOL_USE, Usage(82, 17)),
]

Parser = t.OpenAIStreamParser | t.AnthropicStreamParser
Writer = t.OpenAIStreamWriter | t.AnthropicStreamWriter


def decode(raw: bytes) -> list[SSEEvent]:
    decoder = SSEDecoder()
    return decoder.feed(raw) + decoder.close()


def parse(parser: Parser, raw: bytes) -> list[StreamEvent]:
    return [ev for sse_event in decode(raw) for ev in parser.feed(sse_event)]


def relay(raw: bytes, parser: Parser, writer: Writer, notice: str | None = None) -> bytes:
    """What the gateway does with a stream: parse, write, notice after Start, then end
    cleanly only if the parser saw a proper end."""
    out: list[bytes] = []
    for ev in parse(parser, raw):
        out.append(writer.write(ev))
        if notice is not None and isinstance(ev, Start):
            out.append(writer.notice(notice))
            notice = None
    out.append(writer.end() if parser.finished else writer.error("the stream broke"))
    return b"".join(out)


def http(body: bytes) -> httpx2.Client:
    """An in-process upstream answering every request with `body` as an event stream."""
    return httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(
        200, content=body, headers={"content-type": "text/event-stream"})))


def openai_client(body: bytes) -> openai.OpenAI:
    return openai.OpenAI(base_url="http://test/v1", api_key="x", max_retries=0,
                         http_client=http(body))


def calls_of(message: openai.types.chat.ChatCompletionMessage) -> list[tuple[str, str, Any]]:
    return [(tc.id, tc.function.name, json.loads(tc.function.arguments))
            for tc in message.tool_calls or [] if tc.type == "function"]


def openai_final(body: bytes) -> openai.types.chat.ChatCompletion:
    with openai_client(body).chat.completions.stream(model="gw", messages=[
            {"role": "user", "content": "hi"}]) as stream:
        return stream.get_final_completion()


def openai_chunks(body: bytes) -> list[openai.types.chat.ChatCompletionChunk]:
    return list(openai_client(body).chat.completions.create(model="gw", messages=[], stream=True))


def anthropic_final(body: bytes) -> anthropic.types.Message:
    client = anthropic.Anthropic(base_url="http://test", api_key="x", max_retries=0,
                                 http_client=http(body))
    with client.messages.stream(model="gw", max_tokens=64, messages=[
            {"role": "user", "content": "hi"}]) as stream:
        return stream.get_final_message()


def openai_writer() -> t.OpenAIStreamWriter:
    return t.OpenAIStreamWriter("req1", "gw", 1700000000)


def anthropic_writer() -> t.AnthropicStreamWriter:
    return t.AnthropicStreamWriter("req1", "gw")


# --------------------------------------------------------------------------- streams: parsers

def test_anthropic_stream_parses_into_canonical_events() -> None:
    parser = t.AnthropicStreamParser()
    assert parse(parser, ANTHROPIC_STREAM) == ANTHROPIC_EVENTS
    assert parser.finished and parser.usage == Usage(472, 89)


def test_openai_stream_parses_into_canonical_events_with_synthesised_block_stops() -> None:
    parser = t.OpenAIStreamParser()
    assert parse(parser, OPENAI_STREAM) == OPENAI_EVENTS
    assert parser.finished and parser.usage == Usage(82, 17)


def test_anthropic_blocks_that_do_not_cross_over_are_skipped_and_the_rest_renumbered() -> None:
    raw = sse(a_ev({"type": "message_start", "message": {"id": "m", "model": "c", "usage": {}}}),
              a_ev({"type": "content_block_start", "index": 0,
                    "content_block": {"type": "thinking", "thinking": ""}}),
              a_delta(0, "thinking_delta", "thinking", "hmm"),
              a_ev({"type": "content_block_stop", "index": 0}),
              a_ev({"type": "content_block_start", "index": 1,
                    "content_block": {"type": "text", "text": ""}}),
              a_delta(1, "text_delta", "text", "hi"),
              a_ev({"type": "content_block_stop", "index": 1}))
    assert parse(t.AnthropicStreamParser(), raw)[1:] == [TextDelta(0, "hi"), BlockStop(0)]


def test_anthropic_message_delta_without_input_keeps_the_message_start_count() -> None:
    parser = t.AnthropicStreamParser()
    parse(parser, sse(
        a_ev({"type": "message_start", "message": {"usage": {
            "input_tokens": 5, "cache_creation_input_tokens": 2, "output_tokens": 1}}}),
        a_ev({"type": "message_delta", "delta": {"stop_reason": "end_turn"},
              "usage": {"output_tokens": 9}})))
    assert parser.usage == Usage(7, 9) and not parser.finished


@pytest.mark.parametrize(("chunks", "usage"), [
    ([o_chunk({"content": "a"}, "stop"), o_chunk(None, usage={"prompt_tokens": 2,
                                                              "completion_tokens": 1})],
     Usage(2, 1)),
    ([o_chunk({"content": "a"}, "stop", usage={"prompt_tokens": 3, "completion_tokens": 4})],
     Usage(3, 4)),
    ([o_chunk({"content": "a"}, "stop")], Usage()),
])
def test_openai_finish_is_sent_once_after_the_usage_or_at_done(
        chunks: list[tuple[None, dict[str, Any]]], usage: Usage) -> None:
    events = parse(t.OpenAIStreamParser(), sse(*chunks, (None, "[DONE]")))
    assert [e for e in events if isinstance(e, Finish)] == [Finish(StopReason.END_TURN, usage)]


def test_openai_finish_waits_for_the_usage_chunk() -> None:
    events = parse(t.OpenAIStreamParser(), sse(o_chunk({"content": "a"}, "stop")))
    assert not any(isinstance(e, Finish) for e in events)


def test_openai_tool_calls_without_an_index_are_told_apart_by_id() -> None:
    events = parse(t.OpenAIStreamParser(), sse(
        o_chunk({"tool_calls": [{"id": "a", "function": {"name": "f", "arguments": '{"x":'}}]}),
        o_chunk({"tool_calls": [{"function": {"arguments": "1}"}}]}),
        o_chunk({"tool_calls": [{"id": "b", "function": {"name": "g", "arguments": "{}"}}]})))
    assert events[1:] == [ToolStart(0, "a", "f"), ToolArgsDelta(0, '{"x":'), ToolArgsDelta(0, "1}"),
                          BlockStop(0), ToolStart(1, "b", "g"), ToolArgsDelta(1, "{}")]


def test_openai_refusal_deltas_become_text_with_a_refusal_stop() -> None:
    events = parse(t.OpenAIStreamParser(), sse(o_chunk({"refusal": "No."}), o_chunk({}, "stop"),
                                               (None, "[DONE]")))
    assert events[1:] == [TextDelta(0, "No."), BlockStop(0), Finish(StopReason.REFUSAL, Usage())]


@pytest.mark.parametrize(("parser", "raw"), [
    (t.OpenAIStreamParser, sse(o_chunk({"content": "a"}), o_chunk({}, "stop"))),
    (t.AnthropicStreamParser, sse(*ANTHROPIC_FRAMES[:-1])),
])
def test_a_stream_cut_before_its_end_is_not_finished(parser: type[Parser], raw: bytes) -> None:
    p = parser()
    parse(p, raw)
    assert not p.finished


@pytest.mark.parametrize(("parser", "event"), [
    (t.OpenAIStreamParser, SSEEvent(None, '{"error": {"message": "overloaded"}}')),
    (t.AnthropicStreamParser,
     SSEEvent("error", '{"type": "error", "error": {"type": "overloaded_error", '
                       '"message": "overloaded"}}')),
    (t.OpenAIStreamParser, SSEEvent(None, '{"choices": [overloaded')),
    (t.AnthropicStreamParser, SSEEvent("message_start", "overloaded}")),
])
def test_upstream_error_or_malformed_events_raise_unavailable(parser: type[Parser],
                                                              event: SSEEvent) -> None:
    with pytest.raises(UpstreamUnavailable, match="overloaded"):
        parser().feed(event)


# --------------------------------------------------------------------------- streams: SDKs

def test_anthropic_stream_reaches_the_openai_sdk_as_text_a_tool_call_and_usage() -> None:
    c = openai_final(relay(ANTHROPIC_STREAM, t.AnthropicStreamParser(), openai_writer()))
    choice = c.choices[0]
    assert choice.message.content == "Okay, let's check the weather."
    assert choice.finish_reason == "tool_calls"
    assert calls_of(choice.message) == [("toolu_01T1", "get_weather", {
        "location": "San Francisco, CA", "unit": "fahrenheit"})]
    assert c.usage is not None and (c.usage.prompt_tokens, c.usage.completion_tokens) == (472, 89)


def test_openai_stream_reaches_the_anthropic_sdk_as_blocks_stop_reason_and_usage() -> None:
    m = anthropic_final(relay(OPENAI_STREAM, t.OpenAIStreamParser(), anthropic_writer()))
    assert [b.type for b in m.content] == ["text", "tool_use", "tool_use"]
    assert m.content[0].type == "text" and m.content[0].text == "Checking the weather."
    tools = [(b.id, b.name, b.input) for b in m.content if b.type == "tool_use"]
    assert tools == [("call_abc", "get_weather", {"city": "Tokyo"}), ("call_def", "get_time", {})]
    assert m.stop_reason == "tool_use" and m.id == "msg_req1" and m.model == "gw"
    assert (m.usage.input_tokens, m.usage.output_tokens) == (82, 17)


def test_a_tool_called_without_arguments_reaches_openai_with_an_empty_object() -> None:
    c = openai_final(relay(OPENAI_STREAM, t.OpenAIStreamParser(), openai_writer()))
    calls = c.choices[0].message.tool_calls or []
    assert [tc.function.arguments for tc in calls if tc.type == "function"] == [
        '{"city": "Tokyo"}', "{}"]


def test_anthropic_stream_relays_to_the_anthropic_sdk_unchanged_in_substance() -> None:
    m = anthropic_final(relay(ANTHROPIC_STREAM, t.AnthropicStreamParser(), anthropic_writer()))
    assert [b.type for b in m.content] == ["text", "tool_use"]
    assert m.content[1].type == "tool_use" and m.content[1].input == {
        "location": "San Francisco, CA", "unit": "fahrenheit"}
    assert (m.usage.input_tokens, m.usage.output_tokens, m.stop_reason) == (472, 89, "tool_use")


# --------------------------------------------------------------------------- streams: notices

def test_openai_notice_is_the_first_content_the_client_sees() -> None:
    raw = relay(ANTHROPIC_STREAM, t.AnthropicStreamParser(), openai_writer(), "NOTE")
    contents = [c["choices"][0]["delta"].get("content") for c in
                (orjson.loads(e.data) for e in decode(raw)[:-1]) if c["choices"]]
    assert next(c for c in contents if c) == "NOTE\n\n"
    assert openai_final(raw).choices[0].message.content == "NOTE\n\nOkay, let's check the weather."


def test_anthropic_notice_is_block_zero_and_upstream_blocks_shift_by_one() -> None:
    raw = relay(OPENAI_STREAM, t.OpenAIStreamParser(), anthropic_writer(), "NOTE")
    starts = [orjson.loads(e.data)["index"] for e in decode(raw) if e.event == "content_block_start"]
    assert starts == [0, 1, 2, 3]
    m = anthropic_final(raw)
    assert [b.text if b.type == "text" else b.name if b.type == "tool_use" else None
            for b in m.content] == ["NOTE\n\n", "Checking the weather.", "get_weather", "get_time"]
    assert m.content[2].type == "tool_use" and m.content[2].input == {"city": "Tokyo"}


# --------------------------------------------------------------------------- streams: refusals

def test_openai_refusal_stream_reaches_the_sdk_as_a_refusal() -> None:
    w = openai_writer()
    raw = w.refusal("cyber", "Refused: cyber.") + w.end()
    assert raw.count(b"[DONE]") == 1 and raw.endswith(b"data: [DONE]\n\n")
    chunks = openai_chunks(raw)
    choices = [choice for chunk in chunks for choice in chunk.choices]
    assert "".join(c.delta.refusal or "" for c in choices) == "Refused: cyber."
    assert [c.finish_reason for c in choices if c.finish_reason] == ["content_filter"]
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 0


def test_anthropic_refusal_stream_reaches_the_sdk_with_stop_details() -> None:
    w = anthropic_writer()
    m = anthropic_final(w.refusal("cyber", "Refused: cyber.") + w.end())
    assert m.stop_reason == "refusal" and m.content == []
    assert m.stop_details is not None and m.stop_details.category == "cyber"
    assert m.stop_details.explanation == "Refused: cyber."


# --------------------------------------------------------------------------- streams: errors

def test_a_broken_stream_makes_the_openai_sdk_raise() -> None:
    raw = relay(sse(*ANTHROPIC_FRAMES[:-2]), t.AnthropicStreamParser(), openai_writer())
    assert b"[DONE]" not in raw
    with pytest.raises(openai.APIError, match="the stream broke"):
        openai_chunks(raw)


def test_a_broken_stream_makes_the_anthropic_sdk_raise() -> None:
    raw = relay(sse(*OPENAI_FRAMES[:-3]), t.OpenAIStreamParser(), anthropic_writer())
    assert b"message_stop" not in raw
    with pytest.raises(anthropic.APIError, match="the stream broke"):
        anthropic_final(raw)


@pytest.mark.parametrize("make", [openai_writer, anthropic_writer])
def test_nothing_follows_the_end_of_a_stream(make: Callable[[], Writer]) -> None:
    w = make()
    w.write(Start("x", "y"))
    w.write(Finish(StopReason.END_TURN, Usage()))
    w.end()
    assert w.error("late") + w.end() + w.write(TextDelta(0, "late")) == b""


@pytest.mark.parametrize("make", [openai_writer, anthropic_writer])
def test_nothing_follows_an_error(make: Callable[[], Writer]) -> None:
    w = make()
    w.write(TextDelta(0, "partial"))
    assert w.error("broke") != b""
    assert w.end() + w.refusal("cyber", "no") + w.error("again") == b""


def test_ending_a_stream_that_never_finished_still_gives_a_whole_message() -> None:
    w = anthropic_writer()
    m = anthropic_final(w.write(Start("x", "y", 5)) + w.write(TextDelta(0, "hi")) + w.end())
    assert m.content[0].type == "text" and m.content[0].text == "hi"
    assert m.stop_reason == "end_turn" and m.usage.input_tokens == 5
