"""Catalog entries for table-driven tests (no upstream is ever called)."""

from __future__ import annotations

from sekisho.catalog.spec import ModelSpec


def spec(name: str, tier: str = "frontier", origin: str = "US", licence: str = "closed",
         continuity: tuple[str, ...] = (), fallback: str | None = None) -> ModelSpec:
    return ModelSpec(name=name, kind="openai", base_url="http://x/v1", tier=tier, origin=origin,
                     licence=licence, continuity=continuity, fallback=fallback)
