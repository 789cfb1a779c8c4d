"""Prometheus metrics, on a registry of the app's own (so two apps in one test never collide)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.requests = Counter("sekisho_requests_total", "Requests by dialect, decision and status",
                                ["dialect", "decision", "status"], registry=r)
        self.served = Counter("sekisho_served_total", "Requests answered, by model requested and served",
                              ["model_requested", "model_served"], registry=r)
        self.verdicts = Counter("sekisho_safeguard_verdicts_total", "Safeguard verdicts by tier",
                                ["tier"], registry=r)
        self.safeguard_errors = Counter("sekisho_safeguard_errors_total",
                                        "Classifier failures and timeouts", registry=r)
        self.upstream_failures = Counter("sekisho_upstream_failures_total",
                                         "Upstream calls that failed over", ["model", "outcome"],
                                         registry=r)
        self.latency = Histogram("sekisho_request_seconds", "Time to the response head",
                                 ["dialect"], registry=r,
                                 buckets=(.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5,
                                          1, 2.5, 5, 10, 30, 60))
        self.breaker_open = Gauge("sekisho_circuit_open", "1 when the model's circuit is open",
                                  ["model"], registry=r)
        self.audit_pending = Gauge("sekisho_audit_pending", "Audit records not yet durable",
                                   registry=r)
        self.judge_calls = Counter("sekisho_judge_calls_total",
                                   "LLM judge reviews by outcome (agreed, raised, lowered, held, error, "
                                   "skipped)", ["outcome"], registry=r)
        self.judge_seconds = Histogram("sekisho_judge_seconds", "LLM judge review time", registry=r,
                                       buckets=(.05, .1, .25, .5, 1, 2, 4, 8, 16, 32))
