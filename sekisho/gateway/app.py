"""The ASGI app: a router over the Gateway, plus models, health and metrics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sekisho.gateway.dialects import ClientError, api_key_of, error_body
from sekisho.gateway.pipeline import Gateway
from sekisho.values import Dialect, Principal


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status, media_type="application/json")


def build_app(gateway: Gateway, *, ready: Callable[[], tuple[bool, dict[str, Any]]] | None = None,
              lifespan: Any = None, extra_routes: list[BaseRoute] | None = None) -> Starlette:
    async def openai_chat(request: Request) -> Response:
        return await gateway.chat(Dialect.OPENAI, request)

    async def anthropic_messages(request: Request) -> Response:
        return await gateway.chat(Dialect.ANTHROPIC, request)

    async def models(request: Request) -> Response:
        dialect = Dialect.ANTHROPIC if "anthropic-version" in request.headers else Dialect.OPENAI
        key = api_key_of(dialect, request.headers)
        principal = await gateway.principals.lookup(key) if key else None
        if principal is None:
            err = ClientError(401, "missing or invalid API key; `sekisho keys create` makes one",
                              "invalid_api_key")
            return _json(error_body(dialect, 401, err.message, err.code), 401)
        return _json(list_models(gateway, principal))

    async def healthz(request: Request) -> Response:
        return _json({"status": "ok"})

    async def readyz(request: Request) -> Response:
        ok, detail = ready() if ready is not None else (True, {})
        return _json({"status": "ready" if ok else "not ready", **detail}, 200 if ok else 503)

    async def metrics(request: Request) -> Response:
        return Response(generate_latest(gateway.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    routes = [
        Route("/v1/chat/completions", openai_chat, methods=["POST"]),
        Route("/chat/completions", openai_chat, methods=["POST"]),
        Route("/v1/messages", anthropic_messages, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        *(extra_routes or []),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def list_models(gateway: Gateway, principal: Principal) -> dict[str, Any]:
    """The models this principal may use now, in a shape both SDKs accept."""
    admission = gateway.admission_for(principal, gateway.clock())
    down = gateway.health.unavailable()
    data = []
    for spec in gateway.catalog.models.values():
        if admission.blocked.get(spec.name) or spec.name in down:
            continue
        data.append({
            "id": spec.name, "object": "model", "created": 0, "owned_by": spec.kind,
            "type": "model", "display_name": spec.name, "created_at": "1970-01-01T00:00:00Z",
            "sekisho": {"tier": spec.tier.value, "origin": spec.origin,
                        "licence": spec.licence.value, "stand_in": spec.stand_in,
                        "fallback": spec.fallback, "continuity": list(spec.continuity),
                        "description": spec.description},
        })
    return {"object": "list", "data": data, "has_more": False,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None}
