"""Circuit breakers open after repeated failures and let one probe through when half-open."""

from __future__ import annotations

from sekisho.catalog.health import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_breaker_opens_after_threshold_consecutive_failures() -> None:
    b = CircuitBreaker(threshold=3, cooldown_s=10, clock=Clock())
    for _ in range(2):
        b.record_failure()
    assert b.state == "closed"
    b.record_failure()
    assert b.state == "open" and not b.allow()


def test_success_resets_the_failure_count() -> None:
    b = CircuitBreaker(threshold=2, clock=Clock())
    b.record_failure()
    b.record_success()
    b.record_failure()
    assert b.state == "closed"


def test_half_open_lets_exactly_one_probe_through() -> None:
    clock = Clock()
    b = CircuitBreaker(threshold=1, cooldown_s=10, clock=clock)
    b.record_failure()
    clock.t = 10
    assert b.state == "half-open"
    assert b.allow() is True
    assert b.allow() is False


def test_failed_probe_reopens_and_successful_probe_closes() -> None:
    clock = Clock()
    b = CircuitBreaker(threshold=1, cooldown_s=10, clock=clock)
    b.record_failure()
    clock.t = 10
    b.allow()
    b.record_failure()
    assert b.state == "open"
    clock.t = 20
    b.allow()
    b.record_success()
    assert b.state == "closed" and b.allow()
