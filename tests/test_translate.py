"""Dialect translation: requests body to body and answers through the neutral values,
checked where it matters with the real OpenAI and Anthropic SDKs (streams: test_translate_streams)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anthropic
import anthropic.types
import openai
import openai.types.chat
import pytest

from sekisho.providers import translate as t
from sekisho.providers.wire import (
    Completion,
    StopReason,
    TextBlock,
    ToolUseBlock,
)
from sekisho.values import Usage
from tests.sdk_views import calls_of

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
