"""Continuity drills: what would happen to each principal if a directive were issued or a
provider went down. Nothing is enforced; the answer is a table, JSON, and an exit code.

For every principal and every model, the drill asks `decide` (the very function the
gateway runs) what an ordinary request would get, with the directives in force today and
again after the change (a draft directive added, some models taken down). A model the
principal is served by today but not afterwards is a loss: the drill names what would
answer instead (the gateway's own route: the continuity chain, or the fallback under a
`require_fallback` directive), the capability tier that model has, how many tiers that
drops, and the directives (or the outage) responsible. A principal who afterwards gets
no answer from any model is *stranded*; the CLI exits 1 when anyone is, so a continuity
plan can gate CI.

Where the principals come from is the caller's business: `sekisho drill` reads every
active principal (not disabled, with at least one unrevoked key) from the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sekisho.catalog.catalog import Catalog
from sekisho.decide import CatalogState, decide
from sekisho.policy.directives import Directive, admission
from sekisho.values import (
    Action,
    Decision,
    Dialect,
    Message,
    Principal,
    RequestSummary,
    Tier,
    Verdict,
)

_STRENGTH = {"fallback": 0, "standard": 1, "frontier": 2}
_OUTAGE = "continuity.outage"


@dataclass(frozen=True)
class Loss:
    principal: str
    org: str
    model: str
    tier: str
    instead: str | None  # the model that would serve them, or None
    instead_tier: str | None
    tier_drop: int  # how many capability tiers lower (0 = same tier or better)
    rules: tuple[str, ...]  # directive ids, or "suspend:MODEL" for a drilled outage


@dataclass(frozen=True)
class Standing:
    """One principal's best capability tier before and after (None: no model at all)."""

    principal: str
    org: str
    best_before: str | None
    best_after: str | None
    stranded: bool


@dataclass(frozen=True)
class DrillReport:
    scenario: str
    at: str
    losses: tuple[Loss, ...]
    people: tuple[Standing, ...]

    @property
    def stranded(self) -> tuple[str, ...]:
        """Principals left with no model at all."""
        return tuple(s.principal for s in self.people if s.stranded)

    def to_json(self) -> dict[str, object]:
        return {"scenario": self.scenario, "at": self.at,
                "losses": [asdict(x) for x in self.losses],
                "people": [asdict(s) for s in self.people],
                "stranded": list(self.stranded), "ok": not self.stranded}


def drill(catalog: Catalog, principals: Sequence[Principal], in_force: Iterable[Directive],
          now: datetime, *, draft: Directive | None = None, suspend: frozenset[str] = frozenset(),
          unknown_nationality: str = "restrictive") -> DrillReport:
    """Evaluated at `now`, or when the draft takes effect if that is later. A stored
    directive with the draft's id is left out of "before": the drill shows what the
    draft itself changes."""
    when = max(now, draft.effective_from) if draft is not None else now
    current = tuple(d for d in in_force if draft is None or d.id != draft.id)
    after = current + ((draft,) if draft is not None else ())
    losses: list[Loss] = []
    people: list[Standing] = []
    for p in principals:
        before = _decisions(p, catalog, current, when, frozenset(), unknown_nationality)
        later = _decisions(p, catalog, after, when, suspend, unknown_nationality)
        for model, was in before.items():
            now_d = later[model]
            if _served_directly(was, model) and not _served_directly(now_d, model):
                losses.append(_loss(p, catalog, model, now_d, suspend))
        people.append(Standing(p.id, p.org, _best(catalog, before), _best(catalog, later),
                               stranded=all(d.action is Action.REFUSE for d in later.values())))
    return DrillReport(_scenario(draft, suspend), when.isoformat(), tuple(losses), tuple(people))


def _decisions(p: Principal, catalog: Catalog, directives: tuple[Directive, ...], when: datetime,
               down: frozenset[str], unknown_nationality: str) -> dict[str, Decision]:
    """What an ordinary (benign) request to each model would get."""
    adm = admission(p, directives, catalog, when, unknown_nationality)
    state = CatalogState(catalog, down)
    return {m: decide(p, _ordinary(m), state, Verdict(Tier.BENIGN), admission=adm)
            for m in catalog.models}


def _ordinary(model: str) -> RequestSummary:
    return RequestSummary(Dialect.OPENAI, model, False, (Message("user", "drill"),))


def _served_directly(d: Decision, model: str) -> bool:
    return d.action is Action.SERVE and bool(d.route) and d.route[0] == model


def _loss(p: Principal, catalog: Catalog, model: str, d: Decision,
          suspend: frozenset[str]) -> Loss:
    spec = catalog.get(model)
    instead = d.route[0] if d.route else None
    instead_tier = catalog.get(instead).tier.value if instead else None
    drop = _STRENGTH[spec.tier.value] - _STRENGTH[instead_tier] if instead_tier else 0
    rules = tuple(r for r in d.rule_ids if r != _OUTAGE)
    rules += tuple(f"suspend:{m}" for m in sorted(suspend) if m == model)
    return Loss(p.id, p.org, model, spec.tier.value, instead, instead_tier, max(drop, 0), rules)


def _best(catalog: Catalog, decisions: dict[str, Decision]) -> str | None:
    served = {d.route[0] for d in decisions.values() if d.route}
    tiers = [catalog.get(m).tier.value for m in served]
    return max(tiers, key=_STRENGTH.__getitem__) if tiers else None


def _scenario(draft: Directive | None, suspend: frozenset[str]) -> str:
    parts = ([f"directive {draft.id} ({draft.effect.value} on {', '.join(draft.scope)})"]
             if draft is not None else [])
    parts += [f"suspend {', '.join(sorted(suspend))}"] if suspend else []
    return "; ".join(parts) or "no change"
