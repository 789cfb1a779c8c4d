"""Principals and keys: shown once, stored hashed, found by any process, revocable."""

from __future__ import annotations

import pytest

from sekisho.db import open_database
from sekisho.policy.keys import KeyStore, create_principal
from sekisho.values import Language


def test_created_key_finds_its_principal(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme", nationality=("jp", "us"), residence="jp",
                              language="ja", roles=("dev",))
    found = KeyStore(e).lookup(key)
    assert found == p
    assert found is not None and found.nationality == ("JP", "US") and found.language is Language.JA


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


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"nationality": ("Japan",)}, "nationality"),
    ({"residence": "J"}, "residence"),
    ({"language": "fr"}, "language"),
    ({"org": " "}, "org"),
])
def test_bad_attributes_are_refused_naming_the_field(tmp_path: object, kwargs: dict, field: str) -> None:
    e = open_database(f"sqlite:///{tmp_path}/k.db")
    with pytest.raises(ValueError, match=field):
        create_principal(e, **{"org": "acme", **kwargs})


def test_list_principals_shows_keys_but_never_the_secret(database_url: str) -> None:
    e = open_database(database_url)
    p, key = create_principal(e, org="acme", principal_id="alice")
    create_principal(e, org="acme", principal_id="alice")  # a second key for the same person
    [(listed, keys)] = KeyStore(e).list_principals()
    assert listed.id == "alice" and len(keys) == 2
    assert all(key not in str(k) for k in keys)
