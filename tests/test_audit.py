"""The audit chain names every edited, deleted or reordered record, on both backends."""

from __future__ import annotations

import io
import threading

import orjson
import pytest
import sqlalchemy as sa

from sekisho.audit.log import AuditLog, AuditWriter, export_jsonl, tail, verify
from sekisho.db import audit_records, open_database
from sekisho.values import AuditRecord


def record(i: int) -> AuditRecord:
    return AuditRecord(request_id=f"req_{i}", ts=f"2026-11-23T00:00:{i % 60:02d}+00:00",
                       dialect="openai", endpoint="/v1/chat/completions", status=200,
                       principal_id="alice", model_requested="m", model_served="m",
                       decision="serve", rule_ids=("r1",), verdict={"tier": "benign"})


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    e = open_database(database_url)
    AuditLog(e).append_many([record(i) for i in range(1, 6)])
    return e


def sql(engine: sa.Engine, statement: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(statement))


def test_an_untouched_chain_verifies(engine: sa.Engine) -> None:
    report = verify(engine)
    assert report.ok and report.checked == 5 and report.problems == []


def test_an_edited_record_is_named_with_its_seq(engine: sa.Engine) -> None:
    sql(engine, "UPDATE audit_records SET decision = 'refuse' WHERE seq = 3")
    report = verify(engine)
    assert not report.ok
    assert report.problems == [(3, "edited", "record 3 (request req_3) was edited: its content "
                                              "no longer matches its hash")]


def test_a_deleted_record_is_named(engine: sa.Engine) -> None:
    sql(engine, "DELETE FROM audit_records WHERE seq = 2")
    kinds = [(seq, kind) for seq, kind, _ in verify(engine).problems]
    assert kinds == [(3, "deleted")]
    assert "records 2..2 are missing" in verify(engine).problems[0][2]


def test_swapped_records_are_caught(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        rows = {r.seq: r._mapping for r in conn.execute(sa.select(audit_records)
                                                        .where(audit_records.c.seq.in_([2, 3])))}
        for seq, other in ((2, 3), (3, 2)):
            values = {k: v for k, v in rows[other].items() if k != "seq"}
            conn.execute(sa.update(audit_records).where(audit_records.c.seq == seq).values(**values))
    report = verify(engine)
    assert not report.ok
    assert {seq for seq, _, _ in report.problems} >= {2, 3}


def test_a_deleted_tail_is_caught_by_the_head(engine: sa.Engine) -> None:
    sql(engine, "DELETE FROM audit_records WHERE seq = 5")
    problems = verify(engine).problems
    assert [(kind, seq) for seq, kind, _ in problems] == [("head_mismatch", 5)]
    assert "records 5..5 were deleted from the end" in problems[0][2]


def test_concurrent_appenders_on_two_engines_form_one_chain(database_url: str) -> None:
    engines = [open_database(database_url), open_database(database_url)]

    def append(e: sa.Engine, base: int) -> None:
        log = AuditLog(e)
        for i in range(10):
            log.append_many([record(base + i * 2), record(base + i * 2 + 1)])

    threads = [threading.Thread(target=append, args=(e, 1000 * (n + 1))) for n, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = verify(engines[0])
    assert report.ok and report.checked == 40


def test_writer_close_leaves_every_record_durable(database_url: str) -> None:
    e = open_database(database_url)
    writer = AuditWriter(e, batch_max=7)
    for i in range(100):
        writer.submit(record(i))
    writer.close()
    assert verify(e).checked == 100 and writer.pending == 0


def test_a_failing_batch_leaves_nothing_half_written(engine: sa.Engine) -> None:
    bad = AuditRecord(request_id=None, ts="t", dialect="openai", endpoint="/x",  # type: ignore[arg-type]
                      status=200)
    with pytest.raises(sa.exc.IntegrityError):
        AuditLog(engine).append_many([record(6), record(7), bad])
    report = verify(engine)
    assert report.ok and report.checked == 5


def test_tail_is_newest_first_and_export_is_oldest_first(engine: sa.Engine) -> None:
    assert [r["seq"] for r in tail(engine, 2)] == [5, 4]
    out = io.StringIO()
    assert export_jsonl(engine, out, since_seq=3) == 2
    lines = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert [line["seq"] for line in lines] == [4, 5] and lines[0]["rule_ids"] == ["r1"]
    assert lines[1]["prev_hash"] == lines[0]["hash"]
