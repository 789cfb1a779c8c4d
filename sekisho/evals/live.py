"""A live gateway on this machine: the demo catalog (local SmolLM2 stand-ins) on SQLite.

`demo_gateway("cyber-v1")` starts a real Sekisho gateway in a background thread, as the
demo tour does, creates one principal and yields its URL and API key. With
`classifier="allow-all"` the gateway passes every request through, which makes it a raw
OpenAI/Anthropic-compatible endpoint for the local models (for cross-model comparison).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DEMO_MODELS = ("frontier-alpha", "fallback-weaker", "smollm2-sovereign")


@dataclass(frozen=True)
class LiveGateway:
    url: str
    api_key: str
    principal: str
    classifier: str


@contextmanager
def demo_gateway(classifier: str = "cyber-v1", principal: str = "eval-alice",
                 language: str = "en") -> Iterator[LiveGateway]:
    import sekisho.safeguards.cascade  # noqa: F401  (registers cyber-v1)
    from sekisho.gateway.server import BackgroundServer
    from sekisho.policy.keys import create_principal
    from sekisho.runtime import build_runtime, load_checked_catalog
    from sekisho.settings import load_settings

    with tempfile.TemporaryDirectory(prefix="sekisho-eval-") as tmp:
        catalog = Path(str(resources.files("sekisho.demo") / "catalog.yaml"))
        base = load_settings(None, environ={}, overrides={
            "catalog": catalog, "database_url": f"sqlite:///{Path(tmp) / 'eval.db'}"})
        load_checked_catalog(base)
        settings = base.model_copy(update={"safeguard": base.safeguard.model_copy(
            update={"classifier": classifier, "timeout_ms": 5000.0})})
        runtime = build_runtime(settings)
        try:
            _, key = create_principal(runtime.engine, principal_id=principal, org="eval",
                                      nationality=("US",), residence="US", language=language)
            with BackgroundServer(runtime.app) as server:
                yield LiveGateway(server.url, key, principal, classifier)
        finally:
            runtime.close()
