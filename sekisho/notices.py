"""What the end user is told, in their language. English and Japanese are both first-class.

A notice is one line shown in front of the answer whenever the model that answered
is not the one that was asked for, and as the explanation of every refusal.
"""

from __future__ import annotations

from sekisho.values import Language

MESSAGES: dict[str, dict[Language, str]] = {
    "fallback": {
        Language.EN: "[Sekisho] This request was flagged by the {domain} safeguard ({reason}); "
                     "it was answered by {served} instead of {requested}.",
        Language.JA: "[関所] このリクエストは{domain}セーフガードにより検出されたため（{reason}）、"
                     "{requested} ではなく {served} が回答しました。",
    },
    "policy": {
        Language.EN: "[Sekisho] {requested} is not available to you under {reason}; "
                     "{served} answered instead.",
        Language.JA: "[関所] {reason} により {requested} はご利用いただけないため、"
                     "代わりに {served} が回答しました。",
    },
    "outage": {
        Language.EN: "[Sekisho] {requested} is unavailable right now; {served} answered instead.",
        Language.JA: "[関所] {requested} は現在利用できないため、代わりに {served} が回答しました。",
    },
    "refused": {
        Language.EN: "[Sekisho] This request to {requested} was refused ({reason}).",
        Language.JA: "[関所] {requested} へのこのリクエストは拒否されました（{reason}）。",
    },
    "refused_cyber": {
        Language.EN: "[Sekisho] This request was refused by the cyber safeguard ({reason}): "
                     "it falls in a category that is not served. If this is ordinary work, "
                     "report the request id to your administrator.",
        Language.JA: "[関所] このリクエストはサイバーセーフガードにより拒否されました（{reason}）。"
                     "提供対象外のカテゴリに該当します。通常の業務であれば、"
                     "リクエストIDを管理者にお知らせください。",
    },
    "unavailable": {
        Language.EN: "No model can answer {requested} right now: it and every model of its "
                     "continuity chain are unavailable ({reason}). Retry later.",
        Language.JA: "{requested} とその継続チェーン上のすべてのモデルが現在利用できないため、"
                     "回答できません（{reason}）。しばらくしてから再試行してください。",
    },
}

DOMAINS = {"cyber": {Language.EN: "cyber", Language.JA: "サイバー"}}


def render_notice(key: str, language: Language, **fields: str) -> str:
    """The notice `key` in `language`, falling back to English for unknown languages."""
    templates = MESSAGES[key]
    template = templates.get(language, templates[Language.EN])
    domain = fields.pop("domain", "cyber")
    domain_text = DOMAINS.get(domain, {}).get(language, domain)
    return template.format(domain=domain_text, **fields)
