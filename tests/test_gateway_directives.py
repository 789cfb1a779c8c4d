"""The June 2026 scenario end to end: a directive takes effect per person, at once,
disclosed, audited, on one replica, on two in one process, and on two `sekisho serve`
processes sharing PostgreSQL."""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from tests.conftest import PRINCIPALS, Running, catalog_yaml
from tests.stub_upstream import StubUpstream

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


GRANT = ("id: TA-7\ntitle: trusted access for the red team\nissuer: CISO\nlegal_basis: contract\n"
         "effect: grant\ndomain: cyber\nscope: [gpt-ok]\nsubjects: [\"trust_tier == vetted\"]\n"
         "effective_until: 2030-01-01T00:00:00Z\n")


def test_cyber_grant_serves_high_risk_on_the_requested_model(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    assert admin(gw, "POST", "/admin/directives", GRANT).status_code == 201
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


def test_grant_is_audited_with_the_verdict_and_the_grant_id(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", GRANT)
    gw.openai("vetted").chat.completions.create(
        model="gpt-ok", messages=[{"role": "user", "content": "[[tier:high_risk]] pentest"}])
    record = gw.audit()[-1]
    assert (record["principal_id"], record["model_served"], record["reason"]) == (
        "vetted", "gpt-ok", "grant:TA-7")
    assert record["verdict"]["tier"] == "high_risk" and "TA-7" in record["rule_ids"]


def at(gw: Running, when: str) -> None:
    """Inject the gateway's clock: the directives in force are those in force at `when`."""
    t = datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp()
    gw.runtime.gateway.clock = lambda: t


def test_directive_takes_effect_at_its_time_by_the_injected_clock(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE + "effective_from: 2030-01-01T00:00:00Z\n")
    at(gw, "2029-12-31T23:59:59")
    assert ask(gw, "hanako").headers["x-sekisho-model-served"] == "gpt-ok"
    at(gw, "2030-01-01T00:00:00")
    assert ask(gw, "hanako").headers["x-sekisho-reason"] == "directive:EAR-2026-06-12"


def test_grant_expires_by_the_injected_clock(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", GRANT)
    prompt = [{"role": "user", "content": "[[tier:high_risk]] pentest"}]
    at(gw, "2029-12-31T23:59:59")
    before = gw.openai("vetted").chat.completions.with_raw_response.create(model="gpt-ok",
                                                                          messages=prompt)
    at(gw, "2030-01-01T00:00:00")
    after = gw.openai("vetted").chat.completions.with_raw_response.create(model="gpt-ok",
                                                                         messages=prompt)
    assert before.headers["x-sekisho-reason"] == "grant:TA-7"
    assert (after.headers["x-sekisho-decision"], after.headers["x-sekisho-model-served"]) == (
        "fallback", "small-ok")


def test_japanese_national_streaming_through_the_anthropic_sdk_gets_the_notice_first(
        make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE)
    with gw.anthropic("hanako").messages.stream(
            model="gpt-ok", max_tokens=16, messages=[{"role": "user", "content": "hi"}]) as stream:
        text = "".join(stream.text_stream)
        headers = stream.response.headers
    assert (headers["x-sekisho-model-served"], headers["x-sekisho-reason"]) == (
        "claude-ok", "directive:EAR-2026-06-12")
    assert text.startswith("[関所] EAR-2026-06-12")


@pytest.mark.parametrize(("mode", "served"), [("restrictive", "claude-ok"), ("permissive", "gpt-ok")])
def test_unknown_nationality_is_restricted_by_default_and_configurable(
        make_gateway: GW, mode: str, served: str) -> None:
    from sekisho.policy.keys import create_principal
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN},
                      settings_extra={"directives": {"unknown_nationality": mode}})
    gw.keys["nobody"] = create_principal(gw.runtime.engine, org="acme", principal_id="nobody")[1]
    admin(gw, "POST", "/admin/directives", JUNE)
    assert ask(gw, "nobody").headers["x-sekisho-model-served"] == served
    assert ask(gw, "alice").headers["x-sekisho-model-served"] == "gpt-ok"


def test_require_fallback_sends_its_subjects_to_the_fallback_and_says_why(make_gateway: GW) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    order = JUNE.replace("id: EAR-2026-06-12", "id: RF-1").replace("effect: deny",
                                                                    "effect: require_fallback")
    assert admin(gw, "POST", "/admin/directives", order).status_code == 201
    jp = ask(gw, "hanako")
    assert (jp.headers["x-sekisho-decision"], jp.headers["x-sekisho-model-served"]) == (
        "fallback", "small-ok")
    notice = (jp.parse().choices[0].message.content or "").split("\n")[0]
    assert notice.startswith("[関所] RF-1") and "セーフガード" not in notice
    assert "RF-1" in gw.audit()[-1]["rule_ids"]
    assert ask(gw, "alice").headers["x-sekisho-model-served"] == "gpt-ok"


@pytest.mark.parametrize(("method", "path", "body", "status", "message"), [
    ("POST", "/admin/directives/EAR-2026-06-12/revoke", b"not json", 400, "`reason`"),
    ("POST", "/admin/directives/EAR-2026-06-12/revoke", b'{"reason": 7}', 400, "`reason`"),
    ("POST", "/admin/directives/NOPE/revoke", b'{"reason": "x"}', 404, "no directive 'NOPE'"),
    ("GET", "/admin/directives/NOPE", b"", 404, "no directive 'NOPE'"),
    ("POST", "/admin/directives", JUNE.encode(), 400, "exists already"),
])
def test_admin_api_errors_name_the_fix(make_gateway: GW, method: str, path: str, body: bytes,
                                       status: int, message: str) -> None:
    gw = make_gateway(environ={"SEKISHO_ADMIN_KEY": ADMIN})
    admin(gw, "POST", "/admin/directives", JUNE)
    r = admin(gw, method, path, body)
    assert r.status_code == status and message in r.json()["error"]["message"]


# ------------------------------------------------------------------ several replicas

BOUND_S = 1.0  # issue 4: every replica enforces a new directive within 1 s of its issue


@dataclass
class Replica:
    name: str
    url: str


@functools.cache
def client(url: str, key: str) -> openai.OpenAI:
    """One SDK client per replica and key: building one costs more than a request."""
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)


def served(replica: Replica, key: str) -> str:
    raw = client(replica.url, key).chat.completions.with_raw_response.create(
        model="gpt-ok", messages=[{"role": "user", "content": "hello"}])
    return raw.headers["x-sekisho-model-served"]


def visible(replica: Replica, key: str) -> set[str]:
    return {m.id for m in client(replica.url, key).models.list()}


def propagate(replicas: list[Replica], change: Callable[[], None],
              done: Callable[[Replica], bool]) -> dict[str, float]:
    """Make the change, then poll every replica until `done` holds there; wait out the
    bound. Returns the measured delay per replica (ms): the time from just before the
    change until that replica's first request showing it."""
    start = time.monotonic()
    change()
    delays: dict[str, float] = {"(the admin call itself)": (time.monotonic() - start) * 1000}
    while len(delays) <= len(replicas) and time.monotonic() - start < 10 * BOUND_S:
        for r in replicas:
            if r.name not in delays and done(r):
                delays[r.name] = (time.monotonic() - start) * 1000
    time.sleep(max(0.0, start + BOUND_S - time.monotonic()))
    return delays


def assert_no_violation(replicas: list[Replica], keys: dict[str, str]) -> None:
    """After the bound: on every replica, every request obeys the June directive."""
    for r in replicas:
        for _ in range(10):
            assert served(r, keys["hanako"]) != "gpt-ok", f"{r.name} served in violation"
            assert served(r, keys["alice"]) == "gpt-ok", f"{r.name} moved a US national"
        assert "gpt-ok" not in visible(r, keys["hanako"])


def report(what: str, delays: dict[str, float]) -> None:
    print(f"\n{what}: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in delays.items()))


@pytest.mark.postgres
def test_two_replicas_in_one_process_enforce_a_new_directive_within_the_bound(
        pg_url: str, make_gateway: GW, capsys: pytest.CaptureFixture[str]) -> None:
    settings = {"directives": {"resync_s": 30}}  # the resync timer cannot be what did it
    a = make_gateway(database_url=pg_url, environ={"SEKISHO_ADMIN_KEY": ADMIN},
                     settings_extra=settings)
    b = make_gateway(database_url=pg_url, environ={"SEKISHO_ADMIN_KEY": ADMIN},
                     settings_extra=settings, principals=False)
    replicas = [Replica("a", a.url), Replica("b", b.url)]
    assert served(replicas[1], a.keys["hanako"]) == "gpt-ok"
    delays = propagate(replicas, lambda: admin(a, "POST", "/admin/directives", JUNE).raise_for_status(),
                       lambda r: served(r, a.keys["hanako"]) != "gpt-ok")
    with capsys.disabled():
        report("directive propagation, two replicas in one process (issued on a)", delays)
    assert_no_violation(replicas, a.keys)


@contextlib.contextmanager
def serve_process(name: str, config: Path, logs: Path) -> Iterator[Replica]:
    """A real `sekisho serve` in its own OS process, on a free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items()
           if k not in ("SEKISHO_CATALOG", "SEKISHO_DATABASE_URL")}
    env["SEKISHO_ADMIN_KEY"] = ADMIN
    log = (logs / f"{name}.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "sekisho.cli", "serve", "-c", str(config),
                             "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (logs / f"{name}.log").read_text()
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                    break
            assert time.monotonic() < deadline, f"{name} did not become ready"
            time.sleep(0.05)
        yield Replica(name, url)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def two_serve_processes(pg_url: str, stub: tuple[StubUpstream, str], tmp_path: Path
                        ) -> Iterator[tuple[list[Replica], dict[str, str]]]:
    from sekisho.db import open_database
    from sekisho.policy.keys import create_principal
    (tmp_path / "catalog.yaml").write_text(catalog_yaml(stub[1]))
    config = tmp_path / "sekisho.yaml"
    config.write_text(yaml.safe_dump({"catalog": "catalog.yaml", "database_url": pg_url,
                                      "directives": {"resync_s": 30}}))
    engine = open_database(pg_url)
    keys = {name: create_principal(engine, principal_id=name, **attrs)[1]  # type: ignore[arg-type]
            for name, attrs in PRINCIPALS.items()}
    engine.dispose()
    with serve_process("replica-1", config, tmp_path) as one, \
            serve_process("replica-2", config, tmp_path) as two:
        yield [one, two], keys


@pytest.mark.postgres
def test_two_serve_processes_enforce_a_directive_issued_on_either_within_the_bound(
        two_serve_processes: tuple[list[Replica], dict[str, str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    replicas, keys = two_serve_processes
    one, two = replicas
    assert [served(r, keys["hanako"]) for r in replicas] == ["gpt-ok", "gpt-ok"]

    def on(replica: Replica, path: str, body: str | bytes) -> Callable[[], None]:
        return lambda: httpx.post(replica.url + path, content=body, timeout=10, headers={
            "authorization": f"Bearer {ADMIN}"}).raise_for_status()

    issued = propagate(replicas, on(one, "/admin/directives", JUNE),
                       lambda r: served(r, keys["hanako"]) != "gpt-ok")
    assert_no_violation(replicas, keys)
    revoked = propagate(replicas, on(two, "/admin/directives/EAR-2026-06-12/revoke",
                                     b'{"reason": "order lifted"}'),
                        lambda r: served(r, keys["hanako"]) == "gpt-ok")
    assert [served(r, keys["hanako"]) for r in replicas] == ["gpt-ok", "gpt-ok"]
    with capsys.disabled():
        report("directive propagation, two `sekisho serve` processes (issued on replica-1)",
               issued)
        report("revocation propagation, two `sekisho serve` processes (revoked on replica-2)",
               revoked)
