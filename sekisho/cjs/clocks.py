"""Response clocks: how long a report may wait for a response, per level.

Defaults follow the CoSAI proposal (fable5-safeguards.md §4):

    key       default    meaning
    unscored  1bd        a report not yet scored must be scored within one business day
    0         1w         CJS-0 Informational: weekly review
    1         1bd        CJS-1 Low: a ticket within one business day
    2         4h         CJS-2 Medium: page within four hours
    3         24h        CJS-3 High: mitigation within 24 hours
    4         immediate  CJS-4 Critical: immediate mitigation (and same-day government notice)

A target is `immediate`, `<n>m`, `<n>h`, `<n>d`, `<n>w` or `<n>bd` (business days).
Targets are kept in the database, so every replica and the CLI agree, and changed with
`sekisho cjs clocks --set 2=2h` or `PUT /admin/cjs/clocks`.

When the clock runs: it starts when the report was received (or, after a reopen, when it was
reopened); the target is that of the report's current level (the newest assessment's final
level), or `unscored` before its first assessment. It is answered once the report reaches
mitigating, mitigated, verified or closed. A report whose clock is not answered and whose
deadline has passed is overdue. `immediate` means the deadline is the start: such a report is
overdue until someone answers it.

Business days are Monday to Friday in UTC, with no holiday calendar. Adding n business days
keeps the time of day and skips Saturdays and Sundays (Friday 15:00 + 1bd = Monday 15:00); a
start on a weekend counts from the following Monday 00:00 UTC (Saturday 10:00 + 1bd =
Tuesday 00:00).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sekisho.cjs.errors import FieldError
from sekisho.cjs.report import ANSWERED, Report, iso
from sekisho.cjs.score import Level

CLOCK_KEYS: tuple[str, ...] = ("unscored", "0", "1", "2", "3", "4")
DEFAULT_TARGETS: Mapping[str, str] = {"unscored": "1bd", "0": "1w", "1": "1bd", "2": "4h",
                                      "3": "24h", "4": "immediate"}
_TARGET = re.compile(r"^(?:(?P<n>\d{1,4})(?P<unit>m|h|d|w|bd))$")
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1),
          "w": timedelta(weeks=1)}
TARGET_FORMS = ("immediate", "<n>m", "<n>h", "<n>d", "<n>w", "<n>bd")


@dataclass(frozen=True, slots=True)
class Target:
    spec: str  # as written: "4h", "1bd", "immediate"
    amount: int = 0
    unit: str = ""  # "" for immediate

    def deadline(self, start: datetime) -> datetime:
        if not self.unit:
            return start
        if self.unit == "bd":
            return add_business_days(start, self.amount)
        return start + self.amount * _UNITS[self.unit]


def parse_target(raw: object, field_name: str = "target") -> Target:
    text = str(raw).strip().lower()
    if text in ("immediate", "0"):
        return Target("immediate")
    m = _TARGET.match(text)
    if not m:
        raise FieldError(field_name, f"{field_name} must be one of the forms "
                                     f"{', '.join(TARGET_FORMS)} (e.g. 4h, 1bd); got {raw!r}",
                         TARGET_FORMS)
    return Target(text, int(m["n"]), m["unit"])


def clock_key(raw: object) -> str:
    text = str(raw).strip().lower().removeprefix("cjs-")
    if text not in CLOCK_KEYS:
        raise FieldError("level", f"a clock is set for one of {', '.join(CLOCK_KEYS)}; got {raw!r}",
                         CLOCK_KEYS)
    return text


def add_business_days(start: datetime, n: int) -> datetime:
    t = start.astimezone(UTC)
    if t.weekday() >= 5:  # a weekend start counts from Monday 00:00
        t = (t + timedelta(days=7 - t.weekday())).replace(hour=0, minute=0, second=0,
                                                           microsecond=0)
    while n > 0:
        t += timedelta(days=1)
        if t.weekday() < 5:
            n -= 1
    return t


@dataclass(frozen=True, slots=True)
class ClockTargets:
    targets: Mapping[str, Target]

    def for_level(self, level: Level | None) -> tuple[str, Target]:
        key = "unscored" if level is None else str(int(level))
        return key, self.targets[key]

    def to_json(self) -> dict[str, str]:
        return {k: self.targets[k].spec for k in CLOCK_KEYS}


def targets_from(overrides: Mapping[str, str]) -> ClockTargets:
    """The defaults with `overrides` (key -> target text) on top."""
    merged = {**DEFAULT_TARGETS, **overrides}
    return ClockTargets({clock_key(k): parse_target(v, f"clocks.{k}") for k, v in merged.items()})


@dataclass(frozen=True, slots=True)
class Clock:
    key: str  # which target applies: "unscored" or a level
    target: str
    started: datetime
    deadline: datetime
    answered: bool
    overdue: bool
    remaining_s: float  # negative once past the deadline

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "target": self.target, "started": iso(self.started),
                "deadline": iso(self.deadline), "answered": self.answered,
                "overdue": self.overdue, "remaining_s": round(self.remaining_s, 3)}


def clock_of(report: Report, targets: ClockTargets, now: datetime) -> Clock:
    key, target = targets.for_level(report.level)
    started = report.cycle_started_at or report.received_at
    deadline = target.deadline(started)
    answered = report.status in ANSWERED
    remaining = (deadline - now).total_seconds()
    return Clock(key, target.spec, started, deadline, answered,
                 overdue=not answered and now > deadline, remaining_s=remaining)
