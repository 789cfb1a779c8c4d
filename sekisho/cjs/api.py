"""`/admin/cjs/...`: the jailbreak registry over HTTP, behind the admin key.

    POST  /admin/cjs/score                      score axes (nothing stored)
    GET   /admin/cjs/reports[?status=&overdue=1] reports with their clocks
    POST  /admin/cjs/reports                    intake (201)
    GET   /admin/cjs/reports/{id}               the report, assessments, verifications, history
    PATCH /admin/cjs/reports/{id}               edit descriptive fields
    POST  /admin/cjs/reports/{id}/status        {"to": "...", "note": "..."}
    POST  /admin/cjs/reports/{id}/assessments   {"gain", "breadth", "ease", "disc",
                                                 "rationale": {axis: text}, "raise_to",
                                                 "raise_reason", "baseline"} (201)
    POST  /admin/cjs/reports/{id}/verify        {"required": 0.9, "classifier": "cyber-v1"} (201)
    GET   /admin/cjs/export[?report=&redact=]   the export document
    POST  /admin/cjs/import                     an export document (201)
    GET   /admin/cjs/clocks, PUT /admin/cjs/clocks {"2": "2h"}

Who acts is the `x-sekisho-actor` header (default `admin-api`). Invalid input is a 400 whose
JSON names the field and its allowed values: `{"error": {"type": "invalid_request",
"field": "breadth", "allowed": [0, 1, 1.5, 2], "message": …}}`; an unknown report is 404; a
status move the table forbids is 409 with the statuses it may move to.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sekisho.cjs import registry
from sekisho.cjs.clocks import clock_of
from sekisho.cjs.errors import CJSError, FieldError, NotFoundError, TransitionError
from sekisho.cjs.export import dossier_json, export_document, parse_export
from sekisho.cjs.report import parse_edit, parse_intake, status_value
from sekisho.cjs.score import judge, score
from sekisho.cjs.verify import DEFAULT_REQUIRED, check_required, load_target, verify
from sekisho.evals.targets import Target
from sekisho.gateway.admin import AuthCheck, guard

SCORE_FIELDS = ("gain", "breadth", "ease", "disc")
ASSESS_FIELDS = (*SCORE_FIELDS, "rationale", "raise_to", "raise_reason", "baseline")
MOVE_FIELDS = ("to", "note")
VERIFY_FIELDS = ("required", "classifier")


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status, media_type="application/json")


def _error(status: int, message: str, **extra: Any) -> Response:
    kind = "invalid_request" if status == 400 else "admin_error"
    return _json({"error": {"type": kind, "message": message, **extra}}, status)


def _from_exception(exc: CJSError) -> Response:
    if isinstance(exc, FieldError):
        return _error(400, str(exc), field=exc.field, allowed=list(exc.allowed))
    if isinstance(exc, NotFoundError):
        return _error(404, str(exc))
    if isinstance(exc, TransitionError):
        return _error(409, str(exc), allowed=list(exc.allowed))
    return _error(400, str(exc))


async def _body(request: Request, allowed: tuple[str, ...] | None = None) -> dict[str, Any]:
    raw = await request.body()
    try:
        doc = orjson.loads(raw or b"{}")
    except orjson.JSONDecodeError:
        raise FieldError("body", "the body must be a JSON object") from None
    if not isinstance(doc, dict):
        raise FieldError("body", "the body must be a JSON object")
    unknown = sorted(set(doc) - set(allowed)) if allowed is not None else []
    if unknown:
        raise FieldError(unknown[0], f"unknown field {unknown[0]!r}; fields are: "
                                     f"{', '.join(allowed or ())}", allowed or ())
    return doc


def cjs_routes(engine: sa.Engine, auth: AuthCheck, clock: Callable[[], float],
               target: Callable[[str | None], Target] = load_target) -> list[BaseRoute]:
    """The routes; `auth` answers a request that may not pass (see `key_check`); `target`
    turns a classifier name (None: the shipped safeguard) into the lab target to verify on."""

    guarded = guard(auth, CJSError, _from_exception)

    def now() -> datetime:
        return datetime.fromtimestamp(clock(), UTC)

    def actor(request: Request) -> str:
        return request.headers.get("x-sekisho-actor", "admin-api")

    async def run(fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)

    async def score_(request: Request) -> Response:
        b = await _body(request, SCORE_FIELDS)
        return _json(score(b.get("gain"), b.get("breadth"), b.get("ease"), b.get("disc")).to_json())

    async def listing(request: Request) -> Response:
        statuses = [status_value(s) for s in request.query_params.getlist("status")]
        overdue_only = request.query_params.get("overdue", "") in ("1", "true", "yes")
        t = now()

        def read() -> list[dict[str, Any]]:
            targets = registry.clock_targets(engine)
            out = [{**r.to_json(), "clock": clock_of(r, targets, t).to_json()}
                   for r in registry.list_reports(engine, statuses)]
            return [x for x in out if x["clock"]["overdue"] or not overdue_only]
        return _json({"data": await run(read)})

    async def intake(request: Request) -> Response:
        t = now()
        r = parse_intake(await _body(request), now=t, new_id=registry.new_report_id(t))
        return _json((await run(registry.intake, engine, r, actor(request), t)).to_json(), 201)

    async def show(request: Request) -> Response:
        rid = request.path_params["id"]

        def read() -> dict[str, Any]:
            return dossier_json(registry.dossier(engine, rid), registry.clock_targets(engine),
                                now())
        return _json(await run(read))

    async def edit(request: Request) -> Response:
        changes = parse_edit(await _body(request))
        r = await run(registry.edit, engine, request.path_params["id"], changes, actor(request),
                      now())
        return _json(r.to_json())

    async def move(request: Request) -> Response:
        b = await _body(request, MOVE_FIELDS)
        to = status_value(b.get("to"), "to")
        note = b.get("note") if isinstance(b.get("note"), str) else None
        r = await run(registry.move, engine, request.path_params["id"], to, actor(request),
                      now(), note)
        return _json(r.to_json())

    async def assess(request: Request) -> Response:
        b = await _body(request, ASSESS_FIELDS)
        rationale = b.get("rationale") or {}
        if not isinstance(rationale, dict):
            raise FieldError("rationale", "rationale must be an object: axis -> text",
                             SCORE_FIELDS)
        j = judge(score(b.get("gain"), b.get("breadth"), b.get("ease"), b.get("disc")),
                  rationale, raise_to=b.get("raise_to"), raise_reason=b.get("raise_reason"),
                  baseline=b.get("baseline"))
        rid = request.path_params["id"]
        a = await run(registry.assess, engine, rid, j, actor(request), now())
        report = await run(registry.get, engine, rid)
        return _json({**a.to_json(), "status": report.status.value}, 201)

    async def verify_(request: Request) -> Response:
        b = await _body(request, VERIFY_FIELDS)
        required = check_required(b.get("required", DEFAULT_REQUIRED))
        try:
            sg = await run(target, b.get("classifier"))
        except CJSError:
            raise
        except ValueError as exc:  # make_classifier names the registered classifiers
            raise FieldError("classifier", str(exc)) from None
        v, r = await run(verify, engine, request.path_params["id"], sg, actor(request), now(),
                         required)
        return _json({**v.to_json(), "status": r.status.value}, 201)

    async def export(request: Request) -> Response:
        ids = request.query_params.getlist("report")
        redact = request.query_params.getlist("redact")

        def read() -> dict[str, Any]:
            chosen = ids or [r.id for r in registry.list_reports(engine)]
            return export_document([registry.dossier(engine, i) for i in chosen],
                                   registry.clock_targets(engine), now(), actor(request), redact)
        return _json(await run(read))

    async def import_(request: Request) -> Response:
        dossiers = parse_export(await _body(request))
        t, who = now(), actor(request)

        def write() -> list[str]:
            return [registry.import_dossier(engine, d, who, t, "admin-api").id for d in dossiers]
        return _json({"imported": await run(write)}, 201)

    async def clocks_get(request: Request) -> Response:
        return _json((await run(registry.clock_targets, engine)).to_json())

    async def clocks_put(request: Request) -> Response:
        b = await _body(request)
        changes: Mapping[str, str] = {str(k): str(v) for k, v in b.items()}
        targets = await run(registry.set_clock_targets, engine, changes, actor(request), now())
        return _json(targets.to_json())

    base = "/admin/cjs"
    return [
        Route(f"{base}/score", guarded(score_), methods=["POST"]),
        Route(f"{base}/reports", guarded(listing), methods=["GET"]),
        Route(f"{base}/reports", guarded(intake), methods=["POST"]),
        Route(f"{base}/reports/{{id}}", guarded(show), methods=["GET"]),
        Route(f"{base}/reports/{{id}}", guarded(edit), methods=["PATCH"]),
        Route(f"{base}/reports/{{id}}/status", guarded(move), methods=["POST"]),
        Route(f"{base}/reports/{{id}}/assessments", guarded(assess), methods=["POST"]),
        Route(f"{base}/reports/{{id}}/verify", guarded(verify_), methods=["POST"]),
        Route(f"{base}/export", guarded(export), methods=["GET"]),
        Route(f"{base}/import", guarded(import_), methods=["POST"]),
        Route(f"{base}/clocks", guarded(clocks_get), methods=["GET"]),
        Route(f"{base}/clocks", guarded(clocks_put), methods=["PUT"]),
    ]


def mounted(gateway: Any, auth: AuthCheck) -> list[BaseRoute]:
    """The CJS routes for the gateway's app (guarded by `auth`, e.g. `key_check(admin_key)`),
    plus the CJS gauges on the gateway's /metrics."""
    from sekisho.cjs.metrics import register_metrics
    engine = getattr(getattr(getattr(gateway, "audit", None), "log", None), "engine", None)
    if engine is None:
        return []
    try:
        register_metrics(gateway.metrics.registry, engine, gateway.clock)
    except ValueError:  # this gateway's registry has them already (a second build_app)
        pass
    return cjs_routes(engine, auth, gateway.clock)
