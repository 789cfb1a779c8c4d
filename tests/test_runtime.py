"""Assembling a runtime from settings: every built-in plug-in can be named in the config."""

from __future__ import annotations

from pathlib import Path

import pytest

from sekisho.runtime import build_runtime
from sekisho.settings import load_settings
from tests.conftest import catalog_yaml


@pytest.mark.parametrize(("name", "version"), [("allow-all", "allow-all"), ("demo-rule", "demo-rule"),
                                               ("cyber-v1", "cyber-v1")])
def test_config_can_name_every_built_in_classifier(tmp_path: Path, name: str, version: str) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(catalog_yaml("http://127.0.0.1:9"))
    settings = load_settings(None, environ={}, overrides={
        "catalog": catalog, "database_url": f"sqlite:///{tmp_path / 'rt.db'}",
        "safeguard": {"classifier": name}})
    runtime = build_runtime(settings)
    try:
        assert runtime.gateway.classifier.version.startswith(version)
    finally:
        runtime.close()
