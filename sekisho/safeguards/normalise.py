"""See through encodings before classification.

`normalise(text)` returns the text the classifier reads: Unicode folded (NFKC), invisible
characters removed (zero-width, bidi controls, soft hyphens, variation selectors), Unicode
tag characters decoded (they smuggle ASCII), homoglyphs folded to Latin inside Latin words,
letters spaced out to dodge filters joined again, and — appended as extra lines — whatever
hides in base64, hex, URL escapes, `\\x`/`\\u` escapes, rot13, reversed text and leetspeak.
Appending (rather than replacing) keeps the original words visible to the model too, so a
false decode costs little. Each trick found is recorded in `signals`, which feeds the
jailbreak-wrapper score.

Nothing here raises on odd input: a segment that does not decode to text is left alone.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001d173-\U0001d17a\U000e0100-\U000e01ef]"
)
_TAGS = re.compile("[\U000e0000-\U000e007f]+")

# Lookalikes that NFKC leaves alone: Cyrillic, Greek and a few others drawn like Latin letters.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ԁ": "d", "ɡ": "g", "ո": "n",
    "ս": "u", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "һ": "h", "ց": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ℓ": "l", "ı": "i", "ȷ": "j", "ꓲ": "l", "ꓳ": "o", "ǀ": "l",
})
_HOMOGLYPH_CHARS = frozenset(k if isinstance(k, str) else chr(k) for k in _HOMOGLYPHS)
_WORDISH = re.compile(r"[^\s\d!-/:-@\[-`{-~、。「」（）]+")
_LATIN = re.compile(r"[A-Za-z]")

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
                       "(": "c", "¡": "i"})
_LEET_CHARS = re.compile(r"[0134578@$!|+€9(]")
# "r a n s o m w a r e", "r.a.n.s.o.m", "r-a-n-s-o-m": single letters joined by one separator.
_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_*]){3,}[A-Za-z](?![A-Za-z])")

_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[\s:,]?){8,}(?![0-9A-Fa-f])")
_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2}|&#x?[0-9A-Fa-f]+;)")
_BINARY = re.compile(r"(?<![01])(?:[01]{8}\s?){4,}(?![01])")
_WORDS = re.compile(r"[a-z]+")

# Short, frequent English words: a decoded text full of them is probably the real message.
_COMMON = frozenset(
    ["the", "be", "to", "of", "and", "a", "in", "that", "have", "i", "it", "for", "not", "on", "with", "he", "as", "you", "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her", "she", "or", "an", "will", "my", "one", "all", "would", "there", "their", "what", "so", "up", "out", "if", "about", "who", "get", "which", "go", "me", "when", "make", "can", "like", "time", "no", "just", "him", "know", "take", "people", "into", "year", "your", "good", "some", "could", "them", "see", "other", "than", "then", "now", "look", "only", "come", "its", "over", "think", "also", "back", "after", "use", "two", "how", "our", "work", "first", "well", "way", "even", "new", "want", "because", "any", "these", "give", "day", "most", "us", "is", "are", "was", "how", "write", "code", "script", "program", "create", "tell", "explain", "steps", "step", "please", "help", "need", "computer", "system", "file", "password", "network", "server", "attack", "malware", "hack", "hacking", "steal", "make", "build", "send", "data"]
)

def _table(classes: dict[bytes, bytes]) -> bytes:
    t = bytearray(b"." * 256)
    for chars, mark in classes.items():
        for c in chars:
            t[c] = mark[0]
    return bytes(t)


# Byte-level prefilters: `bytes.translate` + `in` run at C speed, so the regexes below only
# run on texts that can contain what they look for (most texts cannot).
_HEX_T = _table({b"0123456789abcdefABCDEF": b"h", b" \t\n:,": b"s"})
_BIN_T = _table({b"01": b"b"})
_SPACED_T = _table({bytes(range(65, 91)) + bytes(range(97, 123)): b"a", b" .-_*": b"s"})
_LEET_T = _table({bytes(range(65, 91)) + bytes(range(97, 123)): b"a", b"0134578@$": b"d"})

_MAX_DECODE_INPUT = 20_000  # characters scanned for encoded segments; longer inputs are rare


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text to classify and the tricks that were seen through on the way."""

    text: str
    signals: frozenset[str] = field(default_factory=frozenset)
    decoded: tuple[str, ...] = ()  # what was decoded (also appended to `text`), each on its own


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(1 for ch in s if ch.isprintable() or ch in "\n\t")
    return good / len(s)


_ENCODED_AGAIN = re.compile(r"[0-9A-Fa-f\s]{16,}|[A-Za-z0-9+/=]{16,}")


def _as_text(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 4 or _printable_ratio(s) < 0.95:
        return None
    if _ENCODED_AGAIN.fullmatch(s):
        return s  # a second layer of encoding; the caller decodes it again
    letters = sum(ch.isalpha() for ch in s)
    return s if letters >= max(3, len(s) // 3) else None


def _english_hits(s: str) -> int:
    return sum(w in _COMMON for w in _WORDS.findall(s.lower()))


def _decode_base64(segment: str) -> str | None:
    if len(set(segment)) < 8:  # long runs of one letter, identifiers in ALL CAPS, ...
        return None
    body = segment.rstrip("=")
    pad = "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(body + pad, altchars=b"-_" if "-" in body or "_" in body else None,
                               validate=True)
    except (binascii.Error, ValueError):
        return None
    return _as_text(raw)


def _decode_hex(segment: str) -> str | None:
    digits = re.sub(r"[\s:,]", "", segment)
    if len(digits) % 2:
        return None
    try:
        return _as_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_binary(segment: str) -> str | None:
    bits = segment.split()
    if len(bits) == 1:
        bits = [segment[i:i + 8] for i in range(0, len(segment), 8)]
    try:
        return _as_text(bytes(int(b, 2) for b in bits if len(b) == 8))
    except ValueError:
        return None


_ANY_HOMOGLYPH = re.compile("[" + re.escape("".join(sorted(_HOMOGLYPH_CHARS))) + "]")


def _fold_homoglyphs(text: str) -> tuple[str, bool]:
    if not _ANY_HOMOGLYPH.search(text):
        return text, False
    changed = False

    def fold(m: re.Match[str]) -> str:
        nonlocal changed
        w = m.group(0)
        if not any(ch in _HOMOGLYPH_CHARS for ch in w):
            return w
        # Mixed with Latin, or made only of lookalikes: a disguised Latin word.
        if _LATIN.search(w) or all(ch in _HOMOGLYPH_CHARS for ch in w):
            changed = True
            return w.translate(_HOMOGLYPHS)
        return w

    return _WORDISH.sub(fold, text), changed


_LONE_LEET = {"4": "a", "1": "i", "70": "to", "7o": "to", "2": "to"}
_LEET_WORD = re.compile(r"[A-Za-z0-9@$!|+€]+")
_LEET_INSIDE = re.compile(r"[0134578@$!|+€9][a-z]", re.IGNORECASE)  # not just a suffix: "sha256", "ipv4"
_LEET_CANDIDATE = re.compile(r"[A-Za-z0-9@$!|+€]*[0134578@$!|+€9][A-Za-z][A-Za-z0-9@$!|+€]*")


_HEXISH = re.compile(r"(?:0x)?[0-9a-f]+", re.IGNORECASE)  # commit ids, addresses: not leet


def _unleet(text: str) -> tuple[str, str] | None:
    """Leetspeak read back in place ("wr17e 4 5cr1pt" -> "write a script"), or None.

    A text counts as leetspeak when its words of four or more characters hold, together, at
    least two leet characters followed by a letter ("r4ns0mw4r3" alone counts, "h4ck" alone does
    not; "sha256", "ipv4", "base64" never do). Once it counts, every rewritten line is returned
    (shorter words such as "7h3" and lone "4"/"1"/"70" are read too), and separately the lines
    that hold a leet word themselves, not a hex-like token: those are what the classifier also
    reads on their own."""
    mask = text.encode("utf-8", "ignore").translate(_LEET_T)
    if b"ad" not in mask and b"da" not in mask:
        return None
    scan = text[:_MAX_DECODE_INPUT]
    strong = sum(len(_LEET_INSIDE.findall(w)) for w in _LEET_CANDIDATE.findall(scan)
                 if len(w) >= 4 and sum(c.isalpha() for c in w) >= 2)
    if strong < 2:
        return None

    def plain(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok.lower() in _LONE_LEET:
            return _LONE_LEET[tok.lower()]
        if _LEET_CHARS.search(tok) and any(c.isalpha() for c in tok):
            out = tok.translate(_LEET).lower()
            if out.isalpha():
                return out
        return tok

    def has_leet_word(line: str) -> bool:
        return any(len(w) >= 4 and _LEET_INSIDE.search(w) and not _HEXISH.fullmatch(w)
                   for w in _LEET_CANDIDATE.findall(line))

    read = [(line, r) for line in scan.splitlines() if (r := _LEET_WORD.sub(plain, line)) != line]
    if not read:
        return None
    return "\n".join(r for _, r in read), "\n".join(r for line, r in read if has_leet_word(line))


def _join_spaced(text: str) -> tuple[str, bool]:
    if b"asasasa" not in text.encode("utf-8", "ignore").translate(_SPACED_T):
        return text, False
    changed = False

    def join(m: re.Match[str]) -> str:
        nonlocal changed
        changed = True
        return re.sub(r"[ .\-_*]", "", m.group(0))

    return _SPACED.sub(join, text), changed


def _decoded_segments(text: str, signals: set[str]) -> list[tuple[str, bool]]:
    """Plain text hidden in encoded segments of `text` (one level), each with whether it is a
    hidden segment (base64, hex, binary) rather than the whole text with its escapes undone."""
    out: list[tuple[str, bool]] = []
    scan = text[:_MAX_DECODE_INPUT]
    raw = scan.encode("utf-8", "ignore")
    hexmask, binmask = raw.translate(_HEX_T), raw.translate(_BIN_T)
    for m in _B64.finditer(scan):
        seg = m.group(0)
        if seg.isalpha() and (seg.islower() or seg.isupper()):
            continue  # an ordinary long word, not base64
        dec = _decode_base64(seg)
        if dec:
            out.append((dec, True))
            signals.add("base64")
    hex_runs = _HEX.finditer(scan) if b"h" * 16 in hexmask or b"hhshhshhshhshhshhshh" in hexmask else ()
    for m in hex_runs:
        dec = _decode_hex(m.group(0))
        if dec:
            out.append((dec, True))
            signals.add("hex")
    for m in _BINARY.finditer(scan) if b"b" * 8 in binmask else ():
        dec = _decode_binary(m.group(0))
        if dec:
            out.append((dec, True))
            signals.add("binary")
    if ("\\x" in scan or "\\u" in scan or "%" in scan or "&#" in scan) and _ESCAPED.search(scan):
        try:
            dec = unquote(html.unescape(scan))
            dec = re.sub(r"\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), dec)
            dec = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), dec)
        except ValueError:
            dec = ""
        if dec and dec != scan:
            out.append((dec, False))
            signals.add("escapes")
    return out


_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")


def _decoded_words(words: list[str], decoded: list[str]) -> bool:
    """True if some run of 12 words reads as English only after decoding."""
    hits = [w not in _COMMON and d in _COMMON for w, d in zip(words, decoded)]
    unknown = [w not in _COMMON for w in words]
    for start in range(0, max(1, len(words) - 6), 6):
        h, u = sum(hits[start:start + 12]), sum(unknown[start:start + 12])
        if h >= 3 and h >= 0.4 * u:
            return True
    return False


def _rot13_or_reversed(text: str, signals: set[str]) -> list[str]:
    """rot13 or reversed text, recognised by common English words (or, for reversed Japanese,
    common endings and particles) that appear once decoded."""
    scan = text[:_MAX_DECODE_INPUT]
    words = _WORDS.findall(scan.lower())
    unknown = set(words) - _COMMON
    out: list[str] = []
    # Cheap test on the distinct words first; the run-by-run test only when it could pass.
    if len({w.translate(_ROT13) for w in unknown} & _COMMON) >= 3 and _decoded_words(
            words, [w.translate(_ROT13) for w in words]):
        out.append(codecs.encode(scan, "rot13"))
        signals.add("rot13")
    if len({w[::-1] for w in unknown} & _COMMON) >= 3 and _decoded_words(words, [w[::-1] for w in words]):
        out.append(scan[::-1])
        signals.add("reversed")
    elif _JA_CHAR.search(scan) and sum(scan.count(w) for w in _JA_COMMON_REV) >= 3:
        backwards = [seg[::-1] for seg in _JA_SEGMENT.split(scan) if _reads_reversed_ja(seg)]
        if backwards:
            out.extend(backwards)
            signals.add("reversed")
    return out


_JA_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_JA_SEGMENT = re.compile("[:：\n「」\"]")  # a reversed payload follows a colon, or sits on its own line or in quotes
# Endings and particles that Japanese requests are full of; reversed text has them backwards.
_JA_COMMON = ("ください", "してくだ", "します", "ますか", "ですか", "です", "ます", "して", "する",
              "という", "ように", "ための", "方法", "について", "を作", "のコード", "教えて", "書いて")
_JA_COMMON_REV = tuple(w[::-1] for w in _JA_COMMON)


def _reads_reversed_ja(text: str) -> bool:
    """True if `text` has many more common Japanese sequences backwards than forwards."""
    forward = sum(text.count(w) for w in _JA_COMMON)
    backward = sum(text.count(w) for w in _JA_COMMON_REV)
    return backward >= 3 and backward >= 2 * forward + 1


def fold(text: str) -> tuple[str, set[str]]:
    """Character-level folding only (no decoding): NFKC, invisibles, tags, homoglyphs."""
    signals: set[str] = set()
    tags = _TAGS.findall(text)
    if tags:
        signals.add("tag_chars")
        hidden = "".join(chr(ord(c) - 0xE0000) for t in tags for c in t if 0x20 <= ord(c) - 0xE0000 < 0x7F)
        text = _TAGS.sub("", text) + ("\n" + hidden if hidden else "")
    stripped = _INVISIBLE.sub("", text)
    if stripped != text:
        signals.add("invisible")
    text = unicodedata.normalize("NFKC", stripped)
    text, changed = _fold_homoglyphs(text)
    if changed:
        signals.add("homoglyph")
    text, changed = _join_spaced(text)
    if changed:
        signals.add("spaced")
    return text, signals


def normalise(text: str) -> Normalised:
    """The text the classifier reads, with hidden payloads appended as extra lines."""
    folded, signals = fold(text)
    extra: list[str] = []
    decoded: list[str] = []  # the hidden texts, for separate views (not the unescaped whole)
    for dec, hidden in _decoded_segments(folded, signals):
        inner, inner_signals = fold(dec)
        nested = [fold(d)[0] for d, _ in _decoded_segments(inner, signals)]  # nested encodings
        extra.append(inner)
        extra.extend(nested)
        decoded.extend([inner, *nested] if hidden else nested)
        signals |= inner_signals
    tail = _rot13_or_reversed(folded, signals)
    extra.extend(tail)
    decoded.extend(tail)
    leet = _unleet(folded)
    if leet:
        extra.append(leet[0])
        if leet[1]:
            decoded.append(leet[1])
        signals.add("leetspeak")
    full = folded if not extra else folded + "\n" + "\n".join(extra)
    return Normalised(text=full, signals=frozenset(signals), decoded=tuple(decoded))
