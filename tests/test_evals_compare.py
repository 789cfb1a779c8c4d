"""Comparing two runs: the change per metric and whether it is significant."""

from __future__ import annotations

from typing import Any

import pytest

from sekisho.evals.compare import compare_reports, mcnemar, newcombe, z_test
from sekisho.evals.metrics import compute
from tests.test_evals_metrics import row


def report(rows: list[dict[str, Any]], fingerprint: str | None = None) -> dict[str, Any]:
    return {"suite": "s", "target": "t", "suite_fingerprint": fingerprint, "metrics": compute(rows)}


def attacks(blocked: int, n: int) -> list[dict[str, Any]]:
    return [row(i, "attack", i < blocked) for i in range(n)]


def by_metric(changes: list[Any], name: str) -> Any:
    return next(c for c in changes if c.metric == name)


def test_a_large_change_in_block_rate_is_significant() -> None:
    c = by_metric(compare_reports(report(attacks(50, 100)), report(attacks(90, 100))), "attack_block_rate")
    assert c.significant and c.delta == pytest.approx(0.40)
    assert c.low > 0


def test_a_small_change_in_block_rate_is_not_significant() -> None:
    c = by_metric(compare_reports(report(attacks(50, 100)), report(attacks(52, 100))), "attack_block_rate")
    assert not c.significant and c.low < 0 < c.high


def test_runs_of_the_same_suite_are_compared_case_by_case() -> None:
    a, b = attacks(50, 100), attacks(60, 100)  # the same 50 blocked, ten more in B
    c = by_metric(compare_reports(report(a, "fp"), report(b, "fp"), rows_a=a, rows_b=b), "attack_block_rate")
    assert c.test.startswith("McNemar") and c.p_value == pytest.approx(mcnemar(0, 10), abs=1e-6)
    assert c.significant  # ten changes all one way: p = 2 / 2**10


def test_mcnemar_with_balanced_changes_is_not_significant() -> None:
    assert mcnemar(5, 5) == 1.0


def test_newcombe_interval_matches_the_published_example() -> None:
    # Newcombe (1998), Table II example (h): 56/70 vs 48/80 -> difference 0.2, CI 0.0524 to 0.3339.
    d, lo, hi = newcombe(48, 80, 56, 70)
    assert (round(d, 4), round(lo, 4), round(hi, 4)) == (0.2, 0.0524, 0.3339)


def test_z_test_of_equal_rates_has_p_one() -> None:
    assert z_test(5, 10, 5, 10) == 1.0


def test_a_metric_missing_from_one_run_is_not_tested() -> None:
    c = by_metric(compare_reports(report(attacks(5, 10)), report(attacks(5, 10))), "benign_fpr")
    assert (c.p_value, c.significant) == (None, False)
