"""Server-sent events: an incremental decoder (the WHATWG essentials) and an encoder.

Bytes arrive in arbitrary pieces: a line, a CRLF pair or a multi-byte UTF-8 character
may be cut anywhere, and the decoder gives the same events however the cuts fall.
Only `event` and `data` matter to Sekisho; `id` and `retry` are read and ignored.
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncIterator

from sekisho.providers.base import SSEEvent


class SSEDecoder:
    """Feed bytes as they arrive; get the events they complete. `close()` at end of input."""

    __slots__ = ("_after_cr", "_at_start", "_data", "_event", "_partial", "_utf8")

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self._partial: list[str] = []  # pieces of a line whose end has not arrived yet
        self._after_cr = False  # the last text ended in \r: a \n that follows belongs to it
        self._at_start = True  # a byte-order mark is dropped only at the very start
        self._event: str | None = None
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        return self._text(self._utf8.decode(chunk))

    def close(self) -> list[SSEEvent]:
        """Flush: a last line without a line end, and a last event without a blank line."""
        out = self._text(self._utf8.decode(b"", final=True))
        if self._partial:
            out += self._lines(["".join(self._partial), ""])
            self._partial = []
        elif self._data:
            out += self._lines([""])
        self._event = None
        return out

    def _text(self, text: str) -> list[SSEEvent]:
        if not text:
            return []  # an incomplete UTF-8 sequence: nothing to do until the rest comes
        if self._at_start:
            self._at_start = False
            if text[0] == "\ufeff":
                text = text[1:]
        if self._after_cr:
            self._after_cr = False
            if text[0] == "\n":
                text = text[1:]
        if "\r" in text:
            self._after_cr = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\n" not in text:
            if text:
                self._partial.append(text)
            return []
        lines = text.split("\n")
        if self._partial:
            self._partial.append(lines[0])
            lines[0] = "".join(self._partial)
            self._partial = []
        rest = lines.pop()
        if rest:
            self._partial.append(rest)
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> list[SSEEvent]:
        out: list[SSEEvent] = []
        for line in lines:
            if not line:
                if self._data:
                    out.append(SSEEvent(self._event, "\n".join(self._data)))
                    self._data = []
                self._event = None
            elif line[0] != ":":  # a leading colon marks a comment
                name, _, value = line.partition(":")
                if value[:1] == " ":
                    value = value[1:]
                if name == "data":
                    self._data.append(value)
                elif name == "event":
                    self._event = value or None
        return out


async def iter_sse(chunks: AsyncIterator[bytes]) -> AsyncIterator[SSEEvent]:
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.close():
        yield event


def encode_sse(data: str | bytes, event: str | None = None) -> bytes:
    """One complete frame. Multi-line data becomes several `data:` lines, as the spec says."""
    body = data.encode() if isinstance(data, str) else data
    if b"\r" in body:
        body = body.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if b"\n" in body:
        body = body.replace(b"\n", b"\ndata: ")
    if event:
        return b"event: " + event.encode() + b"\ndata: " + body + b"\n\n"
    return b"data: " + body + b"\n\n"
