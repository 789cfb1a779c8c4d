"""One audit record per request, on SQLite and on PostgreSQL, hash-chained and verifiable."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from tests.conftest import Running

GW = Callable[..., Running]


def test_every_request_leaves_one_verifiable_record(make_gateway: GW, database_url: str) -> None:
    from sekisho.audit.log import verify
    gw = make_gateway(database_url=database_url)
    client = gw.openai()
    client.chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "a"}])
    client.chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "[[tier:high_risk]]"}])
    client.chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "[[tier:prohibited]]"}])
    list(client.chat.completions.create(model="claude-ok", stream=True,
                                        messages=[{"role": "user", "content": "s"}]))
    records = gw.audit()
    assert [r["decision"] for r in records] == ["serve", "fallback", "refuse", "serve"]
    assert records[3]["stream"] is True and records[3]["output_tokens"] == 5
    assert records[1]["rule_ids"] == ["safeguard.cyber.high_risk"]
    assert records[1]["verdict"]["tier"] == "high_risk"
    assert all(r["principal_id"] == "alice" and r["key_id"] for r in records)
    report = verify(gw.runtime.engine)
    assert report.ok and report.checked == 4


def test_prompt_text_is_not_kept_by_default_only_its_hash(make_gateway: GW) -> None:
    gw = make_gateway()
    gw.openai().chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "secret plan"}])
    record = gw.audit()[-1]
    assert record["prompt_text"] is None
    assert record["prompt_sha256"] == hashlib.sha256(b"user: secret plan").hexdigest()
    assert record["prompt_chars"] == len("user: secret plan")


def test_prompt_text_is_kept_when_configured(make_gateway: GW) -> None:
    gw = make_gateway(settings_extra={"audit": {"keep_prompt_text": True}})
    gw.openai().chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "plan"}])
    assert gw.audit()[-1]["prompt_text"] == "user: plan"
