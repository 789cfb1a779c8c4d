"""What the end user is told, in their language. English and Japanese are both first-class.

A notice is one line shown in front of the answer whenever the model that answered
is not the one that was asked for, and as the explanation of every refusal.
"""

from __future__ import annotations

from sekisho.safeguards.language import NAMES
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

# Machine reasons (x-sekisho-reason) as a person reads them; unknown ones are shown as is.
REASONS: dict[str, dict[Language, str]] = {
    "safeguard:prohibited": {Language.EN: "prohibited use", Language.JA: "禁止された用途"},
    "safeguard:high_risk": {Language.EN: "high-risk dual use",
                            Language.JA: "高リスクのデュアルユース"},
    "safeguard:low_risk:margin": {Language.EN: "low-risk dual use, within the safety margin",
                                  Language.JA: "低リスクのデュアルユース（安全マージン）"},
    "safeguard:error": {Language.EN: "the safeguard could not check this request",
                        Language.JA: "セーフガードがこのリクエストを確認できなかったため"},
    "safeguard:unread": {Language.EN: "the safeguard cannot read requests in this language",
                         Language.JA: "セーフガードがこの言語のリクエストを読み取れないため"},
    "fallback-declined": {Language.EN: "automatic fallback declined by the caller",
                          Language.JA: "呼び出し元が自動フォールバックを無効にしたため"},
    "no-fallback": {Language.EN: "no fallback model is available",
                    Language.JA: "利用できるフォールバックモデルがないため"},
    "directive": {Language.EN: "directive", Language.JA: "指令"},
}


def describe_reason(reason: str, language: Language) -> str:
    """`safeguard:high_risk:fallback-declined` -> "high-risk dual use; automatic fallback ..."."""
    parts: list[str] = []
    rest = reason
    for key in sorted(REASONS, key=len, reverse=True):
        if rest.startswith(key):
            if key == "safeguard:unread":  # "safeguard:unread:es[:...]": the language, named
                code, _, rest = rest[len(key):].lstrip(":").partition(":")
                names = NAMES.get(code)
                name = (names[1] if language is Language.JA else names[0]) if names else code
                parts.append(REASONS[key].get(language, REASONS[key][Language.EN]) + f" ({name})")
                break
            if key == "directive":  # directive ids are names, shown as they are
                ident = rest[len(key):].lstrip(":").split(":", 1)[0]
                return f"{REASONS[key].get(language, REASONS[key][Language.EN])} {ident}".strip()
            parts.append(REASONS[key].get(language, REASONS[key][Language.EN]))
            rest = rest[len(key):].lstrip(":")
            break
    if rest and rest in REASONS:
        parts.append(REASONS[rest].get(language, REASONS[rest][Language.EN]))
    elif rest:
        parts.append(rest)
    return "; ".join(parts) if parts else reason


def render_notice(key: str, language: Language, **fields: str) -> str:
    """The notice `key` in `language`, falling back to English for unknown languages."""
    templates = MESSAGES[key]
    template = templates.get(language, templates[Language.EN])
    if "reason" in fields:
        fields["reason"] = describe_reason(fields["reason"], language)
    domain = fields.pop("domain", "cyber")
    domain_text = DOMAINS.get(domain, {}).get(language, domain)
    return template.format(domain=domain_text, **fields)
