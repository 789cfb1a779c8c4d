"""Directives: orders that change who may use which model, from a moment on.

A directive names its models (`scope`), the people it applies to (`subjects`, a
predicate over verified principal attributes) and an `effect`:

    deny              the models are unavailable to the subjects
    suspend           the models are unavailable to everyone (subjects are ignored)
    grant             trusted access: lift one safeguard domain on the models for the subjects
    require_fallback  the subjects are answered by the models' fallback

Precedence, for one principal and one model (documented and tested):
    1. suspend and deny block the model; a blocked model takes no grant and no fallback rule
       (deny beats grant, deny beats require_fallback);
    2. require_fallback applies to a model that is not blocked, and beats a grant: a grant
       lifts a safeguard, it does not exempt anyone from a directive;
    3. grant lifts its domain only on a model that is not blocked, only while in force
       (`effective_until` ends it), and never lifts `prohibited`; `decide` applies
       require_fallback after the grant, so both ids are recorded.
Several directives of the same effect on one model all apply; every id is recorded.

Subjects are written as conditions, all of which must hold:

    subjects: ["nationality not_in [US]", "residence in [JP, KR]"]
    subjects: {any: ["org in [acme]", "trust_tier == vetted"]}
    subjects: {not: "role in [auditor]"}

Deemed-export logic: `nationality in [X]` holds when any of the principal's nationalities
is X. A principal whose nationality is unknown satisfies no nationality condition, either
way: such a condition is *unknown* for them (three-valued: `not` of unknown is unknown,
`all`/`any` follow Kleene logic). A directive whose subjects come out unknown is resolved
by `unknown_nationality` (settings `directives.unknown_nationality`):

    restrictive (default, compliance-safe)  deny and require_fallback reach them; a grant does not
    permissive                             nothing reaches them (only known subjects count)

So an order that spares US nationals does not spare someone not known to be one, and
trusted access is never given to someone on the strength of a nationality nobody verified.

Evaluation is pure: `admission(principal, directives, catalog, now)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import yaml

from sekisho.catalog.catalog import Catalog
from sekisho.decide import CYBER, Admission
from sekisho.values import Principal


class DirectiveError(ValueError):
    """A directive that cannot be accepted; the message names the field and the fix."""


class Effect(StrEnum):
    DENY = "deny"
    SUSPEND = "suspend"
    GRANT = "grant"
    REQUIRE_FALLBACK = "require_fallback"


ATTRIBUTES = ("nationality", "residence", "org", "trust_tier", "role", "principal")
OPERATORS = ("in", "not_in", "==", "!=")
DOMAINS = (CYBER,)  # the safeguard domains a grant can lift
_CONDITION = re.compile(r"^\s*(\w+)\s+(not_in|in|==|!=)\s+(.+?)\s*$")


@dataclass(frozen=True, slots=True)
class Condition:
    attribute: str
    operator: str
    values: tuple[str, ...]

    def evaluate(self, p: Principal) -> bool | None:
        """True or False, or None when it depends on a nationality nobody verified."""
        have = _attribute(p, self.attribute)
        if self.attribute == "nationality" and not have:
            return None
        wanted = set(self.values)
        hit = bool(have & wanted) if self.operator in ("in", "not_in") else have == wanted
        return hit if self.operator in ("in", "==") else not hit

    def __str__(self) -> str:
        values = f"[{', '.join(self.values)}]" if self.operator in ("in", "not_in") else self.values[0]
        return f"{self.attribute} {self.operator} {values}"


@dataclass(frozen=True, slots=True)
class Predicate:
    """all / any / not over conditions; an empty `all` matches everyone."""

    kind: str  # "all", "any", "not", "cond"
    parts: tuple[Predicate, ...] = ()
    condition: Condition | None = None

    def evaluate(self, p: Principal) -> bool | None:
        """Kleene three-valued logic: None (unknown) only where a verified fact is missing."""
        if self.kind == "cond":
            assert self.condition is not None
            return self.condition.evaluate(p)
        if self.kind == "not":
            inner = self.parts[0].evaluate(p)
            return None if inner is None else not inner
        results = [part.evaluate(p) for part in self.parts]
        decisive = self.kind == "any"  # any: one True decides; all: one False decides
        if decisive in results:
            return decisive
        return None if None in results else not decisive

    def to_json(self) -> Any:
        if self.kind == "cond":
            return str(self.condition)
        if self.kind == "not":
            return {"not": self.parts[0].to_json()}
        return {self.kind: [p.to_json() for p in self.parts]}


EVERYONE = Predicate("all")


@dataclass(frozen=True, slots=True)
class Directive:
    id: str
    title: str
    issuer: str
    legal_basis: str
    issued_at: datetime
    effective_from: datetime
    effect: Effect
    scope: tuple[str, ...]
    subjects: Predicate = EVERYONE
    effective_until: datetime | None = None
    domain: str | None = None  # for grants: the safeguard domain lifted
    revoked_at: datetime | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None

    def in_force(self, now: datetime) -> bool:
        if self.revoked_at is not None and self.revoked_at <= now:
            return False
        if now < self.effective_from:
            return False
        return self.effective_until is None or now < self.effective_until

    def covers(self, labels: frozenset[str]) -> bool:
        return "*" in self.scope or any(s in labels for s in self.scope)

    def applies_to(self, p: Principal, unknown_nationality: str = "restrictive") -> bool:
        if self.effect is Effect.SUSPEND:
            return True
        result = self.subjects.evaluate(p)
        if result is None:  # hinges on an unverified nationality: see the module docstring
            return unknown_nationality == "restrictive" and self.effect is not Effect.GRANT
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "issuer": self.issuer,
            "legal_basis": self.legal_basis, "issued_at": _iso(self.issued_at),
            "effective_from": _iso(self.effective_from),
            "effective_until": _iso(self.effective_until) if self.effective_until else None,
            "effect": self.effect.value, "domain": self.domain, "scope": list(self.scope),
            "subjects": self.subjects.to_json(),
            "revoked_at": _iso(self.revoked_at) if self.revoked_at else None,
            "revoked_by": self.revoked_by, "revoke_reason": self.revoke_reason,
        }


def admission(principal: Principal, directives: Iterable[Directive], catalog: Catalog,
              now: datetime, unknown_nationality: str = "restrictive") -> Admission:
    """What the directives in force at `now` say about each model, for this principal."""
    blocked: dict[str, list[str]] = {}
    grants: dict[str, list[str]] = {}
    forced: dict[str, list[str]] = {}
    active = [d for d in directives if d.in_force(now)
              and d.applies_to(principal, unknown_nationality)]
    if not active:
        return Admission()
    for spec in catalog.models.values():
        labels = spec.labels()
        for d in active:
            if not d.covers(labels):
                continue
            if d.effect is Effect.GRANT and d.domain != CYBER:
                continue  # Admission.grants lift the cyber safeguard only: grants are per domain
            target = {Effect.DENY: blocked, Effect.SUSPEND: blocked, Effect.GRANT: grants,
                      Effect.REQUIRE_FALLBACK: forced}[d.effect]
            target.setdefault(spec.name, []).append(d.id)
    for model in blocked:  # deny beats grant; a blocked model needs no fallback rule
        grants.pop(model, None)
        forced.pop(model, None)
    return Admission(blocked={m: tuple(ids) for m, ids in blocked.items()},
                     grants={m: tuple(ids) for m, ids in grants.items()},
                     forced_fallback={m: tuple(ids) for m, ids in forced.items()})


# --------------------------------------------------------------------------- parsing

_REQUIRED = ("id", "title", "issuer", "legal_basis", "effect", "scope")
_KNOWN = set(_REQUIRED) | {"issued_at", "effective_from", "effective_until", "subjects", "domain"}


_NO_SUBJECTS: tuple[Any, ...] = (None, [], {}, {"all": []})


def parse_directive(data: Any, *, now: datetime, source: str = "directive",
                    stored: bool = False) -> Directive:
    """Validate a directive document (already loaded from YAML or JSON).

    `stored=True` re-reads a document the database already holds: rules added since it
    was issued (about `subjects`) must not make an accepted directive unreadable."""
    if not isinstance(data, Mapping):
        raise DirectiveError(f"{source}: a directive must be a mapping with fields "
                             f"{', '.join(_REQUIRED)}")
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise DirectiveError(f"{source}: unknown field {unknown[0]!r}; fields are: "
                             f"{', '.join(sorted(_KNOWN))}")
    for name in _REQUIRED:
        if data.get(name) in (None, "", []):
            raise DirectiveError(f"{source}: `{name}` is required")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", str(data["id"])):
        raise DirectiveError(f"{source}: `id` {data['id']!r} must be letters, digits, . _ : - "
                             "(at most 128 characters), e.g. EAR-2026-06-12")
    try:
        effect = Effect(data["effect"])
    except ValueError:
        raise DirectiveError(f"{source}: `effect` {data['effect']!r} must be one of: "
                             f"{', '.join(e.value for e in Effect)}") from None
    domain = data.get("domain")
    if effect is Effect.GRANT and domain not in DOMAINS:
        raise DirectiveError(f"{source}: a grant needs `domain`, one of: {', '.join(DOMAINS)}")
    if effect is not Effect.GRANT and domain is not None:
        raise DirectiveError(f"{source}: `domain` belongs to grants only; remove it")
    scope = data["scope"]
    if isinstance(scope, str):
        scope = [scope]
    if not isinstance(scope, list) or not all(isinstance(s, str) and s for s in scope):
        raise DirectiveError(f"{source}: `scope` must be a list of model names or labels "
                             "such as tier:frontier, origin:US, licence:open-weight, or *")
    issued_at = _time(data.get("issued_at"), "issued_at", source) or now
    effective_from = _time(data.get("effective_from"), "effective_from", source) or issued_at
    until = _time(data.get("effective_until"), "effective_until", source)
    if until is not None and until <= effective_from:
        raise DirectiveError(f"{source}: `effective_until` must be after `effective_from`")
    if effect is Effect.GRANT and until is None and not stored:
        raise DirectiveError(f"{source}: a grant needs `effective_until`: trusted access "
                             "expires (issue a new grant to renew it)")
    raw_subjects = data.get("subjects")
    if stored:
        subjects = EVERYONE if raw_subjects in _NO_SUBJECTS \
            else _predicate(raw_subjects, f"{source}: `subjects`")
    elif effect is Effect.SUSPEND:  # everyone, by definition: subjects would only mislead
        if raw_subjects not in _NO_SUBJECTS:
            raise DirectiveError(f"{source}: `subjects` does not apply to a suspend (it reaches "
                                 "everyone); remove it, or use effect: deny for some people")
        subjects = EVERYONE
    elif raw_subjects in _NO_SUBJECTS:
        raise DirectiveError(f"{source}: a {effect.value} needs `subjects` (who it applies to), "
                             "e.g. [\"nationality not_in [US]\"]; use effect: suspend for everyone")
    else:
        subjects = _predicate(raw_subjects, f"{source}: `subjects`")
    return Directive(id=str(data["id"]), title=str(data["title"]), issuer=str(data["issuer"]),
                     legal_basis=str(data["legal_basis"]), issued_at=issued_at,
                     effective_from=effective_from, effective_until=until, effect=effect,
                     scope=tuple(scope), subjects=subjects, domain=domain)


def load_directive_text(text: str, *, now: datetime, source: str) -> Directive:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DirectiveError(f"{source}: not valid YAML or JSON: {exc}") from exc
    return parse_directive(data, now=now, source=source)


def _predicate(value: Any, where: str) -> Predicate:
    if isinstance(value, str):
        return Predicate("cond", condition=_condition(value, where))
    if isinstance(value, list):
        return Predicate("all", tuple(_predicate(v, where) for v in value))
    if isinstance(value, Mapping) and len(value) == 1:
        (kind, inner), = value.items()
        if kind in ("all", "any") and isinstance(inner, list):
            return Predicate(kind, tuple(_predicate(v, where) for v in inner))
        if kind == "not":
            return Predicate("not", (_predicate(inner, where),))
    raise DirectiveError(f"{where}: write conditions like \"nationality not_in [US]\", "
                         "a list of them (all must hold), or {any: [...]}, {all: [...]}, {not: ...}")


def _condition(text: str, where: str) -> Condition:
    m = _CONDITION.match(text)
    if not m:
        raise DirectiveError(f"{where}: cannot read {text!r}; write ATTRIBUTE OPERATOR VALUE, "
                             "e.g. \"nationality not_in [US]\" or \"trust_tier == vetted\"")
    attribute, operator, raw = m.groups()
    if attribute not in ATTRIBUTES:
        raise DirectiveError(f"{where}: unknown attribute {attribute!r} in {text!r}; "
                             f"attributes are: {', '.join(ATTRIBUTES)}")
    parsed = yaml.safe_load(raw) if raw.startswith("[") else raw
    values = parsed if isinstance(parsed, list) else [parsed]
    if operator in ("in", "not_in") and not raw.startswith("["):
        raise DirectiveError(f"{where}: {operator!r} takes a list, e.g. {attribute} {operator} [US]")
    cleaned = tuple(str(v).strip() for v in values)
    if attribute in ("nationality", "residence"):
        bad = [v for v in cleaned if not re.fullmatch(r"[A-Za-z]{2}", v)]
        if bad:
            raise DirectiveError(f"{where}: {attribute} {bad[0]!r}: use ISO 3166 alpha-2 codes "
                                 "such as US or JP")
        cleaned = tuple(v.upper() for v in cleaned)
    return Condition(attribute, operator, cleaned)


def _attribute(p: Principal, attribute: str) -> set[str]:
    if attribute == "nationality":
        return set(p.nationality)
    if attribute == "role":
        return set(p.roles)
    value = {"residence": p.residence, "org": p.org, "trust_tier": p.trust_tier,
             "principal": p.id}[attribute]
    return {value} if value else set()


def _time(value: Any, name: str, source: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise DirectiveError(f"{source}: `{name}` {value!r} must be an ISO 8601 time, "
                                 "e.g. 2026-06-12T00:00:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def sorted_by_issue(directives: Sequence[Directive]) -> list[Directive]:
    return sorted(directives, key=lambda d: (d.issued_at, d.id))


__all__ = [
    "EVERYONE",
    "Condition",
    "Directive",
    "DirectiveError",
    "Effect",
    "Predicate",
    "admission",
    "load_directive_text",
    "parse_directive",
    "sorted_by_issue",
]
