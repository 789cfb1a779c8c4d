"""Continuity drills: what would happen to each principal if a directive were issued or a
provider went down. Nothing is enforced; the answer is a table, JSON, and an exit code.

For every principal and every model it may use today, the drill asks: may they still
use it afterwards? If not, what would serve them instead (the first model of its
continuity chain still admissible), how far the capability tier drops, and whether they
are left with nothing at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Iterable, Sequence

from sekisho.catalog.catalog import Catalog
from sekisho.decide import Admission
from sekisho.policy.directives import Directive, admission
from sekisho.values import Principal

_STRENGTH = {"fallback": 0, "standard": 1, "frontier": 2}


@dataclass(frozen=True)
class Loss:
    principal: str
    org: str
    model: str
    tier: str
    instead: str | None  # the model that would serve them, or None
    instead_tier: str | None
    tier_drop: int  # how many capability tiers lower (0 = same tier)
    rules: tuple[str, ...]


@dataclass(frozen=True)
class DrillReport:
    scenario: str
    losses: tuple[Loss, ...]
    stranded: tuple[str, ...]  # principals left with no model at all

    def to_json(self) -> dict[str, object]:
        return {"scenario": self.scenario, "losses": [asdict(x) for x in self.losses],
                "stranded": list(self.stranded), "ok": not self.stranded}


def _usable(model: str, adm: Admission, down: frozenset[str]) -> bool:
    return model not in down and not adm.blocked.get(model)


def drill(catalog: Catalog, principals: Sequence[Principal], in_force: Iterable[Directive],
          now: datetime, *, draft: Directive | None = None, suspend: frozenset[str] = frozenset(),
          unknown_nationality: str = "restrictive") -> DrillReport:
    current = tuple(in_force)
    after = current + ((draft,) if draft is not None else ())
    losses: list[Loss] = []
    stranded: list[str] = []
    for p in principals:
        before_adm = admission(p, current, catalog, now, unknown_nationality)
        after_adm = admission(p, after, catalog, now, unknown_nationality)
        had = [m for m in catalog.models if _usable(m, before_adm, frozenset())]
        keeps = [m for m in catalog.models if _usable(m, after_adm, suspend)]
        if had and not keeps:
            stranded.append(p.id)
        for model in had:
            if model in keeps:
                continue
            spec = catalog.get(model)
            instead = next((m for m in spec.continuity if _usable(m, after_adm, suspend)), None)
            instead_tier = catalog.get(instead).tier.value if instead else None
            drop = (_STRENGTH[spec.tier.value] - _STRENGTH[instead_tier]) if instead_tier else 0
            rules = after_adm.blocked.get(model, ()) or (("suspend",) if model in suspend else ())
            losses.append(Loss(p.id, p.org, model, spec.tier.value, instead, instead_tier,
                               max(drop, 0), tuple(rules)))
    scenario = (f"directive {draft.id}" if draft is not None else "") + \
        (f"suspend {', '.join(sorted(suspend))}" if suspend else "")
    return DrillReport(scenario or "no change", tuple(losses), tuple(stranded))
