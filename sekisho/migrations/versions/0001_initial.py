"""initial schema: principals, api keys, the hash-chained audit log and its head

Revision ID: m001
Revises:

The revision id stays "m001" (the file was m001_initial.py) so databases created before
the rename still upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "m001"
down_revision = None
branch_labels = None
depends_on = None

BIGINT = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    op.create_table(
        "principals",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("org", sa.String(256), nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("nationality", sa.Text, nullable=False),
        sa.Column("residence", sa.String(2)),
        sa.Column("trust_tier", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("principal_id", sa.String(128), sa.ForeignKey("principals.id"), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40)),
    )
    op.create_table(
        "audit_records",
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
        sa.Column("rule_ids", sa.Text, nullable=False),
        sa.Column("verdict", sa.Text),
        sa.Column("upstream_status", sa.Integer),
        sa.Column("attempts", sa.Text, nullable=False),
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
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", BIGINT, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(sa.table("audit_head", sa.column("id"), sa.column("seq"), sa.column("hash")),
                   [{"id": 1, "seq": 0, "hash": "0" * 64}])


def downgrade() -> None:
    for table in ("audit_head", "audit_records", "api_keys", "principals"):
        op.drop_table(table)
