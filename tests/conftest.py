"""Shared fixtures: a stub upstream on loopback, a test catalog, and a running gateway
driven by the real OpenAI and Anthropic SDKs."""

from __future__ import annotations

import secrets
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anthropic
import openai
import psycopg
import pytest

from sekisho.gateway.server import BackgroundServer
from sekisho.safeguards.base import TIERS
from sekisho.settings import load_settings
from sekisho.values import Message, Tier, Verdict
from tests.stub_upstream import StubUpstream

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session")
def stub() -> Iterator[tuple[StubUpstream, str]]:
    upstream = StubUpstream()
    with BackgroundServer(upstream.app) as server:
        yield upstream, server.url


def model_yaml(name: str, kind: str, upstream: str, server_url: str, tier: str = "frontier",
               extra: str = "", base: str | None = None) -> str:
    """One catalog entry (as a `models:` list item) for a model served at `server_url`."""
    url = base or (f"{server_url}/v1" if kind == "openai" else server_url)
    return textwrap.indent(textwrap.dedent(f"""\
      - name: {name}
        kind: {kind}
        base_url: {url}
        upstream_model: {upstream}
        tier: {tier}
        origin: US
        licence: closed
        timeout_s: 2
    """) + "".join(f"  {line}\n" for line in extra.splitlines()), "  ")


def catalog_yaml(stub_url: str) -> str:
    def m(name: str, kind: str, upstream: str, tier: str = "frontier", extra: str = "",
          base: str | None = None) -> str:
        return model_yaml(name, kind, upstream, stub_url, tier, extra, base)
    models = [
        m("gpt-ok", "openai", "ok-gpt", extra="fallback: small-ok\ncontinuity: [claude-ok]"),
        m("claude-ok", "anthropic", "ok-claude", extra="fallback: small-ok\ncontinuity: [gpt-ok]"),
        m("small-ok", "openai", "ok-small", tier="fallback"),
        m("small-claude", "anthropic", "ok-small-claude", tier="fallback"),
        m("gpt-down", "openai", "err500-x", extra="fallback: small-ok\ncontinuity: [claude-ok]"),
        m("gpt-429", "openai", "err429-x", extra="continuity: [claude-ok]"),
        m("gpt-400", "openai", "err400-x", extra="continuity: [claude-ok]"),
        m("claude-400", "anthropic", "err400-x", extra="continuity: [gpt-ok]"),
        m("gpt-broken", "openai", "broken-x", extra="continuity: [claude-ok]"),
        m("claude-broken", "anthropic", "broken-x", extra="continuity: [gpt-ok]"),
        m("gpt-tool", "openai", "tool-x"),
        m("claude-tool", "anthropic", "tool-x"),
        m("dead", "openai", "ok-dead", base="http://127.0.0.1:9/v1",
          extra="fallback: small-ok\ncontinuity: [small-ok]"),
        m("lonely-down", "openai", "err500-y"),
        m("claude-fb", "anthropic", "ok-claude-fb", extra="fallback: small-claude"),
    ]
    return "models:\n" + "".join(models)


class ScriptedClassifier:
    """Tier chosen by a marker in the text, e.g. `[[tier:high_risk]]`; `[[boom]]` raises;
    `[[unread:es]]` says the text is in a language it cannot read."""

    version = "scripted-1"

    def classify(self, messages: Sequence[Message]) -> Verdict:
        text = "\n".join(m.text for m in messages)
        if "[[boom]]" in text:
            raise RuntimeError("scripted classifier failure")
        tier = Tier.BENIGN
        for t in TIERS:
            if f"[[tier:{t.value}]]" in text:
                tier = t
        score = 0.95 if "[[score:high]]" in text else 0.6
        unread = "es" if "[[unread:es]]" in text else None
        return Verdict(tier, {t.value: (score if t is tier else 0.0) for t in TIERS},
                       version=self.version, unread=unread)


@pytest.fixture
def pg_url() -> Iterator[str]:
    name = f"sekisho_test_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sekisho.db'}"
    return str(request.getfixturevalue("pg_url"))


@dataclass
class Running:
    runtime: Any
    url: str
    stub: StubUpstream
    keys: dict[str, str]

    def openai(self, who: str = "alice", **kw: Any) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=self.keys[who], max_retries=0, **kw)

    def anthropic(self, who: str = "alice", **kw: Any) -> anthropic.Anthropic:
        return anthropic.Anthropic(base_url=self.url, api_key=self.keys[who], max_retries=0, **kw)

    def audit(self) -> list[dict[str, Any]]:
        from sekisho.audit.log import tail
        self.runtime.audit.flush(10.0)
        return list(reversed(tail(self.runtime.engine, 1000)))


PRINCIPALS = {
    "alice": dict(org="acme", nationality=("US",), residence="US", language="en"),
    "hanako": dict(org="acme", nationality=("JP",), residence="JP", language="ja"),
    "vetted": dict(org="redteam", nationality=("GB",), residence="GB", language="en",
                   trust_tier="vetted"),
}


@pytest.fixture
def make_gateway(stub: tuple[StubUpstream, str], tmp_path: Path
                 ) -> Iterator[Callable[..., Running]]:
    from sekisho.policy.keys import create_principal
    from sekisho.runtime import build_runtime
    started: list[tuple[Any, BackgroundServer]] = []

    def make(database_url: str | None = None, classifier: Any = None,
             settings_extra: dict[str, Any] | None = None, health: Any = None,
             environ: dict[str, str] | None = None, principals: bool = True,
             catalog_extra: str = "") -> Running:
        upstream, stub_url = stub
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(catalog_yaml(stub_url) + catalog_extra)
        settings = load_settings(None, environ=environ or {}, overrides={
            "catalog": catalog,
            # one database per gateway unless a test shares one on purpose (a second gateway
            # on the same SQLite file would contend for its write lock with the first's writer)
            "database_url": database_url or f"sqlite:///{tmp_path / f'gw-{len(started)}.db'}",
            **(settings_extra or {}),
        })
        runtime = build_runtime(settings, classifier=classifier or ScriptedClassifier(),
                                health=health)
        keys = {name: create_principal(runtime.engine, principal_id=name, **attrs)[1]  # type: ignore[arg-type]
                for name, attrs in PRINCIPALS.items()} if principals else {}
        server = BackgroundServer(runtime.app).start()
        started.append((runtime, server))
        return Running(runtime, server.url, upstream, keys)

    yield make
    for runtime, server in started:
        server.stop()
        runtime.close()
