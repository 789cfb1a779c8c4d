"""Per-upstream circuit breakers.

closed --(threshold consecutive failures)--> open --(cooldown elapsed)--> half-open
half-open lets exactly one probe through: success closes, failure re-opens.
The clock is injected so tests never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]


@dataclass
class CircuitBreaker:
    threshold: int = 3
    cooldown_s: float = 10.0
    clock: Clock = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    probing: bool = False

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        if self.clock() - self.opened_at >= self.cooldown_s:
            return "half-open"
        return "open"

    def allow(self) -> bool:
        """May a request go to this upstream now? (Claims the probe slot when half-open.)"""
        state = self.state
        if state == "closed":
            return True
        if state == "half-open" and not self.probing:
            self.probing = True
            return True
        return False

    def available(self) -> bool:
        """Like `allow`, without claiming the half-open probe (for planning and listings)."""
        state = self.state
        return state == "closed" or (state == "half-open" and not self.probing)

    def record_success(self) -> None:
        self.failures = 0
        self.opened_at = None
        self.probing = False

    def record_failure(self) -> None:
        self.failures += 1
        if self.probing or self.failures >= self.threshold:
            self.opened_at = self.clock()
        self.probing = False


@dataclass
class Health:
    """The breakers of every upstream model, created on first use."""

    threshold: int = 3
    cooldown_s: float = 10.0
    clock: Clock = time.monotonic
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)

    def breaker(self, model: str) -> CircuitBreaker:
        b = self.breakers.get(model)
        if b is None:
            b = self.breakers[model] = CircuitBreaker(self.threshold, self.cooldown_s, self.clock)
        return b

    def unavailable(self) -> frozenset[str]:
        return frozenset(m for m, b in self.breakers.items() if not b.available())
