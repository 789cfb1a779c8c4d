"""Alembic environment: runs on the connection Sekisho hands it (see db.open_database)."""

from __future__ import annotations

from alembic import context

from sekisho.db import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    engine = config.attributes["engine"]
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    context.run_migrations()
