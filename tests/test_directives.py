"""Directives: subjects, scope, time, and precedence, evaluated purely."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from sekisho.catalog.catalog import Catalog
from sekisho.catalog.spec import ModelSpec
from sekisho.decide import CatalogState, decide
from sekisho.policy.directives import DirectiveError, admission, parse_directive
from sekisho.values import Action, Dialect, Language, Message, Principal, RequestSummary, Tier, Verdict

NOW = datetime(2026, 6, 12, 12, 0, tzinfo=timezone.utc)


def spec(name: str, tier: str = "frontier", origin: str = "US", licence: str = "closed",
         continuity: tuple[str, ...] = (), fallback: str | None = None) -> ModelSpec:
    return ModelSpec(name=name, kind="openai", base_url="http://x/v1", tier=tier, origin=origin,
                     licence=licence, continuity=continuity, fallback=fallback)


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
    grant = directive(id="grant-1", effect="grant", domain="cyber", subjects=["org in [acme]"])
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
    ({"scope": []}, "`scope` is required"),
    ({"colour": "red"}, "unknown field 'colour'"),
    ({"effective_from": "yesterday"}, "`effective_from` 'yesterday' must be an ISO 8601 time"),
])
def test_invalid_directives_are_refused_naming_the_field(over: dict[str, Any], message: str) -> None:
    with pytest.raises(DirectiveError, match=message.replace("[", r"\[").replace("(", r"\(")):
        directive(**over)
