"""Dialect translation of streams: SSE from either upstream into neutral events and out in
either dialect, checked with the real OpenAI and Anthropic SDKs."""

from __future__ import annotations

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
    Finish,
    Start,
    StopReason,
    StreamEvent,
    TextDelta,
    ToolArgsDelta,
    ToolStart,
)
from sekisho.values import Usage
from tests.sdk_views import calls_of

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
