"""The documented demo rule, used by the tour only until a trained classifier ships.

It is NOT a safeguard: a handful of phrases, matched case-insensitively, put a request
in a tier. prohibited: ransomware, wiper, keylogger, botnet, "disable the antivirus".
high_risk: "exploit for", "privilege escalation", "password spraying", "sql injection payload".
Everything else is benign.
"""

from __future__ import annotations

from collections.abc import Sequence

from sekisho.safeguards.base import TIERS, register_classifier
from sekisho.values import Message, Tier, Verdict

RULES: tuple[tuple[Tier, tuple[str, ...]], ...] = (
    (Tier.PROHIBITED, ("ransomware", "wiper", "keylogger", "botnet", "disable the antivirus",
                       "ランサムウェア")),
    (Tier.HIGH_RISK, ("exploit for", "privilege escalation", "password spraying",
                      "sql injection payload", "権限昇格", "エクスプロイト")),
)


class DemoRuleClassifier:
    version = "demo-rule-1"

    def classify(self, messages: Sequence[Message]) -> Verdict:
        text = "\n".join(m.text for m in messages).lower()
        for tier, phrases in RULES:
            if any(p in text for p in phrases):
                return Verdict(tier, {t.value: float(t is tier) for t in TIERS}, version=self.version)
        return Verdict(Tier.BENIGN, {t.value: float(t is Tier.BENIGN) for t in TIERS},
                       version=self.version)


register_classifier("demo-rule", DemoRuleClassifier)
