"""A jailbreak report, its assessments, verifications and history, and the status machine.

Statuses move forward only:

    reported → triaged → scored → mitigating → mitigated → verified → closed

| from        | by hand (`move`)        | by an assessment               | by a verification      |
|-------------|-------------------------|--------------------------------|------------------------|
| reported    | triaged, closed         | refused: triage it first       | recorded, no move      |
| triaged     | closed                  | → scored                       | recorded, no move      |
| scored      | mitigating, closed      | stays scored                   | recorded, no move      |
| mitigating  | mitigated, closed       | stays mitigating               | recorded, no move      |
| mitigated   | closed                  | stays mitigated                | → verified if it passes|
| verified    | closed                  | → scored if it raises the level| recorded, no move      |
| closed      | (nothing)               | → scored if it raises the level| recorded, no move      |

`scored` is reached only by recording an assessment and `verified` only by a passing
verification, so neither can be claimed by hand. Closing needs a written note (a duplicate,
an informational finding, a retired model). The one way back is a reopen: gain is judged
against the tools of the day, so a re-assessment that puts a verified or closed report at a
higher level than before sends it back to `scored` (the old proof was for a lesser finding)
and starts a new response clock; one that keeps or lowers the level is recorded and the
status stays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sekisho.cjs.errors import FieldError, TransitionError
from sekisho.cjs.score import Judgement, Level


class Status(StrEnum):
    REPORTED = "reported"
    TRIAGED = "triaged"
    SCORED = "scored"
    MITIGATING = "mitigating"
    MITIGATED = "mitigated"
    VERIFIED = "verified"
    CLOSED = "closed"


STATUSES: tuple[Status, ...] = tuple(Status)

MANUAL: Mapping[Status, frozenset[Status]] = {
    Status.REPORTED: frozenset({Status.TRIAGED, Status.CLOSED}),
    Status.TRIAGED: frozenset({Status.CLOSED}),
    Status.SCORED: frozenset({Status.MITIGATING, Status.CLOSED}),
    Status.MITIGATING: frozenset({Status.MITIGATED, Status.CLOSED}),
    Status.MITIGATED: frozenset({Status.CLOSED}),
    Status.VERIFIED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}

# Once a report is here, its response is under way (or not needed): its clock is answered.
ANSWERED: frozenset[Status] = frozenset({Status.MITIGATING, Status.MITIGATED, Status.VERIFIED,
                                         Status.CLOSED})


def status_value(raw: object, field_name: str = "status") -> Status:
    try:
        return Status(str(raw).strip().lower())
    except ValueError:
        raise FieldError(field_name, f"{field_name} must be one of "
                                     f"{', '.join(STATUSES)}; got {raw!r}", STATUSES) from None


def _ordered(statuses: frozenset[Status]) -> list[str]:
    return [s.value for s in STATUSES if s in statuses]


def after_move(current: Status, to: Status) -> Status:
    """The status after a move by hand, or TransitionError naming the moves there are."""
    if to in MANUAL[current]:
        return to
    allowed = _ordered(MANUAL[current])
    why = {Status.SCORED: "a report becomes scored by recording an assessment (`sekisho cjs "
                          "assess`)",
           Status.VERIFIED: "a report becomes verified only by a passing verification "
                            "(`sekisho cjs verify`)"}.get(to, "statuses only move forward")
    raise TransitionError(f"cannot move from {current.value} to {to.value}: {why}; from "
                          f"{current.value} it may move to: {', '.join(allowed) or 'nothing'}",
                          allowed)


def after_assessment(current: Status, previous: Level | None, new: Level) -> Status:
    if current is Status.REPORTED:
        raise TransitionError("the report is not triaged yet: move it to triaged first "
                              "(`sekisho cjs move ID triaged`), then assess it", ["triaged"])
    if current is Status.TRIAGED:
        return Status.SCORED
    if current in (Status.VERIFIED, Status.CLOSED) and (previous is None or new > previous):
        return Status.SCORED
    return current


def after_verification(current: Status, passed: bool) -> Status:
    return Status.VERIFIED if current is Status.MITIGATED and passed else current


def is_reopen(before: Status, after: Status) -> bool:
    return before in (Status.VERIFIED, Status.CLOSED) and after is Status.SCORED


# --- values -----------------------------------------------------------------------------

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
INTAKE_FIELDS = ("id", "title", "reporter", "received_at", "affected_models", "technique",
                 "sample_prompts", "evidence")


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    title: str
    reporter: str
    received_at: datetime
    affected_models: tuple[str, ...]
    technique: str
    sample_prompts: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    status: Status = Status.REPORTED
    level: Level | None = None  # the final level of the newest assessment
    cycle_started_at: datetime | None = None  # received_at, or the last reopen
    created_by: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "reporter": self.reporter,
                "received_at": iso(self.received_at), "affected_models": list(self.affected_models),
                "technique": self.technique, "sample_prompts": list(self.sample_prompts),
                "evidence": list(self.evidence), "status": self.status.value,
                "level": None if self.level is None else int(self.level),
                "label": None if self.level is None else self.level.label,
                "cycle_started_at": iso(self.cycle_started_at or self.received_at),
                "created_by": self.created_by}


@dataclass(frozen=True, slots=True)
class Assessment:
    number: int  # 1, 2, … per report; a re-assessment adds one and keeps the old
    report_id: str
    at: datetime
    assessor: str
    judgement: Judgement

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "report_id": self.report_id, "at": iso(self.at),
                "assessor": self.assessor, **self.judgement.to_json()}


@dataclass(frozen=True, slots=True)
class Verification:
    number: int
    report_id: str
    at: datetime
    actor: str
    safeguard: str  # the classifier version measured
    cases: int
    blocked: int
    errors: int
    block_rate: float
    low: float  # Wilson 95% interval
    high: float
    required: float  # the lower bound a pass needs
    passed: bool
    by_variant: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # variant -> (blocked, n)
    results: tuple[Mapping[str, Any], ...] = ()

    def to_json(self, with_results: bool = True) -> dict[str, Any]:
        out = {"number": self.number, "report_id": self.report_id, "at": iso(self.at),
               "actor": self.actor, "safeguard": self.safeguard, "cases": self.cases,
               "blocked": self.blocked, "errors": self.errors, "block_rate": self.block_rate,
               "interval": {"method": "wilson", "confidence": 0.95, "low": self.low,
                            "high": self.high},
               "required_lower_bound": self.required, "passed": self.passed,
               "by_variant": {k: {"blocked": b, "cases": n} for k, (b, n) in self.by_variant.items()}}
        if with_results:
            out["results"] = [dict(r) for r in self.results]
        return out


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    report_id: str
    kind: str  # intake | edit | status | assessment | verification | import
    at: datetime
    actor: str
    from_status: Status | None = None
    to_status: Status | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "report_id": self.report_id, "kind": self.kind,
                "at": iso(self.at), "actor": self.actor,
                "from_status": self.from_status.value if self.from_status else None,
                "to_status": self.to_status.value if self.to_status else None,
                "detail": dict(self.detail)}


@dataclass(frozen=True, slots=True)
class Dossier:
    """One report with everything that happened to it: what a show, an export or an API
    answer carries."""

    report: Report
    assessments: tuple[Assessment, ...]
    verifications: tuple[Verification, ...]
    events: tuple[Event, ...]


# --- parsing ----------------------------------------------------------------------------

def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat()


def parse_time(raw: object, field_name: str) -> datetime:
    if isinstance(raw, datetime):
        t = raw
    else:
        try:
            t = datetime.fromisoformat(str(raw).strip())
        except ValueError:
            raise FieldError(field_name, f"{field_name} must be an ISO 8601 time with a zone, "
                                         f"e.g. 2026-07-03T09:00:00Z; got {raw!r}") from None
    if t.tzinfo is None:
        raise FieldError(field_name, f"{field_name} {raw!r} has no time zone: add Z or +09:00")
    return t.astimezone(UTC)


def text_field(doc: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = doc.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise FieldError(name, f"{name} is required: a non-empty string")
    return value.strip()


def list_field(doc: Mapping[str, Any], name: str, *, required: bool = True) -> tuple[str, ...]:
    value = doc.get(name)
    if value is None and not required:
        return ()
    if isinstance(value, str) or not isinstance(value, (list, tuple)) or not all(
            isinstance(v, str) and v.strip() for v in value):
        raise FieldError(name, f"{name} must be a list of non-empty strings")
    if required and not value:
        raise FieldError(name, f"{name} needs at least one entry")
    return tuple(v.strip() for v in value)


def check_id(raw: object) -> str:
    if not isinstance(raw, str) or not _ID.match(raw):
        raise FieldError("id", f"id {raw!r} must be 1-64 characters of a-z, 0-9, '.', '_' or '-', "
                               "starting with a letter or digit")
    return raw


def parse_intake(doc: Mapping[str, Any], *, now: datetime, new_id: str) -> Report:
    """A new report from an intake document (YAML or JSON mapping); FieldError names the field."""
    unknown = sorted(set(doc) - set(INTAKE_FIELDS))
    if unknown:
        raise FieldError(unknown[0], f"unknown field {unknown[0]!r}; an intake has: "
                                     f"{', '.join(INTAKE_FIELDS)}", INTAKE_FIELDS)
    received = parse_time(doc["received_at"], "received_at") if doc.get("received_at") else now
    return Report(
        id=check_id(doc["id"]) if doc.get("id") is not None else new_id,
        title=text_field(doc, "title"), reporter=text_field(doc, "reporter"),
        received_at=received, affected_models=list_field(doc, "affected_models"),
        technique=text_field(doc, "technique"), sample_prompts=list_field(doc, "sample_prompts"),
        evidence=list_field(doc, "evidence", required=False), cycle_started_at=received)


EDITABLE = ("title", "technique", "affected_models", "sample_prompts", "evidence")


def parse_edit(doc: Mapping[str, Any]) -> dict[str, str | tuple[str, ...]]:
    """The fields an edit changes (descriptive fields only; status and scores have their own
    operations)."""
    unknown = sorted(set(doc) - set(EDITABLE))
    if unknown:
        raise FieldError(unknown[0], f"{unknown[0]!r} cannot be edited; editable fields are: "
                                     f"{', '.join(EDITABLE)}", EDITABLE)
    if not doc:
        raise FieldError("edit", f"nothing to change; editable fields are: {', '.join(EDITABLE)}",
                         EDITABLE)
    return {k: (text_field(doc, k) if k in ("title", "technique")
                else list_field(doc, k, required=k != "evidence")) for k in doc}
