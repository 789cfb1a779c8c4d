"""Continuity drills: who loses which model, what serves them instead, how far their
capability tier drops, who is left with nothing; on the demo catalog through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sekisho.catalog.catalog import Catalog
from sekisho.demo.tour import PRINCIPALS as DEMO_PRINCIPALS
from sekisho.demo.tour import demo_file
from sekisho.policy.directives import parse_directive
from sekisho.policy.drill import drill
from sekisho.values import Language, Principal
from tests.specs import spec

NOW = datetime(2026, 6, 12, 12, 0, tzinfo=UTC)
SEKISHO = [sys.executable, "-m", "sekisho.cli"]




CATALOG = Catalog.from_specs([
    spec("fable-5", continuity=("gpt-6", "sovereign-jp"), fallback="opus-4-8"),
    spec("gpt-6", continuity=("sovereign-jp",)),
    spec("opus-4-8", tier="fallback"),
    spec("sovereign-jp", tier="standard", origin="JP", licence="open-weight"),
])
US = Principal("us-1", "acme", nationality=("US",))
JP = Principal("jp-1", "acme", nationality=("JP",), language=Language.JA)


def draft(**over: Any) -> Any:
    base = {"id": "D-1", "title": "t", "issuer": "i", "legal_basis": "l", "effect": "deny",
            "scope": ["fable-5"], "subjects": ["nationality not_in [US]"]}
    return parse_directive({**base, **over}, now=NOW)


def test_draft_directive_reports_only_the_principals_it_moves() -> None:
    report = drill(CATALOG, [US, JP], [], NOW, draft=draft())
    assert [(x.principal, x.model, x.instead, x.rules) for x in report.losses] == [
        ("jp-1", "fable-5", "gpt-6", ("D-1",))]
    assert report.stranded == ()


def test_capability_tier_drop_is_reported_per_loss_and_per_principal() -> None:
    report = drill(CATALOG, [JP], [], NOW, draft=draft(scope=["origin:US"]))
    fable = next(x for x in report.losses if x.model == "fable-5")
    assert (fable.instead, fable.tier, fable.instead_tier, fable.tier_drop) == (
        "sovereign-jp", "frontier", "standard", 1)
    assert (report.people[0].best_before, report.people[0].best_after) == ("frontier", "standard")


def test_suspended_model_moves_everyone_along_its_chain() -> None:
    report = drill(CATALOG, [US, JP], [], NOW, suspend=frozenset({"fable-5"}))
    assert {(x.principal, x.instead, x.rules) for x in report.losses} == {
        ("us-1", "gpt-6", ("suspend:fable-5",)), ("jp-1", "gpt-6", ("suspend:fable-5",))}


def test_principal_with_no_model_left_is_stranded() -> None:
    report = drill(CATALOG, [US, JP], [], NOW, draft=draft(scope=["*"]))
    assert report.stranded == ("jp-1",)
    assert not report.to_json()["ok"]


def test_require_fallback_draft_reports_the_fallback_that_would_answer() -> None:
    report = drill(CATALOG, [JP], [], NOW, draft=draft(effect="require_fallback"))
    assert [(x.model, x.instead, x.instead_tier, x.tier_drop) for x in report.losses] == [
        ("fable-5", "opus-4-8", "fallback", 2)]


def test_directives_already_in_force_are_the_starting_point() -> None:
    in_force = [draft(id="EAR-1", scope=["fable-5"])]
    report = drill(CATALOG, [JP], in_force, NOW, draft=draft(id="D-2", scope=["gpt-6"]))
    assert [(x.model, x.instead) for x in report.losses] == [("gpt-6", "sovereign-jp")]


def test_a_future_draft_is_drilled_at_the_moment_it_takes_effect() -> None:
    later = NOW + timedelta(days=3)
    report = drill(CATALOG, [JP], [], NOW, draft=draft(effective_from=later.isoformat()))
    assert report.at == later.isoformat() and len(report.losses) == 1


def test_drill_enforces_nothing(tmp_path: Path) -> None:
    db = seed(tmp_path)
    run("--directive", str(demo_file("draft-us-origin.yaml")), database_url=db)
    from sekisho.db import open_database
    from sekisho.policy.directive_store import list_all
    assert list_all(open_database(db)) == []


# ------------------------------------------------------------------ the CLI on the demo


def seed(tmp_path: Path, issue_june: bool = False) -> str:
    """A database with the demo's principals (and the June directive, if asked)."""
    from sekisho.db import open_database
    from sekisho.policy import directive_store as store
    from sekisho.policy.directives import load_directive_text
    from sekisho.policy.keys import create_principal
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    engine = open_database(url)
    for name, attrs in DEMO_PRINCIPALS.items():
        create_principal(engine, principal_id=name, **attrs)  # type: ignore[arg-type]
    if issue_june:
        path = demo_file("june-2026.yaml")
        store.issue(engine, load_directive_text(path.read_text(), now=NOW, source=path.name),
                    "test")
    engine.dispose()
    return url


def run(*args: str, database_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SEKISHO, "drill", "--catalog", str(demo_file("catalog.yaml")),
                           "--database-url", database_url, *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


def test_cli_suspend_frontier_alpha_on_the_demo_exits_0(tmp_path: Path) -> None:
    r = run("--suspend", "frontier-alpha", "--json", database_url=seed(tmp_path))
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert {(x["principal"], x["instead"]) for x in report["losses"]} == {
        ("alice", "frontier-beta"), ("hanako", "frontier-beta")}


def test_cli_june_draft_on_the_demo_moves_hanako_to_the_sovereign_model(tmp_path: Path) -> None:
    r = run("--directive", str(demo_file("june-2026.yaml")), "--json",
            database_url=seed(tmp_path))
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert {(x["principal"], x["model"], x["instead"], x["tier_drop"])
            for x in report["losses"]} == {("hanako", "frontier-alpha", "smollm2-sovereign", 2),
                                           ("hanako", "frontier-beta", "smollm2-sovereign", 2)}


def test_cli_exits_1_and_names_who_is_left_with_nothing(tmp_path: Path) -> None:
    r = run("--directive", str(demo_file("draft-us-origin.yaml")),
            database_url=seed(tmp_path, issue_june=True))
    assert r.returncode == 1
    assert "left with no model at all: hanako" in r.stderr


def test_cli_table_shows_the_tier_each_principal_drops_to(tmp_path: Path) -> None:
    r = run("--directive", str(demo_file("june-2026.yaml")), database_url=seed(tmp_path))
    assert r.returncode == 0, r.stderr
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in r.stdout.splitlines()
            if line.startswith("│") and "hanako" in line]
    assert ["hanako", "acme", "frontier-alpha", "frontier", "smollm2-sovereign", "fallback", "2",
            "EAR-2026-06-12"] in rows


@pytest.mark.parametrize(("args", "message"), [
    (("--suspend", "frontier-gamma"), "no model 'frontier-gamma' in the catalog"),
    (("--directive", "missing.yaml"), "cannot read the directive file"),
])
def test_cli_usage_errors_exit_2_naming_the_fix(tmp_path: Path, args: tuple[str, ...],
                                                message: str) -> None:
    r = run(*args, database_url=seed(tmp_path))
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_cli_without_principals_refuses_to_pass_silently(tmp_path: Path) -> None:
    r = run("--suspend", "frontier-alpha", database_url=f"sqlite:///{tmp_path / 'empty.db'}")
    assert r.returncode == 2 and "no active principals" in r.stderr


def test_cli_skips_principals_whose_keys_are_all_revoked(tmp_path: Path) -> None:
    from sekisho.db import open_database
    from sekisho.policy.keys import KeyStore
    url = seed(tmp_path)
    store = KeyStore(open_database(url))
    for principal, keys in store.list_principals():
        if principal.id == "hanako":
            for k in keys:
                store.revoke_key(k["id"])
    r = run("--directive", str(demo_file("draft-us-origin.yaml")), "--json", database_url=url)
    assert r.returncode == 0, r.stderr
    assert [p["principal"] for p in json.loads(r.stdout)["people"]] == ["alice"]
