"""The report status machine (the transition table in sekisho/cjs/report.py) and intake checks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sekisho.cjs.errors import FieldError, TransitionError
from sekisho.cjs.report import (
    MANUAL,
    Status,
    after_assessment,
    after_move,
    after_verification,
    parse_edit,
    parse_intake,
)
from sekisho.cjs.score import Level

S = Status
NOW = datetime(2026, 7, 3, 9, 0, tzinfo=UTC)

# The whole by-hand table: every (from, to) pair, allowed or not.
ALLOWED_BY_HAND = {
    (S.REPORTED, S.TRIAGED), (S.REPORTED, S.CLOSED), (S.TRIAGED, S.CLOSED),
    (S.SCORED, S.MITIGATING), (S.SCORED, S.CLOSED), (S.MITIGATING, S.MITIGATED),
    (S.MITIGATING, S.CLOSED), (S.MITIGATED, S.CLOSED), (S.VERIFIED, S.CLOSED),
}


@pytest.mark.parametrize("before,to", [(a, b) for a in Status for b in Status])
def test_a_move_by_hand_follows_the_documented_table(before: Status, to: Status) -> None:
    if (before, to) in ALLOWED_BY_HAND:
        assert after_move(before, to) is to
    else:
        with pytest.raises(TransitionError):
            after_move(before, to)


def test_the_table_in_code_is_the_table_in_the_docs() -> None:
    assert {(a, b) for a, tos in MANUAL.items() for b in tos} == ALLOWED_BY_HAND


def test_no_move_by_hand_goes_backwards() -> None:
    order = list(Status)
    assert all(order.index(b) > order.index(a) for a, b in ALLOWED_BY_HAND)


def test_a_refused_move_names_the_moves_there_are() -> None:
    with pytest.raises(TransitionError, match="it may move to: mitigating, closed") as err:
        after_move(S.SCORED, S.TRIAGED)
    assert err.value.allowed == ("mitigating", "closed")


@pytest.mark.parametrize("to,hint", [(S.SCORED, "sekisho cjs assess"),
                                     (S.VERIFIED, "sekisho cjs verify")])
def test_scored_and_verified_cannot_be_claimed_by_hand(to: Status, hint: str) -> None:
    with pytest.raises(TransitionError, match=hint):
        after_move(S.MITIGATED if to is S.VERIFIED else S.TRIAGED, to)


@pytest.mark.parametrize("before,previous,new,after", [
    (S.TRIAGED, None, Level.HIGH, S.SCORED),
    (S.SCORED, Level.HIGH, Level.LOW, S.SCORED),
    (S.MITIGATING, Level.HIGH, Level.CRITICAL, S.MITIGATING),
    (S.MITIGATED, Level.HIGH, Level.CRITICAL, S.MITIGATED),
    (S.VERIFIED, Level.HIGH, Level.CRITICAL, S.SCORED),  # reopened: the proof was for less
    (S.VERIFIED, Level.HIGH, Level.HIGH, S.VERIFIED),
    (S.VERIFIED, Level.HIGH, Level.INFORMATIONAL, S.VERIFIED),  # fell to CJS-0 with time
    (S.CLOSED, Level.INFORMATIONAL, Level.MEDIUM, S.SCORED),
    (S.CLOSED, Level.MEDIUM, Level.MEDIUM, S.CLOSED),
])
def test_an_assessment_moves_the_status_as_the_table_says(
        before: Status, previous: Level | None, new: Level, after: Status) -> None:
    assert after_assessment(before, previous, new) is after


def test_an_untriaged_report_cannot_be_assessed() -> None:
    with pytest.raises(TransitionError, match="triage"):
        after_assessment(S.REPORTED, None, Level.LOW)


@pytest.mark.parametrize("before,passed,after", [
    (S.MITIGATED, True, S.VERIFIED), (S.MITIGATED, False, S.MITIGATED),
    (S.SCORED, True, S.SCORED), (S.MITIGATING, True, S.MITIGATING),
    (S.VERIFIED, False, S.VERIFIED),
])
def test_only_a_passing_verification_of_a_mitigated_report_verifies_it(
        before: Status, passed: bool, after: Status) -> None:
    assert after_verification(before, passed) is after


GOOD = {"title": "t", "reporter": "r@example.org", "affected_models": ["m"],
        "technique": "described", "sample_prompts": ["p"]}


def test_an_intake_without_received_at_is_received_now() -> None:
    r = parse_intake(GOOD, now=NOW, new_id="jbr-x")
    assert (r.id, r.received_at, r.status) == ("jbr-x", NOW, S.REPORTED)


@pytest.mark.parametrize("change,field", [
    ({"title": ""}, "title"), ({"reporter": None}, "reporter"),
    ({"affected_models": []}, "affected_models"), ({"sample_prompts": "one"}, "sample_prompts"),
    ({"received_at": "yesterday"}, "received_at"), ({"received_at": "2026-07-03T09:00"}, "received_at"),
    ({"id": "Has Spaces"}, "id"), ({"severity": "high"}, "severity"),
])
def test_a_bad_intake_field_is_named(change: dict[str, object], field: str) -> None:
    with pytest.raises(FieldError) as err:
        parse_intake({**GOOD, **change}, now=NOW, new_id="jbr-x")
    assert err.value.field == field


def test_status_and_scores_are_not_editable_fields() -> None:
    with pytest.raises(FieldError, match="editable fields are: title, technique") as err:
        parse_edit({"status": "closed"})
    assert err.value.field == "status"
