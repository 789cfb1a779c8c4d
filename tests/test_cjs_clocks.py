"""Response clocks: targets, business days (Mon-Fri, UTC), deadlines and overdue flags."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from sekisho.cjs.clocks import (
    DEFAULT_TARGETS,
    add_business_days,
    clock_of,
    parse_target,
    targets_from,
)
from sekisho.cjs.errors import FieldError
from sekisho.cjs.report import Report, Status
from sekisho.cjs.score import Level


def t(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A time in July 2026 (the 3rd is a Friday)."""
    return datetime(2026, 7, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize("start,n,deadline", [
    (t(2, 10), 1, t(3, 10)),    # Thursday -> Friday
    (t(3, 15), 1, t(6, 15)),    # Friday 15:00 -> Monday 15:00
    (t(4, 10), 1, t(7, 0)),     # Saturday: counts from Monday 00:00 -> Tuesday 00:00
    (t(5, 23), 1, t(7, 0)),     # Sunday, likewise
    (t(2, 9), 2, t(6, 9)),      # Thursday + 2 -> Monday
    (t(6, 9), 5, t(13, 9)),     # a whole week
    (t(4, 10), 0, t(6, 0)),     # no days from a weekend: Monday 00:00
])
def test_business_days_skip_saturday_and_sunday(start: datetime, n: int,
                                                deadline: datetime) -> None:
    assert add_business_days(start, n) == deadline


def test_the_defaults_follow_the_cosai_proposal() -> None:
    assert DEFAULT_TARGETS == {"unscored": "1bd", "0": "1w", "1": "1bd", "2": "4h", "3": "24h",
                               "4": "immediate"}


@pytest.mark.parametrize("text,start,deadline", [
    ("4h", t(3, 9), t(3, 13)), ("24h", t(3, 9), t(4, 9)), ("1w", t(3, 9), t(10, 9)),
    ("30m", t(3, 9), t(3, 9, 30)), ("2d", t(3, 9), t(5, 9)), ("1bd", t(3, 9), t(6, 9)),
    ("immediate", t(3, 9), t(3, 9)), ("0", t(3, 9), t(3, 9)),
])
def test_a_target_sets_the_deadline_from_the_start(text: str, start: datetime,
                                                   deadline: datetime) -> None:
    assert parse_target(text).deadline(start) == deadline


@pytest.mark.parametrize("bad", ["soon", "4 hours", "-1h", "1y", ""])
def test_a_bad_target_is_refused_naming_the_forms(bad: str) -> None:
    with pytest.raises(FieldError, match="immediate, <n>m, <n>h, <n>d, <n>w, <n>bd"):
        parse_target(bad)


def test_a_clock_for_an_unknown_level_is_refused_naming_the_keys() -> None:
    with pytest.raises(FieldError, match="unscored, 0, 1, 2, 3, 4"):
        targets_from({"5": "1h"})


REPORT = Report(id="jbr-x", title="t", reporter="r", received_at=t(3, 9), affected_models=("m",),
                technique="x", sample_prompts=("p",), status=Status.SCORED, level=Level.MEDIUM,
                cycle_started_at=t(3, 9))
DEFAULTS = targets_from({})


def test_a_medium_report_is_due_four_hours_after_it_was_received() -> None:
    c = clock_of(REPORT, DEFAULTS, t(3, 12))
    assert (c.key, c.deadline, c.overdue) == ("2", t(3, 13), False)


def test_a_report_past_its_deadline_without_a_response_is_overdue() -> None:
    assert clock_of(REPORT, DEFAULTS, t(3, 13, 1)).overdue


@pytest.mark.parametrize("status", [Status.MITIGATING, Status.MITIGATED, Status.VERIFIED,
                                    Status.CLOSED])
def test_a_report_whose_response_is_under_way_is_never_overdue(status: Status) -> None:
    c = clock_of(replace(REPORT, status=status), DEFAULTS, t(20))
    assert (c.answered, c.overdue) == (True, False)


def test_a_critical_report_is_overdue_as_soon_as_time_passes_unanswered() -> None:
    critical = replace(REPORT, level=Level.CRITICAL)
    assert not clock_of(critical, DEFAULTS, t(3, 9)).overdue
    assert clock_of(critical, DEFAULTS, t(3, 9) + timedelta(seconds=1)).overdue


def test_an_unscored_report_has_one_business_day_to_be_scored() -> None:
    fresh = replace(REPORT, status=Status.TRIAGED, level=None)
    c = clock_of(fresh, DEFAULTS, t(6, 8))
    assert (c.key, c.deadline, c.overdue) == ("unscored", t(6, 9), False)


def test_a_configured_target_replaces_the_default() -> None:
    assert clock_of(REPORT, targets_from({"2": "2h"}), t(3, 12)).overdue


def test_a_reopened_report_counts_from_the_reopen() -> None:
    reopened = replace(REPORT, level=Level.HIGH, cycle_started_at=t(20, 9))
    c = clock_of(reopened, DEFAULTS, t(20, 10))
    assert (c.started, c.deadline, c.overdue) == (t(20, 9), t(21, 9), False)
