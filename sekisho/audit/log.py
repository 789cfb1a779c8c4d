"""The append-only, hash-chained audit log.

Each record is chained to the one before it:

    hash = sha256( prev_hash_hex + "\\n" + canonical_json )
    canonical_json = orjson.dumps({**record.to_json(), "seq": seq}, option=OPT_SORT_KEYS)

and the first record's prev_hash (the genesis) is 64 zeros. Because `seq` is inside the
hash, a record cannot be moved to another position without its hash failing there.

The one-row `audit_head` table (id=1) holds the last seq and hash. Every append locks it
first (`SELECT ... FOR UPDATE` on PostgreSQL, `BEGIN IMMEDIATE` on SQLite), so appends
from any number of processes form one contiguous chain, and a deleted tail is caught
because the head no longer matches the last record.

`AuditWriter` takes records from the request path without blocking it and makes them
durable in batches on a thread of its own; a batch is one transaction: all or nothing.
`verify` walks the chain and names every record that was edited, deleted or reordered.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

import orjson
import sqlalchemy as sa
import structlog

from sekisho.db import WRITE_LOCK, audit_head, audit_records
from sekisho.values import AuditRecord

log = structlog.get_logger("sekisho.audit")
GENESIS = "0" * 64
_JSON_FIELDS = ("rule_ids", "verdict", "attempts")
_HEAD = sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
_SET_HEAD = (sa.update(audit_head).where(audit_head.c.id == 1)
             .values(seq=sa.bindparam("head_seq"), hash=sa.bindparam("head_hash")))
_INSERT = sa.insert(audit_records)


def chain_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The hash of a record whose `fields` are `record.to_json()` plus its `seq`."""
    canonical = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical).hexdigest()


def _to_row(fields: dict[str, Any]) -> dict[str, Any]:
    row = dict(fields)
    for k in _JSON_FIELDS:
        if row.get(k) is not None:
            row[k] = orjson.dumps(row[k]).decode()
    return row


def _from_row(row: sa.Row[Any]) -> dict[str, Any]:
    """A stored row back as the dict it was hashed from, plus seq, prev_hash and hash."""
    out = {str(k): v for k, v in row._mapping.items()}
    for k in _JSON_FIELDS:
        if out.get(k) is not None:
            out[k] = orjson.loads(out[k])
    out["stream"] = bool(out["stream"])
    return out


class AuditLog:
    """Synchronous appends; one call is one transaction."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def append_many(self, records: Sequence[AuditRecord]) -> None:
        if not records:
            return
        with self.engine.connect().execution_options(**{WRITE_LOCK: True}) as conn, \
                conn.begin():
            append_in(conn, records)


def append_in(conn: sa.Connection, records: Sequence[AuditRecord]) -> None:
    """Chain `records` onto the log inside the caller's transaction, so they commit or roll
    back with the caller's own writes (on SQLite the transaction must hold the write lock:
    open it with the `WRITE_LOCK` execution option)."""
    head = _HEAD.with_for_update() if conn.dialect.name == "postgresql" else _HEAD
    seq, prev = conn.execute(head).one()
    rows = []
    for record in records:
        seq += 1
        fields = {**record.to_json(), "seq": seq}
        digest = chain_hash(prev, fields)
        rows.append({**_to_row(fields), "prev_hash": prev, "hash": digest})
        prev = digest
    conn.execute(_INSERT, rows)
    conn.execute(_SET_HEAD, {"head_seq": seq, "head_hash": prev})


class AuditWriter:
    """`submit` never blocks; a daemon thread makes records durable in batches.

    A failed batch is kept and retried with backoff until the database takes it:
    records are never dropped, and `pending` shows how many are waiting.
    """

    def __init__(self, engine: sa.Engine, *, batch_max: int = 256, linger_s: float = 0.02) -> None:
        self.log = AuditLog(engine)
        self.batch_max = batch_max
        # After the first record the writer waits this long for more, so one transaction
        # carries many records: the writer then holds the GIL once per batch, not once per
        # request while the event loop is serving the next one.
        self.linger_s = linger_s
        self.failures = 0
        self._queue: queue.SimpleQueue[AuditRecord | None] = queue.SimpleQueue()
        self._cond = threading.Condition()
        self._submitted = 0
        self._durable = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="sekisho-audit", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Records submitted but not yet durable."""
        with self._cond:
            return self._submitted - self._durable

    def submit(self, record: AuditRecord) -> None:
        with self._cond:
            closed = self._closed
            if not closed:
                self._submitted += 1
        if not closed:
            self._queue.put(record)
            return
        # A straggler after close(): the thread is gone, so write it here (shutdown only).
        try:
            self.log.append_many([record])
        except sa.exc.SQLAlchemyError as exc:
            self.failures += 1
            log.error("audit_write_failed_after_close", error=f"{type(exc).__name__}: {exc}",
                      record=record.to_json())

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is durable; False on timeout."""
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
        """Write everything submitted, then stop the thread. Safe to call twice.

        A record submitted after close is written synchronously by `submit`.
        """
        with self._cond:
            if self._closed:
                return
            self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)
        if self.pending:
            log.error("audit_close_with_pending", pending=self.pending)

    def _run(self) -> None:
        while True:
            batch, stop = self._next_batch()
            if batch:
                self._write(batch)
            if stop:
                return

    def _next_batch(self) -> tuple[list[AuditRecord], bool]:
        first = self._queue.get()
        if first is None:
            return [], True
        # Linger asleep, not blocked in `get`: a thread blocked there is woken by every
        # `submit`, one wake-up and GIL hand-off per record instead of one per batch.
        if self._queue.qsize() < self.batch_max - 1:
            time.sleep(self.linger_s)
        batch = [first]
        while len(batch) < self.batch_max:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _write(self, batch: list[AuditRecord]) -> None:
        delay = 0.05
        while True:
            try:
                self.log.append_many(batch)
                break
            # Deliberately broad: this thread must outlive any error, or records are lost.
            except Exception as exc:  # noqa: BLE001
                with self._cond:
                    self.failures += 1
                log.error("audit_write_failed", error=f"{type(exc).__name__}: {exc}",
                          records=len(batch), retry_in_s=delay)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
        with self._cond:
            self._durable += len(batch)
            self._cond.notify_all()


@dataclass
class VerifyReport:
    ok: bool = True
    checked: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, kind, message)

    def add(self, seq: int, kind: str, message: str) -> None:
        self.ok = False
        self.problems.append((seq, kind, message))


class _Walk:
    """State of one verification walk.

    `origin` maps a recent record's stored hash to the seq it was written at, so a
    record whose prev_hash points elsewhere can be told apart: moved (its content
    verifies at another seq), or following a deleted record. It is bounded, so memory
    stays flat on long logs; a record moved further than the window reads as edited.
    """

    WINDOW = 100_000

    def __init__(self) -> None:
        self.report = VerifyReport()
        self.origin: OrderedDict[str, int] = OrderedDict()
        self.waiting: dict[str, dict[str, Any]] = {}  # prev_hash -> row not yet explained
        self.last_seq = 0
        self.last_hash = GENESIS

    def step(self, row: dict[str, Any]) -> None:
        self.report.checked += 1
        seq, prev = row["seq"], row["prev_hash"]
        gap = seq != self.last_seq + 1
        if gap:
            self.report.add(seq, "deleted", f"records {self.last_seq + 1}..{seq - 1} are missing "
                                            f"(deleted between record {self.last_seq} and "
                                            f"record {seq})")
        written_at = self._written_at(row)
        if written_at is None:
            if prev in self.origin or prev == GENESIS or gap:
                self._edited(row)
            else:  # perhaps moved up from later in the log: decide when its predecessor shows
                self.waiting[prev] = row
            self._remember(row["hash"], seq)
        else:
            self._remember(row["hash"], written_at)
            if written_at != seq:
                self._moved(row, written_at)
            if not gap:
                self._check_link(row, written_at)
        self.last_seq, self.last_hash = seq, row["hash"]

    def _written_at(self, row: dict[str, Any]) -> int | None:
        """The seq at which this row's content verifies: its own, or where it came from."""
        if _content_ok(row, row["seq"]):
            return int(row["seq"])
        prev = row["prev_hash"]
        guess = 1 if prev == GENESIS else self.origin.get(prev, -1) + 1
        return guess if guess > 0 and _content_ok(row, guess) else None

    def _remember(self, digest: str, written_at: int) -> None:
        self.origin[digest] = written_at
        if len(self.origin) > self.WINDOW:
            self.origin.popitem(last=False)
        row = self.waiting.pop(digest, None)
        if row is not None:
            if _content_ok(row, written_at + 1):
                self.origin[row["hash"]] = written_at + 1
                self._moved(row, written_at + 1)
            else:
                self._edited(row)

    def _check_link(self, row: dict[str, Any], written_at: int) -> None:
        seq, prev = row["seq"], row["prev_hash"]
        if prev == GENESIS:
            if written_at != 1:
                self._edited(row)
        elif prev not in self.origin:
            self.report.add(seq, "deleted",
                            f"record {seq} (request {row['request_id']}) follows a record that "
                            f"is no longer in the log: record {written_at - 1} was deleted "
                            "or replaced")
        elif self.origin[prev] != written_at - 1:
            self.report.add(seq, "reordered",
                            f"record {seq} (request {row['request_id']}) points back at record "
                            f"{self.origin[prev]}, not at record {written_at - 1}: "
                            "records were reordered")

    def _edited(self, row: dict[str, Any]) -> None:
        self.report.add(row["seq"], "edited", f"record {row['seq']} (request {row['request_id']})"
                                              " was edited: its content no longer matches "
                                              "its hash")

    def _moved(self, row: dict[str, Any], written_at: int) -> None:
        self.report.add(row["seq"], "reordered",
                        f"record {row['seq']} (request {row['request_id']}) was moved: it was "
                        f"written as record {written_at}")

    def finish(self, head: sa.Row[Any, Any] | None) -> VerifyReport:
        for row in self.waiting.values():
            self._edited(row)
        if head is None:
            self.report.add(self.last_seq, "head_mismatch", "the audit head row is missing")
        elif head.seq > self.last_seq:
            self.report.add(head.seq, "head_mismatch",
                            f"the log ends at record {self.last_seq} but its head says "
                            f"{head.seq}: records {self.last_seq + 1}..{head.seq} were "
                            "deleted from the end")
        elif (head.seq, head.hash) != (self.last_seq, self.last_hash):
            self.report.add(head.seq, "head_mismatch",
                            f"the head (record {head.seq}) does not match the last record "
                            f"({self.last_seq}): the end of the log was rewritten")
        self.report.problems.sort(key=lambda p: p[0])
        return self.report


def _content_ok(row: dict[str, Any], seq: int) -> bool:
    fields = {k: v for k, v in row.items() if k not in ("prev_hash", "hash")}
    return bool(chain_hash(row["prev_hash"], {**fields, "seq": seq}) == row["hash"])


def _snapshot(conn: sa.Connection) -> sa.Connection:
    """One consistent view of head and rows, so appends during a walk are not 'tampering'."""
    if conn.dialect.name == "postgresql":
        return conn.execution_options(isolation_level="REPEATABLE READ")
    return conn  # SQLite: a read transaction in WAL mode is already a snapshot


def _stream(conn: sa.Connection, since_seq: int = 0) -> Iterator[dict[str, Any]]:
    query = (sa.select(audit_records).where(audit_records.c.seq > since_seq)
             .order_by(audit_records.c.seq))
    for row in conn.execution_options(yield_per=1000).execute(query):
        yield _from_row(row)


def verify(engine: sa.Engine) -> VerifyReport:
    """Walk the chain; name every record that was edited, deleted or reordered."""
    walk = _Walk()
    with engine.connect() as raw, _snapshot(raw).begin() as tx:
        conn = tx.connection
        head = conn.execute(_HEAD).one_or_none()
        for row in _stream(conn):
            walk.step(row)
    return walk.finish(head)


def tail(engine: sa.Engine, n: int = 20) -> list[dict[str, Any]]:
    """The newest `n` records, newest first, with seq, prev_hash and hash."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(audit_records).order_by(audit_records.c.seq.desc())
                            .limit(n))
        return [_from_row(r) for r in rows]


def export_jsonl(engine: sa.Engine, out: IO[str], since_seq: int = 0) -> int:
    """Records with seq > `since_seq`, oldest first, one JSON object per line."""
    count = 0
    with engine.connect() as conn:
        for fields in _stream(conn, since_seq):
            out.write(orjson.dumps(fields).decode() + "\n")
            count += 1
    return count
