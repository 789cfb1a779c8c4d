"""The database: one schema (SQLAlchemy Core tables) for SQLite and PostgreSQL, created
and upgraded by the Alembic migrations in `sekisho/migrations`, run at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event

metadata = sa.MetaData()

principals = sa.Table(
    "principals", metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("org", sa.String(256), nullable=False),
    sa.Column("roles", sa.Text, nullable=False),  # JSON list
    sa.Column("nationality", sa.Text, nullable=False),  # JSON list of ISO alpha-2 codes
    sa.Column("residence", sa.String(2)),
    sa.Column("trust_tier", sa.String(64), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False),
)

api_keys = sa.Table(
    "api_keys", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("principal_id", sa.String(128), sa.ForeignKey("principals.id"), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("prefix", sa.String(32), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
)

audit_records = sa.Table(
    "audit_records", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=False),
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
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

MIGRATIONS = Path(__file__).parent / "migrations"
_ADVISORY_LOCK = 0x5E715_0


def alembic_config(engine: sa.Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def open_database(url: str) -> sa.Engine:
    """An engine on `url`, with the schema migrated to the newest version."""
    engine = create_engine(url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # two replicas starting at once
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK})
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return engine


def create_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_pragmas(engine)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _sqlite_pragmas(engine: sa.Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin() below issue BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        # Take the write lock at BEGIN, so two processes never interleave chain appends.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
