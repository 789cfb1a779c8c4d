"""The registry in the database, on SQLite and PostgreSQL: history, re-assessment, clocks,
export and import, metrics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
import sqlalchemy as sa
from prometheus_client import CollectorRegistry

from sekisho.cjs import registry
from sekisho.cjs.errors import CJSError, FieldError, NotFoundError, TransitionError
from sekisho.cjs.export import FORMAT, export_document, parse_export, redacted
from sekisho.cjs.metrics import register_metrics
from sekisho.cjs.report import Report, Status, Verification, parse_intake
from sekisho.cjs.score import Level, judge, score
from sekisho.db import open_database

T0 = datetime(2026, 7, 3, 9, 0, tzinfo=UTC)  # a Friday
WHY = {"gain": "beyond public tools", "breadth": "several categories", "ease": "one prompt",
       "disc": "private report"}
INTAKE = {"id": "jbr-1", "title": "Persona wrapper", "reporter": "partner@example.org",
          "received_at": "2026-07-03T09:00:00Z", "affected_models": ["frontier-a"],
          "technique": "persona that has no rules", "sample_prompts": ["p one", "p two"],
          "evidence": ["transcript hash"]}


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_database(database_url)


def _intake(engine: sa.Engine, **change: Any) -> Report:
    return registry.intake(engine, parse_intake({**INTAKE, **change}, now=T0, new_id="unused"),
                           "alice", T0)


def _scored(engine: sa.Engine, gain: int = 3, raise_to: int | None = None) -> Report:
    r = _intake(engine)
    registry.move(engine, r.id, Status.TRIAGED, "bob", at(10))
    registry.assess(engine, r.id, judge(score(gain, 1.5, 1, 2), WHY, raise_to=raise_to,
                                        raise_reason="no near-term mitigation" if raise_to else None),
                    "carol", at(20))
    return registry.get(engine, r.id)


def test_an_intake_round_trips_every_field(engine: sa.Engine) -> None:
    r = _intake(engine)
    assert registry.get(engine, r.id).to_json() == {
        "id": "jbr-1", "title": "Persona wrapper", "reporter": "partner@example.org",
        "received_at": "2026-07-03T09:00:00+00:00", "affected_models": ["frontier-a"],
        "technique": "persona that has no rules", "sample_prompts": ["p one", "p two"],
        "evidence": ["transcript hash"], "status": "reported", "level": None, "label": None,
        "cycle_started_at": "2026-07-03T09:00:00+00:00", "created_by": "alice"}


def test_a_report_id_is_never_reused(engine: sa.Engine) -> None:
    _intake(engine)
    with pytest.raises(CJSError, match="exists already"):
        _intake(engine)


def test_an_unknown_report_is_named(engine: sa.Engine) -> None:
    with pytest.raises(NotFoundError, match="no report 'nope'"):
        registry.get(engine, "nope")


def test_every_change_is_kept_with_who_and_when(engine: sa.Engine) -> None:
    r = _scored(engine)
    registry.move(engine, r.id, Status.MITIGATING, "dave", at(30), "retraining")
    history = [(e.kind, e.actor, e.at, e.from_status, e.to_status)
               for e in registry.events(engine, r.id)]
    assert history == [
        ("intake", "alice", T0, None, Status.REPORTED),
        ("status", "bob", at(10), Status.REPORTED, Status.TRIAGED),
        ("assessment", "carol", at(20), Status.TRIAGED, Status.SCORED),
        ("status", "dave", at(30), Status.SCORED, Status.MITIGATING),
    ]


def test_an_assessment_records_axes_rationales_levels_and_rubric(engine: sa.Engine) -> None:
    r = _scored(engine, gain=2, raise_to=4)
    (a,) = registry.assessments(engine, r.id)
    assert a.to_json() | {"at": None} == {
        "number": 1, "report_id": "jbr-1", "at": None, "assessor": "carol", "level": 2,
        "name": "Medium", "total": 6.5, "label": "CJS-2",
        "axes": {"gain": 2, "breadth": 1.5, "ease": 1, "disc": 2}, "stopped": False,
        "rubric": "cjs-draft-2026-07-02", "computed_level": 2, "final_level": 4,
        "final_label": "CJS-4", "final_name": "Critical", "raised": True,
        "raise_reason": "no near-term mitigation", "rationale": WHY, "baseline": None}
    assert registry.get(engine, r.id).level is Level.CRITICAL


def test_a_reassessment_adds_a_new_assessment_and_keeps_the_old(engine: sa.Engine) -> None:
    r = _scored(engine)
    registry.assess(engine, r.id, judge(score(0), {"gain": "public tools do this now"},
                                        baseline="tools of 2027"), "erin", at(60 * 24 * 365))
    old, new = registry.assessments(engine, r.id)
    assert (old.number, old.judgement.final_level, new.number, new.judgement.final_level) == (
        1, Level.HIGH, 2, Level.INFORMATIONAL)
    assert registry.get(engine, r.id).level is Level.INFORMATIONAL


def _verified(engine: sa.Engine) -> Report:
    r = _scored(engine)
    registry.move(engine, r.id, Status.MITIGATING, "dave", at(30))
    registry.move(engine, r.id, Status.MITIGATED, "dave", at(40))
    run = Verification(0, r.id, at(50), "x", "sg-1", 40, 40, 0, 1.0, 0.91, 1.0, 0.9, True)
    registry.record_verification(engine, run, "frank", at(50))
    return registry.get(engine, r.id)


def test_a_passing_verification_of_a_mitigated_report_verifies_it(engine: sa.Engine) -> None:
    r = _verified(engine)
    (v,) = registry.verifications(engine, r.id)
    assert (r.status, v.number, v.actor, v.block_rate, v.low) == (Status.VERIFIED, 1, "frank",
                                                                  1.0, 0.91)


def test_a_reassessment_that_raises_a_verified_report_reopens_it_to_scored(
        engine: sa.Engine) -> None:
    r = _verified(engine)
    later = at(60 * 24 * 30)
    registry.assess(engine, r.id, judge(score(4, 2, 2, 2), WHY), "erin", later)
    after = registry.get(engine, r.id)
    assert (after.status, after.level, after.cycle_started_at) == (Status.SCORED, Level.CRITICAL,
                                                                   later)
    assert registry.events(engine, r.id)[-1].detail["reopened"] is True


def test_a_reassessment_that_does_not_raise_a_verified_report_leaves_it_verified(
        engine: sa.Engine) -> None:
    r = _verified(engine)
    registry.assess(engine, r.id, judge(score(3, 1.5, 1, 2), WHY), "erin", at(90))
    assert registry.get(engine, r.id).status is Status.VERIFIED


def test_a_backward_move_is_refused_and_nothing_changes(engine: sa.Engine) -> None:
    r = _scored(engine)
    with pytest.raises(TransitionError):
        registry.move(engine, r.id, Status.TRIAGED, "bob", at(30))
    assert registry.get(engine, r.id).status is Status.SCORED
    assert len(registry.events(engine, r.id)) == 3


def test_closing_needs_a_written_note(engine: sa.Engine) -> None:
    r = _intake(engine)
    with pytest.raises(CJSError, match="needs a written note"):
        registry.move(engine, r.id, Status.CLOSED, "bob", at(1))
    closed = registry.move(engine, r.id, Status.CLOSED, "bob", at(1), "duplicate of jbr-0")
    assert closed.status is Status.CLOSED


def test_an_edit_keeps_the_old_and_new_values(engine: sa.Engine) -> None:
    r = _intake(engine)
    registry.edit(engine, r.id, {"sample_prompts": ("p one", "p two", "p three")}, "bob", at(5))
    (edit,) = [e for e in registry.events(engine, r.id) if e.kind == "edit"]
    assert edit.detail == {"changes": {"sample_prompts": {
        "from": ["p one", "p two"], "to": ["p one", "p two", "p three"]}}}


def test_clock_targets_are_kept_in_the_database(engine: sa.Engine) -> None:
    registry.set_clock_targets(engine, {"2": "2h", "cjs-4": "15m"}, "ops", T0)
    assert registry.clock_targets(engine).to_json() == {
        "unscored": "1bd", "0": "1w", "1": "1bd", "2": "2h", "3": "24h", "4": "15m"}


def test_a_bad_clock_target_changes_nothing(engine: sa.Engine) -> None:
    with pytest.raises(FieldError):
        registry.set_clock_targets(engine, {"2": "2h", "3": "tomorrow"}, "ops", T0)
    assert registry.clock_targets(engine).to_json()["2"] == "4h"


def _export(engine: sa.Engine, redact: tuple[str, ...] = ()) -> dict[str, Any]:
    ds = [registry.dossier(engine, r.id) for r in registry.list_reports(engine)]
    doc = export_document(ds, registry.clock_targets(engine), at(100), "alice", redact)
    wire: dict[str, Any] = orjson.loads(orjson.dumps(doc))  # exactly what goes over the wire
    return wire


def _without_local(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Reports minus what an import adds or renumbers: event seq and the import event."""
    return [{**x, "events": [{**e, "seq": None} for e in x["events"] if e["kind"] != "import"]}
            for x in doc["reports"]]


def test_an_export_imported_elsewhere_exports_the_same(engine: sa.Engine, tmp_path: Any) -> None:
    _verified(engine)
    first = _export(engine)
    other = open_database(f"sqlite:///{tmp_path / 'partner.db'}")
    for d in parse_export(first):
        registry.import_dossier(other, d, "partner", at(200), "first.json")
    second = _export(other)
    assert first["format"] == second["format"] == FORMAT
    assert _without_local(first) == _without_local(second)
    assert registry.events(other, "jbr-1")[-1].kind == "import"


def test_a_redacted_export_carries_hashes_not_prompts(engine: sa.Engine) -> None:
    r = _intake(engine)
    registry.edit(engine, r.id, {"sample_prompts": ("secret prompt",)}, "bob", at(5))
    text = orjson.dumps(_export(engine, ("sample_prompts",))).decode()
    assert "secret prompt" not in text and "p one" not in text
    assert redacted("secret prompt") in text


def test_an_export_whose_numbers_do_not_add_up_is_refused_on_import(engine: sa.Engine) -> None:
    _scored(engine)
    doc = _export(engine)
    doc["reports"][0]["assessments"][0]["computed_level"] = 4
    with pytest.raises(FieldError, match=r"reports\[0\].assessments\[0\]: axes .* give CJS-3"):
        parse_export(doc)


def test_the_metrics_count_open_and_overdue_reports_by_level(engine: sa.Engine) -> None:
    _scored(engine)  # CJS-3, received 09:00: due 24 h later
    _intake(engine, id="jbr-2")  # unscored: due in one business day (Monday 09:00)
    reg = CollectorRegistry()
    now = {"t": at(60 * 25).timestamp()}
    register_metrics(reg, engine, lambda: now["t"])
    assert reg.get_sample_value("sekisho_cjs_reports_open", {"level": "3"}) == 1
    assert reg.get_sample_value("sekisho_cjs_reports_overdue", {"level": "3"}) == 1
    assert reg.get_sample_value("sekisho_cjs_reports_overdue", {"level": "unscored"}) == 0
    assert reg.get_sample_value("sekisho_cjs_reports_overdue", {"level": "4"}) == 0
