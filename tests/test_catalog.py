"""The catalog file is validated at start-up; errors name the file, line, field and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from sekisho.catalog.catalog import CatalogError, load_catalog

GOOD = """\
models:
  - name: big
    kind: openai
    base_url: http://127.0.0.1:1/v1
    tier: frontier
    origin: US
    licence: closed
    fallback: small
    continuity: [small]
  - name: small
    kind: openai
    base_url: http://127.0.0.1:1/v1
    tier: fallback
    origin: JP
    licence: open-weight
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "catalog.yaml"
    p.write_text(text)
    return p


def test_valid_catalog_loads_with_its_chains(tmp_path: Path) -> None:
    cat = load_catalog(write(tmp_path, GOOD), ["openai"])
    assert cat.get("big").continuity == ("small",)
    assert "licence:open-weight" in cat.get("small").labels()


@pytest.mark.parametrize(("edit", "expected"), [
    (("fallback: small", "fallback: tiny"),
     "catalog.yaml:8: models[0].fallback: no model 'tiny' in the catalog; models are: big, small"),
    (("continuity: [small]", "continuity: [small, ghost]"),
     "catalog.yaml:9: models[0].continuity[1]: no model 'ghost'"),
    (("tier: frontier", "tier: huge"), "catalog.yaml:5: models[0].tier: input should be"),
    (("origin: JP", "origin: Japan"), "catalog.yaml:14: models[1].origin:"),
    (("kind: openai\n    base_url: http://127.0.0.1:1/v1\n    tier: fallback",
      "kind: mystery\n    base_url: http://127.0.0.1:1/v1\n    tier: fallback"),
     "catalog.yaml:11: models[1].kind: unknown provider kind 'mystery'; kinds are: openai"),
    (("    licence: closed\n", "    licence: closed\n    colour: blue\n"),
     "catalog.yaml:8: models[0].colour: unknown field"),
])
def test_errors_name_file_line_field_and_fix(tmp_path: Path, edit: tuple[str, str],
                                             expected: str) -> None:
    with pytest.raises(CatalogError) as err:
        load_catalog(write(tmp_path, GOOD.replace(*edit, 1)), ["openai"])
    assert expected.lower() in str(err.value).lower()


def test_missing_field_points_at_the_model_that_lacks_it(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"catalog.yaml:2: models\[0\].origin: this field is required"):
        load_catalog(write(tmp_path, GOOD.replace("    origin: US\n", "", 1)), ["openai"])


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="defined twice"):
        load_catalog(write(tmp_path, GOOD.replace("name: small", "name: big")), ["openai"])


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"catalog.yaml:3: not valid YAML"):
        load_catalog(write(tmp_path, "models:\n  - name: a\n   kind: [\n"), ["openai"])


def test_missing_file_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="--catalog"):
        load_catalog(tmp_path / "nope.yaml")
