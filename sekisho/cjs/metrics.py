"""Open and overdue jailbreak reports on /metrics, read from the database at each scrape.

    sekisho_cjs_reports_open{level}      reports not yet verified or closed
    sekisho_cjs_reports_overdue{level}   of those, reports whose response clock has run out

`level` is "unscored" or 0 … 4; every label is always present (zero when empty), so an alert
rule such as `sekisho_cjs_reports_overdue{level="4"} > 0` never sees a missing series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import sqlalchemy as sa
import structlog
from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from sekisho.cjs import registry
from sekisho.cjs.clocks import CLOCK_KEYS, clock_of
from sekisho.cjs.report import Status

log = structlog.get_logger("sekisho.cjs")
OPEN_DOC = "Jailbreak reports not yet verified or closed"
OVERDUE_DOC = "Open jailbreak reports past their response clock"
OPEN = tuple(s for s in Status if s not in (Status.VERIFIED, Status.CLOSED))


def counts(engine: sa.Engine, now: datetime) -> tuple[dict[str, int], dict[str, int]]:
    """(open, overdue) report counts by clock key."""
    targets = registry.clock_targets(engine)
    open_, overdue = dict.fromkeys(CLOCK_KEYS, 0), dict.fromkeys(CLOCK_KEYS, 0)
    for r in registry.list_reports(engine, OPEN):
        clock = clock_of(r, targets, now)
        open_[clock.key] += 1
        overdue[clock.key] += clock.overdue
    return open_, overdue


class CJSCollector(Collector):
    def __init__(self, engine: sa.Engine, clock: Callable[[], float]) -> None:
        self.engine = engine
        self.clock = clock

    def describe(self) -> Iterable[Metric]:  # lets register() skip a database read
        for name in ("sekisho_cjs_reports_open", "sekisho_cjs_reports_overdue"):
            yield GaugeMetricFamily(name, "", labels=["level"])

    def collect(self) -> Iterable[Metric]:
        try:
            open_, overdue = counts(self.engine, datetime.fromtimestamp(self.clock(), UTC))
        except sa.exc.SQLAlchemyError as exc:  # a scrape must not fail with the database
            log.warning("cjs_metrics_failed", error=str(exc))
            return
        for name, doc, values in (
                ("sekisho_cjs_reports_open", OPEN_DOC, open_),
                ("sekisho_cjs_reports_overdue", OVERDUE_DOC, overdue)):
            family = GaugeMetricFamily(name, doc, labels=["level"])
            for key in CLOCK_KEYS:
                family.add_metric([key], values[key])
            yield family


def register_metrics(registry_: CollectorRegistry, engine: sa.Engine,
                     clock: Callable[[], float]) -> CJSCollector:
    collector = CJSCollector(engine, clock)
    registry_.register(collector)
    return collector
