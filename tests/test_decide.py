"""`decide` is pure: every tier -> action path, in tables, with a scripted verdict."""

from __future__ import annotations

import pytest

from sekisho.catalog.catalog import Catalog
from sekisho.decide import Admission, CatalogState, SafeguardPolicy, decide
from sekisho.notices import describe_reason
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

CATALOG = Catalog.from_specs([
    spec("m", fallback="weak", continuity=("alt", "sovereign")),
    spec("alt", fallback="weak"),
    spec("weak", tier="fallback", continuity=("sovereign", "alt")),
    spec("sovereign", tier="fallback"),
    spec("nofb"),
    spec("other-weak", tier="fallback"),
])
ALICE = Principal(id="alice", org="acme", nationality=("US",))
VETTED = Principal(id="v", org="red", trust_tier="vetted")


def verdict(tier: Tier, low_risk_score: float = 0.5, error: str | None = None) -> Verdict:
    return Verdict(tier, {"low_risk": low_risk_score}, error=error)


def req(model: str = "m", allow_fallback: bool = True, fallbacks: tuple[str, ...] = ()) -> RequestSummary:
    return RequestSummary(Dialect.OPENAI, model, False, (Message("user", "hi"),),
                          allow_fallback, fallbacks)


def state(*down: str) -> CatalogState:
    return CatalogState(CATALOG, frozenset(down))


@pytest.mark.parametrize(("tier", "action", "route", "reason"), [
    (Tier.BENIGN, Action.SERVE, ("m", "alt", "sovereign"), "ok"),
    (Tier.LOW_RISK, Action.SERVE, ("m", "alt", "sovereign"), "safeguard:low_risk:allowed"),
    (Tier.HIGH_RISK, Action.FALLBACK, ("weak", "sovereign"), "safeguard:high_risk"),
    (Tier.PROHIBITED, Action.REFUSE, (), "safeguard:prohibited"),
])
def test_each_tier_maps_to_the_reference_action(tier: Tier, action: Action,
                                                route: tuple[str, ...], reason: str) -> None:
    d = decide(ALICE, req(), state(), verdict(tier))
    assert (d.action, d.route, d.reason) == (action, route, reason)


def test_fallback_route_never_contains_a_model_stronger_than_the_fallback() -> None:
    d = decide(ALICE, req(), state(), verdict(Tier.HIGH_RISK))
    assert "alt" not in d.route and "m" not in d.route


def test_prohibited_refusal_is_cyber_and_names_the_rule() -> None:
    d = decide(ALICE, req(), state(), verdict(Tier.PROHIBITED))
    assert d.refusal_category == "cyber"
    assert d.rule_ids == ("safeguard.cyber.prohibited",)


@pytest.mark.parametrize(("score", "action"), [(0.89, Action.SERVE), (0.9, Action.FALLBACK)])
def test_low_risk_safety_margin_sends_the_highest_scores_to_the_fallback(score: float,
                                                                         action: Action) -> None:
    d = decide(ALICE, req(), state(), verdict(Tier.LOW_RISK, score), SafeguardPolicy(low_risk_margin=0.9))
    assert d.action is action


@pytest.mark.parametrize("tier", list(Tier))
@pytest.mark.parametrize("score", [0.0, 0.5, 0.89, 0.9, 1.0])
@pytest.mark.parametrize("margin", [0.9, 1.0])
def test_the_lab_and_classify_cli_action_is_the_gateway_action(tier: Tier, score: float,
                                                                margin: float) -> None:
    """`default_action` (what `sekisho classify` prints and the lab counts) is what `decide`
    does for a principal with no grants under the same policy."""
    from sekisho.safeguards.cascade import default_action

    for v in (verdict(tier, score), Verdict(tier, {"low_risk": score}, unread="es")):
        d = decide(ALICE, req(), state(), v, SafeguardPolicy(low_risk_margin=margin))
        assert default_action(v, margin) is d.action


@pytest.mark.parametrize("tier", [Tier.BENIGN, Tier.LOW_RISK])
def test_a_request_the_classifier_cannot_read_goes_to_the_fallback_and_says_why(tier: Tier) -> None:
    d = decide(ALICE, req(), state(), Verdict(tier, unread="es"))
    assert (d.action, d.reason, d.rule_ids) == (Action.FALLBACK, "safeguard:unread:es",
                                                ("safeguard.unread_language",))
    assert d.route[0] == "weak" and d.notice == "fallback"


def test_an_unread_request_flagged_anyway_keeps_its_tier() -> None:
    d = decide(ALICE, req(), state(), Verdict(Tier.PROHIBITED, unread="zh"))
    assert (d.action, d.reason) == (Action.REFUSE, "safeguard:prohibited")


@pytest.mark.parametrize(("policy", "principal", "admission", "action", "reason"), [
    (SafeguardPolicy(on_unread=Action.SERVE), ALICE, Admission(), Action.SERVE, "ok"),
    (SafeguardPolicy(on_unread=Action.REFUSE), ALICE, Admission(), Action.REFUSE, "safeguard:unread:de"),
    (SafeguardPolicy(by_trust_tier={"vetted": {Tier.HIGH_RISK: Action.SERVE}}), VETTED, Admission(),
     Action.SERVE, "safeguard:unread:de:allowed"),
    (SafeguardPolicy(), ALICE, Admission(grants={"m": ("TA-1",)}), Action.SERVE, "grant:TA-1"),
])
def test_unread_requests_follow_the_policy_a_trust_tier_and_grants(
        policy: SafeguardPolicy, principal: Principal, admission: Admission, action: Action,
        reason: str) -> None:
    d = decide(principal, req(), state(), Verdict(Tier.BENIGN, unread="de"), policy, admission)
    assert (d.action, d.reason) == (action, reason)


@pytest.mark.parametrize(("language", "expected"), [
    (Language.EN, "the safeguard cannot read requests in this language (Spanish)"),
    (Language.JA, "セーフガードがこの言語のリクエストを読み取れないため (スペイン語)"),
])
def test_the_unread_reason_names_the_language(language: Language, expected: str) -> None:
    assert describe_reason("safeguard:unread:es", language) == expected


def test_opting_out_of_fallback_turns_a_fallback_into_a_refusal() -> None:
    d = decide(ALICE, req(allow_fallback=False), state(), verdict(Tier.HIGH_RISK))
    assert d.action is Action.REFUSE
    assert d.reason == "safeguard:high_risk:fallback-declined"


def test_high_risk_without_a_fallback_model_is_refused() -> None:
    d = decide(ALICE, req("nofb"), state(), verdict(Tier.HIGH_RISK))
    assert (d.action, d.reason) == (Action.REFUSE, "safeguard:high_risk:no-fallback")


def test_caller_named_fallbacks_replace_the_catalog_fallback() -> None:
    d = decide(ALICE, req(fallbacks=("other-weak",)), state(), verdict(Tier.HIGH_RISK))
    assert d.route == ("other-weak",)


def test_down_fallback_walks_its_own_chain() -> None:
    d = decide(ALICE, req(), state("weak"), verdict(Tier.HIGH_RISK))
    assert d.route == ("sovereign",)


def test_cyber_grant_serves_high_risk_on_the_requested_model() -> None:
    adm = Admission(grants={"m": ("grant-7",)})
    d = decide(ALICE, req(), state(), verdict(Tier.HIGH_RISK), admission=adm)
    assert (d.action, d.route[0], d.reason) == (Action.SERVE, "m", "grant:grant-7")
    assert "grant-7" in d.rule_ids


def test_grant_never_lifts_prohibited() -> None:
    adm = Admission(grants={"m": ("grant-7",)})
    d = decide(ALICE, req(), state(), verdict(Tier.PROHIBITED), admission=adm)
    assert d.action is Action.REFUSE


def test_trust_tier_override_changes_the_action() -> None:
    policy = SafeguardPolicy(by_trust_tier={"vetted": {Tier.HIGH_RISK: Action.SERVE}})
    assert decide(VETTED, req(), state(), verdict(Tier.HIGH_RISK), policy).action is Action.SERVE
    assert decide(ALICE, req(), state(), verdict(Tier.HIGH_RISK), policy).action is Action.FALLBACK


def test_unavailable_model_fails_over_along_its_chain() -> None:
    d = decide(ALICE, req(), state("m"), verdict(Tier.BENIGN))
    assert (d.action, d.route, d.notice) == (Action.FAILOVER, ("alt", "sovereign"), "outage")


def test_everything_down_refuses_as_unavailable() -> None:
    d = decide(ALICE, req(), state("m", "alt", "sovereign"), verdict(Tier.BENIGN))
    assert (d.action, d.refusal_category, d.reason) == (Action.REFUSE, "unavailable",
                                                        "continuity:exhausted")


def test_directive_block_moves_the_principal_along_the_chain_with_its_id() -> None:
    adm = Admission(blocked={"m": ("dir-2026-06",)})
    d = decide(ALICE, req(), state(), verdict(Tier.BENIGN), admission=adm)
    assert (d.action, d.route, d.reason, d.notice) == (
        Action.FAILOVER, ("alt", "sovereign"), "directive:dir-2026-06", "policy")


def test_directive_block_with_nothing_left_is_a_policy_refusal() -> None:
    adm = Admission(blocked={m: ("dir-1",) for m in ("m", "alt", "sovereign")})
    d = decide(ALICE, req(), state(), verdict(Tier.BENIGN), admission=adm)
    assert (d.action, d.refusal_category, d.reason) == (Action.REFUSE, "policy", "directive:dir-1")


def test_require_fallback_directive_swaps_the_model_for_benign_requests() -> None:
    adm = Admission(forced_fallback={"m": ("dir-rf",)})
    d = decide(ALICE, req(), state(), verdict(Tier.BENIGN), admission=adm)
    assert (d.action, d.route[0], d.reason) == (Action.FALLBACK, "weak", "directive:dir-rf")


@pytest.mark.parametrize(("on_error_tier", "action"), [
    (Tier.HIGH_RISK, Action.FALLBACK), (Tier.PROHIBITED, Action.REFUSE), (Tier.BENIGN, Action.SERVE)])
def test_classifier_error_uses_the_fail_safe_tier_and_ignores_grants(on_error_tier: Tier,
                                                                    action: Action) -> None:
    adm = Admission(grants={"m": ("grant-7",)})
    d = decide(ALICE, req(), state(), verdict(on_error_tier, error="timed out"), admission=adm)
    assert d.action is action
    assert "safeguard.error" in d.rule_ids


def test_decide_is_deterministic_for_equal_inputs() -> None:
    a = decide(ALICE, req(), state(), verdict(Tier.HIGH_RISK))
    b = decide(ALICE, req(), state(), verdict(Tier.HIGH_RISK))
    assert a == b


@pytest.mark.parametrize(("language", "expected"), [
    (Language.EN, "directive EAR-2026-06-12"), (Language.JA, "指令 EAR-2026-06-12")])
def test_a_directive_reason_names_the_directive_in_the_users_language(
        language: Language, expected: str) -> None:
    assert describe_reason("directive:EAR-2026-06-12", language) == expected
