"""The one function that turns (principal, request, catalog state, verdict) into a Decision.

Pure: no I/O, no clock, no globals. Everything it needs arrives as a value, so a
decision can be tested with a table and replayed from the audit log.

Order of reasoning:
1. What may this principal use at all? (`Admission`: directives in force, computed elsewhere.)
2. What does the safeguard verdict ask for? (`SafeguardPolicy`: tier -> action, per trust tier.)
3. Which models, in order, can carry that out? (the route: the requested model or its
   fallback, then their continuity chains, minus what is blocked for this principal,
   down for everyone, or stronger than a safety fallback may be.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sekisho.catalog.catalog import Catalog
from sekisho.catalog.spec import CapabilityTier, ModelSpec
from sekisho.values import Action, Decision, Principal, RequestSummary, Tier, Verdict

_STRENGTH = {CapabilityTier.FALLBACK: 0, CapabilityTier.STANDARD: 1, CapabilityTier.FRONTIER: 2}

# Refusal categories: the Anthropic dialect's stop_details.category, plus "unavailable"
# (no model left to answer: rendered as a 503 error, not as a refusal).
CYBER = "cyber"
POLICY = "policy"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class Admission:
    """What the directives in force say about one principal, model by model."""

    blocked: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # model -> rule ids
    grants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # model -> cyber grant ids
    forced_fallback: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # model -> rule ids


@dataclass(frozen=True, slots=True)
class SafeguardPolicy:
    """Tier -> action, with overrides per principal trust tier.

    Defaults follow the reference: prohibited is refused, high-risk dual use is
    answered by the fallback model, low-risk and benign are served, and the
    highest-scoring share of low-risk requests (score >= `low_risk_margin`) goes to
    the fallback as a safety margin (1.0 disables the margin).
    """

    actions: Mapping[Tier, Action] = field(default_factory=lambda: {
        Tier.PROHIBITED: Action.REFUSE,
        Tier.HIGH_RISK: Action.FALLBACK,
        Tier.LOW_RISK: Action.SERVE,
        Tier.BENIGN: Action.SERVE,
    })
    by_trust_tier: Mapping[str, Mapping[Tier, Action]] = field(default_factory=dict)
    low_risk_margin: float = 1.0
    # A request the classifier could not read (another language) would otherwise be served as
    # whatever tier it guessed: like a classifier failure, it goes to the fallback by default.
    # It is treated as high-risk dual use, so a cyber grant lifts it as it lifts high_risk.
    on_unread: Action = Action.FALLBACK

    def action_for(self, tier: Tier, trust_tier: str) -> Action:
        override = self.by_trust_tier.get(trust_tier, {})
        return override.get(tier, self.actions[tier])

    def in_margin(self, verdict: Verdict, action: Action) -> bool:
        """A served low_risk verdict whose low_risk score reaches the safety margin."""
        return (verdict.tier is Tier.LOW_RISK and action is Action.SERVE
                and verdict.scores.get(Tier.LOW_RISK.value, 0.0) >= self.low_risk_margin)


@dataclass(frozen=True, slots=True)
class CatalogState:
    catalog: Catalog
    unavailable: frozenset[str] = frozenset()  # circuit open / suspended for everyone


def decide(
    principal: Principal,
    request: RequestSummary,
    state: CatalogState,
    verdict: Verdict,
    policy: SafeguardPolicy = SafeguardPolicy(),
    admission: Admission = Admission(),
) -> Decision:
    requested = state.catalog.get(request.model)
    wanted, rule_ids, reason = _safeguard_action(principal, request, verdict, policy, admission)
    if wanted is Action.REFUSE:
        return _refuse(request.model, reason, rule_ids, CYBER)

    forced = admission.forced_fallback.get(requested.name, ())
    if wanted is Action.SERVE and forced:  # after a grant: require_fallback beats grant
        wanted, rule_ids, reason = Action.FALLBACK, forced + rule_ids, f"directive:{forced[0]}"

    if wanted is Action.FALLBACK:
        if not request.allow_fallback:
            return _refuse(request.model, reason + ":fallback-declined", rule_ids,
                           CYBER if reason.startswith("safeguard") else POLICY)
        route = _fallback_route(requested, request, state, admission)
        if not route:
            return _refuse(request.model, reason + ":no-fallback", rule_ids,
                           CYBER if reason.startswith("safeguard") else POLICY)
        # A directive's swap is disclosed as a policy swap naming the directive, not as a
        # safeguard flag: the user was not flagged, the order applies to them.
        notice = "policy" if reason.startswith("directive") else "fallback"
        return Decision(Action.FALLBACK, request.model, route, reason, rule_ids,
                        notice=notice, refusal_category=None)

    return _serve_or_fail_over(requested, request, state, admission, rule_ids, reason)


def _safeguard_action(
    principal: Principal,
    request: RequestSummary,
    verdict: Verdict,
    policy: SafeguardPolicy,
    admission: Admission,
) -> tuple[Action, tuple[str, ...], str]:
    tier = verdict.tier
    if verdict.error is not None:  # the classifier failed: the fail-safe verdict decides
        return (policy.action_for(tier, principal.trust_tier), ("safeguard.error",),
                f"safeguard:error:{tier.value}")
    action = policy.action_for(tier, principal.trust_tier)
    rule = f"safeguard.{verdict.domain}.{tier.value}"
    if verdict.unread is not None and action is Action.SERVE and policy.on_unread is not Action.SERVE:
        # Read as high-risk dual use: a trust tier's high_risk action and a cyber grant apply.
        tier, rule = Tier.HIGH_RISK, "safeguard.unread_language"
        action = policy.by_trust_tier.get(principal.trust_tier, {}).get(tier, policy.on_unread)
        reason = f"safeguard:unread:{verdict.unread}"
        if action is Action.SERVE:
            return Action.SERVE, (rule,), reason + ":allowed"
        grants = admission.grants.get(request.model, ()) if action is Action.FALLBACK else ()
        if grants and verdict.domain == CYBER:
            return Action.SERVE, (rule, *grants), f"grant:{grants[0]}"
        return action, (rule,), reason
    if policy.in_margin(verdict, action):
        return Action.FALLBACK, (rule, "safeguard.low_risk_margin"), "safeguard:low_risk:margin"
    if action is Action.SERVE:
        return Action.SERVE, (), "ok" if tier is Tier.BENIGN else f"safeguard:{tier.value}:allowed"
    if tier is Tier.HIGH_RISK and action is Action.FALLBACK and verdict.domain == CYBER:
        grants = admission.grants.get(request.model, ())
        if grants:  # trusted access: the grant lifts the cyber safeguard on this model
            return Action.SERVE, (rule, *grants), f"grant:{grants[0]}"
    return action, (rule,), f"safeguard:{tier.value}"


def _serve_or_fail_over(
    requested: ModelSpec,
    request: RequestSummary,
    state: CatalogState,
    admission: Admission,
    rule_ids: tuple[str, ...],
    reason: str,
) -> Decision:
    blocked = admission.blocked.get(requested.name, ())
    chain = [requested.name, *requested.continuity]
    route = tuple(m for m in chain if _usable(m, state, admission))
    if route and route[0] == requested.name:
        return Decision(Action.SERVE, request.model, route, reason, rule_ids)
    if blocked:  # a directive moved this principal off the model: a policy swap, disclosed
        ids = rule_ids + blocked
        why = f"directive:{blocked[0]}"
        if not route:
            return _refuse(request.model, why, ids, POLICY)
        return Decision(Action.FAILOVER, request.model, route, why, ids, notice="policy")
    # An outage: directives that took alternatives off the chain shaped this route too.
    pruned = tuple(dict.fromkeys(i for m in requested.continuity
                                 for i in admission.blocked.get(m, ())))
    ids = rule_ids + ("continuity.outage",) + pruned
    if not route:
        return _refuse(request.model, "continuity:exhausted", ids, UNAVAILABLE)
    return Decision(Action.FAILOVER, request.model, route, "continuity:unavailable", ids,
                    notice="outage")


def _fallback_route(
    requested: ModelSpec,
    request: RequestSummary,
    state: CatalogState,
    admission: Admission,
) -> tuple[str, ...]:
    """The fallback and its continuity chain, never stronger than the fallback itself."""
    catalog = state.catalog
    if request.fallbacks:
        candidates = [m for m in request.fallbacks if m in catalog and m != requested.name]
    elif requested.fallback is not None:
        first = catalog.get(requested.fallback)
        candidates = [first.name, *first.continuity]
    else:
        return ()
    ceiling = min(_STRENGTH[catalog.get(candidates[0]).tier], _STRENGTH[requested.tier] - 1) \
        if candidates else -1
    return tuple(
        m for m in dict.fromkeys(candidates)
        if m != requested.name
        and _STRENGTH[catalog.get(m).tier] <= max(ceiling, 0)
        and _usable(m, state, admission)
    )


def _usable(model: str, state: CatalogState, admission: Admission) -> bool:
    return model not in state.unavailable and not admission.blocked.get(model)


def _refuse(model: str, reason: str, rule_ids: tuple[str, ...], category: str) -> Decision:
    return Decision(Action.REFUSE, model, (), reason, rule_ids,
                    notice=None if category == UNAVAILABLE else "refused",
                    refusal_category=category)
