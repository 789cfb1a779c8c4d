"""Directives in the database, and the in-memory set every gateway process enforces.

Directives are never deleted or replaced: revoking one stamps it, and every issue and
revocation is also kept in `directive_events` and, in the same transaction, as a record of
the hash-chained audit log (who, when, which directive, and the SHA-256 of its document), so
a rule change is as tamper-evident as the requests it shapes. Replicas learn of a change at once
through PostgreSQL LISTEN/NOTIFY (the NOTIFY is sent in the same transaction, so it is
delivered exactly when the change is visible), and re-read the table on a timer as a
safety net. On SQLite (one machine) each process instead polls `PRAGMA data_version` on a
connection of its own every `watch_s` (it changes when any other connection, in this process
or another, commits to the file), so a change the CLI makes reaches a running gateway within
about that interval; the timer stays as the safety net.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
import structlog
from sqlalchemy.pool import PoolProxiedConnection

from sekisho.audit.log import append_in
from sekisho.db import WRITE_LOCK, directive_events, directives_table
from sekisho.policy.directives import Directive, DirectiveError, parse_directive
from sekisho.values import AuditRecord

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


def _record_event(conn: sa.Connection, event: str, directive_id: str, document: str, actor: str,
                  at: datetime, detail: str) -> None:
    """The event in `directive_events` (the directive's history) and as a record of the
    hash-chained audit log, both in the caller's transaction.

    The audit record: dialect `directive`, endpoint `directive:<event>`, decision
    `directive_<event>`, principal = the actor, rule_ids = (directive id,), reason = title or
    revocation reason, prompt_sha256 / prompt_chars = SHA-256 and length of the stored
    directive document."""
    conn.execute(sa.insert(directive_events), {"directive_id": directive_id, "event": event,
                                               "at": _iso(at), "actor": actor, "detail": detail})
    append_in(conn, [AuditRecord(
        request_id="dir_" + secrets.token_hex(12), ts=at.astimezone(UTC).isoformat(timespec="microseconds"),
        dialect="directive", endpoint=f"directive:{event}", status=200, principal_id=actor,
        decision=f"directive_{event}", reason=detail, rule_ids=(directive_id,),
        prompt_sha256=hashlib.sha256(document.encode()).hexdigest(), prompt_chars=len(document))])


def _write_conn(engine: sa.Engine) -> sa.Connection:
    # The audit head is locked in the same transaction (BEGIN IMMEDIATE on SQLite).
    return engine.connect().execution_options(**{WRITE_LOCK: True})


def _notify(conn: sa.Connection, payload: str) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


def issue(engine: sa.Engine, directive: Directive, actor: str,
          at: datetime | None = None) -> Directive:
    """Store a new directive and tell every replica. `at` is when Sekisho recorded it (the
    event's time), which may be later than the `issued_at` the document states."""
    doc = directive.to_json()
    document = orjson.dumps(doc).decode()
    when = at or datetime.now(UTC)
    exists = DirectiveError(f"directive {directive.id!r} exists already; directives are never "
                            "replaced: revoke it and issue one with a new id")
    try:
        with _write_conn(engine) as conn, conn.begin():
            if conn.execute(sa.select(directives_table.c.id)
                            .where(directives_table.c.id == directive.id)).first():
                raise exists
            conn.execute(sa.insert(directives_table), {
                "id": directive.id, "document": document,
                "effect": doc["effect"], "issued_at": _iso(directive.issued_at),
                "issued_by": actor})
            _record_event(conn, "issued", directive.id, document, actor, when, directive.title)
            _notify(conn, f"issued:{directive.id}")
    except sa.exc.IntegrityError as exc:  # the same id issued at once on another replica
        raise exists from exc
    return directive


def revoke(engine: sa.Engine, directive_id: str, actor: str, reason: str, at: datetime) -> Directive:
    with _write_conn(engine) as conn, conn.begin():
        row = conn.execute(sa.select(directives_table)
                           .where(directives_table.c.id == directive_id)).first()
        if row is None:
            raise DirectiveError(f"no directive {directive_id!r}; `sekisho directive list` shows them")
        if row.revoked_at:
            raise DirectiveError(f"directive {directive_id!r} was already revoked at {row.revoked_at}")
        conn.execute(sa.update(directives_table).where(directives_table.c.id == directive_id)
                     .values(revoked_at=_iso(at), revoked_by=actor, revoke_reason=reason))
        _record_event(conn, "revoked", directive_id, str(row.document), actor, at, reason)
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

    def __init__(self, engine: sa.Engine, *, resync_s: float = 2.0, watch_s: float = 0.05,
                 on_change: Callable[[], None] | None = None) -> None:
        self.engine = engine
        self.resync_s = resync_s
        self.watch_s = watch_s  # SQLite: how often the watcher reads PRAGMA data_version
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
        elif self.engine.dialect.name == "sqlite" and _sqlite_file(self.engine.url):
            self._spawn(self._watch_loop, "sekisho-directives-watch")
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

    def _watch_loop(self) -> None:
        """SQLite: `PRAGMA data_version` on a connection of our own changes whenever another
        connection commits to the file; any change (audit writes too) costs one read of the
        last directive event's seq, and a `reload` only if it moved."""
        while not self._stop.is_set():
            try:
                conn = self.engine.raw_connection()
                conn.detach()  # ours alone, closed (not pooled) when we are done
                try:
                    seen = _data_version(conn)
                    self.reload()  # anything committed before the first reading
                    while not self._stop.wait(self.watch_s):
                        version = _data_version(conn)
                        # Audit writes move data_version too; only a new directive event
                        # (read on this connection, not through the pool) costs a reload.
                        if version != seen:
                            seen = version
                            if _last_event(conn) != self._version:
                                self.reload()
                finally:
                    conn.close()
            except (sa.exc.SQLAlchemyError, sqlite3.Error) as exc:
                log.warning("directive_watch_failed", error=str(exc))
                self._stop.wait(0.5)


def _sqlite_file(url: sa.URL) -> bool:
    """A database file other processes can write to (not `:memory:` or a temporary one)."""
    db = url.database or ""
    return db not in ("", ":memory:") and not db.startswith("file::memory:") \
        and url.query.get("mode") != "memory"


def _data_version(conn: PoolProxiedConnection) -> int:
    return _scalar(conn, "PRAGMA data_version")


def _last_event(conn: PoolProxiedConnection) -> int:
    return _scalar(conn, "SELECT coalesce(max(seq), 0) FROM directive_events")


def _scalar(conn: PoolProxiedConnection, sql: str) -> int:
    cur = conn.cursor()
    try:
        cur.execute(sql)
        row = cur.fetchone()
        return int(row[0]) if row is not None else 0
    finally:
        cur.close()
