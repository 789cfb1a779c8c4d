"""Server-sent events: an incremental decoder (WHATWG essentials) and an encoder."""

from __future__ import annotations

from typing import AsyncIterator

from sekisho.providers.base import SSEEvent


class SSEDecoder:
    """Feed bytes as they arrive; get complete events. Lines may split across chunks."""

    def __init__(self) -> None:
        self._buf = ""
        self._pending_cr = False
        self._event: str | None = None
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        text = chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]  # the \n of a \r\n split across chunks
        self._pending_cr = text.endswith("\r")
        self._buf += text
        if "\r" in self._buf:
            self._buf = self._buf.replace("\r\n", "\n").replace("\r", "\n")
        out: list[SSEEvent] = []
        *lines, self._buf = self._buf.split("\n")
        for line in lines:
            event = self._line(line)
            if event is not None:
                out.append(event)
        return out

    def close(self) -> list[SSEEvent]:
        out: list[SSEEvent] = []
        if self._buf:
            self._line(self._buf)
            self._buf = ""
        event = self._dispatch()
        if event is not None:
            out.append(event)
        return out

    def _line(self, line: str) -> SSEEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        return None

    def _dispatch(self) -> SSEEvent | None:
        if not self._data:
            self._event = None
            return None
        event = SSEEvent(self._event, "\n".join(self._data))
        self._event, self._data = None, []
        return event


async def iter_sse(chunks: AsyncIterator[bytes]) -> AsyncIterator[SSEEvent]:
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.close():
        yield event


def encode_sse(data: str | bytes, event: str | None = None) -> bytes:
    body = data.encode() if isinstance(data, str) else data
    if b"\n" in body:
        body = body.replace(b"\n", b"\ndata: ")
    head = b"event: " + event.encode() + b"\n" if event else b""
    return head + b"data: " + body + b"\n\n"
