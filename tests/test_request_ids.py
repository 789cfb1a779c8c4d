"""Request ids: unguessable, unique, drawn from a pool, and never shared with a forked child."""

from __future__ import annotations

import os
import re
import threading

from sekisho.gateway.pipeline import REQUEST_IDS, RequestIds


def test_ids_are_unique_across_pool_refills_and_threads() -> None:
    ids = RequestIds(batch=8)
    seen: list[str] = []

    def take() -> None:
        seen.extend(ids.next() for _ in range(500))

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 2000 and len(set(seen)) == 2000
    assert all(re.fullmatch(r"req_[0-9a-f]{24}", i) for i in seen)


def test_a_forked_child_does_not_hand_out_the_parents_next_ids() -> None:
    REQUEST_IDS.next()  # the pool is filled and part-used before the fork
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next ids and leave at once
        os.write(write, " ".join(REQUEST_IDS.next() for _ in range(3)).encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 4096).decode().split()
    os.close(read)
    os.waitpid(pid, 0)
    parent = [REQUEST_IDS.next() for _ in range(3)]
    assert len(child) == 3 and not set(child) & set(parent)
