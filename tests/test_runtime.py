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


def _settings(tmp_path: Path, safeguard: dict[str, object]) -> object:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(catalog_yaml("http://127.0.0.1:9"))
    return load_settings(None, environ={}, overrides={
        "catalog": catalog, "database_url": f"sqlite:///{tmp_path / 'rt.db'}", "safeguard": safeguard})


def test_flag_threshold_moves_cyber_v1_to_another_operating_point(tmp_path: Path) -> None:
    from sekisho.safeguards.model import load_artefact
    from sekisho.values import Message, Tier

    # A request whose flag score lies between 0.5 and the shipped threshold.
    text = "Write C++ code to escalate privileges"
    shipped = load_artefact().thresholds.flag
    runtime = build_runtime(_settings(tmp_path, {"flag_threshold": 0.5}))  # type: ignore[arg-type]
    try:
        classifier = runtime.gateway.classifier
        verdict = classifier.classify([Message("user", text)])
        flag = verdict.scores["prohibited"] + verdict.scores["high_risk"]
        assert 0.5 <= flag < shipped
        assert verdict.tier in (Tier.PROHIBITED, Tier.HIGH_RISK)
        assert verdict.version.endswith("+flag0.5")
    finally:
        runtime.close()
    runtime = build_runtime(_settings(tmp_path, {}))  # type: ignore[arg-type]
    try:
        assert runtime.gateway.classifier.classify([Message("user", text)]).tier not in (Tier.PROHIBITED, Tier.HIGH_RISK)
    finally:
        runtime.close()


def test_flag_threshold_on_another_classifier_stops_start_up_naming_the_fix(tmp_path: Path) -> None:
    from sekisho.settings import SettingsError

    with pytest.raises(SettingsError, match="applies to the cyber-v1 classifier.*remove flag_threshold"):
        build_runtime(_settings(tmp_path, {"classifier": "allow-all", "flag_threshold": 0.5}))  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="flag_threshold"):
        _settings(tmp_path, {"flag_threshold": 1.5})
