"""The June 2026 scenario end to end: a directive takes effect per person, at once,
disclosed, audited, on one replica and on two."""

from __future__ import annotations

import time
from typing import Any, Callable

import httpx
import pytest

from tests.conftest import Running

GW = Callable[..., Running]
ADMIN = "admin-secret-for-tests"
JUNE = """
id: EAR-2026-06-12
title: No foreign nationals on gpt-ok
issuer: US Department of Commerce
legal_basis: Export Administration Regulations, deemed export
effect: deny
scope: [gpt-ok]
subjects: ["nationality not_in [US]"]
"""


def admin(gw: Running, method: str, path: str, content: str | bytes = b"",
          key: str = ADMIN) -> httpx.Response:
    return httpx.request(method, gw.url + path, content=content, timeout=10,
                         headers={"authorization": f"Bearer {key}"})


def ask(gw: Running, who: str, model: str = "gpt-ok") -> Any:
    return gw.openai(who).chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": "hello"}])


def test_june_directive_moves_only_the_foreign_nationals(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    assert admin(gw, "POST", "/admin/directives", JUNE).status_code == 201
    us = ask(gw, "alice")
    assert us.headers["x-sekisho-model-served"] == "gpt-ok" and us.headers["x-sekisho-decision"] == "serve"
    jp = ask(gw, "hanako")
    assert jp.headers["x-sekisho-model-served"] == "claude-ok"
    assert jp.headers["x-sekisho-decision"] == "failover"
    assert jp.headers["x-sekisho-reason"] == "directive:EAR-2026-06-12"
    content = jp.parse().choices[0].message.content or ""
    assert content.startswith("[関所]") and "EAR-2026-06-12" in content.split("\n")[0]
    record = gw.audit()[-1]
    assert record["principal_id"] == "hanako" and "EAR-2026-06-12" in record["rule_ids"]


def test_models_list_shows_each_principal_what_they_may_use(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE)
    assert "gpt-ok" in {m.id for m in gw.openai("alice").models.list()}
    assert "gpt-ok" not in {m.id for m in gw.openai("hanako").models.list()}


def test_revoking_restores_the_model_at_once(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE)
    r = admin(gw, "POST", "/admin/directives/EAR-2026-06-12/revoke", b'{"reason": "order lifted"}')
    assert r.status_code == 200 and r.json()["revoked_at"]
    assert ask(gw, "hanako").headers["x-sekisho-model-served"] == "gpt-ok"
    shown = admin(gw, "GET", "/admin/directives/EAR-2026-06-12").json()
    assert [e["event"] for e in shown["events"]] == ["issued", "revoked"]


def test_no_model_left_is_a_refusal_naming_the_directive(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE.replace("scope: [gpt-ok]", 'scope: ["*"]'))
    raw = ask(gw, "hanako")
    assert raw.parse().choices[0].finish_reason == "content_filter"
    assert raw.headers["x-sekisho-reason"] == "directive:EAR-2026-06-12"


def test_cyber_grant_serves_high_risk_on_the_requested_model(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    grant = ("id: TA-7\ntitle: trusted access for the red team\nissuer: CISO\nlegal_basis: contract\n"
             "effect: grant\ndomain: cyber\nscope: [gpt-ok]\nsubjects: [\"trust_tier == vetted\"]\n"
             "effective_until: 2099-01-01T00:00:00Z\n")
    assert admin(gw, "POST", "/admin/directives", grant).status_code == 201
    prompt = [{"role": "user", "content": "[[tier:high_risk]] pentest"}]
    vetted = gw.openai("vetted").chat.completions.with_raw_response.create(model="gpt-ok", messages=prompt)
    assert vetted.headers["x-sekisho-model-served"] == "gpt-ok"
    assert vetted.headers["x-sekisho-reason"] == "grant:TA-7"
    other = gw.openai("alice").chat.completions.with_raw_response.create(model="gpt-ok", messages=prompt)
    assert other.headers["x-sekisho-decision"] == "fallback"
    prohibited = gw.openai("vetted").chat.completions.create(
        model="gpt-ok", messages=[{"role": "user", "content": "[[tier:prohibited]]"}])
    assert prohibited.choices[0].finish_reason == "content_filter"


@pytest.mark.parametrize(("key", "status"), [("wrong", 401)])
def test_admin_api_needs_the_admin_key(make_gateway: GW, key: str, status: int) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    assert admin(gw, "POST", "/admin/directives", JUNE, key=key).status_code == status


def test_admin_api_is_off_without_a_key(make_gateway: GW) -> None:
    gw = make_gateway()
    r = admin(gw, "GET", "/admin/directives")
    assert r.status_code == 403 and "SEKISHO_ADMIN_KEY" in r.json()["error"]["message"]


def test_invalid_directive_is_refused_naming_the_field(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    r = admin(gw, "POST", "/admin/directives", JUNE.replace("effect: deny", "effect: ban"))
    assert r.status_code == 400 and "`effect` 'ban' must be one of" in r.json()["error"]["message"]


@pytest.mark.postgres
def test_two_replicas_enforce_a_new_directive_within_one_second(
        make_gateway: GW, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_gateway(database_url=pg_url, environ={"SEKISHO_ADMIN_KEY": ADMIN},
                     settings_extra={"directives": {"resync_s": 30}})
    b = make_gateway(database_url=pg_url, environ={"SEKISHO_ADMIN_KEY": ADMIN},
                     settings_extra={"directives": {"resync_s": 30}}, principals=False)
    b.keys = a.keys  # same database: the same principals and keys
    assert ask(b, "hanako").headers["x-sekisho-model-served"] == "gpt-ok"
    issued = time.monotonic()
    assert admin(a, "POST", "/admin/directives", JUNE).status_code == 201
    delay = None
    while time.monotonic() - issued < 5:
        if ask(b, "hanako").headers["x-sekisho-model-served"] != "gpt-ok":
            delay = time.monotonic() - issued
            break
        time.sleep(0.005)
    assert delay is not None and delay < 1.0
    with capsys.disabled():
        print(f"\ndirective propagation to the second replica: {delay * 1000:.1f} ms")
    for gw in (a, b):  # after the bound, nobody is served in violation on either replica
        for _ in range(5):
            assert ask(gw, "hanako").headers["x-sekisho-model-served"] != "gpt-ok"
            assert ask(gw, "alice").headers["x-sekisho-model-served"] == "gpt-ok"
