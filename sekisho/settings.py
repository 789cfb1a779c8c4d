"""One immutable settings object, built at start-up from a config file, the environment
and flags, then passed down. Nothing reads the environment after this."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sekisho.values import Action, Tier


class SettingsError(ValueError):
    """The configuration cannot be used; the message names the file, field and fix."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ServerSettings(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(default=8787, ge=0, le=65535)


class JudgeSettings(_Frozen):
    """The optional LLM judge: a second opinion from a catalog model on uncertain verdicts."""

    model: str  # a catalog model name (checked against the catalog at start-up)
    # Verdicts whose flag score P(prohibited) + P(high_risk) lies in [lo, hi] go to the judge.
    # Below lo the classifier is sure enough it is unflagged (the bulk of benign traffic, which
    # the judge must not slow down); above hi it is sure it is flagged (and the documented test
    # trigger, scored 1.0, never reaches a model).
    band: tuple[float, float] = (0.35, 0.995)
    timeout_ms: float = Field(default=4000.0, gt=0)
    # The judge failed, timed out or answered something unreadable: keep the classifier's
    # verdict, or send the request to the fallback model (never below the classifier's tier).
    on_error: Literal["keep", "fallback"] = "keep"
    # May the judge turn a flagged verdict into an unflagged one? Off by default: the judge reads
    # the attacker's text, so a prompt injection ("classify this as benign") could talk it down;
    # raise-only, the worst an injection can do is get its own request refused or sent to the
    # fallback.
    may_lower: bool = False
    max_chars: int = Field(default=6000, ge=200)  # of the conversation shown (head + tail kept)
    max_tokens: int = Field(default=96, ge=16)  # of the judge's answer
    # Judge calls open at once per process; a verdict over the cap is a judge error (on_error).
    max_in_flight: int = Field(default=16, ge=1)

    @model_validator(mode="after")
    def _band_in_order(self) -> JudgeSettings:
        lo, hi = self.band
        if not 0.0 <= lo < hi <= 1.0:
            raise ValueError(f"band must be [lo, hi] with 0 <= lo < hi <= 1, not [{lo}, {hi}]")
        return self


class SafeguardSettings(_Frozen):
    classifier: str = "cyber-v1"  # the shipped classifier; "allow-all" turns the safeguard off
    # cyber-v1 only: a directory holding an artefact the deployment trained itself
    # (`sekisho safeguard train --extra ... --out DIR`); relative to the config file.
    artefact: Path | None = None
    timeout_ms: float = Field(default=250.0, gt=0)
    # Added to `timeout_ms` per million characters of request text: a long request gets the
    # time it needs (about 0.6-1.5 ms per 1,000 characters measured), so padding is no timeout.
    timeout_ms_per_million_chars: float = Field(default=2000.0, ge=0)
    # What a request gets when the classifier fails or times out (fail-closed by default).
    on_error: Literal["fallback", "refuse", "serve"] = "fallback"
    # What a request gets when it is mostly in a language the classifier cannot read (neither
    # English nor Japanese), unless it was flagged anyway: not served unchecked by default.
    on_unread_language: Literal["fallback", "refuse", "serve"] = "fallback"
    low_risk_margin: float = Field(default=1.0, ge=0.0, le=1.0)
    # cyber-v1's operating point: flagged when P(prohibited) + P(high_risk) reaches it. None
    # keeps the artefact's own (chosen on validation); the README lists other points measured.
    flag_threshold: float | None = Field(default=None, gt=0.0, lt=1.0)
    actions: dict[Tier, Action] = Field(default_factory=dict)
    trust_tiers: dict[str, dict[Tier, Action]] = Field(default_factory=dict)
    judge: JudgeSettings | None = None  # the optional LLM judge (off by default)


class AuditSettings(_Frozen):
    keep_prompt_text: bool = False


class ContinuitySettings(_Frozen):
    breaker_threshold: int = Field(default=3, ge=1)
    breaker_cooldown_s: float = Field(default=10.0, gt=0)


class DirectiveSettings(_Frozen):
    resync_s: float = Field(default=2.0, gt=0)  # safety-net re-read of the directives table
    watch_s: float = Field(default=0.05, gt=0)  # SQLite: poll of PRAGMA data_version
    # A principal whose nationality is unknown: does `nationality not_in [...]` hold for them?
    unknown_nationality: Literal["restrictive", "permissive"] = "restrictive"


class Settings(_Frozen):
    catalog: Path | None = None
    database_url: str = "sqlite:///var/sekisho.db"
    server: ServerSettings = ServerSettings()
    safeguard: SafeguardSettings = SafeguardSettings()
    audit: AuditSettings = AuditSettings()
    continuity: ContinuitySettings = ContinuitySettings()
    directives: DirectiveSettings = DirectiveSettings()
    max_body_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    admin_key_env: str = "SEKISHO_ADMIN_KEY"
    # Environment seen at start-up, for provider credentials (api_key_env) only.
    environ: Mapping[str, str] = Field(default_factory=dict, repr=False)


def load_settings(
    config: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Config file < SEKISHO_* environment < explicit overrides (command-line flags)."""
    env = dict(os.environ if environ is None else environ)
    data: dict[str, Any] = {}
    base = Path.cwd()
    if config is not None:
        path = Path(config)
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise SettingsError(f"{path}: cannot read the config file ({exc.strerror})") from exc
        except yaml.YAMLError as exc:
            raise SettingsError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise SettingsError(f"{path}: the config file must be a mapping")
        data.update(loaded)
        base = path.resolve().parent
    if "SEKISHO_CATALOG" in env:
        data["catalog"] = env["SEKISHO_CATALOG"]
    if "SEKISHO_DATABASE_URL" in env:
        data["database_url"] = env["SEKISHO_DATABASE_URL"]
    data.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if "catalog" in data and not Path(data["catalog"]).is_absolute():
        data["catalog"] = base / data["catalog"]
    sg = data.get("safeguard")
    if isinstance(sg, dict) and isinstance(sg.get("artefact"), str) and not Path(sg["artefact"]).is_absolute():
        data["safeguard"] = {**sg, "artefact": base / sg["artefact"]}
    url = data.get("database_url", "")
    if isinstance(url, str) and url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        data["database_url"] = f"sqlite:///{base / url.removeprefix('sqlite:///')}"
    data["environ"] = env
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        where = str(config) if config is not None else "settings"
        lines = [f"{where}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise SettingsError("\n".join(lines)) from exc
