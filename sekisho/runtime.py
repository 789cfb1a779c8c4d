"""Assemble a running Sekisho from Settings: database, keys, audit, catalog, providers,
safeguard, gateway and the ASGI app. The only place that wires concrete parts together."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from starlette.applications import Starlette

from sekisho.audit.log import AuditWriter
from sekisho.catalog.catalog import Catalog, load_catalog
from sekisho.catalog.health import Health
from sekisho.cjs.api import mounted as cjs_mounted
from sekisho.db import open_database
from sekisho.decide import SafeguardPolicy
from sekisho.gateway.admin import admin_routes, key_check
from sekisho.gateway.app import build_app
from sekisho.gateway.metrics import Metrics
from sekisho.gateway.pipeline import Gateway, GatewayConfig
from sekisho.policy.directive_store import DirectiveRegistry
from sekisho.policy.directives import admission
from sekisho.policy.keys import KeyStore
from sekisho.providers import http as _http  # noqa: F401  (registers openai, anthropic)
from sekisho.providers.base import Provider, provider_factory, provider_kinds
from sekisho.safeguards.base import Classifier, TestTriggerClassifier, make_classifier
from sekisho.settings import Settings, SettingsError
from sekisho.values import Action, Principal

if TYPE_CHECKING:
    from sekisho.safeguards.judge import Judge


def _register_builtins() -> None:
    """Built-in providers and classifiers register through the same hooks as plug-ins."""
    from sekisho.safeguards import cascade as _cascade  # noqa: F401  (registers cyber-v1)
    from sekisho.safeguards import demo_rule as _demo_rule  # noqa: F401
    with contextlib.suppress(ImportError):
        from sekisho.providers import local as _local  # noqa: F401  (needs the `local` extra)


class CachedPrincipals:
    """Key -> principal: a cache hit answers on the event loop; a miss asks the database
    in a thread."""

    def __init__(self, store: KeyStore) -> None:
        self.store = store

    async def lookup(self, api_key: str) -> Principal | None:
        hit = self.store.cached(api_key)
        if hit is not None:
            return hit
        return await asyncio.to_thread(self.store.lookup, api_key)


@dataclass
class Runtime:
    settings: Settings
    engine: sa.Engine
    catalog: Catalog
    gateway: Gateway
    audit: AuditWriter
    keys: KeyStore
    directives: DirectiveRegistry
    app: Starlette

    def close(self) -> None:
        self.directives.stop()
        self.audit.close()
        self.gateway.close()
        self.engine.dispose()


def load_checked_catalog(settings: Settings) -> Catalog:
    _register_builtins()
    if settings.catalog is None:
        raise SettingsError("no catalog file: name it with `catalog:` in the config file, "
                            "--catalog FILE, or SEKISHO_CATALOG")
    return load_catalog(settings.catalog, provider_kinds())


def build_providers(catalog: Catalog, settings: Settings) -> dict[str, Provider]:
    return {name: provider_factory(spec.kind)(spec, settings.environ)
            for name, spec in catalog.models.items()}


def check_judge(catalog: Catalog, settings: Settings) -> None:
    """The judge must be a model of the catalog: checked at start-up, before anything opens."""
    js = settings.safeguard.judge
    if js is not None and js.model not in catalog:
        raise SettingsError(
            f"safeguard.judge.model: {catalog.unknown_model_message(js.model)}; name a model of "
            f"the catalog ({catalog.source}) as the judge, or remove safeguard.judge to turn "
            "the judge off")


def build_judge(catalog: Catalog, providers: dict[str, Provider], settings: Settings,
                health: Health) -> Judge | None:
    """The optional LLM judge (`safeguard.judge`, its model checked by `check_judge`); None
    when it is off."""
    js = settings.safeguard.judge
    if js is None:
        return None
    from sekisho.safeguards.judge import Judge
    return Judge(model=js.model, provider=providers[js.model],
                 wire_model=catalog.get(js.model).wire_model, band=js.band,
                 timeout_s=js.timeout_ms / 1000, on_error=js.on_error, may_lower=js.may_lower,
                 max_chars=js.max_chars, max_tokens=js.max_tokens,
                 max_in_flight=js.max_in_flight, breaker=health.breaker(js.model))


def build_classifier(settings: Settings) -> Classifier:
    """The configured safeguard classifier: the shipped artefact or `safeguard.artefact`, at
    `safeguard.flag_threshold` when one is set."""
    sg = settings.safeguard
    if sg.artefact is None:
        classifier = make_classifier(sg.classifier)
    elif sg.classifier != "cyber-v1":
        raise SettingsError(f"safeguard.artefact applies to the cyber-v1 classifier, not "
                            f"{sg.classifier!r}: remove artefact or set safeguard.classifier: cyber-v1")
    else:
        from sekisho.safeguards.cascade import load_linear_classifier
        from sekisho.safeguards.model import ArtefactError
        try:
            classifier = TestTriggerClassifier(load_linear_classifier(sg.artefact))
        except ArtefactError as exc:
            raise SettingsError(f"safeguard.artefact: {exc}") from exc
    if sg.flag_threshold is None:
        return classifier
    from sekisho.safeguards.model import LinearCyberClassifier
    inner = getattr(classifier, "inner", classifier)
    if not isinstance(inner, LinearCyberClassifier):
        raise SettingsError(f"safeguard.flag_threshold applies to the cyber-v1 classifier, not "
                            f"{sg.classifier!r}: remove flag_threshold or set safeguard.classifier: cyber-v1")
    return TestTriggerClassifier(inner.with_flag_threshold(sg.flag_threshold))


def build_runtime(settings: Settings, *, health: Health | None = None,
                  classifier: Any = None) -> Runtime:
    """The gateway and what it needs. A `classifier` passed in (tests) is used as given:
    `safeguard.classifier` and `safeguard.flag_threshold` then do not apply."""
    catalog = load_checked_catalog(settings)
    check_judge(catalog, settings)
    if classifier is None:
        classifier = build_classifier(settings)  # before anything is opened: it may stop start-up
    engine = open_database(settings.database_url)
    keys = KeyStore(engine)
    audit = AuditWriter(engine)
    metrics = Metrics()
    sg = settings.safeguard
    policy = SafeguardPolicy(
        actions={**SafeguardPolicy().actions, **sg.actions},
        by_trust_tier=sg.trust_tiers,
        low_risk_margin=sg.low_risk_margin,
        on_unread=Action(sg.on_unread_language),
    )
    providers = build_providers(catalog, settings)
    health = health or Health(settings.continuity.breaker_threshold,
                              settings.continuity.breaker_cooldown_s)
    judge = build_judge(catalog, providers, settings, health)
    registry = DirectiveRegistry(engine, resync_s=settings.directives.resync_s,
                                 watch_s=settings.directives.watch_s).start()
    unknown = settings.directives.unknown_nationality

    def admission_for(principal: Principal, now: float) -> Any:
        when = datetime.fromtimestamp(now, UTC)
        return admission(principal, registry.current(), catalog, when, unknown)

    gateway = Gateway(
        catalog=catalog, providers=providers,
        classifier=classifier,
        principals=CachedPrincipals(keys), audit=audit,
        config=GatewayConfig(max_body_bytes=settings.max_body_bytes,
                             keep_prompt_text=settings.audit.keep_prompt_text,
                             classifier_timeout_s=sg.timeout_ms / 1000,
                             classifier_timeout_s_per_char=sg.timeout_ms_per_million_chars / 1e9,
                             classifier_on_error=sg.on_error),
        policy=policy,
        health=health,
        metrics=metrics,
        admission_for=admission_for,
        judge=judge,
    )

    def ready() -> tuple[bool, dict[str, Any]]:
        metrics.audit_pending.set(audit.pending)
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("select 1"))
        except sa.exc.SQLAlchemyError as exc:
            return False, {"database": f"unreachable: {type(exc).__name__}"}
        return True, {"database": "ok", "audit_pending": audit.pending,
                      "models": len(catalog.models)}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        from sekisho.providers.http import close_sessions
        await close_sessions()
        for provider in providers.values():
            await provider.aclose()
        audit.flush(10.0)

    admin_key = settings.environ.get(settings.admin_key_env) or None
    admin = [*admin_routes(engine, registry, admin_key, gateway.clock),
             *cjs_mounted(gateway, key_check(admin_key))]
    app = build_app(gateway, ready=ready, lifespan=lifespan, extra_routes=admin)
    return Runtime(settings, engine, catalog, gateway, audit, keys, registry, app)
