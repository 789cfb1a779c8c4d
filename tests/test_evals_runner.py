"""The runner: results written as they go, resumed after a kill, failures recorded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

from sekisho.evals.builtin import resolve_suite
from sekisho.evals.runner import RESULTS, RunMismatchError, read_results, run_suite
from sekisho.evals.suite import Case, Suite, make_suite
from sekisho.evals.targets import ClassifierTarget, Outcome
from sekisho.values import Message

ROOT = Path(__file__).resolve().parents[1]


def suite_of(n: int, name: str = "n") -> Suite:
    return make_suite(name, [Case(id=f"c{i}", messages=(Message("user", f"case {i}"),), tier="benign")
                             for i in range(n)])


@dataclass
class SlowTarget:
    """Serves every case after `delay_s`; counts how many calls were in flight at once."""

    delay_s: float = 0.0
    fail_on: frozenset[str] = frozenset()
    name: str = "slow"
    concurrent: bool = True
    inflight: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def describe(self) -> dict[str, Any]:
        return {"kind": "test"}

    def evaluate(self, case: Case) -> Outcome:
        with self.lock:
            self.inflight += 1
            self.peak = max(self.peak, self.inflight)
        try:
            if case.id in self.fail_on:
                raise RuntimeError("target exploded")
            time.sleep(self.delay_s)
            return Outcome(action="serve")
        finally:
            with self.lock:
                self.inflight -= 1


def ids(out: Path) -> list[str]:
    return [r["case_id"] for r in read_results(out / RESULTS)]


@pytest.fixture(scope="module")
def classifier() -> ClassifierTarget:
    return ClassifierTarget.shipped()


def test_every_case_gets_exactly_one_result(tmp_path: Path, classifier: ClassifierTarget) -> None:
    suite = resolve_suite("smoke")
    run_suite(suite, classifier, tmp_path)
    assert sorted(ids(tmp_path)) == sorted(c.id for c in suite.cases)


def test_a_run_stopped_after_n_cases_resumes_without_duplicates(tmp_path: Path,
                                                                classifier: ClassifierTarget) -> None:
    suite = resolve_suite("smoke")
    first = run_suite(suite, classifier, tmp_path, limit=7)
    assert (first.ran, first.complete) == (7, False)
    second = run_suite(suite, classifier, tmp_path)
    assert (second.done_before, second.ran) == (7, len(suite.cases) - 7)
    got = ids(tmp_path)
    assert len(got) == len(set(got)) and set(got) == {c.id for c in suite.cases}


def test_a_results_file_cut_mid_line_is_repaired_and_resumed(tmp_path: Path,
                                                            classifier: ClassifierTarget) -> None:
    suite = resolve_suite("smoke")
    run_suite(suite, classifier, tmp_path)
    data = (tmp_path / RESULTS).read_bytes()
    cut = data.index(b"\n", len(data) // 2) + 20  # in the middle of a line
    (tmp_path / RESULTS).write_bytes(data[:cut])
    kept = len(ids(tmp_path))
    summary = run_suite(suite, classifier, tmp_path)
    got = ids(tmp_path)
    assert summary.ran == len(suite.cases) - kept
    assert len(got) == len(set(got)) == len(suite.cases)


def _child(out: str) -> None:
    """Run in a subprocess, to be killed mid-run."""
    run_suite(suite_of(3000), SlowTarget(delay_s=0.003), Path(out), concurrency=2)


def test_a_killed_run_resumes_with_no_case_missing_or_repeated(tmp_path: Path) -> None:
    code = f"from tests.test_evals_runner import _child; _child({str(tmp_path)!r})"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while len(ids(tmp_path)) < 20:
            assert proc.poll() is None and time.monotonic() < deadline, "the child did not get going"
            time.sleep(0.02)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    before = ids(tmp_path)
    assert 20 <= len(before) < 3000
    summary = run_suite(suite_of(3000), SlowTarget(), tmp_path, concurrency=8)
    got = ids(tmp_path)
    assert summary.done_before == len(set(before))
    assert len(got) == len(set(got)) == 3000


def test_a_crashing_target_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    summary = run_suite(suite_of(5), SlowTarget(fail_on=frozenset({"c2"})), tmp_path)
    rows = {r["case_id"]: r for r in read_results(tmp_path / RESULTS)}
    assert summary.errors == 1 and len(rows) == 5
    assert "target exploded" in rows["c2"]["error"] and rows["c3"]["action"] == "serve"


def test_concurrency_never_exceeds_the_configured_bound(tmp_path: Path) -> None:
    target = SlowTarget(delay_s=0.005)
    run_suite(suite_of(60), target, tmp_path, concurrency=3)
    assert 1 <= target.peak <= 3


def test_resuming_with_another_suite_is_refused(tmp_path: Path) -> None:
    run_suite(suite_of(3), SlowTarget(), tmp_path)
    with pytest.raises(RunMismatchError, match="--fresh"):
        run_suite(suite_of(4), SlowTarget(), tmp_path)


def test_fresh_discards_earlier_results(tmp_path: Path) -> None:
    run_suite(suite_of(3), SlowTarget(), tmp_path)
    run_suite(suite_of(4), SlowTarget(), tmp_path, fresh=True)
    assert sorted(ids(tmp_path)) == ["c0", "c1", "c2", "c3"]


def test_each_result_line_is_one_json_object(tmp_path: Path, classifier: ClassifierTarget) -> None:
    run_suite(resolve_suite("smoke"), classifier, tmp_path)
    for line in (tmp_path / RESULTS).read_bytes().splitlines():
        assert isinstance(orjson.loads(line), dict)


def test_resuming_against_a_differently_configured_target_is_refused(tmp_path: Path) -> None:
    @dataclass
    class Configured(SlowTarget):
        setting: str = "a"

        def describe(self) -> dict[str, Any]:
            return {"kind": "test", "setting": self.setting, "url": f"http://127.0.0.1/{self.setting}"}

    run_suite(suite_of(3), Configured(setting="a"), tmp_path, limit=1)
    with pytest.raises(RunMismatchError, match="target_detail"):
        run_suite(suite_of(3), Configured(setting="b"), tmp_path)


def test_resuming_against_the_same_target_at_a_new_address_is_accepted(tmp_path: Path) -> None:
    @dataclass
    class Moved(SlowTarget):
        port: int = 1

        def describe(self) -> dict[str, Any]:
            return {"kind": "test", "url": f"http://127.0.0.1:{self.port}"}

    run_suite(suite_of(3), Moved(port=1), tmp_path, limit=1)
    assert run_suite(suite_of(3), Moved(port=2), tmp_path).complete
