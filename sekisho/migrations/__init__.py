"""Alembic migrations, run in code by `sekisho.db.open_database` (no alembic.ini)."""
