"""Principals and their API keys. A key is shown once; only its SHA-256 is stored.

`KeyStore.lookup` is on the request path: hits are cached in memory for `ttl_s`
seconds, misses always ask the database, so a key made by another process (the CLI)
works at once and a key revoked by another process stops working within `ttl_s`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa

from sekisho.db import api_keys, principals
from sekisho.values import Language, Principal

KEY_PREFIX = "sk-sekisho-"
_KEY_CHARS = 40
_DISPLAY_CHARS = 14
_COUNTRY = re.compile(r"[A-Z]{2}")


def hash_key(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(_KEY_CHARS)[:_KEY_CHARS]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _country(value: str, field: str) -> str:
    code = str(value).strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise ValueError(f"{field} {value!r}: use ISO 3166 alpha-2 codes such as JP")
    return code


def _validated(org: str, nationality: Sequence[str], residence: str | None, trust_tier: str,
               language: str) -> tuple[tuple[str, ...], str | None, Language]:
    if not org.strip():
        raise ValueError("org: name the organisation the principal belongs to")
    if not trust_tier.strip():
        raise ValueError("trust_tier: must not be empty; use e.g. standard or vetted")
    if isinstance(nationality, str):  # ("JP") is a string, not a tuple of one
        nationality = (nationality,)
    try:
        lang = Language(language.strip().lower())
    except ValueError:
        raise ValueError(f"language {language!r}: use one of "
                         f"{', '.join(lang.value for lang in Language)}") from None
    nat = tuple(dict.fromkeys(_country(n, "nationality") for n in nationality))
    res = _country(residence, "residence") if residence is not None else None
    return nat, res, lang


def create_principal(
    engine: sa.Engine, *, org: str, roles: Sequence[str] = (), nationality: Sequence[str] = (),
    residence: str | None = None, trust_tier: str = "standard", language: str = "en",
    principal_id: str | None = None,
) -> tuple[Principal, str]:
    """Create a principal, or add a key to an existing one with the same attributes.

    Returns the principal (with `key_id` set) and the plaintext key, which is not stored.
    """
    nat, res, lang = _validated(org, nationality, residence, trust_tier, language)
    pid = principal_id or f"p_{secrets.token_hex(6)}"
    row = {"id": pid, "org": org, "roles": orjson.dumps(list(roles)).decode(),
           "nationality": orjson.dumps(list(nat)).decode(), "residence": res,
           "trust_tier": trust_tier, "language": lang.value, "created_at": _now(),
           "disabled": False}
    wanted = _principal(row)
    key, key_id = new_key(), f"key_{secrets.token_hex(4)}"
    with engine.begin() as conn:
        existing = conn.execute(sa.select(principals).where(principals.c.id == pid)).one_or_none()
        if existing is None:
            conn.execute(sa.insert(principals), row)
        elif _principal(existing._mapping) != wanted:
            raise ValueError(f"principal_id {pid!r} exists with other attributes "
                             f"({_describe(_principal(existing._mapping))}); "
                             "choose another id or repeat its attributes exactly")
        conn.execute(sa.insert(api_keys), {"id": key_id, "principal_id": pid,
                                           "key_hash": hash_key(key),
                                           "prefix": key[:_DISPLAY_CHARS],
                                           "created_at": _now(), "revoked_at": None})
    return _principal(row, key_id), key


def _describe(p: Principal) -> str:
    return (f"org={p.org}, roles={','.join(p.roles) or '-'}, "
            f"nationality={','.join(p.nationality) or '-'}, residence={p.residence or '-'}, "
            f"trust_tier={p.trust_tier}, language={p.language.value}")


def _principal(m: Mapping[Any, Any], key_id: str = "") -> Principal:
    return Principal(id=m["id"], org=m["org"], roles=tuple(orjson.loads(m["roles"])),
                     nationality=tuple(orjson.loads(m["nationality"])), residence=m["residence"],
                     trust_tier=m["trust_tier"], language=Language(m["language"]), key_id=key_id)


_LOOKUP = (sa.select(principals, api_keys.c.id.label("key_id"))
           .join(api_keys, api_keys.c.principal_id == principals.c.id)
           .where(api_keys.c.key_hash == sa.bindparam("digest"),
                  api_keys.c.revoked_at.is_(None),
                  sa.not_(principals.c.disabled)))


class KeyStore:
    """API key -> Principal. Thread-safe (called from `asyncio.to_thread`)."""

    def __init__(self, engine: sa.Engine, *, ttl_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self.ttl_s = ttl_s
        self._clock = clock
        self._cache: dict[str, tuple[Principal, float]] = {}  # digest -> (principal, expiry)
        self._lock = threading.Lock()

    def cached(self, api_key: str) -> Principal | None:
        """The principal if this key was seen recently: no I/O, safe on the event loop."""
        hit = self._cache.get(hash_key(api_key))
        return hit[0] if hit is not None and hit[1] > self._clock() else None

    def lookup(self, api_key: str) -> Principal | None:
        digest = hash_key(api_key)
        now = self._clock()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and hit[1] > now:
            return hit[0]
        with self.engine.connect() as conn:
            row = conn.execute(_LOOKUP, {"digest": digest}).one_or_none()
        with self._lock:
            if row is None:
                self._cache.pop(digest, None)
                return None
            principal = _principal(row._mapping, row.key_id)
            self._cache[digest] = (principal, now + self.ttl_s)
        return principal

    def list_principals(self) -> list[tuple[Principal, list[dict[str, Any]]]]:
        """Every principal with its keys (id, prefix, created_at, revoked_at), never a key."""
        with self.engine.connect() as conn:
            people = conn.execute(sa.select(principals).order_by(principals.c.id)).all()
            keys = conn.execute(sa.select(api_keys.c.id, api_keys.c.principal_id,
                                          api_keys.c.prefix, api_keys.c.created_at,
                                          api_keys.c.revoked_at)
                                .order_by(api_keys.c.created_at, api_keys.c.id)).all()
        by_principal: dict[str, list[dict[str, Any]]] = {}
        for k in keys:
            by_principal.setdefault(k.principal_id, []).append(
                {"id": k.id, "prefix": k.prefix, "created_at": k.created_at,
                 "revoked_at": k.revoked_at})
        return [(_principal(p._mapping), by_principal.get(p.id, [])) for p in people]

    def active_principals(self) -> list[Principal]:
        """Principals who can send a request now: not disabled, with an unrevoked key."""
        live = (sa.select(api_keys.c.principal_id)
                .where(api_keys.c.revoked_at.is_(None)).distinct())
        query = (sa.select(principals).where(sa.not_(principals.c.disabled),
                                             principals.c.id.in_(live))
                 .order_by(principals.c.id))
        with self.engine.connect() as conn:
            return [_principal(r._mapping) for r in conn.execute(query)]

    def revoke_key(self, key_id: str) -> None:
        with self.engine.begin() as conn:
            known = conn.execute(sa.select(api_keys.c.revoked_at)
                                 .where(api_keys.c.id == key_id)).one_or_none()
            if known is None:
                raise ValueError(f"no key {key_id!r}; `sekisho keys list` shows the key ids")
            if known.revoked_at is None:
                conn.execute(sa.update(api_keys).where(api_keys.c.id == key_id)
                             .values(revoked_at=_now()))
        with self._lock:
            for digest in [d for d, (p, _) in self._cache.items() if p.key_id == key_id]:
                del self._cache[digest]
