"""Upstreams reached over HTTP: OpenAI-compatible and Anthropic Messages endpoints.

One aiohttp session per event loop, shared by every upstream (keep-alive pools per
host). aiohttp and timeout errors are translated here into UpstreamUnavailable /
UpstreamRejected; nothing above this module sees a library exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiohttp
import orjson

from sekisho.catalog.spec import ModelSpec
from sekisho.providers.base import (
    SSEEvent,
    UpstreamRejected,
    UpstreamUnavailable,
    register_provider,
)
from sekisho.providers.sse import SSEDecoder
from sekisho.values import Dialect

_SESSIONS: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}


def _session() -> aiohttp.ClientSession:
    loop = asyncio.get_running_loop()
    session = _SESSIONS.get(loop)
    if session is None or session.closed:
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, enable_cleanup_closed=True)
        session = _SESSIONS[loop] = aiohttp.ClientSession(
            connector=connector, json_serialize=lambda o: orjson.dumps(o).decode(),
            auto_decompress=True, skip_auto_headers=("User-Agent",),
        )
    return session


async def close_sessions() -> None:
    """Close this loop's shared session (at application shutdown)."""
    session = _SESSIONS.pop(asyncio.get_running_loop(), None)
    if session is not None:
        await session.close()


class HTTPProvider:
    dialect: Dialect
    path: str

    def __init__(self, spec: ModelSpec, environ: Mapping[str, str]) -> None:
        assert spec.base_url is not None  # the catalog guarantees it
        self.spec = spec
        self.url = spec.base_url.rstrip("/") + self.path
        key = environ.get(spec.api_key_env, "") if spec.api_key_env else ""
        self.headers = {"content-type": "application/json", **self.auth_headers(key)}

    def auth_headers(self, key: str) -> dict[str, str]:
        raise NotImplementedError

    def _timeout(self, stream: bool) -> aiohttp.ClientTimeout:
        t = self.spec.timeout_s
        if stream:  # a stream may run long; what must not stall is the gap between chunks
            return aiohttp.ClientTimeout(total=None, sock_connect=min(t, 10.0), sock_read=t)
        return aiohttp.ClientTimeout(total=t, sock_connect=min(t, 10.0))

    async def complete(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        try:
            async with _session().post(self.url, data=orjson.dumps(body), headers=self.headers,
                                       timeout=self._timeout(False)) as resp:
                raw = await resp.read()
                status = resp.status
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnavailable(f"{self.spec.name}: {_describe(exc)}") from exc
        parsed = _json_or_text(raw)
        _raise_for_status(self.spec.name, status, parsed)
        if not isinstance(parsed, dict):
            raise UpstreamUnavailable(f"{self.spec.name}: upstream answered with a non-JSON body",
                                      status=status)
        return status, parsed

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[SSEEvent]:
        session = _session()
        try:
            resp = await session.post(self.url, data=orjson.dumps(body), headers=self.headers,
                                      timeout=self._timeout(True))
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnavailable(f"{self.spec.name}: {_describe(exc)}") from exc
        try:
            if resp.status >= 300:
                _raise_for_status(self.spec.name, resp.status, _json_or_text(await resp.read()))
            decoder = SSEDecoder()
            async for chunk in resp.content.iter_any():
                for event in decoder.feed(chunk):
                    yield event
            for event in decoder.close():
                yield event
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnavailable(f"{self.spec.name}: stream broke: {_describe(exc)}") from exc
        finally:
            resp.release()

    async def aclose(self) -> None:
        return None


class OpenAIProvider(HTTPProvider):
    """`base_url` includes the version prefix, as with the OpenAI SDK (…/v1)."""

    dialect = Dialect.OPENAI
    path = "/chat/completions"

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"authorization": f"Bearer {key}"} if key else {}


class AnthropicProvider(HTTPProvider):
    """`base_url` is the host root, as with the Anthropic SDK."""

    dialect = Dialect.ANTHROPIC
    path = "/v1/messages"

    def auth_headers(self, key: str) -> dict[str, str]:
        headers = {"anthropic-version": "2023-06-01"}
        if key:
            headers["x-api-key"] = key
        return headers


def _raise_for_status(name: str, status: int, body: Any) -> None:
    if status < 300:
        return
    message = f"{name}: upstream answered HTTP {status}"
    if status == 429 or status >= 500:
        raise UpstreamUnavailable(message, status=status, body=body)
    raise UpstreamRejected(message, status=status, body=body)


def _json_or_text(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return raw.decode("utf-8", "replace")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


register_provider("openai", OpenAIProvider)
register_provider("anthropic", AnthropicProvider)
