"""Run a suite against a target, writing one result line per case as it goes.

`OUT/results.jsonl` is append-only: every result is written (and flushed) as soon as it is
known, so a run that is killed loses at most the case in flight. On start the runner reads
what is there, cuts a partial last line, skips every case already answered, and runs the
rest: no case is run twice, none is missed. `OUT/run.json` names the suite (with a
fingerprint of its cases) and the target; resuming with a different suite or target is
refused (use another `--out`, or `fresh=True`).

A case whose target raised, or that could not be read, is a result with `error` set; the
run goes on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson

from sekisho.evals.suite import BLOCKING, Case, Suite
from sekisho.evals.targets import Outcome, Target

RESULTS = "results.jsonl"
RUN = "run.json"
Progress = Callable[[int, int], None]  # (done, total)


class RunMismatchError(ValueError):
    """OUT already holds a run of another suite or target."""


@dataclass(frozen=True)
class RunSummary:
    out: Path
    total: int
    done_before: int
    ran: int
    errors: int

    @property
    def complete(self) -> bool:
        return self.done_before + self.ran >= self.total


def result_record(case: Case, outcome: Outcome, target: str) -> dict[str, Any]:
    blocked = None if outcome.action is None else outcome.action in BLOCKING
    return {
        "case_id": case.id, "target": target, "kind": case.kind, "expected_tier": case.tier,
        "expected_action": case.expected_action, "lang": case.lang, "style": case.style,
        "session": case.session, "tags": list(case.tags), "source": case.source,
        "tier": outcome.tier, "action": outcome.action, "blocked": blocked,
        "scores": dict(outcome.scores) if outcome.scores is not None else None,
        "output": outcome.output, "model_served": outcome.model_served, "judge": outcome.judge,
        "error": case.error or outcome.error, "latency_ms": outcome.latency_ms,
        "text": case.text[:300],
    }


def evaluate_safely(target: Target, case: Case) -> Outcome:
    if case.error is not None:
        return Outcome(error=case.error)
    try:
        return target.evaluate(case)
    except Exception as exc:  # a crashing target is a result, not the end of the run
        return Outcome(error=f"target raised {type(exc).__name__}: {exc}"[:500])


def read_results(path: Path, repair: bool = False) -> list[dict[str, Any]]:
    """Every complete result line; with `repair`, cut the file after its last complete line."""
    if not path.exists():
        return []
    data = path.read_bytes()
    rows: list[dict[str, Any]] = []
    good_end = 0
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break  # a partial last line: the write that was cut off
        line = data[pos:nl]
        pos = nl + 1
        if not line.strip():
            good_end = pos
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError:
            break
        if isinstance(row, dict) and "case_id" in row:
            rows.append(row)
        good_end = pos
    if repair and good_end < len(data):
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return rows


def unique_results(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for r in rows:
        if r["case_id"] not in seen:
            seen.add(r["case_id"])
            out.append(r)
    return out


def _portable(detail: dict[str, Any]) -> dict[str, Any]:
    """A target's identity without its address: a demo gateway gets a new port each start."""
    return {k: v for k, v in detail.items() if k != "url"}


def _check_run(out: Path, suite: Suite, target: Target, fresh: bool) -> None:
    meta: dict[str, Any] = {"suite": suite.name, "suite_fingerprint": suite.fingerprint(), "cases": len(suite.cases),
            "suite_description": suite.description, "target": target.name,
            "target_detail": target.describe()}
    path = out / RUN
    if path.exists() and not fresh:
        old = orjson.loads(path.read_bytes())
        old["target_detail"] = _portable(old.get("target_detail") or {})
        meta_cmp = {**meta, "target_detail": _portable(meta["target_detail"])}
        for key in ("suite_fingerprint", "target", "target_detail"):
            if old.get(key) != meta_cmp[key]:
                raise RunMismatchError(
                    f"{out} holds a run of suite {old.get('suite')!r} against {old.get('target')!r}; "
                    f"this is {suite.name!r} against {target.name!r} ({key} differs): "
                    "use another --out, or --fresh to start over")
        return
    if fresh:
        (out / RESULTS).unlink(missing_ok=True)
    meta["started"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    path.write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2))


class _Writer:
    """Appends result lines; flushes every `every` lines and at close."""

    def __init__(self, path: Path, every: int) -> None:
        self.fh: IO[bytes] = path.open("ab")
        self.every, self.pending = every, 0
        self.lock = threading.Lock()

    def write(self, record: dict[str, Any]) -> None:
        with self.lock:
            self.fh.write(orjson.dumps(record) + b"\n")
            self.pending += 1
            if self.pending >= self.every:
                self.fh.flush()
                self.pending = 0

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


def _outcomes(target: Target, cases: list[Case], concurrency: int) -> Iterator[tuple[Case, Outcome]]:
    if not target.concurrent or concurrency <= 1:
        for case in cases:
            yield case, evaluate_safely(target, case)
        return
    # At most `concurrency` calls in flight: the pool never holds the whole suite.
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sekisho-eval") as pool:
        todo = iter(cases)
        inflight: dict[Future[Outcome], Case] = {}
        for case in todo:
            inflight[pool.submit(evaluate_safely, target, case)] = case
            if len(inflight) >= concurrency:
                break
        while inflight:
            finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
            for fut in finished:
                yield inflight.pop(fut), fut.result()
                nxt = next(todo, None)
                if nxt is not None:
                    inflight[pool.submit(evaluate_safely, target, nxt)] = nxt


def run_suite(suite: Suite, target: Target, out: Path, *, concurrency: int = 4,
              limit: int | None = None, fresh: bool = False,
              progress: Progress | None = None) -> RunSummary:
    """Run the cases of `suite` not yet in `out/results.jsonl`; `limit` stops after that many."""
    out.mkdir(parents=True, exist_ok=True)
    _check_run(out, suite, target, fresh)
    done = {r["case_id"] for r in read_results(out / RESULTS, repair=True)}
    pending = [c for c in suite.cases if c.id not in done]
    if limit is not None:
        pending = pending[:max(limit, 0)]
    before = len(suite.cases) - len([c for c in suite.cases if c.id not in done])
    writer = _Writer(out / RESULTS, every=1 if target.concurrent else 256)
    ran = errors = 0
    try:
        for case, outcome in _outcomes(target, pending, concurrency):
            record = result_record(case, outcome, target.name)
            writer.write(record)
            ran += 1
            errors += record["error"] is not None
            if progress is not None:
                progress(before + ran, len(suite.cases))
    finally:
        writer.close()
    return RunSummary(out, len(suite.cases), before, ran, errors)
