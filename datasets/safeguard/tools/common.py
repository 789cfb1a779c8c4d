"""Shared helpers for the safeguard dataset generator (deterministic, stdlib only).

Core-file mini-language (used by the modules in ``parts/``):

* one line = one *family* (one underlying request); blank lines and ``#`` lines are ignored;
* ``tag: text`` -- an optional lowercase tag names the style (benign) or topic (harmful);
* ``text || text || text`` -- hand-written paraphrases of the same request (same family);
* ``«a|b|c»`` -- inline alternation, one option is drawn per generated variant;
* ``¶`` -- a newline (so code snippets and stack traces fit on one line).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]  # datasets/safeguard
TIERS = ("prohibited", "high_risk", "low_risk", "benign")
LANGS = ("en", "ja")
SPLITS = ("train", "eval")
EVAL_FRACTION = 0.2

_ALT = re.compile(r"«([^«»]*)»")
_TAG = re.compile(r"^([a-z_][a-z0-9_]*):\s+")  # digits too: `c2:` is a tag


def h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def short_hash(s: str, n: int = 8) -> str:
    return hashlib.blake2b(s.encode("utf-8"), digest_size=8).hexdigest()[:n]


def rng_for(*keys: Any) -> random.Random:
    return random.Random(h64("|".join(map(str, keys))))


def split_for_family(family: str) -> str:
    return "eval" if h64("split-v1:" + family) < int(EVAL_FRACTION * 2**64) else "train"


def parse_cores(block: str) -> list[tuple[str, list[str]]]:
    """``[(tag, [paraphrase, ...]), ...]`` from a core block."""
    out = []
    for raw in block.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag = ""
        m = _TAG.match(line)
        if m:
            tag, line = m.group(1), line[m.end():]
        paras = [p.strip() for p in line.split("||") if p.strip()]
        if paras:
            out.append((tag, paras))
    return out


def expand(text: str, rng: random.Random) -> str:
    """Resolve «a|b» alternations (innermost first) and ¶ newlines."""
    prev = None
    while prev != text:
        prev = text
        text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    return text.replace("¶", "\n")


def normalise(text: str) -> str:
    """NFKC, lowercase, strip zero-width, drop punctuation, collapse whitespace."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[\u200b-\u200f\u2060\ufeff]", "", t)
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def row_text(row: dict[str, Any]) -> str:
    if "messages" in row:
        return "\n".join(m["content"] for m in row["messages"])
    return row["text"]


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Atomic write (a reader never sees a half-written file)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


# --- light surface noise, the way people actually type -------------------------------

EN_OPENERS = [
    "hey, ", "quick one: ", "ok so ", "Hi all - ", "sorry if this is basic, ", "Question: ",
    "help pls - ", "morning! ", "Context: small team, no dedicated ops person. ", "so ",
    "ugh. ", "(asking for a coworker) ", "random q: ", "Hello, ", "need a hand: ",
    "Apologies for the wall of text. ", "hi there, ", "Not sure where else to ask. ",
    "two-minute question: ", "FYI I'm fairly new to this. ", "Hey folks, ", "Alright, ",
    "Posting from my phone, sorry for typos. ", "long-time lurker, ", "So here's the thing: ",
    "Urgent-ish: ", "Background: I'm a backend dev. ", "Hmm, ", "Can I get some help? ",
    "ok weird one. ", "Good afternoon, ", "Thanks in advance! ", "yo, ", "Dumb question maybe: ",
    "Following up on yesterday: ", "I've googled this for an hour. ", "new job, first week. ",
    "For context, we're on AWS. ", "Here's my situation: ", "This is driving me nuts. ",
    "hola, ", "Greetings. ", "Hey Claude, ", "ok, ", "Real quick - ", "Got a weird one today. ",
    "Stuck again :( ", "Friday afternoon question: ", "Let me explain. ", "Brief question. ",
    "Sorry to bother. ", "Hi! Student here. ", "As the title says, ", "TL;DR at the end. ",
    "hey there - ", "Quick sanity check: ", "Hopefully simple: ", "need advice - ",
    "I'm on call tonight and ", "our lead is on vacation so ", "Been assigned a ticket: ",
    "Work question: ", "Side project question: ", "BTW, ", "One more thing: ", "In short: ",
    "So, ", "Hi again, ", "Okay here goes: ", "Bit of a noob here - ", "Hello everyone. ",
]
EN_SUFFIXES = [
    " thx", " Thanks!", " ty", " (ubuntu 22.04)", " - on macOS 14 btw", " any ideas?",
    " keep it short pls", " need this by EOD", " cheers", " 🙏", " Bonus if it works on Windows too.",
    " python 3.11 if that matters", " Much appreciated.", " lmk if you need more info",
    " I'm on Debian 12.", " (this is for work)", " been stuck for an hour lol", " tia",
    " sorry, english isn't my first language", " Code samples welcome.", " — thanks a lot",
]
JA_OPENERS = [
    "すみません、", "質問です。", "ちょっと聞きたいんですが、", "お疲れさまです。", "初歩的な質問かもですが、",
    "急ぎで相談です。", "【相談】", "教えてください。", "えっと、", "業務で困ってます。", "新人です。",
    "あの、", "こんにちは。", "社内で詰まってて、", "個人開発なんですが、", "前提：小さいチームです。",
    "ご相談させてください。", "度々すみません。", "ひとつ確認させてください。", "突然すみません、",
    "お世話になっております。", "【質問】", "素朴な疑問なんですが、", "ググっても分からなかったので、",
    "上司に聞けなくて、", "先輩が休みなので、", "今日ハマったこと：", "ちょっとだけ相談です。",
    "Qiitaの記事を見てもダメで、", "転職したばかりで、", "夜分にすみません。", "ざっくりでいいので、",
    "学生です。", "確認したいんですが、", "手短に：",
]
JA_SUFFIXES = [
    "よろしくお願いします。", "助かります！", "（Ubuntu 22.04）", "急ぎです🙏", "簡潔にお願いします。",
    "サンプルコードもあると嬉しいです。", "環境はWindows 11です。", "m(_ _)m", "ありがとうございます。",
    "お手数ですがよろしくです。", "1時間くらいハマってます…", "（Python 3.11）", "何卒よろしくお願いいたします。",
    "わかる範囲で大丈夫です。",
]


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def decorate(text: str, lang: str, rng: random.Random, level: float = 1.0) -> str:
    """Add an opener/suffix/typo with small probabilities (level scales them)."""
    if lang == "ja":
        if rng.random() < 0.15 * level:
            text = rng.choice(JA_OPENERS) + text
        if rng.random() < 0.25 * level:
            sep = "" if text.endswith(("。", "！", "？", "?", "!")) else "。"
            text = text + sep + rng.choice(JA_SUFFIXES)
        if rng.random() < 0.1 * level and text.endswith("。"):
            text = text[:-1]
        return text
    if rng.random() < 0.12 * level:
        op = rng.choice(EN_OPENERS)
        body = text
        if op[-2:] in (": ", "- ", ", ") or op.endswith("so "):
            if body[:1].isupper() and not body[:2].isupper() and not body.startswith("I "):
                body = body[0].lower() + body[1:]
        text = op + body
    if rng.random() < 0.22 * level:
        text = text.rstrip() + rng.choice(EN_SUFFIXES)
    if rng.random() < 0.15 * level:
        text = _typo(text, rng)
    if rng.random() < 0.12 * level and text[:1].isupper() and not text.startswith("I "):
        text = text[0].lower() + text[1:]
    if rng.random() < 0.1 * level and text.endswith(("?", ".")):
        text = text[:-1]
    return text
