"""`sekisho demo` is the main job: it must run on a fresh machine with nothing else up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp", reason="the demo needs the local extra")


@pytest.mark.local_model
def test_demo_tour_shows_serve_failover_fallback_and_refuse(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "sekisho.cli", "demo", "--json",
                        "--workdir", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["decision"] for row in rows] == ["serve", "failover", "fallback", "refuse"]
    assert rows[1]["model_served"] == "smollm2-sovereign"
    assert rows[2]["answer"].startswith("[関所]")
    assert all({"request", "principal", "model_requested", "model_served", "reason"} <= set(row)
               for row in rows)
