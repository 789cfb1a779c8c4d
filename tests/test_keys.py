"""Principals and keys: shown once, stored hashed, found by any process, revocable."""

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sekisho.db import api_keys, open_database
from sekisho.policy.keys import KeyStore, create_principal
from sekisho.values import Language


def test_created_key_finds_its_principal(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme", nationality=("jp", "us"), residence="jp",
                              language="ja", roles=("dev",))
    found = KeyStore(e).lookup(key)
    assert found == p and p.key_id
    assert found is not None and found.nationality == ("JP", "US") and found.language is Language.JA
    assert found.residence == "JP" and found.roles == ("dev",)


def test_only_the_hash_and_a_display_prefix_are_stored(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme")
    assert re.fullmatch(r"sk-sekisho-[A-Za-z0-9_-]{40}", key)
    assert re.fullmatch(r"key_[0-9a-f]{8}", p.key_id)
    with e.connect() as conn:
        row = conn.execute(sa.select(api_keys)).one()
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert row.prefix == key[:14] and key not in str(tuple(row))


def test_an_unknown_key_finds_nobody(database_url: str) -> None:
    assert KeyStore(open_database(database_url)).lookup("sk-sekisho-nothing") is None


def test_a_key_made_by_another_engine_is_found_by_an_existing_store(database_url: str) -> None:
    store = KeyStore(open_database(database_url))
    assert store.lookup("sk-sekisho-nothing") is None
    _, key = create_principal(open_database(database_url), org="acme")
    assert store.lookup(key) is not None


def test_a_revoked_key_stops_working_at_once(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme")
    store = KeyStore(e)
    assert store.lookup(key) is not None
    store.revoke_key(p.key_id)
    assert store.lookup(key) is None


def test_a_key_revoked_by_another_process_stops_working_after_the_cache_ttl(
        database_url: str) -> None:
    now = [0.0]
    e = open_database(database_url)
    p, key = create_principal(e, org="acme")
    store = KeyStore(e, ttl_s=30, clock=lambda: now[0])
    assert store.lookup(key) is not None
    KeyStore(open_database(database_url)).revoke_key(p.key_id)
    assert store.lookup(key) is not None  # still cached
    now[0] = 31.0
    assert store.lookup(key) is None


def test_a_disabled_principal_finds_nobody(database_url: str) -> None:
    e = open_database(database_url)
    _, key = create_principal(e, org="acme", principal_id="bob")
    with e.begin() as conn:
        conn.execute(sa.text("UPDATE principals SET disabled = :t WHERE id = 'bob'"), {"t": True})
    assert KeyStore(e).lookup(key) is None


def test_revoking_an_unknown_key_names_the_fix(database_url: str) -> None:
    with pytest.raises(ValueError, match="key_nope.*sekisho keys list"):
        KeyStore(open_database(database_url)).revoke_key("key_nope")


def test_a_second_key_for_the_same_principal_works_alongside_the_first(database_url: str) -> None:
    e = open_database(database_url)
    first, key1 = create_principal(e, org="acme", principal_id="alice", nationality=("US",))
    second, key2 = create_principal(e, org="acme", principal_id="alice", nationality=("us",))
    store = KeyStore(e)
    assert first.key_id != second.key_id
    assert store.lookup(key1) == first and store.lookup(key2) == second


def test_reusing_a_principal_id_with_other_attributes_is_refused(database_url: str) -> None:
    e = open_database(database_url)
    create_principal(e, org="acme", principal_id="alice")
    with pytest.raises(ValueError, match="principal_id 'alice'"):
        create_principal(e, org="other", principal_id="alice")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"nationality": ("Japan",)}, "nationality 'Japan': use ISO 3166 alpha-2 codes such as JP"),
    ({"residence": "J"}, "residence 'J'"),
    ({"language": "fr"}, "language 'fr': use one of en, ja"),
    ({"org": " "}, "org"),
    ({"trust_tier": ""}, "trust_tier"),
])
def test_bad_attributes_are_refused_naming_the_field(tmp_path: Path, kwargs: dict[str, Any],
                                                     message: str) -> None:
    e = open_database(f"sqlite:///{tmp_path}/k.db")
    with pytest.raises(ValueError, match=re.escape(message)):
        create_principal(e, **{"org": "acme", **kwargs})


def test_list_principals_shows_keys_but_never_the_secret(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme", principal_id="alice")
    create_principal(e, org="acme", principal_id="alice")
    store = KeyStore(e)
    store.revoke_key(p.key_id)
    [(listed, keys)] = store.list_principals()
    assert listed.id == "alice" and len(keys) == 2
    assert set(keys[0]) == {"id", "prefix", "created_at", "revoked_at"}
    assert [k["id"] for k in keys if k["revoked_at"]] == [p.key_id]
    assert all(key not in str(k) for k in keys)


def test_lookups_from_many_threads_agree(database_url: str) -> None:
    e = open_database(database_url)
    made = [create_principal(e, org="acme") for _ in range(4)]
    store = KeyStore(e)
    errors: list[str] = []

    def hammer() -> None:
        for _ in range(25):
            for principal, key in made:
                if store.lookup(key) != principal:
                    errors.append(principal.id)

    threads = [threading.Thread(target=hammer) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
