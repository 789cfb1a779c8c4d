"""The migrated schema is exactly the schema the code uses, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sekisho.db import metadata, open_database


def test_migrated_schema_matches_the_metadata(database_url: str) -> None:
    engine = open_database(database_url)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


def test_opening_twice_is_harmless(database_url: str) -> None:
    open_database(database_url)
    open_database(database_url)
