"""The SSE decoder gives the same events however the bytes are split."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from sekisho.providers.base import SSEEvent
from sekisho.providers.sse import SSEDecoder, encode_sse, iter_sse

# Every line ending, a comment, multi-line data, a field without a space after the colon,
# and multi-byte UTF-8 (cut inside a character by some of the splits below).
STREAM = ("event: message_start\ndata: {\"a\": 1}\n\n"
          ": a comment\n"
          "data: line one\ndata: line two\n\n"
          "event: ping\r\ndata: {}\r\n\r\n"
          "data:関所 ✓\rdata: cr only\r\r"
          "id: 7\nretry: 10\ndata: [DONE]\n\n").encode()
EXPECTED = [SSEEvent("message_start", '{"a": 1}'), SSEEvent(None, "line one\nline two"),
            SSEEvent("ping", "{}"), SSEEvent(None, "関所 ✓\ncr only"), SSEEvent(None, "[DONE]")]


def decode(chunks: list[bytes]) -> list[SSEEvent]:
    d = SSEDecoder()
    out = [e for c in chunks for e in d.feed(c)]
    return out + d.close()


def test_whole_stream_decodes() -> None:
    assert decode([STREAM]) == EXPECTED


@pytest.mark.parametrize("cut", range(1, len(STREAM)))
def test_a_split_at_any_byte_decodes_identically(cut: int) -> None:
    assert decode([STREAM[:cut], STREAM[cut:]]) == EXPECTED


def test_byte_at_a_time_decodes_identically() -> None:
    assert decode([STREAM[i:i + 1] for i in range(len(STREAM))]) == EXPECTED


def test_empty_chunks_between_cr_and_lf_do_not_make_a_blank_line() -> None:
    assert decode([b"data: a\r", b"", b"\ndata: b\r\n\r\n"]) == [SSEEvent(None, "a\nb")]


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_every_line_ending_dispatches(ending: bytes) -> None:
    raw = b"event: e" + ending + b"data: x" + ending + ending
    assert decode([raw]) == [SSEEvent("e", "x")]


def test_trailing_event_without_blank_line_is_dispatched_at_close() -> None:
    assert decode([b"event: last\ndata: one\ndata: two"]) == [SSEEvent("last", "one\ntwo")]


def test_event_name_does_not_leak_into_the_next_event() -> None:
    assert decode([b"event: a\n\ndata: x\n\n"]) == [SSEEvent(None, "x")]


def test_a_leading_byte_order_mark_is_ignored() -> None:
    assert decode([b"\xef\xbb", b"\xbfdata: x\n\n"]) == [SSEEvent(None, "x")]


def test_a_data_field_without_a_value_is_an_empty_line_of_data() -> None:
    assert decode([b"data\ndata: x\n\n"]) == [SSEEvent(None, "\nx")]


@pytest.mark.parametrize("data", ["a\nb", "a\r\nb", "{\"k\": \"v\"}", ""])
def test_encode_round_trips(data: str) -> None:
    assert decode([encode_sse(data, "x")]) == [SSEEvent("x", data.replace("\r\n", "\n"))]


def test_encode_without_event_name_writes_only_data() -> None:
    assert encode_sse(b"[DONE]") == b"data: [DONE]\n\n"


def test_iter_sse_decodes_an_async_byte_stream() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(STREAM), 7):
            yield STREAM[i:i + 7]

    async def collect() -> list[SSEEvent]:
        return [e async for e in iter_sse(chunks())]

    assert asyncio.run(collect()) == EXPECTED
