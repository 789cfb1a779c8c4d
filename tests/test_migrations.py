"""The migrated schema is exactly the schema the code uses, on both backends."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from sekisho.db import MIGRATIONS, metadata, open_database


def test_migrated_schema_matches_the_metadata(database_url: str) -> None:
    engine = open_database(database_url)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


def test_the_database_is_stamped_at_the_newest_migration(database_url: str) -> None:
    engine = open_database(database_url)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    assert current == ScriptDirectory(str(MIGRATIONS)).get_current_head()


def test_opening_twice_is_harmless(database_url: str) -> None:
    open_database(database_url)
    engine = open_database(database_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT seq FROM audit_head WHERE id = 1")).scalar() == 0


def test_two_first_openings_at_once_both_succeed(database_url: str) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            open_database(database_url).dispose()
        except BaseException as exc:  # noqa: BLE001  (reported by the assert below)
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_sqlite_database_gets_its_parent_directories(tmp_path: Path) -> None:
    open_database(f"sqlite:///{tmp_path / 'a' / 'b' / 'sekisho.db'}")
    assert (tmp_path / "a" / "b" / "sekisho.db").exists()


def test_a_sqlite_database_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 's.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_an_unsupported_url_names_the_fix() -> None:
    with pytest.raises(ValueError, match="database_url 'mysql://x/y': use sqlite:///PATH"):
        open_database("mysql://x/y")
