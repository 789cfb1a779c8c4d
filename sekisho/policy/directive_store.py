"""Directives in the database, and the in-memory set every gateway process enforces.

Directives are never deleted or replaced: revoking one stamps it, and every issue and
revocation is also kept in `directive_events`. Replicas learn of a change at once
through PostgreSQL LISTEN/NOTIFY (the NOTIFY is sent in the same transaction, so it is
delivered exactly when the change is visible), and re-read the table on a timer as a
safety net; on SQLite (one process) the timer alone is enough.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
import structlog

from sekisho.db import directive_events, directives_table
from sekisho.policy.directives import Directive, DirectiveError, parse_directive

log = structlog.get_logger("sekisho.directives")
CHANNEL = "sekisho_directives"


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat()


def _from_row(row: Any) -> Directive:
    doc = orjson.loads(row.document)
    d = parse_directive({k: doc[k] for k in ("id", "title", "issuer", "legal_basis", "effect",
                                             "scope", "subjects", "issued_at", "effective_from",
                                             "effective_until", "domain") if doc.get(k) is not None},
                        now=datetime.fromisoformat(row.issued_at), source=f"directive {row.id}",
                        stored=True)
    if row.revoked_at:
        d = replace(d, revoked_at=datetime.fromisoformat(row.revoked_at),
                    revoked_by=row.revoked_by, revoke_reason=row.revoke_reason)
    return d


def _notify(conn: sa.Connection, payload: str) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


def issue(engine: sa.Engine, directive: Directive, actor: str,
          at: datetime | None = None) -> Directive:
    """Store a new directive and tell every replica. `at` is when Sekisho recorded it (the
    event's time), which may be later than the `issued_at` the document states."""
    doc = directive.to_json()
    exists = DirectiveError(f"directive {directive.id!r} exists already; directives are never "
                            "replaced: revoke it and issue one with a new id")
    try:
        with engine.begin() as conn:
            if conn.execute(sa.select(directives_table.c.id)
                            .where(directives_table.c.id == directive.id)).first():
                raise exists
            conn.execute(sa.insert(directives_table), {
                "id": directive.id, "document": orjson.dumps(doc).decode(),
                "effect": doc["effect"], "issued_at": _iso(directive.issued_at),
                "issued_by": actor})
            conn.execute(sa.insert(directive_events), {
                "directive_id": directive.id, "event": "issued",
                "at": _iso(at or datetime.now(UTC)), "actor": actor, "detail": directive.title})
            _notify(conn, f"issued:{directive.id}")
    except sa.exc.IntegrityError as exc:  # the same id issued at once on another replica
        raise exists from exc
    return directive


def revoke(engine: sa.Engine, directive_id: str, actor: str, reason: str, at: datetime) -> Directive:
    with engine.begin() as conn:
        row = conn.execute(sa.select(directives_table)
                           .where(directives_table.c.id == directive_id)).first()
        if row is None:
            raise DirectiveError(f"no directive {directive_id!r}; `sekisho directive list` shows them")
        if row.revoked_at:
            raise DirectiveError(f"directive {directive_id!r} was already revoked at {row.revoked_at}")
        conn.execute(sa.update(directives_table).where(directives_table.c.id == directive_id)
                     .values(revoked_at=_iso(at), revoked_by=actor, revoke_reason=reason))
        conn.execute(sa.insert(directive_events), {"directive_id": directive_id, "event": "revoked",
                                                   "at": _iso(at), "actor": actor, "detail": reason})
        _notify(conn, f"revoked:{directive_id}")
    return get(engine, directive_id)


def get(engine: sa.Engine, directive_id: str) -> Directive:
    with engine.connect() as conn:
        row = conn.execute(sa.select(directives_table)
                           .where(directives_table.c.id == directive_id)).first()
    if row is None:
        raise DirectiveError(f"no directive {directive_id!r}; `sekisho directive list` shows them")
    return _from_row(row)


def list_all(engine: sa.Engine) -> list[Directive]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(directives_table).order_by(directives_table.c.issued_at,
                                                                 directives_table.c.id)).all()
    return [_from_row(r) for r in rows]


def events(engine: sa.Engine, directive_id: str | None = None) -> list[dict[str, Any]]:
    query = sa.select(directive_events).order_by(directive_events.c.seq)
    if directive_id is not None:
        query = query.where(directive_events.c.directive_id == directive_id)
    with engine.connect() as conn:
        return [{str(k): v for k, v in r._mapping.items()} for r in conn.execute(query)]


def _version(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(directive_events.c.seq), 0)))
                   .scalar_one())


class DirectiveRegistry:
    """The directives this process enforces: an immutable tuple swapped on change."""

    def __init__(self, engine: sa.Engine, *, resync_s: float = 2.0,
                 on_change: Callable[[], None] | None = None) -> None:
        self.engine = engine
        self.resync_s = resync_s
        self.on_change = on_change
        self._current: tuple[Directive, ...] = ()
        self._version = -1
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.reload()

    def current(self) -> tuple[Directive, ...]:
        return self._current

    def reload(self) -> bool:
        """Re-read the table if it changed; True when the set changed."""
        with self._lock:
            version = _version(self.engine)
            if version == self._version:
                return False
            self._current = tuple(list_all(self.engine))
            self._version = version
        log.info("directives_reloaded", count=len(self._current), version=version)
        if self.on_change is not None:
            self.on_change()
        return True

    def start(self) -> DirectiveRegistry:
        self._spawn(self._resync_loop, "sekisho-directives-resync")
        if self.engine.dialect.name == "postgresql":
            self._spawn(self._listen_loop, "sekisho-directives-listen")
        return self

    def stop(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=5)

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def _resync_loop(self) -> None:
        while not self._stop.wait(self.resync_s):
            try:
                self.reload()
            except sa.exc.SQLAlchemyError as exc:  # the next tick tries again
                log.warning("directive_resync_failed", error=str(exc))

    def _listen_loop(self) -> None:
        import psycopg
        url = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.reload()  # anything issued while we were not listening
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            self.reload()
            except psycopg.Error as exc:
                log.warning("directive_listen_failed", error=str(exc))
                time.sleep(0.5)
