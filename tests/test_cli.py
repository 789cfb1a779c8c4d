"""The command line: keys, audit, catalog checks, and errors that name the fix."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import catalog_yaml

SEKISHO = [sys.executable, "-m", "sekisho.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SEKISHO, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_keys_create_prints_the_key_once_and_stores_only_a_hash(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    r = run("keys", "create", "--org", "acme", "--nationality", "jp", "--language", "ja",
            "--database-url", f"sqlite:///{db}", "--json")
    assert r.returncode == 0, r.stderr
    key = json.loads(r.stdout)["api_key"]
    assert key.startswith("sk-sekisho-")
    dump = "\n".join(sqlite3.connect(db).iterdump())
    assert key not in dump
    listing = run("keys", "list", "--database-url", f"sqlite:///{db}")
    assert "acme" in listing.stdout and "JP" in listing.stdout


def test_bad_nationality_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    r = run("keys", "create", "--org", "acme", "--nationality", "Japan",
            "--database-url", f"sqlite:///{tmp_path / 'k.db'}")
    assert r.returncode == 2
    assert "nationality" in r.stderr and "Traceback" not in r.stderr


def test_audit_verify_on_an_empty_log_is_intact(tmp_path: Path) -> None:
    r = run("audit", "verify", "--database-url", f"sqlite:///{tmp_path / 'a.db'}")
    assert r.returncode == 0 and "intact" in r.stdout


def test_check_catalog_names_file_line_and_fix(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.yaml"
    bad.write_text(catalog_yaml("http://127.0.0.1:1").replace("fallback: small-ok", "fallback: tiny", 1))
    r = run("check-catalog", str(bad))
    assert r.returncode == 2
    assert "catalog.yaml:" in r.stderr and "no model 'tiny' in the catalog" in r.stderr


def test_serve_without_a_catalog_says_how_to_name_one(tmp_path: Path) -> None:
    r = run("serve", "--database-url", f"sqlite:///{tmp_path / 's.db'}", cwd=tmp_path)
    assert r.returncode == 2 and "--catalog" in r.stderr


def test_audit_verify_exits_1_and_names_a_tampered_record(tmp_path: Path) -> None:
    from sekisho.audit.log import AuditLog
    from sekisho.db import open_database
    from sekisho.values import AuditRecord
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = open_database(url)
    AuditLog(engine).append_many([AuditRecord(f"req_{i}", "t", "openai", "/x", 200) for i in range(3)])
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_records SET status = 500 WHERE seq = 2")
    r = run("audit", "verify", "--database-url", url)
    assert r.returncode == 1
    assert "record 2 (request req_1) was edited" in r.stderr
    tail = run("audit", "tail", "--json", "--database-url", url)
    assert [json.loads(line)["seq"] for line in tail.stdout.splitlines()] == [3, 2, 1]
