"""jailbreak registry (CJS): reports, assessments, verifications, events, clock targets

Revision ID: m003
Revises: m002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sekisho.cjs.tables  # noqa: F401  (puts the CJS tables on sekisho.db.metadata)

revision = "m003"
down_revision = "m002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cjs_reports",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("reporter", sa.String(256), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("affected_models", sa.Text, nullable=False),
        sa.Column("technique", sa.Text, nullable=False),
        sa.Column("sample_prompts", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("level", sa.Integer),
        sa.Column("cycle_started_at", sa.String(40), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(256), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "cjs_assessments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.String(64), sa.ForeignKey("cjs_reports.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("assessor", sa.String(256), nullable=False),
        sa.Column("rubric", sa.String(64), nullable=False),
        sa.Column("gain", sa.Float, nullable=False),
        sa.Column("breadth", sa.Float),
        sa.Column("ease", sa.Float),
        sa.Column("disc", sa.Float),
        sa.Column("total", sa.Float),
        sa.Column("computed_level", sa.Integer, nullable=False),
        sa.Column("final_level", sa.Integer, nullable=False),
        sa.Column("raise_reason", sa.Text),
        sa.Column("rationale", sa.Text, nullable=False),
        sa.Column("baseline", sa.Text),
        sa.UniqueConstraint("report_id", "number", name="uq_cjs_assessments_report_number"),
    )
    op.create_table(
        "cjs_verifications",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.String(64), sa.ForeignKey("cjs_reports.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(256), nullable=False),
        sa.Column("safeguard", sa.String(128), nullable=False),
        sa.Column("cases", sa.Integer, nullable=False),
        sa.Column("blocked", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("block_rate", sa.Float, nullable=False),
        sa.Column("low", sa.Float, nullable=False),
        sa.Column("high", sa.Float, nullable=False),
        sa.Column("required", sa.Float, nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.UniqueConstraint("report_id", "number", name="uq_cjs_verifications_report_number"),
    )
    op.create_table(
        "cjs_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(256), nullable=False),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_cjs_events_report_id", "cjs_events", ["report_id"])
    op.create_table(
        "cjs_clock_targets",
        sa.Column("key", sa.String(16), primary_key=True),
        sa.Column("target", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(256), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("cjs_clock_targets")
    op.drop_index("ix_cjs_events_report_id", table_name="cjs_events")
    for table in ("cjs_events", "cjs_verifications", "cjs_assessments", "cjs_reports"):
        op.drop_table(table)
