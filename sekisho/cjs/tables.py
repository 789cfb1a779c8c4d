"""The registry's tables, on the shared `sekisho.db.metadata`, created by migration m003.

They live here rather than in `sekisho/db.py` so the registry stays one package; migration
m003 imports this module, so the metadata is complete wherever the schema has been migrated.
Nothing is ever deleted: a status change, an edit, an assessment and a verification each add
a row, and every one of them adds an event.
"""

from __future__ import annotations

import sqlalchemy as sa

from sekisho.db import metadata

cjs_reports = sa.Table(
    "cjs_reports", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("reporter", sa.String(256), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),  # RFC 3339, UTC
    sa.Column("affected_models", sa.Text, nullable=False),  # JSON list
    sa.Column("technique", sa.Text, nullable=False),
    sa.Column("sample_prompts", sa.Text, nullable=False),  # JSON list
    sa.Column("evidence", sa.Text, nullable=False),  # JSON list
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("level", sa.Integer),  # final level of the newest assessment
    sa.Column("cycle_started_at", sa.String(40), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("created_by", sa.String(256), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)

cjs_assessments = sa.Table(
    "cjs_assessments", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.String(64), sa.ForeignKey("cjs_reports.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("assessor", sa.String(256), nullable=False),
    sa.Column("rubric", sa.String(64), nullable=False),
    sa.Column("gain", sa.Float, nullable=False),
    sa.Column("breadth", sa.Float),  # NULL: gain 0 stopped scoring
    sa.Column("ease", sa.Float),
    sa.Column("disc", sa.Float),
    sa.Column("total", sa.Float),
    sa.Column("computed_level", sa.Integer, nullable=False),
    sa.Column("final_level", sa.Integer, nullable=False),
    sa.Column("raise_reason", sa.Text),
    sa.Column("rationale", sa.Text, nullable=False),  # JSON object axis -> text
    sa.Column("baseline", sa.Text),
    sa.UniqueConstraint("report_id", "number", name="uq_cjs_assessments_report_number"),
)

cjs_verifications = sa.Table(
    "cjs_verifications", metadata,
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
    sa.Column("detail", sa.Text, nullable=False),  # JSON: by_variant and per-case results
    sa.UniqueConstraint("report_id", "number", name="uq_cjs_verifications_report_number"),
)

cjs_events = sa.Table(
    "cjs_events", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.String(64), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(256), nullable=False),
    sa.Column("from_status", sa.String(16)),
    sa.Column("to_status", sa.String(16)),
    sa.Column("detail", sa.Text, nullable=False),  # JSON object
)

cjs_clock_targets = sa.Table(
    "cjs_clock_targets", metadata,
    sa.Column("key", sa.String(16), primary_key=True),  # unscored | 0 … 4
    sa.Column("target", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("updated_by", sa.String(256), nullable=False),
)
