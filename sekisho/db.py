"""The database: one schema (SQLAlchemy Core tables) for SQLite and PostgreSQL, created
and upgraded by the Alembic migrations shipped in `sekisho/migrations`, run at start-up.

Writers that must not interleave (audit appends, migrations) ask for the write lock when
their transaction begins: `SELECT ... FOR UPDATE` / an advisory lock on PostgreSQL, and on
SQLite `BEGIN IMMEDIATE`, requested with the `WRITE_LOCK` execution option. Every other
SQLite transaction begins deferred, so readers never queue behind the audit writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event

metadata = sa.MetaData()

# SQLite only has 64-bit INTEGER; a plain Integer keeps `seq` its rowid alias.
BIGINT = sa.BigInteger().with_variant(sa.Integer, "sqlite")

principals = sa.Table(
    "principals", metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("org", sa.String(256), nullable=False),
    sa.Column("roles", sa.Text, nullable=False),  # JSON list
    sa.Column("nationality", sa.Text, nullable=False),  # JSON list of ISO alpha-2 codes
    sa.Column("residence", sa.String(2)),
    sa.Column("trust_tier", sa.String(64), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),  # RFC 3339, UTC
    sa.Column("disabled", sa.Boolean, nullable=False),
)

api_keys = sa.Table(
    "api_keys", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("principal_id", sa.String(128), sa.ForeignKey("principals.id"), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),  # sha256 hex of the key
    sa.Column("prefix", sa.String(32), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
)

audit_records = sa.Table(
    "audit_records", metadata,
    sa.Column("seq", BIGINT, primary_key=True, autoincrement=False),
    sa.Column("request_id", sa.String(64), nullable=False),
    sa.Column("ts", sa.String(40), nullable=False),
    sa.Column("dialect", sa.String(16), nullable=False),
    sa.Column("endpoint", sa.String(128), nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("principal_id", sa.String(128)),
    sa.Column("key_id", sa.String(64)),
    sa.Column("org", sa.String(256)),
    sa.Column("model_requested", sa.String(256)),
    sa.Column("model_served", sa.String(256)),
    sa.Column("decision", sa.String(32)),
    sa.Column("reason", sa.Text),
    sa.Column("rule_ids", sa.Text, nullable=False),  # JSON list
    sa.Column("verdict", sa.Text),  # JSON object
    sa.Column("upstream_status", sa.Integer),
    sa.Column("attempts", sa.Text, nullable=False),  # JSON list
    sa.Column("latency_ms", sa.Float, nullable=False),
    sa.Column("input_tokens", sa.Integer),
    sa.Column("output_tokens", sa.Integer),
    sa.Column("stream", sa.Boolean, nullable=False),
    sa.Column("prompt_sha256", sa.String(64)),
    sa.Column("prompt_chars", sa.Integer),
    sa.Column("prompt_text", sa.Text),
    sa.Column("error", sa.Text),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

audit_head = sa.Table(
    "audit_head", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("seq", BIGINT, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# Directives are never deleted: revocation stamps the row; every change is an event.
directives_table = sa.Table(
    "directives", metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("document", sa.Text, nullable=False),  # the validated directive as JSON
    sa.Column("effect", sa.String(32), nullable=False),
    sa.Column("issued_at", sa.String(40), nullable=False),
    sa.Column("issued_by", sa.String(256), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
    sa.Column("revoked_by", sa.String(256)),
    sa.Column("revoke_reason", sa.Text),
)

directive_events = sa.Table(
    "directive_events", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("directive_id", sa.String(128), nullable=False),
    sa.Column("event", sa.String(16), nullable=False),  # issued | revoked
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(256), nullable=False),
    sa.Column("detail", sa.Text),
)

MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_LOCK = "sekisho_write_lock"  # execution option: on SQLite, BEGIN IMMEDIATE
_MIGRATION_LOCK = 0x5E715_0  # pg advisory lock key: "sekisho migrations"
_SQLITE_BUSY_MS = 5000


def alembic_config(connection: sa.Connection) -> Config:
    """An Alembic config built in code; env.py runs on `connection`."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def open_database(url: str) -> sa.Engine:
    """An engine on `url`, with the schema migrated to the newest version.

    Safe when several processes start at once: the upgrade runs under a lock
    (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
    """
    engine = create_engine(url)
    with engine.connect().execution_options(**{WRITE_LOCK: True}) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        command.upgrade(alembic_config(conn), "head")
    return engine


def create_engine(url: str) -> sa.Engine:
    parsed = _checked_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"timeout": _SQLITE_BUSY_MS / 1000,
                                                        "check_same_thread": False})
        _sqlite_transactions(engine)
        return engine
    return sa.create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _checked_url(url: str) -> sa.URL:
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        parsed = None
    if parsed is not None and parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")  # the driver Sekisho ships with
    if parsed is None or parsed.drivername not in ("sqlite", "sqlite+pysqlite",
                                                   "postgresql+psycopg"):
        raise ValueError(f"database_url {url!r}: use sqlite:///PATH or "
                         "postgresql+psycopg://USER@HOST:PORT/DBNAME")
    return parsed


def _sqlite_transactions(engine: sa.Engine) -> None:
    """WAL, a busy timeout, foreign keys, and BEGIN issued by us rather than the driver
    (the pysqlite driver's own transaction handling cannot do BEGIN IMMEDIATE)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE_LOCK, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
