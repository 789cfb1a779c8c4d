"""One catalog entry, validated."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class CapabilityTier(StrEnum):
    FRONTIER = "frontier"
    STANDARD = "standard"
    FALLBACK = "fallback"


class Licence(StrEnum):
    CLOSED = "closed"
    OPEN_WEIGHT = "open-weight"


class ModelSpec(BaseModel):
    """A model as the catalog file describes it.

    `kind` picks the provider adapter (`openai`, `anthropic`, `local`, or any
    third-party kind registered with `register_provider`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    kind: str
    base_url: str | None = None
    api_key_env: str | None = None  # the credential is read from this environment variable
    upstream_model: str | None = None  # the name sent upstream; defaults to `name`
    tier: CapabilityTier
    origin: str = Field(min_length=2, max_length=2)  # jurisdiction, ISO 3166 alpha-2
    licence: Licence
    tags: tuple[str, ...] = ()
    fallback: str | None = None  # the weaker model that answers safeguard-flagged requests
    continuity: tuple[str, ...] = ()  # ordered alternatives when this model is unavailable
    timeout_s: float = Field(default=60.0, gt=0)
    description: str = ""
    stand_in: bool = False  # a demo stand-in for a model that is not really here
    options: dict[str, str | int | float | bool] = Field(default_factory=dict)

    @property
    def wire_model(self) -> str:
        return self.upstream_model or self.name

    def labels(self) -> frozenset[str]:
        """Every label a directive scope can match: the name and `key:value` tags."""
        return frozenset(
            {self.name, f"tier:{self.tier.value}", f"origin:{self.origin}",
             f"licence:{self.licence.value}", f"kind:{self.kind}", *self.tags}
        )
