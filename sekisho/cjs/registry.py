"""The jailbreak registry in the database (tables in `sekisho.cjs.tables`).

Every operation is one transaction that takes the write lock (BEGIN IMMEDIATE on SQLite, a
row lock on PostgreSQL), reads the report, checks the move with the pure rules in
`sekisho.cjs.report`, writes, and appends an event naming who and when. Nothing is updated
in place except the report's current status, level and descriptive fields, and every such
change is also an event carrying the old and new values. Assessments and verifications are
only ever added.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

import orjson
import sqlalchemy as sa

from sekisho.cjs import report as rp
from sekisho.cjs.clocks import CLOCK_KEYS, ClockTargets, clock_key, parse_target, targets_from
from sekisho.cjs.errors import CJSError, NotFoundError
from sekisho.cjs.report import Assessment, Dossier, Event, Report, Status, Verification, iso
from sekisho.cjs.score import Judgement, Level, Score, Scores
from sekisho.cjs.tables import (
    cjs_assessments,
    cjs_clock_targets,
    cjs_events,
    cjs_reports,
    cjs_verifications,
)
from sekisho.db import WRITE_LOCK


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


@contextmanager
def _writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    with engine.connect().execution_options(**{WRITE_LOCK: True}) as conn, conn.begin():
        yield conn


def new_report_id(now: datetime) -> str:
    return f"jbr-{now:%Y%m%d}-{secrets.token_hex(3)}"


def _not_found(report_id: str) -> NotFoundError:
    return NotFoundError(f"no report {report_id!r}; `sekisho cjs list` shows them")


def _row(conn: sa.Connection, report_id: str, *, lock: bool = False) -> Any:
    query = sa.select(cjs_reports).where(cjs_reports.c.id == report_id)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise _not_found(report_id)
    return row


def _report(row: Any) -> Report:
    return Report(
        id=row.id, title=row.title, reporter=row.reporter,
        received_at=datetime.fromisoformat(row.received_at),
        affected_models=tuple(orjson.loads(row.affected_models)), technique=row.technique,
        sample_prompts=tuple(orjson.loads(row.sample_prompts)),
        evidence=tuple(orjson.loads(row.evidence)), status=Status(row.status),
        level=None if row.level is None else Level(row.level),
        cycle_started_at=datetime.fromisoformat(row.cycle_started_at), created_by=row.created_by)


def _event(conn: sa.Connection, report_id: str, kind: str, at: datetime, actor: str, *,
           before: Status | None = None, after: Status | None = None,
           detail: Mapping[str, Any] | None = None) -> None:
    conn.execute(sa.insert(cjs_events), {
        "report_id": report_id, "kind": kind, "at": iso(at), "actor": actor,
        "from_status": before.value if before else None,
        "to_status": after.value if after else None, "detail": _dumps(dict(detail or {}))})


def _actor(actor: str) -> str:
    if not actor.strip():
        raise CJSError("every change needs an actor: who made it (--actor / x-sekisho-actor)")
    return actor.strip()


def _insert_report(conn: sa.Connection, r: Report, actor: str, now: datetime) -> None:
    if conn.execute(sa.select(cjs_reports.c.id).where(cjs_reports.c.id == r.id)).first():
        raise CJSError(f"report {r.id!r} exists already; reports are never replaced: "
                       "edit it (`sekisho cjs edit`) or give the new one another id")
    conn.execute(sa.insert(cjs_reports), {
        "id": r.id, "title": r.title, "reporter": r.reporter, "received_at": iso(r.received_at),
        "affected_models": _dumps(list(r.affected_models)), "technique": r.technique,
        "sample_prompts": _dumps(list(r.sample_prompts)), "evidence": _dumps(list(r.evidence)),
        "status": r.status.value, "level": None if r.level is None else int(r.level),
        "cycle_started_at": iso(r.cycle_started_at or r.received_at), "created_at": iso(now),
        "created_by": r.created_by or actor, "updated_at": iso(now)})


def intake(engine: sa.Engine, report: Report, actor: str, now: datetime) -> Report:
    """Store a new report (status `reported`)."""
    actor = _actor(actor)
    fresh = replace(report, status=Status.REPORTED, level=None, created_by=actor,
                    cycle_started_at=report.received_at)
    with _writing(engine) as conn:
        _insert_report(conn, fresh, actor, now)
        _event(conn, fresh.id, "intake", now, actor, after=Status.REPORTED,
               detail={"title": fresh.title, "reporter": fresh.reporter,
                       "received_at": iso(fresh.received_at)})
    return get(engine, fresh.id)


def get(engine: sa.Engine, report_id: str) -> Report:
    with engine.connect() as conn:
        return _report(_row(conn, report_id))


def list_reports(engine: sa.Engine, statuses: Sequence[Status] = ()) -> list[Report]:
    query = sa.select(cjs_reports).order_by(cjs_reports.c.received_at, cjs_reports.c.id)
    if statuses:
        query = query.where(cjs_reports.c.status.in_([s.value for s in statuses]))
    with engine.connect() as conn:
        return [_report(r) for r in conn.execute(query)]


def edit(engine: sa.Engine, report_id: str, changes: Mapping[str, str | tuple[str, ...]],
         actor: str, now: datetime) -> Report:
    """Change descriptive fields (`report.parse_edit` checks them); old and new values are
    kept in the event."""
    actor = _actor(actor)
    with _writing(engine) as conn:
        current = _report(_row(conn, report_id, lock=True)).to_json()
        diff = {k: {"from": current[k], "to": list(v) if isinstance(v, tuple) else v}
                for k, v in changes.items()
                if current[k] != (list(v) if isinstance(v, tuple) else v)}
        if not diff:
            return _report(_row(conn, report_id))
        values = {k: _dumps(list(v)) if isinstance(v, tuple) else v for k, v in changes.items()
                  if k in diff}
        conn.execute(sa.update(cjs_reports).where(cjs_reports.c.id == report_id)
                     .values(**values, updated_at=iso(now)))
        _event(conn, report_id, "edit", now, actor, detail={"changes": diff})
    return get(engine, report_id)


def move(engine: sa.Engine, report_id: str, to: Status, actor: str, now: datetime,
         note: str | None = None) -> Report:
    """Move the status by hand (the table in `sekisho.cjs.report`)."""
    actor = _actor(actor)
    note = (note or "").strip() or None
    if to is Status.CLOSED and not note:
        raise CJSError("closing a report needs a written note: why (duplicate, informational, "
                       "model retired, …); --note / \"note\"")
    with _writing(engine) as conn:
        before = Status(_row(conn, report_id, lock=True).status)
        after = rp.after_move(before, to)
        conn.execute(sa.update(cjs_reports).where(cjs_reports.c.id == report_id)
                     .values(status=after.value, updated_at=iso(now)))
        _event(conn, report_id, "status", now, actor, before=before, after=after,
               detail={"note": note} if note else {})
    return get(engine, report_id)


def _next_number(conn: sa.Connection, table: sa.Table, report_id: str) -> int:
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.number), 0))
                            .where(table.c.report_id == report_id)).scalar_one()) + 1


def _assessment_values(a: Assessment) -> dict[str, Any]:
    j, s = a.judgement, a.judgement.score
    return {"report_id": a.report_id, "number": a.number, "at": iso(a.at),
            "assessor": a.assessor, "rubric": s.rubric, "gain": s.scores.gain,
            "breadth": s.scores.breadth, "ease": s.scores.ease, "disc": s.scores.disc,
            "total": s.total, "computed_level": int(s.level), "final_level": int(j.final_level),
            "raise_reason": j.raise_reason, "rationale": _dumps(dict(j.rationale)),
            "baseline": j.baseline}


def assess(engine: sa.Engine, report_id: str, judgement: Judgement, actor: str,
           now: datetime) -> Assessment:
    """Add an assessment (a re-assessment keeps every earlier one) and move the status."""
    actor = _actor(actor)
    with _writing(engine) as conn:
        row = _row(conn, report_id, lock=True)
        before = Status(row.status)
        previous = None if row.level is None else Level(row.level)
        after = rp.after_assessment(before, previous, judgement.final_level)
        a = Assessment(_next_number(conn, cjs_assessments, report_id), report_id, now, actor,
                       judgement)
        conn.execute(sa.insert(cjs_assessments), _assessment_values(a))
        values: dict[str, Any] = {"status": after.value, "level": int(judgement.final_level),
                                  "updated_at": iso(now)}
        if rp.is_reopen(before, after):
            values["cycle_started_at"] = iso(now)  # a reopen starts a new response clock
        conn.execute(sa.update(cjs_reports).where(cjs_reports.c.id == report_id).values(**values))
        _event(conn, report_id, "assessment", now, actor, before=before, after=after,
               detail={"number": a.number, "rubric": judgement.score.rubric,
                       "computed": judgement.score.level.label,
                       "final": judgement.final_level.label, "total": judgement.score.total,
                       "previous": previous.label if previous is not None else None,
                       "reopened": rp.is_reopen(before, after)})
    return a


def _verification_values(v: Verification) -> dict[str, Any]:
    return {"report_id": v.report_id, "number": v.number, "at": iso(v.at), "actor": v.actor,
            "safeguard": v.safeguard, "cases": v.cases, "blocked": v.blocked,
            "errors": v.errors, "block_rate": v.block_rate, "low": v.low, "high": v.high,
            "required": v.required, "passed": v.passed,
            "detail": _dumps({"by_variant": {k: list(x) for k, x in v.by_variant.items()},
                              "results": [dict(r) for r in v.results]})}


def record_verification(engine: sa.Engine, run: Verification, actor: str,
                        now: datetime) -> tuple[Verification, Report]:
    """Keep a verification run on its report; a passing run moves mitigated to verified."""
    actor = _actor(actor)
    with _writing(engine) as conn:
        before = Status(_row(conn, run.report_id, lock=True).status)
        after = rp.after_verification(before, run.passed)
        v = replace(run, number=_next_number(conn, cjs_verifications, run.report_id), at=now,
                    actor=actor)
        conn.execute(sa.insert(cjs_verifications), _verification_values(v))
        conn.execute(sa.update(cjs_reports).where(cjs_reports.c.id == v.report_id)
                     .values(status=after.value, updated_at=iso(now)))
        _event(conn, v.report_id, "verification", now, actor, before=before, after=after,
               detail={"number": v.number, "safeguard": v.safeguard, "cases": v.cases,
                       "blocked": v.blocked, "block_rate": v.block_rate, "low": v.low,
                       "high": v.high, "required": v.required, "passed": v.passed})
    return v, get(engine, v.report_id)


def _assessment(row: Any) -> Assessment:
    s = Score(Scores(row.gain, row.breadth, row.ease, row.disc), row.total,
              Level(row.computed_level), row.rubric)
    j = Judgement(s, orjson.loads(row.rationale), Level(row.final_level), row.raise_reason,
                  row.baseline)
    return Assessment(row.number, row.report_id, datetime.fromisoformat(row.at), row.assessor, j)


def _verification(row: Any) -> Verification:
    detail = orjson.loads(row.detail)
    return Verification(
        row.number, row.report_id, datetime.fromisoformat(row.at), row.actor, row.safeguard,
        row.cases, row.blocked, row.errors, row.block_rate, row.low, row.high, row.required,
        bool(row.passed), {k: (int(b), int(n)) for k, (b, n) in detail["by_variant"].items()},
        tuple(detail["results"]))


def _event_value(row: Any) -> Event:
    return Event(row.seq, row.report_id, row.kind, datetime.fromisoformat(row.at), row.actor,
                 Status(row.from_status) if row.from_status else None,
                 Status(row.to_status) if row.to_status else None, orjson.loads(row.detail))


def assessments(engine: sa.Engine, report_id: str) -> list[Assessment]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(cjs_assessments).where(
            cjs_assessments.c.report_id == report_id).order_by(cjs_assessments.c.number))
        return [_assessment(r) for r in rows]


def verifications(engine: sa.Engine, report_id: str) -> list[Verification]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(cjs_verifications).where(
            cjs_verifications.c.report_id == report_id).order_by(cjs_verifications.c.number))
        return [_verification(r) for r in rows]


def events(engine: sa.Engine, report_id: str) -> list[Event]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(cjs_events).where(cjs_events.c.report_id == report_id)
                            .order_by(cjs_events.c.seq))
        return [_event_value(r) for r in rows]


def dossier(engine: sa.Engine, report_id: str) -> Dossier:
    return Dossier(get(engine, report_id), tuple(assessments(engine, report_id)),
                   tuple(verifications(engine, report_id)), tuple(events(engine, report_id)))


def import_dossier(engine: sa.Engine, d: Dossier, actor: str, now: datetime,
                   source: str) -> Report:
    """Take in a report from another registry with its whole history, then say so in one
    more event. A report whose id is already here is refused."""
    actor = _actor(actor)
    with _writing(engine) as conn:
        _insert_report(conn, d.report, actor, now)
        for a in d.assessments:
            conn.execute(sa.insert(cjs_assessments), _assessment_values(a))
        for v in d.verifications:
            conn.execute(sa.insert(cjs_verifications), _verification_values(v))
        for e in d.events:
            _event(conn, d.report.id, e.kind, e.at, e.actor, before=e.from_status,
                   after=e.to_status, detail=e.detail)
        _event(conn, d.report.id, "import", now, actor, detail={"source": source})
    return get(engine, d.report.id)


def clock_targets(engine: sa.Engine) -> ClockTargets:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(cjs_clock_targets)).all()
    return targets_from({r.key: r.target for r in rows})


def set_clock_targets(engine: sa.Engine, changes: Mapping[str, str], actor: str,
                      now: datetime) -> ClockTargets:
    """Set some targets (key -> target text, e.g. {"2": "2h"}); the rest keep theirs."""
    actor = _actor(actor)
    checked = {clock_key(k): parse_target(v, f"clocks.{k}").spec for k, v in changes.items()}
    if not checked:
        raise CJSError(f"no target given; keys are: {', '.join(CLOCK_KEYS)}")
    with _writing(engine) as conn:
        for key, target in checked.items():
            conn.execute(sa.delete(cjs_clock_targets).where(cjs_clock_targets.c.key == key))
            conn.execute(sa.insert(cjs_clock_targets), {"key": key, "target": target,
                                                        "updated_at": iso(now),
                                                        "updated_by": actor})
    return clock_targets(engine)
