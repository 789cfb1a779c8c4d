"""The lab's metrics: Wilson intervals, rates, sessions, the confusion matrix, the curve."""

from __future__ import annotations

from typing import Any

import pytest

from sekisho.evals.metrics import compute, wilson


def row(i: int, kind: str, blocked: bool | None, **kw: Any) -> dict[str, Any]:
    tier = {"attack": "prohibited", "benign": "benign", "low_risk": "low_risk"}[kind]
    base = {"case_id": str(i), "kind": kind, "blocked": blocked, "expected_tier": tier,
            "tier": None, "action": None if blocked is None else ("refuse" if blocked else "serve"),
            "lang": "en", "style": "plain", "tags": [], "session": None, "error": None,
            "latency_ms": 1.0, "scores": None, "source": "t"}
    return base | kw


# Reference values: scipy.stats.binomtest(k, n).proportion_ci(method="wilson"), 4 places.
@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (50, 100, 0.4038, 0.5962),
    (1, 964, 0.0002, 0.0059),
    (81, 263, 0.2553, 0.3662),
])
def test_wilson_interval_matches_known_values(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson(k, n)
    assert (round(lo, 4), round(hi, 4)) == (low, high)


def test_wilson_with_no_trials_is_the_whole_unit_interval() -> None:
    assert wilson(0, 0) == (0.0, 1.0)


def test_wilson_rejects_more_successes_than_trials() -> None:
    with pytest.raises(ValueError):
        wilson(3, 2)


def test_block_rate_counts_refuse_and_fallback_over_attacks() -> None:
    rows = [row(0, "attack", True), row(1, "attack", True, action="fallback"), row(2, "attack", False),
            row(3, "benign", False)]
    m = compute(rows)
    assert (m["attack_block_rate"]["k"], m["attack_block_rate"]["n"]) == (2, 3)
    assert m["benign_fpr"]["k"] == 0


def test_errored_result_is_counted_as_an_error_and_in_no_rate() -> None:
    m = compute([row(0, "attack", None, error="boom"), row(1, "attack", True)])
    assert m["errors"] == 1
    assert m["attack_block_rate"]["n"] == 1


def test_a_session_with_one_blocked_turn_is_one_false_positive_session() -> None:
    rows = [row(0, "benign", False, session="s1"), row(1, "benign", True, session="s1"),
            row(2, "benign", False, session="s2"), row(3, "benign", False, session="s2"),
            row(4, "benign", False)]
    m = compute(rows)
    assert (m["benign_fpr"]["k"], m["benign_fpr"]["n"]) == (1, 5)
    assert (m["benign_session_fpr"]["k"], m["benign_session_fpr"]["n"]) == (1, 3)


def test_confusion_matrix_puts_expected_tiers_in_rows() -> None:
    rows = [row(0, "attack", True, tier="prohibited"), row(1, "attack", False, tier="benign"),
            row(2, "benign", False, tier="benign")]
    conf = compute(rows)["confusion"]
    p, b = conf["expected"].index("prohibited"), conf["expected"].index("benign")
    col = conf["predicted"].index
    assert conf["counts"][p][col("prohibited")] == 1 and conf["counts"][p][col("benign")] == 1
    assert conf["counts"][b][col("benign")] == 1


def test_breakdown_by_language_splits_the_rates() -> None:
    rows = [row(0, "attack", True, lang="en"), row(1, "attack", False, lang="ja")]
    by = compute(rows)["by"]["lang"]
    assert by["en"]["attack_block_rate"]["rate"] == 1.0
    assert by["ja"]["attack_block_rate"]["rate"] == 0.0


def test_curve_blocks_everything_at_threshold_zero_and_reports_auc() -> None:
    rows = [row(0, "attack", True, scores={"prohibited": 0.9, "high_risk": 0.05}),
            row(1, "attack", False, scores={"prohibited": 0.3, "high_risk": 0.0}),
            row(2, "benign", False, scores={"prohibited": 0.1, "high_risk": 0.0})]
    curve = compute(rows)["curve"]
    assert curve["block_rate"][0] == 1.0 and curve["fpr"][0] == 1.0
    assert curve["auc"] == 1.0
    i = curve["thresholds"].index(0.5)
    assert (curve["block_rate"][i], curve["fpr"][i]) == (0.5, 0.0)
