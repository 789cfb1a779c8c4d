"""Alembic environment: runs on the connection `sekisho.db.open_database` hands it, inside
that connection's transaction (which holds the migration lock)."""

from __future__ import annotations

from alembic import context

from sekisho.db import metadata

context.configure(connection=context.config.attributes["connection"], target_metadata=metadata)
context.run_migrations()
