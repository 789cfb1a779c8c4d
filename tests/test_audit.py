"""The audit chain names every edited, deleted or reordered record, on both backends."""

from __future__ import annotations

import hashlib
import io
import threading
import time

import orjson
import pytest
import sqlalchemy as sa

from sekisho.audit.log import GENESIS, AuditLog, AuditWriter, chain_hash, export_jsonl, tail, verify
from sekisho.db import audit_head, audit_records, open_database
from sekisho.values import Attempt, AuditRecord


def record(i: int) -> AuditRecord:
    return AuditRecord(request_id=f"req_{i}", ts=f"2026-11-23T00:00:{i % 60:02d}.000000+00:00",
                       dialect="openai", endpoint="/v1/chat/completions", status=200,
                       principal_id="alice", model_requested="m", model_served="m",
                       decision="serve", rule_ids=("r1",), verdict={"tier": "benign"},
                       attempts=(Attempt("m", "ok", 200),), stream=i % 2 == 0)


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    e = open_database(database_url)
    AuditLog(e).append_many([record(i) for i in range(1, 6)])
    return e


def sql(engine: sa.Engine, statement: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(statement))


def head(engine: sa.Engine) -> tuple[int, str]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(audit_head.c.seq, audit_head.c.hash)).one()
    return row.seq, row.hash


def swap_contents(engine: sa.Engine, a: int, b: int, keep: tuple[str, ...] = ("seq",)) -> None:
    """Exchange every column of rows a and b except those in `keep`."""
    with engine.begin() as conn:
        rows = {r.seq: dict(r._mapping) for r in conn.execute(
            sa.select(audit_records).where(audit_records.c.seq.in_([a, b])))}
        for seq, other in ((a, b), (b, a)):
            values = {k: v for k, v in rows[other].items() if k not in keep}
            conn.execute(sa.update(audit_records).where(audit_records.c.seq == seq).values(**values))


def test_the_chain_follows_the_documented_formula(engine: sa.Engine) -> None:
    first = tail(engine, 5)[-1]
    assert first["prev_hash"] == GENESIS
    fields = {**record(1).to_json(), "seq": 1}
    canonical = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    assert first["hash"] == hashlib.sha256(GENESIS.encode() + b"\n" + canonical).hexdigest()
    assert first["hash"] == chain_hash(GENESIS, fields)


def test_an_untouched_chain_verifies(engine: sa.Engine) -> None:
    report = verify(engine)
    assert report.ok and report.checked == 5 and report.problems == []


def test_an_empty_log_verifies(database_url: str) -> None:
    report = verify(open_database(database_url))
    assert report.ok and report.checked == 0


def test_an_edited_record_is_named_with_its_seq(engine: sa.Engine) -> None:
    sql(engine, "UPDATE audit_records SET decision = 'refuse' WHERE seq = 3")
    report = verify(engine)
    assert not report.ok
    message = "record 3 (request req_3) was edited: its content no longer matches its hash"
    assert report.problems == [(3, "edited", message)]


def test_an_edited_record_with_a_recomputed_hash_breaks_the_next_link(engine: sa.Engine) -> None:
    sql(engine, "UPDATE audit_records SET hash = '" + "f" * 64 + "' WHERE seq = 3")
    kinds = [(seq, kind) for seq, kind, _ in verify(engine).problems]
    assert kinds == [(3, "edited"), (4, "deleted")]


def test_a_deleted_record_is_named(engine: sa.Engine) -> None:
    sql(engine, "DELETE FROM audit_records WHERE seq = 2")
    problems = verify(engine).problems
    assert [(seq, kind) for seq, kind, _ in problems] == [(3, "deleted")]
    assert "records 2..2 are missing" in problems[0][2]


def test_deleted_records_at_the_start_are_named(engine: sa.Engine) -> None:
    sql(engine, "DELETE FROM audit_records WHERE seq <= 2")
    problems = verify(engine).problems
    assert [(seq, kind) for seq, kind, _ in problems] == [(3, "deleted")]
    assert "records 1..2 are missing" in problems[0][2]


def test_swapped_contents_are_named_as_reordered(engine: sa.Engine) -> None:
    swap_contents(engine, 2, 3)
    report = verify(engine)
    assert not report.ok
    assert [(seq, kind) for seq, kind, _ in report.problems] == [(2, "reordered"),
                                                                 (3, "reordered")]
    assert "record 2 (request req_3) was moved: it was written as record 3" in report.problems[0][2]


def test_records_swapped_far_apart_are_caught(engine: sa.Engine) -> None:
    swap_contents(engine, 1, 5)
    report = verify(engine)
    assert not report.ok
    assert {seq for seq, _, _ in report.problems} >= {1, 5}


def test_a_deleted_tail_is_caught_by_the_head(engine: sa.Engine) -> None:
    sql(engine, "DELETE FROM audit_records WHERE seq = 5")
    problems = verify(engine).problems
    assert [(kind, seq) for seq, kind, _ in problems] == [("head_mismatch", 5)]
    assert "records 5..5 were deleted from the end" in problems[0][2]


def test_a_rewritten_tail_is_caught_by_the_head(engine: sa.Engine) -> None:
    sql(engine, "UPDATE audit_records SET hash = '" + "e" * 64 + "' WHERE seq = 5")
    kinds = [(seq, kind) for seq, kind, _ in verify(engine).problems]
    assert kinds == [(5, "edited"), (5, "head_mismatch")]


def test_concurrent_appenders_on_two_engines_form_one_chain(database_url: str) -> None:
    engines = [open_database(database_url), open_database(database_url)]

    def append(e: sa.Engine, base: int) -> None:
        log = AuditLog(e)
        for i in range(10):
            log.append_many([record(base + i * 2), record(base + i * 2 + 1)])

    threads = [threading.Thread(target=append, args=(e, 1000 * (n + 1)))
               for n, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = verify(engines[0])
    assert report.ok and report.checked == 40
    assert [r["seq"] for r in tail(engines[1], 40)] == list(range(40, 0, -1))


def test_writer_close_leaves_every_record_durable(database_url: str) -> None:
    e = open_database(database_url)
    writer = AuditWriter(e, batch_max=7)
    for i in range(100):
        writer.submit(record(i))
    writer.close()
    writer.close()  # idempotent
    assert verify(e).checked == 100 and writer.pending == 0


def test_writer_flush_waits_until_submitted_records_are_durable(database_url: str) -> None:
    e = open_database(database_url)
    writer = AuditWriter(e)
    for i in range(10):
        writer.submit(record(i))
    assert writer.flush(10.0)
    assert writer.pending == 0 and verify(e).checked == 10
    writer.close()


def test_a_record_submitted_after_close_is_still_written(database_url: str) -> None:
    e = open_database(database_url)
    writer = AuditWriter(e)
    writer.close()
    writer.submit(record(1))
    assert verify(e).checked == 1


def test_writer_keeps_records_while_the_database_fails_and_writes_them_later(
        database_url: str) -> None:
    e = open_database(database_url)
    sql(e, "ALTER TABLE audit_records RENAME TO audit_records_away")
    writer = AuditWriter(e, batch_max=4)
    for i in range(10):
        writer.submit(record(i))
    deadline = time.monotonic() + 10
    while writer.failures < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert writer.failures >= 2 and writer.pending == 10
    assert not writer.flush(0.05)
    sql(e, "ALTER TABLE audit_records_away RENAME TO audit_records")
    assert writer.flush(15.0)
    writer.close()
    report = verify(e)
    assert report.ok and report.checked == 10


def test_a_failing_batch_leaves_nothing_half_written(engine: sa.Engine) -> None:
    before = head(engine)
    bad = AuditRecord(request_id=None, ts="t", dialect="openai", endpoint="/x",  # type: ignore[arg-type]
                      status=200)
    with pytest.raises(sa.exc.IntegrityError):
        AuditLog(engine).append_many([record(6), record(7), bad])
    assert head(engine) == before
    report = verify(engine)
    assert report.ok and report.checked == 5


def test_tail_is_newest_first_with_decoded_fields(engine: sa.Engine) -> None:
    rows = tail(engine, 2)
    assert [r["seq"] for r in rows] == [5, 4]
    assert rows[0]["rule_ids"] == ["r1"] and rows[0]["verdict"] == {"tier": "benign"}
    assert rows[0]["attempts"] == [{"model": "m", "outcome": "ok", "status": 200, "detail": None}]
    assert rows[0]["stream"] is False and rows[1]["stream"] is True
    assert rows[0]["prev_hash"] == rows[1]["hash"]


def test_export_is_oldest_first_from_since_seq(engine: sa.Engine) -> None:
    out = io.StringIO()
    assert export_jsonl(engine, out, since_seq=3) == 2
    lines = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert [line["seq"] for line in lines] == [4, 5] and lines[0]["rule_ids"] == ["r1"]
    assert lines[1]["prev_hash"] == lines[0]["hash"]
    assert {k for k in lines[0]} == set(record(1).to_json()) | {"seq", "prev_hash", "hash"}
