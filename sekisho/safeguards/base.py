"""The classifier plug point.

A classifier is anything with a `version` and a `classify(messages) -> Verdict`.
Built-in classifiers register through `register_classifier`, the same hook a third
party uses; settings name one by key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from sekisho.values import Message, Tier, Verdict

TIERS: tuple[Tier, ...] = (Tier.PROHIBITED, Tier.HIGH_RISK, Tier.LOW_RISK, Tier.BENIGN)

# A fixed prompt that always triggers a refusal, so that applications can test
# their refusal handling without writing an attack (the reference provider documents one too).
TEST_REFUSAL_TRIGGER = "SEKISHO_TEST_REFUSAL_7c1f"


class Classifier(Protocol):
    """`inline = True` (optional attribute) declares a classifier cheap and bounded enough to
    run on the event loop; `inline_chars = N` declares it so for conversations of at most N
    characters. Others run on a worker thread under the configured timeout."""

    version: str

    def classify(self, messages: Sequence[Message]) -> Verdict:
        """Classify the whole conversation (not only its last message)."""
        ...


def runs_inline(classifier: Classifier, messages: Sequence[Message]) -> bool:
    """Whether this classification is cheap enough for the event loop (a thread hop costs
    ~0.2 ms at p50 and up to a 5 ms GIL switch interval at p99, more than a short text takes)."""
    limit = getattr(classifier, "inline_chars", None)
    if limit is not None:
        return sum(len(m.text) for m in messages) <= int(limit)
    return bool(getattr(classifier, "inline", False))


ClassifierFactory = Callable[[], Classifier]
_REGISTRY: dict[str, ClassifierFactory] = {}


def register_classifier(name: str, factory: ClassifierFactory) -> None:
    _REGISTRY[name] = factory


def classifier_names() -> list[str]:
    return sorted(_REGISTRY)


def make_classifier(name: str) -> Classifier:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(
            f"no safeguard classifier named {name!r}; classifiers are: {', '.join(classifier_names())}"
        ) from None
    return TestTriggerClassifier(factory())


class AllowAllClassifier:
    """The default until a trained classifier ships: every request is benign."""

    version = "allow-all"
    inline = True

    def classify(self, messages: Sequence[Message]) -> Verdict:
        return Verdict(tier=Tier.BENIGN, scores={t.value: 0.0 for t in TIERS} | {"benign": 1.0},
                       version=self.version)


class TestTriggerClassifier:
    """Wraps any classifier: the documented test trigger is always prohibited."""

    def __init__(self, inner: Classifier) -> None:
        self.inner = inner
        self.version = inner.version

    # Where it may run is the inner classifier's to say (see `runs_inline`).
    @property
    def inline(self) -> bool:
        return bool(getattr(self.inner, "inline", False))

    @property
    def inline_chars(self) -> int | None:
        limit = getattr(self.inner, "inline_chars", None)
        return None if limit is None else int(limit)

    def classify(self, messages: Sequence[Message]) -> Verdict:
        if any(TEST_REFUSAL_TRIGGER in m.text for m in messages):
            scores = {t.value: 0.0 for t in TIERS} | {"prohibited": 1.0}
            return Verdict(tier=Tier.PROHIBITED, scores=scores, version=f"{self.version}+test-trigger")
        return self.inner.classify(messages)


register_classifier("allow-all", AllowAllClassifier)
