"""The SSE decoder gives the same events however the bytes are split."""

from __future__ import annotations

import pytest

from sekisho.providers.base import SSEEvent
from sekisho.providers.sse import SSEDecoder, encode_sse

STREAM = (b"event: message_start\ndata: {\"a\": 1}\n\n"
          b": a comment\n"
          b"data: line one\ndata: line two\n\n"
          b"event: ping\r\ndata: {}\r\n\r\n"
          b"data: [DONE]\n\n")
EXPECTED = [SSEEvent("message_start", '{"a": 1}'), SSEEvent(None, "line one\nline two"),
            SSEEvent("ping", "{}"), SSEEvent(None, "[DONE]")]


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


def test_trailing_event_without_blank_line_is_dispatched_at_close() -> None:
    assert decode([b"data: last"]) == [SSEEvent(None, "last")]


def test_encode_round_trips_multiline_data() -> None:
    assert decode([encode_sse("a\nb", "x")]) == [SSEEvent("x", "a\nb")]
