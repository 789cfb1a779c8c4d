"""Directives: subjects, scope, time, and precedence, evaluated purely."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sekisho.catalog.catalog import Catalog
from sekisho.decide import CatalogState, decide
from sekisho.policy import directive_store as store
from sekisho.policy.directives import EVERYONE, DirectiveError, admission, parse_directive
from sekisho.values import (
    Action,
    Dialect,
    Language,
    Message,
    Principal,
    RequestSummary,
    Tier,
    Verdict,
)
from tests.specs import spec

NOW = datetime(2026, 6, 12, 12, 0, tzinfo=UTC)




CATALOG = Catalog.from_specs([
    spec("fable-5", continuity=("gpt-6", "sovereign-jp"), fallback="opus-4-8"),
    spec("mythos-5", continuity=("sovereign-jp",)),
    spec("gpt-6", continuity=("sovereign-jp",)),
    spec("opus-4-8", tier="fallback"),
    spec("sovereign-jp", tier="standard", origin="JP", licence="open-weight"),
])
US = Principal("us-1", "acme", nationality=("US",), residence="JP", language=Language.EN)
JP = Principal("jp-1", "acme", nationality=("JP",), residence="JP", language=Language.JA)
DUAL = Principal("dual", "acme", nationality=("JP", "US"))
UNKNOWN = Principal("unk", "acme")
VETTED = Principal("v", "redteam", nationality=("GB",), trust_tier="vetted")

JUNE = {"id": "EAR-2026-06-12", "title": "No foreign nationals on Fable 5 and Mythos 5",
        "issuer": "US Department of Commerce", "legal_basis": "deemed export, EAR",
        "effect": "deny", "scope": ["fable-5", "mythos-5"],
        "subjects": ["nationality not_in [US]"], "effective_from": "2026-06-12T00:00:00Z"}


def directive(**over: Any) -> Any:
    return parse_directive({**JUNE, **over}, now=NOW)


@pytest.mark.parametrize(("who", "blocked"), [(US, False), (DUAL, False), (JP, True), (UNKNOWN, True)])
def test_june_directive_denies_exactly_the_foreign_nationals(who: Principal, blocked: bool) -> None:
    adm = admission(who, [directive()], CATALOG, NOW)
    assert ("fable-5" in adm.blocked) is blocked and ("mythos-5" in adm.blocked) is blocked
    assert "gpt-6" not in adm.blocked


def test_unknown_nationality_can_be_configured_permissive() -> None:
    adm = admission(UNKNOWN, [directive()], CATALOG, NOW, unknown_nationality="permissive")
    assert adm.blocked == {}


def test_the_june_scenario_moves_a_japanese_national_along_the_chain() -> None:
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "hi"),))
    state = CatalogState(CATALOG)
    verdict = Verdict(Tier.BENIGN)
    us = decide(US, request, state, verdict, admission=admission(US, [directive()], CATALOG, NOW))
    jp = decide(JP, request, state, verdict, admission=admission(JP, [directive()], CATALOG, NOW))
    assert (us.action, us.route[0]) == (Action.SERVE, "fable-5")
    assert (jp.action, jp.route[0], jp.reason) == (Action.FAILOVER, "gpt-6", "directive:EAR-2026-06-12")


def test_nothing_left_is_a_refusal_naming_the_directive() -> None:
    everything = directive(scope=["*"])
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "hi"),))
    d = decide(JP, request, CatalogState(CATALOG), Verdict(Tier.BENIGN),
               admission=admission(JP, [everything], CATALOG, NOW))
    assert (d.action, d.refusal_category, d.reason) == (Action.REFUSE, "policy", "directive:EAR-2026-06-12")


@pytest.mark.parametrize(("over", "in_force"), [
    ({"effective_from": "2026-06-13T00:00:00Z"}, False),
    ({"effective_until": "2026-06-12T11:00:00Z", "effective_from": "2026-06-01T00:00:00Z"}, False),
    ({"effective_until": "2026-06-30T00:00:00Z"}, True),
])
def test_time_window_is_honoured(over: dict[str, str], in_force: bool) -> None:
    assert bool(admission(JP, [directive(**over)], CATALOG, NOW).blocked) is in_force


def test_scope_matches_labels() -> None:
    adm = admission(JP, [directive(scope=["origin:US", "licence:closed"])], CATALOG, NOW)
    assert set(adm.blocked) == {"fable-5", "mythos-5", "gpt-6", "opus-4-8"}
    assert "sovereign-jp" not in adm.blocked


def test_suspend_applies_to_everyone() -> None:
    outage = directive(id="outage-1", effect="suspend", subjects=None)
    assert "fable-5" in admission(US, [outage], CATALOG, NOW).blocked


def test_deny_beats_grant() -> None:
    grant = directive(id="grant-1", effect="grant", domain="cyber", subjects=["org in [acme]"],
                      effective_until="2026-12-31T00:00:00Z")
    adm = admission(JP, [directive(), grant], CATALOG, NOW)
    assert "fable-5" in adm.blocked and "fable-5" not in adm.grants


def test_grant_lifts_cyber_for_its_subjects_only() -> None:
    grant = directive(id="TA-7", effect="grant", domain="cyber", subjects=["trust_tier == vetted"],
                      effective_until="2026-12-31T00:00:00Z")
    assert admission(VETTED, [grant], CATALOG, NOW).grants["fable-5"] == ("TA-7",)
    assert admission(US, [grant], CATALOG, NOW).grants == {}
    assert admission(VETTED, [grant], CATALOG, NOW + timedelta(days=365)).grants == {}


def test_combinators_any_and_not() -> None:
    d = directive(subjects={"any": ["residence in [CN]", {"not": "org in [acme]"}]})
    assert admission(Principal("x", "other"), [d], CATALOG, NOW).blocked
    assert not admission(US, [d], CATALOG, NOW).blocked


@pytest.mark.parametrize(("over", "message"), [
    ({"effect": "ban"}, "`effect` 'ban' must be one of: deny, suspend, grant, require_fallback"),
    ({"subjects": ["nationality is US"]}, "write ATTRIBUTE OPERATOR VALUE"),
    ({"subjects": ["height in [2]"]}, "unknown attribute 'height'"),
    ({"subjects": ["nationality in [Japan]"]}, "ISO 3166 alpha-2"),
    ({"effect": "grant"}, "a grant needs `domain`"),
    ({"effect": "grant", "domain": "cyber"}, "a grant needs `effective_until`"),
    ({"effect": "grant", "domain": "bio", "effective_until": "2027-01-01"},
     "a grant needs `domain`, one of: cyber"),
    ({"subjects": []}, "a deny needs `subjects`"),
    ({"subjects": None}, "a deny needs `subjects`"),
    ({"effect": "suspend"}, "`subjects` does not apply to a suspend"),
    ({"effect": "deny", "domain": "cyber"}, "`domain` belongs to grants only"),
    ({"id": "no spaces"}, "`id` 'no spaces' must be letters"),
    ({"effective_until": "2026-06-01T00:00:00Z"}, "`effective_until` must be after"),
    ({"subjects": ["nationality in US"]}, "'in' takes a list"),
    ({"scope": []}, "`scope` is required"),
    ({"colour": "red"}, "unknown field 'colour'"),
    ({"effective_from": "yesterday"}, "`effective_from` 'yesterday' must be an ISO 8601 time"),
])
def test_invalid_directives_are_refused_naming_the_field(over: dict[str, Any], message: str) -> None:
    with pytest.raises(DirectiveError, match=message.replace("[", r"\[").replace("(", r"\(")):
        directive(**over)


# ------------------------------------------------------------------ unknown nationality


@pytest.mark.parametrize(("subjects", "effect", "mode", "applies"), [
    (["nationality not_in [US]"], "deny", "restrictive", True),
    (["nationality in [CN]"], "deny", "restrictive", True),
    (["nationality not_in [US]"], "deny", "permissive", False),
    (["nationality in [CN]"], "deny", "permissive", False),
    ({"not": "nationality in [US]"}, "require_fallback", "restrictive", True),
    (["nationality in [US]"], "grant", "restrictive", False),
    (["nationality not_in [CN]"], "grant", "restrictive", False),
    (["nationality not_in [CN]"], "grant", "permissive", False),
    (["nationality not_in [US]", "org in [other]"], "deny", "restrictive", False),
    ({"any": ["nationality in [CN]", "org in [acme]"]}, "deny", "permissive", True),
])
def test_unknown_nationality_satisfies_no_nationality_condition(
        subjects: Any, effect: str, mode: str, applies: bool) -> None:
    extra = {"domain": "cyber", "effective_until": "2027-01-01T00:00:00Z"} \
        if effect == "grant" else {}
    d = directive(subjects=subjects, effect=effect, **extra)
    assert d.applies_to(UNKNOWN, mode) is applies


# ------------------------------------------------------------------ precedence


def grant(**over: Any) -> Any:
    return directive(**{"id": "TA-1", "effect": "grant", "domain": "cyber",
                        "subjects": ["org in [acme]"], "effective_until": "2027-01-01T00:00:00Z",
                        **over})


def forced(**over: Any) -> Any:
    return directive(**{"id": "RF-1", "effect": "require_fallback", **over})


@pytest.mark.parametrize(("who", "effects", "blocked", "granted", "forced_fb"), [
    (JP, ["deny", "grant"], True, False, False),
    (JP, ["deny", "require_fallback"], True, False, False),
    (US, ["suspend", "grant"], True, False, False),
    (US, ["deny", "grant"], False, True, False),  # the deny does not reach a US national
    (JP, ["require_fallback", "grant"], False, True, True),
])
def test_precedence_table(who: Principal, effects: list[str], blocked: bool, granted: bool,
                          forced_fb: bool) -> None:
    made = {"deny": directive(), "suspend": directive(id="S-1", effect="suspend", subjects=None),
            "grant": grant(), "require_fallback": forced(subjects=["org in [acme]"])}
    adm = admission(who, [made[e] for e in effects], CATALOG, NOW)
    assert ("fable-5" in adm.blocked, "fable-5" in adm.grants,
            "fable-5" in adm.forced_fallback) == (blocked, granted, forced_fb)


def test_require_fallback_beats_grant_and_both_ids_are_recorded() -> None:
    adm = admission(JP, [grant(), forced()], CATALOG, NOW)
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "pentest"),))
    d = decide(JP, request, CatalogState(CATALOG), Verdict(Tier.HIGH_RISK), admission=adm)
    assert (d.action, d.route[0], d.reason, d.notice) == (
        Action.FALLBACK, "opus-4-8", "directive:RF-1", "policy")
    assert d.rule_ids[0] == "RF-1" and "TA-1" in d.rule_ids


def test_require_fallback_is_disclosed_as_a_policy_swap_not_a_safeguard_flag() -> None:
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "hi"),))
    d = decide(JP, request, CatalogState(CATALOG), Verdict(Tier.BENIGN),
               admission=admission(JP, [forced()], CATALOG, NOW))
    assert (d.action, d.route, d.notice, d.rule_ids) == (Action.FALLBACK, ("opus-4-8",), "policy",
                                                         ("RF-1",))


def test_grant_for_another_domain_does_not_lift_the_cyber_safeguard() -> None:
    bio = replace(grant(), domain="bio")
    assert admission(JP, [bio], CATALOG, NOW).grants == {}


def test_grant_does_not_apply_to_a_verdict_of_another_domain() -> None:
    adm = admission(JP, [grant()], CATALOG, NOW)
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "x"),))
    d = decide(JP, request, CatalogState(CATALOG), Verdict(Tier.HIGH_RISK, domain="bio"),
               admission=adm)
    assert d.action is Action.FALLBACK


# ------------------------------------------------------------------ continuity chains


def test_chain_skips_every_model_the_directive_covers_down_to_the_sovereign_one() -> None:
    wide = directive(scope=["origin:US"])
    request = RequestSummary(Dialect.OPENAI, "fable-5", False, (Message("user", "hi"),))
    d = decide(JP, request, CatalogState(CATALOG), Verdict(Tier.BENIGN),
               admission=admission(JP, [wide], CATALOG, NOW))
    assert (d.action, d.route, d.reason) == (Action.FAILOVER, ("sovereign-jp",),
                                             "directive:EAR-2026-06-12")
    assert CATALOG.get(d.route[0]).licence.value == "open-weight"


def test_outage_failover_never_lands_on_a_model_the_directive_blocks() -> None:
    request = RequestSummary(Dialect.OPENAI, "gpt-6", False, (Message("user", "hi"),))
    only_gpt = directive(scope=["sovereign-jp"])
    d = decide(JP, request, CatalogState(CATALOG, frozenset({"gpt-6"})), Verdict(Tier.BENIGN),
               admission=admission(JP, [only_gpt], CATALOG, NOW))
    assert (d.action, d.refusal_category) == (Action.REFUSE, "unavailable")
    assert d.rule_ids == ("continuity.outage", "EAR-2026-06-12")  # the audit names it


def test_safeguard_fallback_is_never_a_model_the_directive_blocks() -> None:
    request = RequestSummary(Dialect.OPENAI, "sovereign-jp", False, (Message("user", "x"),))
    sovereign = CATALOG.models["sovereign-jp"].model_copy(update={"fallback": "opus-4-8"})
    catalog = Catalog.from_specs([*(s for n, s in CATALOG.models.items() if n != "sovereign-jp"),
                                  sovereign])
    d = decide(JP, request, CatalogState(catalog), Verdict(Tier.HIGH_RISK),
               admission=admission(JP, [directive(scope=["opus-4-8"])], catalog, NOW))
    assert (d.action, d.reason) == (Action.REFUSE, "safeguard:high_risk:no-fallback")


# ------------------------------------------------------------------ the store


@pytest.fixture
def engine(tmp_path: Path) -> Any:
    from sekisho.db import open_database
    eng = open_database(f"sqlite:///{tmp_path / 'd.db'}")
    yield eng
    eng.dispose()


def test_revoking_ends_a_directive_and_keeps_it(engine: Any) -> None:
    store.issue(engine, directive(), "alice@commerce", at=NOW)
    store.revoke(engine, "EAR-2026-06-12", "bob", "order lifted", NOW + timedelta(days=18))
    [kept] = store.list_all(engine)
    assert kept.revoked_at == NOW + timedelta(days=18) and kept.revoke_reason == "order lifted"
    assert kept.in_force(NOW + timedelta(days=1)) and not kept.in_force(NOW + timedelta(days=19))
    assert [(e["event"], e["actor"]) for e in store.events(engine)] == [
        ("issued", "alice@commerce"), ("revoked", "bob")]


def test_issue_and_revoke_are_records_of_the_hash_chained_audit_log(engine: Any) -> None:
    import hashlib

    from sekisho.audit.log import tail, verify
    from sekisho.db import directives_table
    store.issue(engine, directive(), "alice@commerce", at=NOW)
    store.revoke(engine, "EAR-2026-06-12", "bob", "order lifted", NOW + timedelta(days=18))
    revoked, issued = tail(engine, 2)  # newest first
    with engine.connect() as conn:
        document = conn.execute(directives_table.select()).one().document
    assert (issued["decision"], issued["principal_id"], issued["rule_ids"], issued["reason"]) == (
        "directive_issued", "alice@commerce", ["EAR-2026-06-12"], JUNE["title"])
    assert issued["prompt_sha256"] == hashlib.sha256(document.encode()).hexdigest()
    assert issued["ts"].startswith("2026-06-12") and issued["endpoint"] == "directive:issued"
    assert (revoked["decision"], revoked["principal_id"], revoked["reason"]) == (
        "directive_revoked", "bob", "order lifted")
    assert revoked["prev_hash"] == issued["hash"]
    assert verify(engine).ok


def test_a_refused_issue_leaves_no_audit_record(engine: Any) -> None:
    from sekisho.audit.log import tail
    store.issue(engine, directive(), "cli")
    with pytest.raises(DirectiveError):
        store.issue(engine, directive(), "cli")
    with pytest.raises(DirectiveError):
        store.revoke(engine, "NOPE", "cli", "x", NOW)
    assert [r["decision"] for r in tail(engine, 10)] == ["directive_issued"]


def test_an_id_is_never_reused_and_a_directive_never_replaced(engine: Any) -> None:
    store.issue(engine, directive(), "cli")
    with pytest.raises(DirectiveError, match="exists already"):
        store.issue(engine, directive(title="something else"), "cli")
    assert store.get(engine, "EAR-2026-06-12").title == JUNE["title"]


def test_the_event_records_when_sekisho_recorded_it_not_the_stated_issue_time(engine: Any) -> None:
    entered = NOW + timedelta(days=2)
    store.issue(engine, directive(issued_at="2026-06-12T00:00:00Z"), "cli", at=entered)
    assert store.events(engine)[0]["at"].startswith("2026-06-14")
    assert store.get(engine, "EAR-2026-06-12").issued_at.day == 12


def test_a_stored_directive_always_loads_again(engine: Any) -> None:
    legacy = replace(directive(), id="OLD-1", subjects=EVERYONE)  # before subjects were required
    store.issue(engine, legacy, "migration")
    assert store.get(engine, "OLD-1").subjects == EVERYONE


def test_registry_swaps_in_a_directive_issued_elsewhere(engine: Any, tmp_path: Path) -> None:
    from sekisho.db import open_database
    from sekisho.policy.directive_store import DirectiveRegistry
    changes: list[int] = []
    registry = DirectiveRegistry(engine, on_change=lambda: changes.append(1))
    other = open_database(f"sqlite:///{tmp_path / 'd.db'}")  # another process's engine
    store.issue(other, directive(), "cli")
    assert registry.reload() and [d.id for d in registry.current()] == ["EAR-2026-06-12"]
    assert not registry.reload() and len(changes) == 2
    other.dispose()


# ------------------------------------------------------------------ the CLI


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sekisho.cli", "directive", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_issue_list_show_revoke(tmp_path: Path) -> None:
    db = ["--database-url", f"sqlite:///{tmp_path / 'c.db'}"]
    path = tmp_path / "june.yaml"
    path.write_text(json.dumps(JUNE))
    issued = cli("issue", str(path), "--actor", "compliance", *db)
    assert issued.returncode == 0, issued.stderr
    assert "EAR-2026-06-12" in issued.stdout
    [listed] = [json.loads(line) for line in cli("list", "--json", *db).stdout.splitlines()]
    assert (listed["id"], listed["in_force"]) == ("EAR-2026-06-12", True)
    revoked = cli("revoke", "EAR-2026-06-12", "--reason", "lifted", *db)
    assert revoked.returncode == 0, revoked.stderr
    shown = json.loads(cli("show", "EAR-2026-06-12", *db).stdout)
    assert shown["in_force"] is False and shown["revoke_reason"] == "lifted"
    assert [(e["event"], e["actor"]) for e in shown["events"]] == [("issued", "compliance"),
                                                                   ("revoked", "cli")]


@pytest.mark.parametrize(("content", "message"), [
    ("effect: deny\n", "`id` is required"),
    (json.dumps({**JUNE, "effect": "ban"}), "`effect` 'ban' must be one of"),
    ("id: [unclosed\n", "not valid YAML"),
])
def test_cli_refuses_an_invalid_directive_naming_the_field(tmp_path: Path, content: str,
                                                           message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    r = cli("issue", str(path), "--database-url", f"sqlite:///{tmp_path / 'c.db'}")
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_cli_revoking_an_unknown_directive_names_the_fix(tmp_path: Path) -> None:
    r = cli("revoke", "NOPE", "--reason", "x", "--database-url", f"sqlite:///{tmp_path / 'c.db'}")
    assert r.returncode == 2 and "sekisho directive list" in r.stderr
