"""`sekisho cjs ...` end to end in subprocesses: intake, move, assess, list with clocks,
verify, export and import into another database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sekisho.cjs.tour import DEMO_FILE

RID = "jbr-demo-roleplay-ransomware"


def cjs(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sekisho.cli", "cjs", *args, "--database-url",
                           f"sqlite:///{db}"], capture_output=True, text=True, timeout=120,
                          env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


def _assessed(db: Path) -> None:
    assert cjs(db, "intake", str(DEMO_FILE), "--actor", "ana").returncode == 0
    assert cjs(db, "move", RID, "triaged", "--actor", "ben").returncode == 0
    r = cjs(db, "assess", RID, "--gain", "3", "--gain-why", "g", "--breadth", "1.5",
            "--breadth-why", "b", "--ease", "2", "--ease-why", "e", "--disc", "1",
            "--disc-why", "d", "--actor", "cy")
    assert r.returncode == 0, r.stderr
    assert "CJS-3 High (7.5)" in r.stdout and "report is scored" in r.stdout


def test_the_registry_round_trips_through_the_cli_and_the_export(tmp_path: Path) -> None:
    db, other = tmp_path / "a.db", tmp_path / "b.db"
    _assessed(db)
    export = tmp_path / "export.json"
    assert cjs(db, "export", "--out", str(export)).returncode == 0
    assert cjs(other, "import", str(export), "--actor", "partner").returncode == 0
    first = json.loads(cjs(db, "show", RID).stdout)
    second = json.loads(cjs(other, "show", RID).stdout)
    assert first["report"] == second["report"] and first["assessments"] == second["assessments"]
    assert [e["kind"] for e in second["events"]] == ["intake", "status", "assessment", "import"]


def test_cjs_list_flags_an_overdue_report(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _assessed(db)  # CJS-3 received 2026-07-03: its 24 h ran out long ago
    table = cjs(db, "list")
    assert "OVERDUE" in table.stdout and "1 report(s) overdue" in table.stderr
    (row,) = [json.loads(line) for line in cjs(db, "list", "--json").stdout.splitlines()]
    assert (row["label"], row["clock"]["key"], row["clock"]["overdue"]) == ("CJS-3", "3", True)


def test_an_answered_report_is_not_listed_as_overdue(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _assessed(db)
    cjs(db, "move", RID, "mitigating")
    assert cjs(db, "list", "--overdue", "--json").stdout == ""


def test_verify_records_the_run_and_exits_1_when_it_does_not_pass(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _assessed(db)
    for to in ("mitigating", "mitigated"):
        cjs(db, "move", RID, to)
    r = cjs(db, "verify", RID, "--classifier", "demo-rule", "--json")
    out = json.loads(r.stdout)
    assert (r.returncode, out["blocked"], out["cases"], out["status"]) == (1, 32, 40, "mitigated")
    shown = json.loads(cjs(db, "show", RID).stdout)
    assert shown["verifications"][0]["interval"]["method"] == "wilson"


def test_a_forbidden_move_is_a_clear_error_with_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert cjs(db, "intake", str(DEMO_FILE)).returncode == 0
    r = cjs(db, "move", RID, "verified")
    assert r.returncode == 2 and "only by a passing verification" in r.stderr
    assert "Traceback" not in r.stderr


def test_clocks_can_be_set_and_a_bad_target_names_the_forms(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert json.loads(cjs(db, "clocks", "--set", "2=2h", "--json").stdout)["2"] == "2h"
    bad = cjs(db, "clocks", "--set", "2=soon")
    assert bad.returncode == 2 and "<n>bd" in bad.stderr
