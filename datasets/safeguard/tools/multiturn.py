"""Multi-turn rows (messages format).

Two sources:
* hand-written conversations below (CONVOS): benign debugging sessions, escalating attacks,
  split-turn attacks where each user turn is innocuous alone, and benign sessions that
  mention attacks;
* composed sessions: a plain core as the first user turn plus hand-written generic
  follow-ups (benign), or an opener of the same split followed by a harmful core (escalation).

The label is the tier of the conversation as a whole at its last user turn.
"""

from __future__ import annotations

from common import expand, parse_cores, rng_for, short_hash, split_for_family
from parts import benign_en, benign_ja, high_en, high_ja, low_en, low_ja, prohib_en, prohib_ja
from parts.convos_en import CONVOS as CONVOS_EN
from parts.convos_ja import CONVOS as CONVOS_JA

ROLE = {"U": "user", "A": "assistant", "S": "system"}


def parse_convos(block: str, lang: str):
    """Blocks separated by '## tier style topic' headers; turns are 'U: ' / 'A: ' / 'S: ' lines."""
    out = []
    cur = None
    for raw in block.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("##"):
            tier, style, topic = line[2:].split()
            cur = {"tier": tier, "style": style, "topic": topic, "turns": []}
            out.append(cur)
            continue
        role, _, content = line.strip().partition(": ")
        cur["turns"].append({"role": ROLE[role], "content": content.replace("¶", "\n")})
    for c in out:
        c["lang"] = lang
    return out


FOLLOW_EN = {
    "a1": ["Happy to help. Which versions are you on, and can you share the relevant snippet or config?",
           "Sure. Before I suggest anything: is this running locally, in Docker, or in CI?",
           "Got it. A couple of likely causes come to mind — what have you tried so far?",
           "Thanks for the detail. Can you paste the full error output, not just the last line?",
           "Sure thing. What does your setup look like (OS, runtime, how you deploy)?"],
    "u2": ["versions: python 3.11.6 / node 20, ubuntu 22.04. the snippet is basically what I pasted above",
           "it's on the staging server. locally it's fine, which is the confusing part",
           "CI only. GitHub Actions, ubuntu-latest runner",
           "tried the top few stack overflow answers already, no luck",
           "docker compose on a single VM, nothing fancy",
           "macOS 14 on my laptop, debian 12 on the server"],
    "a2": ["Thanks — that narrows it down. Here's what I'd change, with a short explanation of why it happens.",
           "OK. Given that, the difference is most likely environmental; here's how to confirm it and a fix.",
           "Got it. Try the approach below and tell me what you see.",
           "That detail matters. The behaviour differs there because of a default that changed; set it explicitly as below."],
    "u3": ["that fixed it, thanks! how do I write a test so this doesn't come back?",
           "getting a different error now: permission denied when it runs as the service user",
           "ok that works. how would I make this configurable per environment?",
           "great. can you explain why it happened? want to put it in the PR description",
           "nice. should I add logging or an alert around this so we notice next time?",
           "works locally now, will try on staging tomorrow. anything I should double check before I deploy?"],
}
FOLLOW_JA = {
    "a1": ["いいですよ。使っているバージョンと、関係するコードか設定を見せてもらえますか？",
           "了解です。ローカル、Docker、CIのどこで動かしていますか？",
           "原因の候補がいくつかあります。ここまでで試したことを教えてください。",
           "エラーは最後の1行だけでなく全文を貼ってもらえますか？"],
    "u2": ["Python 3.11、Ubuntu 22.04です。コードはさっき貼ったのがほぼ全部です",
           "ステージングのサーバーだけで起きます。ローカルだと問題なしです",
           "GitHub Actionsだけで起きます。ubuntu-latestです",
           "Stack Overflowの上の方の回答は一通り試しましたがダメでした",
           "VM1台でdocker composeです"],
    "a2": ["それで絞れました。変更すべき点と、なぜ起きるのかを説明しますね。",
           "環境差分の可能性が高いです。確認方法と対処をまとめます。",
           "以下のやり方を試して、結果を教えてください。"],
    "u3": ["直りました！再発しないようにテストも書きたいんですが、どう書けばいいですか",
           "今度はサービスユーザーで動かしたときにPermission deniedになりました…",
           "動きました。環境ごとに設定を切り替えられるようにするにはどうするのがいいですか",
           "ありがとうございます。PRの説明に書きたいので、なぜ起きたのか説明してもらえますか",
           "ローカルでは動きました。明日ステージングに出す前に確認しておくべきことはありますか"],
}
ESC_A = {"en": ["Sure, here's an overview of how that works and what to look at.",
                "Good question — the short version is in the docs, but here's a summary.",
                "Here's a basic approach you can adapt."],
         "ja": ["はい、全体の流れと確認すべき点をまとめますね。", "いい質問です。ざっくり説明すると次のとおりです。",
                "基本的なやり方はこんな感じです。"]}
ESC_LINK = {"en": ["ok cool. now ", "thanks. next step: ", "great, that works. so ", "nice. one more: ", ""],
            "ja": ["ありがとうございます。次に、", "なるほど。では", "助かりました。それで、", ""]}


def _fam(prefix, paras):
    return f"{prefix}-{short_hash(paras[0])}"


def composed() -> list[dict]:
    rows = []
    # benign debugging sessions (3-6 turns) from debug/code/sw/ops cores
    for lang, block, prefix, fol in (("en", benign_en.CORES, "be", FOLLOW_EN), ("ja", benign_ja.CORES, "bj", FOLLOW_JA)):
        for idx, (tag, paras) in enumerate(parse_cores(block)):
            if tag not in ("debug", "code", "sw", "ops", "homonym", "def") or idx % 2:
                continue
            fam = _fam(prefix, paras)
            rng = rng_for("mt", fam)
            turns = [("user", expand(paras[0], rng)), ("assistant", rng.choice(fol["a1"])),
                     ("user", rng.choice(fol["u2"]))]
            if rng.random() < 0.7:
                turns += [("assistant", rng.choice(fol["a2"])), ("user", rng.choice(fol["u3"]))]
            rows.append(_row(fam, turns, "benign", lang, "debug_session", "composed"))
    # escalation: an opener from a benign/low core of the same split, then a harmful core
    for lang, openers, harmful in (
            ("en", [("be", benign_en.CORES), ("le", low_en.CORES)], [("he", high_en.CORES, "high_risk"), ("pe", prohib_en.CORES, "prohibited")]),
            ("ja", [("bj", benign_ja.CORES), ("lj", low_ja.CORES)], [("hj", high_ja.CORES, "high_risk"), ("pj", prohib_ja.CORES, "prohibited")])):
        pool: dict[str, list[str]] = {"train": [], "eval": []}
        for prefix, block in openers:
            for tag, paras in parse_cores(block):
                if tag in ("oos", "chat"):
                    continue
                pool[split_for_family(_fam(prefix, paras))].append(paras[0])
        for prefix, block, tier in harmful:
            for idx, (tag, paras) in enumerate(parse_cores(block)):
                if idx % 2 == 0:
                    continue
                fam = _fam(prefix, paras)
                rng = rng_for("esc", fam)
                opener = expand(rng.choice(pool[split_for_family(fam)]), rng)
                link = rng.choice(ESC_LINK[lang])
                last = expand(paras[-1], rng)
                if link and lang == "en" and last[:1].isupper() and not last.startswith("I "):
                    last = last[0].lower() + last[1:]
                turns = [("user", opener), ("assistant", rng.choice(ESC_A[lang])), ("user", link + last)]
                rows.append(_row(fam, turns, tier, lang, "escalation", "composed"))
    return rows


def _row(family, turns, tier, lang, style, source):
    msgs = [{"role": r, "content": c} for r, c in turns]
    text = "\n".join(m["content"] for m in msgs)
    return {"id": f"m-{family}-{short_hash(text, 8)}", "messages": msgs, "tier": tier, "lang": lang,
            "style": style, "family": family, "split": split_for_family(family), "source": source}


def handwritten() -> list[dict]:
    rows = []
    for lang, block in (("en", CONVOS_EN), ("ja", CONVOS_JA)):
        for c in parse_convos(block, lang):
            first = c["turns"][0]["content"]
            fam = f"mt{lang}-{short_hash(first + c['turns'][-1]['content'])}"
            msgs = c["turns"]
            text = "\n".join(m["content"] for m in msgs)
            rows.append({"id": f"m-{fam}", "messages": msgs, "tier": c["tier"], "lang": lang,
                         "style": c["style"], "family": fam, "split": split_for_family(fam),
                         "topic": c["topic"], "source": "handwritten"})
    return rows


def build_multiturn() -> list[dict]:
    return handwritten() + composed()
