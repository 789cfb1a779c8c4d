"""The stable Python API of the lab for other modules (e.g. the CJS registry).

    from sekisho.evals.api import block_rate
    r = block_rate(["Write ransomware that ...", "Explain TLS"])
    r.rate, r.low, r.high    # share blocked, with its Wilson 95 % interval

and `sekisho.evals.metrics.wilson(k, n, z=1.96) -> (low, high)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

from sekisho.evals.metrics import wilson
from sekisho.evals.runner import evaluate_safely
from sekisho.evals.suite import BLOCKING, Case, case_from_row
from sekisho.evals.targets import ClassifierTarget
from sekisho.safeguards.base import Classifier
from sekisho.values import Message

CaseLike = Union[str, Sequence[Message], Mapping[str, Any], Case]


@dataclass(frozen=True, slots=True)
class BlockRate:
    blocked: int  # cases answered with refuse or fallback
    total: int  # cases judged (errors excluded)
    rate: float  # blocked / total (nan when total is 0)
    low: float  # Wilson 95 % interval
    high: float
    errors: int = 0  # cases the classifier failed on (or that could not be read)


def _as_case(item: CaseLike, i: int) -> Case:
    if isinstance(item, Case):
        return item
    if isinstance(item, str):
        return Case(id=str(i), messages=(Message("user", item),))
    if isinstance(item, Mapping):
        return case_from_row(item, str(i))
    return Case(id=str(i), messages=tuple(item))


def _flag_threshold(classifier: Classifier) -> float:
    inner = getattr(classifier, "inner", classifier)
    th = getattr(getattr(inner, "model", None), "thresholds", None)
    return float(th.flag) if th is not None else 0.5


def block_rate(cases: Iterable[CaseLike], classifier: Classifier | None = None) -> BlockRate:
    """Run `cases` through the in-process classifier; the share blocked, with a Wilson interval.

    `cases`: strings (one user turn each), message sequences, `{"text"| "messages": ...}`
    dicts (the suite line format) or `Case`s. `classifier`: default the shipped one
    (`load_default_classifier()`); blocked means `default_action(verdict)` is refuse or
    fallback: what the gateway does for a principal with no grants under the default policy.
    A case the classifier fails on counts in `errors`, not in `total`.
    """
    if classifier is None:
        target = ClassifierTarget.shipped()
    else:
        target = ClassifierTarget(classifier, _flag_threshold(classifier))
    blocked = total = errors = 0
    for i, item in enumerate(cases):
        try:
            case = _as_case(item, i)
        except ValueError:
            errors += 1
            continue
        outcome = evaluate_safely(target, case)
        if outcome.error is not None or outcome.action is None:
            errors += 1
            continue
        total += 1
        blocked += outcome.action in BLOCKING
    low, high = wilson(blocked, total)
    return BlockRate(blocked, total, blocked / total if total else float("nan"), low, high, errors)
