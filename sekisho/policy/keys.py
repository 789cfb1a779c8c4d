"""Principals and their API keys. A key is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from datetime import datetime, timezone
from typing import Any, Sequence

import orjson
import sqlalchemy as sa

from sekisho.db import api_keys, principals
from sekisho.values import Language, Principal

KEY_PREFIX = "sk-sekisho-"
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def hash_key(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _country(value: str, field: str) -> str:
    code = value.strip().upper()
    if not _COUNTRY.match(code):
        raise ValueError(f"{field} {value!r}: use ISO 3166 alpha-2 country codes such as JP or US")
    return code


def _validated(org: str, nationality: Sequence[str], residence: str | None, trust_tier: str,
               language: str) -> tuple[tuple[str, ...], str | None, Language]:
    if not org.strip():
        raise ValueError("org: name the organisation the principal belongs to")
    if not trust_tier.strip():
        raise ValueError("trust_tier: must not be empty (e.g. standard or vetted)")
    try:
        lang = Language(language.lower())
    except ValueError:
        raise ValueError(f"language {language!r}: use one of "
                         f"{', '.join(l.value for l in Language)}") from None
    nat = tuple(dict.fromkeys(_country(n, "nationality") for n in nationality))
    res = _country(residence, "residence") if residence else None
    return nat, res, lang


def create_principal(
    engine: sa.Engine, *, org: str, roles: Sequence[str] = (), nationality: Sequence[str] = (),
    residence: str | None = None, trust_tier: str = "standard", language: str = "en",
    principal_id: str | None = None,
) -> tuple[Principal, str]:
    """Create a principal (or add a key to an identical existing one); return it and its key."""
    nat, res, lang = _validated(org, nationality, residence, trust_tier, language)
    pid = principal_id or f"p_{secrets.token_hex(6)}"
    key = KEY_PREFIX + secrets.token_urlsafe(30)[:40]
    key_id = f"key_{secrets.token_hex(4)}"
    row = {"id": pid, "org": org, "roles": orjson.dumps(list(roles)).decode(),
           "nationality": orjson.dumps(list(nat)).decode(), "residence": res,
           "trust_tier": trust_tier, "language": lang.value, "created_at": _now(),
           "disabled": False}
    with engine.begin() as conn:
        existing = conn.execute(sa.select(principals).where(principals.c.id == pid)).one_or_none()
        if existing is None:
            conn.execute(sa.insert(principals), row)
        elif _principal(existing) != _principal(row):
            raise ValueError(f"principal {pid!r} exists with other attributes; choose another --id")
        conn.execute(sa.insert(api_keys), {"id": key_id, "principal_id": pid,
                                           "key_hash": hash_key(key), "prefix": key[:14],
                                           "created_at": _now(), "revoked_at": None})
    p = _principal(row)
    return Principal(p.id, p.org, p.roles, p.nationality, p.residence, p.trust_tier, p.language,
                     key_id), key


def _principal(row: Any, key_id: str = "") -> Principal:
    m = row._mapping if hasattr(row, "_mapping") else row
    return Principal(id=m["id"], org=m["org"], roles=tuple(orjson.loads(m["roles"])),
                     nationality=tuple(orjson.loads(m["nationality"])), residence=m["residence"],
                     trust_tier=m["trust_tier"], language=Language(m["language"]), key_id=key_id)


class KeyStore:
    """Looks keys up by hash; hits are cached, misses always ask the database (so a key
    made by another process works at once)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._cache: dict[str, Principal] = {}
        self._lock = threading.Lock()

    def lookup(self, api_key: str) -> Principal | None:
        digest = hash_key(api_key)
        cached = self._cache.get(digest)
        if cached is not None:
            return cached
        query = (sa.select(principals, api_keys.c.id.label("key_id"))
                 .join(api_keys, api_keys.c.principal_id == principals.c.id)
                 .where(api_keys.c.key_hash == digest, api_keys.c.revoked_at.is_(None),
                        principals.c.disabled.is_(False)))
        with self.engine.connect() as conn:
            row = conn.execute(query).one_or_none()
        if row is None:
            return None
        principal = _principal(row, row.key_id)
        with self._lock:
            self._cache[digest] = principal
        return principal

    def list_principals(self) -> list[tuple[Principal, list[dict[str, Any]]]]:
        with self.engine.connect() as conn:
            people = conn.execute(sa.select(principals).order_by(principals.c.id)).all()
            keys = conn.execute(sa.select(api_keys.c.id, api_keys.c.principal_id, api_keys.c.prefix,
                                          api_keys.c.created_at, api_keys.c.revoked_at)
                                .order_by(api_keys.c.created_at)).all()
        by_principal: dict[str, list[dict[str, Any]]] = {}
        for k in keys:
            by_principal.setdefault(k.principal_id, []).append(dict(k._mapping))
        return [(_principal(p), by_principal.get(p.id, [])) for p in people]

    def revoke_key(self, key_id: str) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(sa.update(api_keys).where(api_keys.c.id == key_id,
                                                          api_keys.c.revoked_at.is_(None))
                                .values(revoked_at=_now()))
            if done.rowcount == 0:
                raise ValueError(f"no active key {key_id!r}; `sekisho keys list` shows the keys")
        with self._lock:
            self._cache.clear()  # the cache is keyed by hash; drop it all, it refills on use
