"""The provider plug point and its error hierarchy.

A provider sends one request body, already in the provider's own dialect, to one
upstream model and gives back either a JSON body or a stream of SSE events.

    UpstreamError
      UpstreamUnavailable   connection error, timeout, 5xx, 429: walk the continuity chain
      UpstreamRejected      the upstream's own 4xx: returned to the client, never failed over

Lower-layer errors (aiohttp, llama.cpp) are translated into these once, here at the
boundary, so the gateway never sees a library exception.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sekisho.values import Dialect


class UpstreamError(Exception):
    def __init__(self, message: str, status: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = body


class UpstreamUnavailable(UpstreamError):
    """The model cannot answer now; another model of the chain may."""


class UpstreamRejected(UpstreamError):
    """The upstream refused the request itself (its own 4xx); failing over would not help."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    event: str | None  # the `event:` field (Anthropic names every event; OpenAI does not)
    data: str


class Provider(Protocol):
    """One upstream model endpoint. `dialect` is the wire format its bodies are in."""

    dialect: Dialect

    async def complete(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Send a non-streaming request; return (status, JSON body) on success (2xx).

        Raises UpstreamUnavailable or UpstreamRejected otherwise.
        """
        ...

    def stream(self, body: dict[str, Any]) -> AsyncIterator[SSEEvent]:
        """Send a streaming request and yield its SSE events as they arrive.

        Must raise UpstreamUnavailable / UpstreamRejected before yielding the first
        event when the upstream cannot serve; a failure after the first event raises
        UpstreamUnavailable from the iterator.
        """
        ...

    async def aclose(self) -> None: ...


ProviderFactory = Callable[..., Provider]
_REGISTRY: dict[str, ProviderFactory] = {}


def register_provider(kind: str, factory: ProviderFactory) -> None:
    """Providers register by catalog `kind`; the core never switches on provider names."""
    _REGISTRY[kind] = factory


def provider_kinds() -> list[str]:
    return sorted(_REGISTRY)


def provider_factory(kind: str) -> ProviderFactory:
    return _REGISTRY[kind]
