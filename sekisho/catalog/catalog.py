"""Load and validate the catalog file.

Every error names the file, the line, the field and the fix, e.g.

    catalog.yaml:14: models[2].fallback: no model 'opus-4-8' in the catalog; models are: a, b
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from sekisho.catalog.spec import ModelSpec


class CatalogError(ValueError):
    """The catalog file is not usable; the message says where and how to fix it."""


class _CatalogFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    models: tuple[ModelSpec, ...]


@dataclass(frozen=True)
class Catalog:
    models: Mapping[str, ModelSpec]
    source: str = "<memory>"

    def __contains__(self, name: object) -> bool:
        return name in self.models

    def get(self, name: str) -> ModelSpec:
        try:
            return self.models[name]
        except KeyError:
            raise KeyError(self.unknown_model_message(name)) from None

    def names(self) -> list[str]:
        return list(self.models)

    def unknown_model_message(self, name: str) -> str:
        return f"no model {name!r} in the catalog; models are: {', '.join(self.models)}"

    @classmethod
    def from_specs(cls, specs: Iterable[ModelSpec], source: str = "<memory>") -> Catalog:
        catalog = cls(models={s.name: s for s in specs}, source=source)
        problems = _cross_reference_problems(catalog)
        if problems:
            raise CatalogError("\n".join(f"{source}: {field}: {msg}" for _, field, msg in problems))
        return catalog


def load_catalog(path: str | Path, provider_kinds: Iterable[str] | None = None) -> Catalog:
    """Parse, validate and cross-check a catalog file. Raises CatalogError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read the catalog file ({exc.strerror}); "
                           "pass an existing file with --catalog or SEKISHO_CATALOG") from exc
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise CatalogError(f"{path}{line}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or "models" not in data:
        raise CatalogError(f"{path}:1: the catalog must be a mapping with a `models:` list")
    try:
        parsed = _CatalogFile.model_validate(data)
    except ValidationError as exc:
        raise CatalogError("\n".join(
            f"{path}:{_line_of(root, err['loc'])}: {_dotted(err['loc'])}: {_fix(err)}"
            for err in exc.errors()
        )) from exc
    catalog = Catalog(models={}, source=str(path))
    seen: dict[str, ModelSpec] = {}
    problems: list[tuple[tuple[Any, ...], str, str]] = []
    for i, spec in enumerate(parsed.models):
        if spec.name in seen:
            problems.append((("models", i, "name"), f"models[{i}].name",
                             f"model {spec.name!r} is defined twice; names must be unique"))
        seen[spec.name] = spec
    catalog = Catalog(models=seen, source=str(path))
    problems += _cross_reference_problems(catalog, list(parsed.models), provider_kinds)
    if problems:
        raise CatalogError("\n".join(
            f"{path}:{_line_of(root, loc)}: {field}: {msg}" for loc, field, msg in problems
        ))
    return catalog


def _cross_reference_problems(
    catalog: Catalog,
    ordered: list[ModelSpec] | None = None,
    provider_kinds: Iterable[str] | None = None,
) -> list[tuple[tuple[Any, ...], str, str]]:
    problems: list[tuple[tuple[Any, ...], str, str]] = []
    kinds = set(provider_kinds) if provider_kinds is not None else None
    names = ", ".join(catalog.models)
    for i, spec in enumerate(ordered if ordered is not None else catalog.models.values()):
        where = f"models[{i}]"
        if kinds is not None and spec.kind not in kinds:
            problems.append((("models", i, "kind"), f"{where}.kind",
                             f"unknown provider kind {spec.kind!r}; kinds are: {', '.join(sorted(kinds))}"))
        if spec.kind != "local" and not spec.base_url:
            problems.append((("models", i), f"{where}.base_url",
                             f"model {spec.name!r} of kind {spec.kind!r} needs a base_url"))
        if spec.fallback is not None:
            if spec.fallback not in catalog.models:
                problems.append((("models", i, "fallback"), f"{where}.fallback",
                                 f"no model {spec.fallback!r} in the catalog; models are: {names}"))
            elif spec.fallback == spec.name:
                problems.append((("models", i, "fallback"), f"{where}.fallback",
                                 "a model cannot be its own fallback; name a weaker model"))
        for j, alt in enumerate(spec.continuity):
            if alt not in catalog.models:
                problems.append((("models", i, "continuity", j), f"{where}.continuity[{j}]",
                                 f"no model {alt!r} in the catalog; models are: {names}"))
            elif alt == spec.name:
                problems.append((("models", i, "continuity", j), f"{where}.continuity[{j}]",
                                 "a model cannot be in its own continuity chain"))
    return problems


def _line_of(root: yaml.Node | None, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the deepest YAML node that `loc` reaches."""
    node = root
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
            if child is None:  # a missing field: point at the mapping that lacks it
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fix(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    if kind == "missing":
        return "this field is required"
    if kind == "extra_forbidden":
        return "unknown field; remove it or check its spelling"
    if kind == "enum":
        return f"{err['msg'].lower()}"
    return str(err["msg"])
