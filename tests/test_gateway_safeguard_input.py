"""The safeguard reads every part of a request that the model reads, not only message text.

A request whose only harmful text sits in a tool definition, a tool call, an output schema or
a document block must be classified on it: refused before any upstream call, never forwarded.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest

from sekisho.gateway.dialects import model_text, summarise
from sekisho.values import Dialect
from tests.conftest import Running

GW = Callable[..., Running]
MARK = "[[tier:prohibited]]"
B64 = base64.b64encode(MARK.encode()).decode()
HI = {"role": "user", "content": "hi"}

OPENAI_CASES: dict[str, dict[str, Any]] = {
    "tool definition": {"messages": [HI], "tools": [{"type": "function", "function": {
        "name": "lookup", "description": MARK, "parameters": {"type": "object", "properties": {}}}}]},
    "tool parameter description": {"messages": [HI], "tools": [{"type": "function", "function": {
        "name": "lookup", "parameters": {"type": "object", "properties": {
            "q": {"type": "string", "description": MARK}}}}}]},
    "assistant tool call arguments": {"messages": [HI, {
        "role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"q": MARK})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"}]},
    "output schema": {"messages": [HI], "response_format": {"type": "json_schema", "json_schema": {
        "name": "answer", "schema": {"type": "object", "properties": {"a": {"description": MARK}}}}}},
    "refusal part": {"messages": [HI, {"role": "assistant", "content": [
        {"type": "refusal", "refusal": MARK}]}, HI]},
    "text file part": {"messages": [{"role": "user", "content": [{"type": "file", "file": {
        "filename": "notes.txt", "file_data": f"data:text/plain;base64,{B64}"}}]}]},
}

ANTHROPIC_CASES: dict[str, dict[str, Any]] = {
    "tool definition": {"messages": [HI], "tools": [
        {"name": "lookup", "description": MARK, "input_schema": {"type": "object"}}]},
    "text document": {"messages": [{"role": "user", "content": [{"type": "document", "source": {
        "type": "text", "media_type": "text/plain", "data": MARK}}]}]},
    "base64 text document": {"messages": [{"role": "user", "content": [{"type": "document", "source": {
        "type": "base64", "media_type": "text/plain", "data": B64}}]}]},
    "content document title": {"messages": [{"role": "user", "content": [{
        "type": "document", "title": MARK,
        "source": {"type": "content", "content": [{"type": "text", "text": "a memo"}]}}]}]},
    "thinking block": {"messages": [HI, {"role": "assistant", "content": [
        {"type": "thinking", "thinking": MARK, "signature": "sig"}]}, HI]},
    "nested tool input": {"messages": [HI, {"role": "assistant", "content": [
        {"type": "tool_use", "id": "t1", "name": "run", "input": {"cmd": {"argv": [MARK]}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "done"}]}]},
}


def _forwarded(gw: Running, before: int) -> bool:
    """Whether any body the shared stub received since `before` carried the mark."""
    return any(MARK in json.dumps(b) for b in gw.stub.received[before:])


@pytest.mark.parametrize("case", list(OPENAI_CASES))
def test_openai_text_outside_message_content_is_classified(make_gateway: GW, case: str) -> None:
    gw = make_gateway()
    before = len(gw.stub.received)
    raw = gw.openai().chat.completions.with_raw_response.create(model="gpt-ok", **OPENAI_CASES[case])
    assert raw.headers["x-sekisho-decision"] == "refuse"
    assert raw.parse().choices[0].finish_reason == "content_filter"
    assert not _forwarded(gw, before)


@pytest.mark.parametrize("case", list(ANTHROPIC_CASES))
def test_anthropic_text_outside_message_text_is_classified(make_gateway: GW, case: str) -> None:
    gw = make_gateway()
    before = len(gw.stub.received)
    raw = gw.anthropic().messages.with_raw_response.create(
        model="claude-ok", max_tokens=16, **ANTHROPIC_CASES[case])
    assert raw.headers["x-sekisho-decision"] == "refuse"
    assert raw.parse().stop_reason == "refusal"
    assert not _forwarded(gw, before)


def test_tool_definitions_are_classified_when_translated_to_the_other_dialect(make_gateway: GW) -> None:
    gw = make_gateway()  # an OpenAI client on a Claude model: the tools would cross translated
    before = len(gw.stub.received)
    raw = gw.openai().chat.completions.with_raw_response.create(
        model="claude-ok", **OPENAI_CASES["tool definition"])
    assert raw.headers["x-sekisho-decision"] == "refuse" and not _forwarded(gw, before)


def test_binary_data_and_ids_are_not_read_as_text() -> None:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": B64}}
    url = {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{B64}", "detail": "low"}}
    call = {"type": "tool_use", "id": "toolu_01", "name": "run", "input": {}}
    assert model_text([image, url]) == ""
    assert model_text(call) == "run"


def test_message_order_is_kept_and_deep_nesting_is_read() -> None:
    deep: list[Any] = []
    cur = deep
    for _ in range(5000):  # deeper than Python's recursion limit
        nxt: list[Any] = []
        cur.append(nxt)
        cur = nxt
    cur.append("bottom")
    body = {"model": "m", "messages": [
        {"role": "user", "content": [{"type": "text", "text": "first"}, {"type": "text", "text": "second"}]},
        {"role": "assistant", "content": "third", "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}]}
    summary = summarise(Dialect.OPENAI, body, {})
    assert [m.text for m in summary.messages] == ["first\nsecond", "third\nf\n{}"]
    assert model_text(deep) == "bottom"
