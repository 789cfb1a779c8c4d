"""See through encodings before classification.

`normalise(text)` returns the text the classifier reads: Unicode folded (NFKC), characters
that draw nothing removed (every format character, Unicode's other default-ignorable code
points, control characters other than tab and newlines), Unicode tag characters decoded (they
smuggle ASCII), combining marks stripped from Latin words that carry them as decoration
(Zalgo, overlays, a mark on every letter), small capitals and other letter-like symbols read as
letters, homoglyphs folded to Latin inside Latin words, letters spread out with a separator
(`s p a c e d`, `w/r/i/t/e`, one per line) joined again, and — appended as extra lines —
whatever hides in base64 (also grouped or wrapped over lines), base32, ascii85, hex, binary,
quoted-printable, URL/HTML/backslash escapes, Morse, the NATO alphabet, rot13, reversed text
and leetspeak (those decoders are in `decode.py`). Appending (rather than replacing) keeps the original words visible to the model
too, so a false decode costs little. Each trick found is recorded in `signals`, which feeds the
jailbreak-wrapper score.

Nothing here raises on odd input: a segment that does not decode to text is left alone.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from sekisho.safeguards.decode import (
    byte_mask,
    byte_table,
    decoded_segments,
    rot13_or_reversed,
    unleet,
)

# Characters that draw nothing: every format character (category Cf) and Unicode's other
# default-ignorable code points (combining grapheme joiner, Hangul fillers, Khmer inherent
# vowels, variation selectors, U+FFF0-FFF8, the whole U+E0000-E0FFF block), as ranges;
# tests/test_safeguard_normalise.py checks them against `unicodedata`. They are deleted.
_INVISIBLE_RANGES = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff0-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_RANGES}]")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
# Control characters (Cc) other than tab, newline and carriage return, and the line and
# paragraph separators. Between every two characters they only space a word out ("w\0r\0i"),
# and are deleted; elsewhere they stand for a break: a space, or a newline for those that
# `str.splitlines` reads as one.
_BREAKS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
_ANY_BREAK = re.compile(f"[{_BREAKS}]")
_INTERLEAVED_BREAKS = re.compile(f"(?:[^\n{_BREAKS}][{_BREAKS}]+){{3,}}")
_BREAK_RUN = re.compile(f"[{_BREAKS}]+")
_BREAK_INSIDE_WORD = re.compile(f"(?<=[^\\s{_BREAKS}])[{_BREAKS}]+(?=[^\\s{_BREAKS}])")
_LINE_BREAK = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SUSPECT_CHAR = re.compile(f"[{_INVISIBLE_RANGES}{_BREAKS}]")
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
# Latin letters that NFKC leaves alone but that read as plain letters: the small capitals
# (LATIN LETTER SMALL CAPITAL A..Z; the test checks the names) and the negative circled and
# negative squared capitals of Enclosed Alphanumeric Supplement. Folded wherever they occur.
_SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"
_LETTERLIKE = str.maketrans(
    {**dict(zip(_SMALL_CAPITALS, "abcdefghijklmnopqrstuvwyz")),
     **{chr(0x1F150 + i): chr(65 + i) for i in range(26)},
     **{chr(0x1F170 + i): chr(65 + i) for i in range(26)}})
_ANY_LETTERLIKE = re.compile(f"[{_SMALL_CAPITALS}\U0001f150-\U0001f169\U0001f170-\U0001f189\U0001f1e6-\U0001f1ff]")
# Regional indicators spell letters too; a pair is a flag, so only runs of three or more.
_REGIONAL_RUN = re.compile("[\U0001f1e6-\U0001f1ff]{3,}")
# Combining marks on Latin letters. NFKC composes the ones a language spells with ("é"); a
# mark still loose after it has no precomposed letter (Zalgo's stacks, the U+0334-0338
# overlays), and a word whose every letter carries a mark ("ŕáńśóḿ") is decorated, not
# spelt. Such a word is read without its marks. The mark blocks checked are the combining
# diacritics (U+0300-036F, 1AB0-1AFF, 1DC0-1DFF, 20D0-20FF, FE20-FE2F) and the Cyrillic
# combining signs (U+0483-0489) that Zalgo generators draw from.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LATIN_EXT = "\u00c0-\u024f\u1e00-\u1eff"
# A word holding a mark left loose after NFKC, and a word of three letters or more all
# accented (then every all-accented word, "á", "ḿé", too); such words are read bare (the base
# letters of their canonical decomposition).
_LOOSE_MARK = re.compile(f"[A-Za-z{_LATIN_EXT}][{_MARKS}]")
_LATIN_WORD = re.compile(f"(?:[A-Za-z{_LATIN_EXT}][{_MARKS}]*)+")
# Latin letters NFD splits into a base letter and marks ("é"; not "ø", "ß", "đ", letters of
# their own).
_ACCENTED = "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
                    if len(unicodedata.normalize("NFD", c)) > 1)
_ACCENTED_WORD = re.compile(f"(?<![A-Za-z{_LATIN_EXT}{_MARKS}])[{_ACCENTED}]{{3,}}(?![A-Za-z{_LATIN_EXT}{_MARKS}])")
_ACCENTED_RUN = re.compile(f"(?<![A-Za-z{_LATIN_EXT}{_MARKS}])[{_ACCENTED}]+(?![A-Za-z{_LATIN_EXT}{_MARKS}])")
_MARK = re.compile(f"[{_MARKS}]+")


@functools.lru_cache(maxsize=4096)
def _bare(word: str) -> str:
    return _MARK.sub("", unicodedata.normalize("NFD", word))


def _strip_decoration(text: str) -> tuple[str, bool]:
    changed = False
    if _LOOSE_MARK.search(text):
        text = _LATIN_WORD.sub(lambda m: _bare(m.group(0)) if _LOOSE_MARK.search(m.group(0)) else m.group(0), text)
        changed = True
    if _ACCENTED_WORD.search(text):  # and, the trick being in use, its short words too
        text = _ACCENTED_RUN.sub(lambda m: _bare(m.group(0)), text)
        changed = True
    return text, changed


def _fold_letterlike(text: str) -> tuple[str, bool]:
    if not _ANY_LETTERLIKE.search(text):
        return text, False
    folded = _REGIONAL_RUN.sub(lambda m: "".join(chr(ord(c) - 0x1F1E6 + 65) for c in m.group(0)),
                               text.translate(_LETTERLIKE))
    return folded, folded != text


# "r a n s o m w a r e", "r.a.n.s.o.m", "r-a-n-s-o-m": single letters joined by one separator.
_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_*]){3,}[A-Za-z](?![A-Za-z])")


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


# Letters spread out with one separator, the same all along: "w/r/i/t/e", "w, r, i",
# "w. r. i", "w  r  i". On a line made mostly of them (60 % of its letters, 8 or more), every
# such run of two letters or more is joined and the gaps between the words ("/ /", ". .",
# five spaces) read as one space; elsewhere only the runs `_SPACED` joins are.
_SEP_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z](?P<s>[ -/:-@\[-`{-~] ?)[A-Za-z](?:(?P=s)[A-Za-z])*(?![A-Za-z0-9])")
_SEP_T = byte_table({bytes(range(65, 91)) + bytes(range(97, 123)): b"a",
                 bytes(range(32, 48)) + bytes(range(58, 65)) + bytes(range(91, 97)) + bytes(range(123, 127)): b"s"})
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _join_dominant_line(line: str, runs: list[re.Match[str]]) -> str | None:
    per_sep: dict[str, int] = {}
    for m in runs:
        sep = m.group("s")
        per_sep[sep] = per_sep.get(sep, 0) + (len(m.group(0)) + len(sep)) // (1 + len(sep))
    sep, n = max(per_sep.items(), key=lambda kv: kv[1])
    if n < 8 or n < 0.6 * len(_ASCII_LETTER.findall(line)):
        return None
    run = f"(?<![A-Za-z0-9])[A-Za-z](?:{re.escape(sep)}[A-Za-z])+(?![A-Za-z0-9])"
    joined = re.sub(run, lambda m: m.group(0)[::1 + len(sep)], line)
    gap = "[" + re.escape("".join(sorted(set(sep) | {" "}))) + "]{2,}"
    return re.sub(f"(?<=[A-Za-z]){gap}(?=[A-Za-z])", " ", joined)


def _join_spaced(text: str) -> tuple[str, bool]:
    mask = byte_mask(text.encode("utf-8", "ignore"), _SEP_T)
    if "asasasa" not in mask and "assassassa" not in mask:
        return text, False
    changed = False
    by_line: dict[int, list[re.Match[str]]] = {}
    line_start = last = 0
    for m in _SEP_RUN.finditer(text):
        line_start = text.rfind("\n", last, m.start()) + 1 or line_start
        last = m.start()
        by_line.setdefault(line_start, []).append(m)
    pieces, pos = [], 0
    for start, runs in by_line.items():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        joined = _join_dominant_line(text[start:end], runs)
        if joined is not None:
            pieces += [text[pos:start], joined]
            pos, changed = end, True
    if changed:
        text = "".join(pieces) + text[pos:]

    def join(m: re.Match[str]) -> str:
        nonlocal changed
        changed = True
        return re.sub(r"[ .\-_*]", "", m.group(0))

    return _SPACED.sub(join, text), changed


# One character a line: lines of at most one visible character, five or more in a row (the
# first may be the last word of a longer line: "Decode this: w"), with at least four letters
# among them, are read as one line (an empty line as a space).
_VERTICAL = re.compile(r"(?m)(?:^|(?<=[ \t])(?=\S))(?:[^\S\n]*+\S?[^\S\n]*+\n){4,}[^\S\n]*+\S?[^\S\n]*+$")
_VERTICAL_HINT = re.compile(r"\n.?\n.?\n.?\n")
_LETTER = re.compile(r"[^\W\d_]")


def _join_vertical(text: str) -> tuple[str, bool]:
    if text.count("\n") < 4 or not _VERTICAL_HINT.search(text):
        return text, False
    changed = False

    def join(m: re.Match[str]) -> str:
        nonlocal changed
        if sum(1 for _ in itertools.islice(_LETTER.finditer(m.group(0)), 4)) < 4:  # blank lines, braces
            return m.group(0)
        chars = [line.strip() for line in m.group(0).split("\n")]
        changed = True
        return re.sub(" {2,}", " ", "".join(c or " " for c in chars)).strip()

    return _VERTICAL.sub(join, text), changed


# Any character that one of the Latin foldings below rewrites (one search for all of them).
_FOLDABLE = re.compile("[" + _ANY_LETTERLIKE.pattern[1:-1] + _MARKS + _LATIN_EXT
                       + re.escape("".join(sorted(_HOMOGLYPH_CHARS))) + "]")


def _strip_invisible(text: str, signals: set[str]) -> str:
    """Tag characters decoded; default-ignorable characters deleted; control characters and
    line separators deleted where they space out every character, read as breaks elsewhere."""
    if not text.isascii():
        if not _SUSPECT_CHAR.search(text):
            return text  # (it holds no control character either)
        tags = _TAGS.findall(text)
        if tags:
            signals.add("tag_chars")
            hidden = "".join(chr(ord(c) - 0xE0000) for t in tags for c in t if 0x20 <= ord(c) - 0xE0000 < 0x7F)
            text = _TAGS.sub("", text) + ("\n" + hidden if hidden else "")
        stripped = _INVISIBLE.sub("", text)
        if stripped != text:
            signals.add("invisible")
            text = stripped
    if not _ANY_BREAK.search(text):
        return text
    spaced_out = _INTERLEAVED_BREAKS.sub(lambda m: _BREAK_RUN.sub("", m.group(0)), text)
    if spaced_out != text:  # the trick is in use: short words ("t\0o") are spaced out too
        signals.add("invisible")
        spaced_out = _BREAK_INSIDE_WORD.sub("", spaced_out)
    return _BREAK_RUN.sub(" ", _LINE_BREAK.sub("\n", spaced_out))


def fold(text: str) -> tuple[str, set[str]]:
    """Character-level folding only (no decoding): invisibles, tags, NFKC, decorated and
    letter-like Latin letters, homoglyphs, spread-out letters."""
    signals: set[str] = set()
    text = _strip_invisible(text, signals)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    steps = [(_join_vertical, "spaced"), (_join_spaced, "spaced")]
    if not text.isascii() and _FOLDABLE.search(text):
        steps[:0] = [(_fold_letterlike, "homoglyph"), (_strip_decoration, "diacritics"),
                     (_fold_homoglyphs, "homoglyph")]
    for step, signal in steps:
        text, changed = step(text)
        if changed:
            signals.add(signal)
    return text, signals


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text to classify and the tricks that were seen through on the way."""

    text: str
    signals: frozenset[str] = field(default_factory=frozenset)
    decoded: tuple[str, ...] = ()  # what was decoded (also appended to `text`), each on its own


def normalise(text: str) -> Normalised:
    """The text the classifier reads, with hidden payloads appended as extra lines."""
    folded, signals = fold(text)
    extra: list[str] = []
    decoded: list[str] = []  # the hidden texts, for separate views (not the unescaped whole)
    for dec, hidden in decoded_segments(folded, signals):
        inner, inner_signals = fold(dec)
        nested = [fold(d)[0] for d, _ in decoded_segments(inner, signals)]  # nested encodings
        extra.append(inner)
        extra.extend(nested)
        decoded.extend([inner, *nested] if hidden else nested)
        signals |= inner_signals
    tail = rot13_or_reversed(folded, signals)
    extra.extend(tail)
    decoded.extend(tail)
    leet = unleet(folded)
    if leet:
        extra.append(leet[0])
        if leet[1]:
            decoded.append(leet[1])
        signals.add("leetspeak")
    full = folded if not extra else folded + "\n" + "\n".join(extra)
    return Normalised(text=full, signals=frozenset(signals), decoded=tuple(dict.fromkeys(decoded)))
