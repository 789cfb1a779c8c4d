"""SQLite: a directive issued by another process reaches a running registry through the
`PRAGMA data_version` watcher, not the resync timer."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sekisho.db import open_database
from sekisho.policy import directive_store as store
from sekisho.policy.directive_store import DirectiveRegistry

JUNE = {"id": "EAR-2026-06-12", "title": "No foreign nationals on Fable 5 and Mythos 5",
        "issuer": "US Department of Commerce", "legal_basis": "deemed export, EAR",
        "effect": "deny", "scope": ["fable-5", "mythos-5"],
        "subjects": ["nationality not_in [US]"], "effective_from": "2026-06-12T00:00:00Z"}
NO_TIMER = 60.0  # resync far beyond every deadline below: only the watcher can explain a reload


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    engine = open_database(url)
    yield url, engine
    engine.dispose()


def _wait_for(predicate: Any, deadline_s: float = 5.0) -> bool:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


def _counting_registry(engine: Any, watch_s: float) -> tuple[DirectiveRegistry, list[int]]:
    """A registry (not started) and the list its on_change appends to, empty after its first read."""
    changes: list[int] = []
    registry = DirectiveRegistry(engine, resync_s=NO_TIMER, watch_s=watch_s,
                                 on_change=lambda: changes.append(1))
    changes.clear()  # the constructor's first read
    return registry, changes


def test_a_directive_issued_by_another_process_is_seen_without_the_timer(
        db: tuple[str, Any], tmp_path: Path) -> None:
    url, engine = db
    registry = DirectiveRegistry(engine, resync_s=NO_TIMER, watch_s=0.05).start()
    try:
        assert registry.current() == ()
        path = tmp_path / "june.yaml"
        path.write_text(json.dumps(JUNE))
        issued = subprocess.run([sys.executable, "-m", "sekisho.cli", "directive", "issue",
                                 str(path), "--database-url", url],
                                check=False, capture_output=True, text=True, timeout=120)
        assert issued.returncode == 0, issued.stderr
        assert _wait_for(lambda: [d.id for d in registry.current()] == ["EAR-2026-06-12"])
    finally:
        registry.stop()


def test_a_file_nobody_changes_is_never_reloaded(db: tuple[str, Any]) -> None:
    _, engine = db
    registry, changes = _counting_registry(engine, watch_s=0.02)
    registry.start()
    try:
        time.sleep(0.3)  # many watch intervals
        assert changes == []
    finally:
        registry.stop()


def test_a_commit_that_is_not_a_directive_costs_no_reload(
        db: tuple[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """An audit write moves data_version too: the watcher then reads the last directive
    event on its own connection, and reloads nothing."""
    from sekisho.audit.log import append_in
    from sekisho.db import WRITE_LOCK
    from sekisho.values import AuditRecord
    url, engine = db
    registry, changes = _counting_registry(engine, watch_s=0.02)
    looked: list[int] = []
    last_event = store._last_event
    monkeypatch.setattr(store, "_last_event", lambda conn: looked.append(1) or last_event(conn))
    reloads: list[bool] = []
    reload = registry.reload

    def counted() -> bool:
        changed = reload()
        reloads.append(changed)
        return changed

    registry.reload = counted  # type: ignore[method-assign]
    registry.start()
    other = open_database(url)
    try:
        assert _wait_for(lambda: len(reloads) >= 1)  # the watcher's first read
        with other.connect().execution_options(**{WRITE_LOCK: True}) as conn, conn.begin():
            append_in(conn, [AuditRecord(request_id="req_x", ts="2026-06-12T00:00:00+00:00",
                                         dialect="openai", endpoint="/v1/chat/completions",
                                         status=200)])
        assert _wait_for(lambda: len(looked) >= 1)  # the commit was noticed ...
        time.sleep(0.1)
        assert reloads == [False] and changes == []  # ... and cost no reload
    finally:
        registry.stop()
        other.dispose()


def test_in_memory_sqlite_has_no_watcher() -> None:
    engine = open_database("sqlite://")
    registry = DirectiveRegistry(engine, resync_s=NO_TIMER).start()
    try:
        assert [t.name for t in registry._threads] == ["sekisho-directives-resync"]
    finally:
        registry.stop()
        engine.dispose()


def test_the_store_issue_from_another_engine_is_seen_too(db: tuple[str, Any]) -> None:
    """Another connection of this process (the admin API, say) also moves data_version."""
    from datetime import UTC, datetime

    from sekisho.policy.directives import parse_directive
    url, engine = db
    registry = DirectiveRegistry(engine, resync_s=NO_TIMER, watch_s=0.05).start()
    other = open_database(url)
    try:
        store.issue(other, parse_directive(JUNE, now=datetime(2026, 6, 12, tzinfo=UTC)), "admin")
        assert _wait_for(lambda: len(registry.current()) == 1)
    finally:
        registry.stop()
        other.dispose()
