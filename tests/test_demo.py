"""`sekisho demo` is the main job: it must run on a fresh machine with nothing else up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("llama_cpp", reason="the demo needs the local extra")


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    workdir = tmp_path_factory.mktemp("demo")
    r = subprocess.run([sys.executable, "-m", "sekisho.cli", "demo", "--json",
                        "--workdir", str(workdir)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()], workdir


def requests(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if row["kind"] == "request"]


@pytest.mark.local_model
def test_demo_tour_shows_serve_failover_fallback_and_refuse(tour: Any) -> None:
    rows = requests(tour[0])[:4]
    assert [row["decision"] for row in rows] == ["serve", "failover", "fallback", "refuse"]
    assert rows[1]["model_served"] == "smollm2-sovereign"
    assert rows[2]["answer"].startswith("[関所]")
    assert all({"request", "principal", "model_requested", "model_served", "reason"} <= set(row)
               for row in rows)


@pytest.mark.local_model
def test_demo_issues_the_june_directive_through_the_admin_api(tour: Any) -> None:
    issued = next(row for row in tour[0] if row["kind"] == "directive")
    assert (issued["status"], issued["directive"]) == (201, "EAR-2026-06-12")
    assert "frontier-alpha" in issued["models"]["alice"]
    assert "frontier-alpha" not in issued["models"]["hanako"]


@pytest.mark.local_model
def test_demo_june_scenario_serves_the_us_national_and_moves_the_japanese_one(tour: Any) -> None:
    us, jp = requests(tour[0])[4:6]
    assert (us["principal"], us["decision"], us["model_served"]) == ("alice", "serve",
                                                                     "frontier-alpha")
    assert (jp["principal"], jp["decision"], jp["model_served"]) == ("hanako", "failover",
                                                                     "smollm2-sovereign")
    assert jp["reason"] == "directive:EAR-2026-06-12"
    notice = jp["answer"].split("\n")[0]
    assert notice.startswith("[関所]") and "EAR-2026-06-12" in notice


@pytest.mark.local_model
def test_demo_ends_with_a_drill_that_finds_the_stranded_principal(tour: Any) -> None:
    drill = tour[0][-1]
    assert (drill["kind"], drill["stranded"], drill["enforced"]) == ("drill", ["hanako"], False)


@pytest.mark.local_model
def test_demo_workdir_keeps_a_config_that_drills_run_on(tour: Any) -> None:
    workdir = tour[1]
    r = subprocess.run([sys.executable, "-m", "sekisho.cli", "drill", "-c",
                        str(workdir / "sekisho.yaml"), "--suspend", "frontier-alpha", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert [(x["principal"], x["model"], x["instead"]) for x in report["losses"]] == [
        ("alice", "frontier-alpha", "frontier-beta")]
