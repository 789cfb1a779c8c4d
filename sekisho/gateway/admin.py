"""The admin HTTP API: directives (issue, revoke, list, show). Needs the admin key.

The admin key is the value of the environment variable the settings name
(`admin_key_env`, default SEKISHO_ADMIN_KEY); without it the admin API is off.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sekisho.policy import directive_store as store
from sekisho.policy.directives import DirectiveError, load_directive_text


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status, media_type="application/json")


def _error(status: int, message: str) -> Response:
    return _json({"error": {"type": "admin_error", "message": message}}, status)


AuthCheck = Callable[[Request], Awaitable[Response | None]]  # None: the request may pass
Handler = Callable[[Request], Awaitable[Response]]


def key_check(admin_key: str | None) -> AuthCheck:
    """The admin key check every admin route uses: 403 when the API is off, 401 when wrong."""
    async def check(request: Request) -> Response | None:
        if not admin_key:
            return _error(403, "the admin API is off: set the admin key in the environment "
                               "variable named by `admin_key_env` (SEKISHO_ADMIN_KEY)")
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), admin_key.encode()):
            return _error(401, "missing or wrong admin key: send `Authorization: Bearer ADMIN_KEY`")
        return None
    return check


def guard(auth: AuthCheck, error: type[Exception],
          answer: Callable[[Any], Response]) -> Callable[[Handler], Handler]:
    """Wrap admin handlers: `auth` first, then `error` raised by the handler -> `answer(exc)`."""
    def guarded(handler: Handler) -> Handler:
        async def inner(request: Request) -> Response:
            denied = await auth(request)
            if denied is not None:
                return denied
            try:
                return await handler(request)
            except error as exc:
                return answer(exc)
        return inner
    return guarded


def _directive_error(exc: DirectiveError) -> Response:
    return _error(404 if str(exc).startswith("no directive") else 400, str(exc))


def admin_routes(engine: sa.Engine, registry: store.DirectiveRegistry, admin_key: str | None,
                 clock: Callable[[], float]) -> list[Route]:
    guarded = guard(key_check(admin_key), DirectiveError, _directive_error)

    def now() -> datetime:
        return datetime.fromtimestamp(clock(), UTC)

    async def issue(request: Request) -> Response:
        raw = await request.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "the directive must be UTF-8 YAML or JSON")
        t = now()
        directive = load_directive_text(text, now=t, source="request body")
        actor = request.headers.get("x-sekisho-actor", "admin-api")
        store.issue(engine, directive, actor, at=t)
        registry.reload()
        return _json(directive.to_json(), 201)

    async def revoke(request: Request) -> Response:
        try:
            body = orjson.loads(await request.body() or b"{}")
        except orjson.JSONDecodeError:
            body = None
        reason = body.get("reason") if isinstance(body, dict) else None
        if not isinstance(reason, str) or not reason.strip():
            return _error(400, 'send a JSON body with `reason`, e.g. {"reason": "order lifted"}; '
                               "it is required to revoke a directive")
        actor = request.headers.get("x-sekisho-actor", "admin-api")
        d = store.revoke(engine, request.path_params["id"], actor, reason, now())
        registry.reload()
        return _json(d.to_json())

    async def listing(request: Request) -> Response:
        t = now()
        return _json({"data": [{**d.to_json(), "in_force": d.in_force(t)}
                               for d in store.list_all(engine)]})

    async def show(request: Request) -> Response:
        d = store.get(engine, request.path_params["id"])
        return _json({**d.to_json(), "in_force": d.in_force(now()),
                      "events": store.events(engine, d.id)})

    return [
        Route("/admin/directives", guarded(issue), methods=["POST"]),
        Route("/admin/directives", guarded(listing), methods=["GET"]),
        Route("/admin/directives/{id}", guarded(show), methods=["GET"]),
        Route("/admin/directives/{id}/revoke", guarded(revoke), methods=["POST"]),
    ]
