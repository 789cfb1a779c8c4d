"""The append-only, hash-chained audit log.

Each record is chained to the one before it:

    hash(seq) = sha256( prev_hash_hex + "\\n" + canonical_json(record + {"seq": seq}) )

where canonical_json is orjson with sorted keys over `AuditRecord.to_json()` plus `seq`,
and the genesis prev_hash is 64 zeros. The one-row `audit_head` table holds the last seq
and hash; every append locks it (SELECT ... FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on
SQLite), so appends from any number of processes form one chain, and a deleted tail is
caught because the head no longer matches the last record.

`AuditWriter` takes records from the request path without blocking it and makes them
durable in batches on a thread of its own; a batch is one transaction: all or nothing.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import IO, Any, Iterator, Sequence

import orjson
import sqlalchemy as sa
import structlog

from sekisho.db import audit_head, audit_records
from sekisho.values import AuditRecord

log = structlog.get_logger("sekisho.audit")
GENESIS = "0" * 64
_JSON_FIELDS = ("rule_ids", "verdict", "attempts")
_CHAIN_FIELDS = ("seq", "prev_hash", "hash")


def chain_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical).hexdigest()


def _row_values(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: (orjson.dumps(v).decode() if k in _JSON_FIELDS and v is not None else v)
            for k, v in fields.items()}


def _row_fields(row: sa.Row[Any]) -> dict[str, Any]:
    """A stored row back as the dict it was hashed from (plus chain columns)."""
    out = {str(k): v for k, v in row._mapping.items()}  # keys may be quoted_name
    for k in _JSON_FIELDS:
        if out.get(k) is not None:
            out[k] = orjson.loads(out[k])
    out["stream"] = bool(out["stream"])
    return out


class AuditLog:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._for_update = engine.dialect.name == "postgresql"

    def append_many(self, records: Sequence[AuditRecord]) -> None:
        if not records:
            return
        with self.engine.begin() as conn:
            query = sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
            if self._for_update:
                query = query.with_for_update()
            seq, prev = conn.execute(query).one()
            rows = []
            for record in records:
                seq += 1
                fields = {**record.to_json(), "seq": seq}
                digest = chain_hash(prev, fields)
                rows.append({**_row_values(fields), "prev_hash": prev, "hash": digest})
                prev = digest
            conn.execute(sa.insert(audit_records), rows)
            conn.execute(sa.update(audit_head).where(audit_head.c.id == 1)
                         .values(seq=seq, hash=prev))


class AuditWriter:
    """Non-blocking `submit`; a thread makes records durable in batches."""

    def __init__(self, engine: sa.Engine, *, batch_max: int = 256) -> None:
        self.log = AuditLog(engine)
        self.batch_max = batch_max
        self.failures = 0
        self._queue: queue.Queue[AuditRecord | None] = queue.Queue()
        self._submitted = 0
        self._durable = 0
        self._cond = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="sekisho-audit", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        with self._cond:
            return self._submitted - self._durable

    def submit(self, record: AuditRecord) -> None:
        with self._cond:
            self._submitted += 1
        self._queue.put(record)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is durable."""
        deadline = time.monotonic() + timeout
        with self._cond:
            target = self._submitted
            while self._durable < target:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout: float = 30.0) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        stop = False
        while not stop:
            first = self._queue.get()
            if first is None:
                break
            batch = [first]
            while len(batch) < self.batch_max:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            self._write(batch)

    def _write(self, batch: list[AuditRecord]) -> None:
        delay = 0.05
        while True:
            try:
                self.log.append_many(batch)
                break
            except sa.exc.SQLAlchemyError as exc:  # keep the records; retry until the DB is back
                self.failures += 1
                log.error("audit_write_failed", error=str(exc), records=len(batch), retry_in=delay)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
        with self._cond:
            self._durable += len(batch)
            self._cond.notify_all()


@dataclass
class VerifyReport:
    ok: bool = True
    checked: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)

    def add(self, seq: int, kind: str, message: str) -> None:
        self.ok = False
        self.problems.append((seq, kind, message))


def _rows(engine: sa.Engine, since_seq: int = 0) -> Iterator[dict[str, Any]]:
    query = sa.select(audit_records).where(audit_records.c.seq > since_seq)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=1000).execute(query.order_by(audit_records.c.seq))
        for row in result:
            yield _row_fields(row)


def verify(engine: sa.Engine) -> VerifyReport:
    """Walk the chain; name every record that was edited, deleted or moved."""
    report = VerifyReport()
    seen: dict[str, int] = {}  # hash -> seq, to tell a reordering from a deletion
    prev_seq, prev_hash = 0, GENESIS
    for fields in _rows(engine):
        report.checked += 1
        seq, stored_prev, stored_hash = fields["seq"], fields["prev_hash"], fields["hash"]
        content = {k: v for k, v in fields.items() if k not in ("prev_hash", "hash")}
        rid = fields.get("request_id")
        if chain_hash(stored_prev, content) != stored_hash:
            report.add(seq, "edited", f"record {seq} (request {rid}) was edited: its content no "
                                      "longer matches its hash")
        if seq != prev_seq + 1:
            report.add(seq, "deleted", f"records {prev_seq + 1}..{seq - 1} are missing "
                                       f"(deleted between record {prev_seq} and record {seq})")
        elif stored_prev != prev_hash:
            if stored_prev in seen:
                report.add(seq, "reordered", f"record {seq} (request {rid}) was moved: it follows "
                                             f"record {seen[stored_prev]} in the chain, not {prev_seq}")
            else:
                report.add(seq, "edited", f"record {seq} (request {rid}) does not link to record "
                                          f"{prev_seq}: the chain was rewritten before it")
        seen[stored_hash] = seq
        prev_seq, prev_hash = seq, stored_hash
    with engine.connect() as conn:
        head = conn.execute(sa.select(audit_head.c.seq, audit_head.c.hash)
                            .where(audit_head.c.id == 1)).one_or_none()
    if head is None:
        report.add(prev_seq, "head_mismatch", "the audit head row is missing")
    elif (head.seq, head.hash) != (prev_seq, prev_hash):
        report.add(head.seq, "head_mismatch",
                   f"the log ends at record {prev_seq} but its head says {head.seq}: "
                   f"records {prev_seq + 1}..{head.seq} were deleted from the end"
                   if head.seq > prev_seq else
                   f"the head (record {head.seq}) does not match the last record ({prev_seq})")
    return report


def tail(engine: sa.Engine, n: int = 20) -> list[dict[str, Any]]:
    """The newest `n` records, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(audit_records).order_by(audit_records.c.seq.desc()).limit(n))
        return [_row_fields(r) for r in rows]


def export_jsonl(engine: sa.Engine, out: IO[str], since_seq: int = 0) -> int:
    count = 0
    for fields in _rows(engine, since_seq):
        out.write(orjson.dumps(fields).decode() + "\n")
        count += 1
    return count
