"""Reports and the `sekisho eval` command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from sekisho.evals.builtin import resolve_suite
from sekisho.evals.report import write_report
from sekisho.evals.runner import run_suite
from sekisho.evals.targets import ClassifierTarget

SEKISHO = [sys.executable, "-m", "sekisho.cli"]


def sekisho(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SEKISHO, *args], capture_output=True, text=True, timeout=300)


def test_report_html_is_self_contained_with_its_plots(tmp_path: Path) -> None:
    run_suite(resolve_suite("smoke"), ClassifierTarget.shipped(), tmp_path)
    write_report(tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 4  # confusion, threshold curve, ROC, language bars (+ latency)
    assert not re.search(r"""(src|href)=['"]?(https?:)?//""", html)  # nothing fetched from elsewhere


def test_report_json_carries_rates_with_intervals(tmp_path: Path) -> None:
    run_suite(resolve_suite("smoke"), ClassifierTarget.shipped(), tmp_path)
    report = write_report(tmp_path)
    rate = report["metrics"]["attack_block_rate"]
    assert set(rate) == {"k", "n", "rate", "low", "high"} and rate["low"] <= rate["rate"] <= rate["high"]
    assert report["complete"] and (tmp_path / "summary.md").read_text().startswith("# Evaluation")


def test_an_interrupted_run_is_reported_as_incomplete(tmp_path: Path) -> None:
    run_suite(resolve_suite("smoke"), ClassifierTarget.shipped(), tmp_path, limit=3)
    assert write_report(tmp_path)["complete"] is False


def test_eval_run_then_compare_from_the_command_line(tmp_path: Path) -> None:
    for name in ("a", "b"):
        r = sekisho("eval", "run", "smoke", "--target", "classifier", "--out", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        assert "attack block rate" in r.stdout
    r = sekisho("eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--json")
    assert r.returncode == 0, r.stderr
    changes = {c["metric"]: c for c in json.loads(r.stdout)}
    assert changes["attack_block_rate"]["delta"] == 0.0 and not changes["attack_block_rate"]["significant"]


def test_unknown_target_is_a_clear_error(tmp_path: Path) -> None:
    r = sekisho("eval", "run", "smoke", "--target", "nowhere", "--out", str(tmp_path))
    assert r.returncode == 2 and "targets are" in r.stderr and "Traceback" not in r.stderr


def test_gateway_target_without_a_key_names_the_fix(tmp_path: Path) -> None:
    r = sekisho("eval", "run", "smoke", "--target", "gateway:http://127.0.0.1:9", "--out", str(tmp_path))
    assert r.returncode == 2 and "--api-key" in r.stderr


def test_table_has_one_row_per_run_with_intervals(tmp_path: Path) -> None:
    from sekisho.evals.report import render_table
    run_suite(resolve_suite("smoke"), ClassifierTarget.shipped(), tmp_path)
    table = render_table([write_report(tmp_path)] * 2)
    rows = [line for line in table.splitlines() if line.startswith("| `smoke`")]
    assert len(rows) == 2 and "[" in rows[0]


def test_table_by_language_has_a_row_per_language_and_names_a_missing_breakdown(tmp_path: Path) -> None:
    run_suite(resolve_suite("smoke"), ClassifierTarget.shipped(), tmp_path)
    report = write_report(tmp_path)
    r = sekisho("eval", "table", "--by", "lang", str(tmp_path))
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("| `smoke`")]
    assert [row.split(" | ")[1] for row in rows] == sorted(report["metrics"]["by"]["lang"])
    en = report["metrics"]["by"]["lang"]["en"]["attack_block_rate"]
    assert f"({en['k']}/{en['n']})" in rows[0]
    r = sekisho("eval", "table", "--by", "colour", str(tmp_path))
    assert r.returncode == 2 and "no breakdown by 'colour'" in r.stderr and "lang" in r.stderr
