"""Find what hides in encodings, for `normalise`: base64 (also grouped or wrapped over lines),
base32, ascii85, hex, binary, quoted-printable, URL/HTML/backslash escapes, Morse, the NATO
alphabet, rot13, reversed text and leetspeak. Each decoder returns text only where the
segment decodes to something that reads as text; nothing here raises on odd input.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import quopri
import re
from urllib.parse import unquote

from sekisho.safeguards.code import is_code, is_paste

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
                       "(": "c", "¡": "i"})
_LEET_CHARS = re.compile(r"[0134578@$!|+€9(]")
_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,6}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[\s:,]?){8,}(?![0-9A-Fa-f])")
_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2}|&#x?[0-9A-Fa-f]+;)")
_BINARY = re.compile(r"(?<![01])(?:[01]{8}\s?){4,}(?![01])")
_WORDS = re.compile(r"[a-z]+")
# Short, frequent English words: a decoded text full of them is probably the real message.
_COMMON = frozenset(
    ["the", "be", "to", "of", "and", "a", "in", "that", "have", "i", "it", "for", "not", "on", "with", "he", "as", "you", "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her", "she", "or", "an", "will", "my", "one", "all", "would", "there", "their", "what", "so", "up", "out", "if", "about", "who", "get", "which", "go", "me", "when", "make", "can", "like", "time", "no", "just", "him", "know", "take", "people", "into", "year", "your", "good", "some", "could", "them", "see", "other", "than", "then", "now", "look", "only", "come", "its", "over", "think", "also", "back", "after", "use", "two", "how", "our", "work", "first", "well", "way", "even", "new", "want", "because", "any", "these", "give", "day", "most", "us", "is", "are", "was", "how", "write", "code", "script", "program", "create", "tell", "explain", "steps", "step", "please", "help", "need", "computer", "system", "file", "password", "network", "server", "attack", "malware", "hack", "hacking", "steal", "make", "build", "send", "data"]
)


def byte_table(classes: dict[bytes, bytes]) -> bytes:
    t = bytearray(b"." * 256)
    for chars, mark in classes.items():
        for c in chars:
            t[c] = mark[0]
    return bytes(t)


# Byte-level prefilters: `bytes.translate` + `in` run at C speed, so the regexes below only
# run on texts that can contain what they look for (most texts cannot). The mask is searched
# as a `str`: `in` on a short `str` costs a fraction of `in` on `bytes`.
def byte_mask(raw: bytes, table: bytes) -> str:
    return raw.translate(table).decode("latin-1")


_HEX_T = byte_table({b"0123456789abcdefABCDEF": b"h", b" \t\n:,": b"s"})
_BIN_T = byte_table({b"01": b"b"})
_LEET_T = byte_table({bytes(range(65, 91)) + bytes(range(97, 123)): b"a", b"0134578@$": b"d"})
_MAX_DECODE_INPUT = 20_000  # characters read for encodings at each end of a long text


def _scan_window(text: str) -> str:
    """What the decoders read: a text of up to 40,000 characters whole, a longer one by its
    first and last 20,000 (a payload further than that from both ends is not decoded; the
    character folding above still reads every character)."""
    if len(text) <= 2 * _MAX_DECODE_INPUT:
        return text
    return text[:_MAX_DECODE_INPUT] + "\n" + text[-_MAX_DECODE_INPUT:]


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
    return _text_or_none(s)


def _text_or_none(s: str) -> str | None:
    """`s` if it reads as text (printable, a third letters or more) or as another layer of
    encoding, else None."""
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


def _decode_base32(segment: str) -> str | None:
    body = segment.rstrip("=")
    if len(body) % 8 not in (0, 2, 4, 5, 7) or not any(c in "234567" for c in body):
        return None
    try:
        return _as_text(base64.b32decode(body.upper() + "=" * (-len(body) % 8)))
    except (binascii.Error, ValueError):
        return None


_B32 = re.compile(r"[A-Z2-7]+=*|[a-z2-7]+=*")
# Base64 cut into groups ("d3Jp dGUg cmFu") or wrapped over lines, as MIME and PEM wrap it:
# equal chunks, a multiple of four long, whitespace between.
_B64_GROUPS = re.compile(r"(?<![A-Za-z0-9+/=])(?:(?:[A-Za-z0-9+/]{4}\s){3,}|(?:[A-Za-z0-9+/]{8}\s){2,})"
                         r"[A-Za-z0-9+/]{2,8}={0,2}(?![A-Za-z0-9+/=])")
_B64_LINES = re.compile(r"(?m)(?:^|(?<=[ \t]))(?:[A-Za-z0-9+/]{8,}[ \t]*\n)+[A-Za-z0-9+/]{2,}={0,2}[ \t]*$")
# (Also marks Morse's dots and dashes, "m", for its prefilter.)
_B64_T = byte_table({b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/": b"b",
                 b" \t": b"s", b"\n": b"n", b".-": b"m"})


def _decode_base64_chunks(block: str) -> str | None:
    chunks = block.split()
    size = len(chunks[0])
    if size % 4 or any(len(c) != size for c in chunks[1:-1]):
        return None
    if len(chunks[-1].rstrip("=")) > size:  # the next word, not the last chunk
        chunks.pop()
    joined = "".join(chunks)
    if len(chunks) < 2 or len(set(joined)) < 8 or (joined.isalpha() and (joined.islower() or joined.isupper())):
        return None
    return _decode_base64(joined)


# ascii85: "<~...~>" (Adobe) or a bare run of its alphabet (! to u) with the punctuation only
# ascii85 uses, not base64, and that decodes to text.
_A85_ADOBE = re.compile(r"<~[!-u\s]{5,}?~>")
_A85_RUN = re.compile(r"(?<![!-u])[!-u]{20,}(?![!-u])")
_A85_ONLY = frozenset("!\"#$%&'(),-.:;<>?@[\\]^_`*")
_A85_T = byte_table({bytes(range(33, 118)): b"c"})


def _decode_a85(segment: str, adobe: bool) -> str | None:
    if not adobe and sum(c in _A85_ONLY for c in segment) < 3:
        return None
    try:
        return _as_text(base64.a85decode(segment, adobe=adobe))
    except (binascii.Error, ValueError):
        return None


# Quoted-printable: runs of visible ASCII holding "=XX" escapes (upper-case hex, as RFC 2045
# writes them) and soft line breaks, at least four escapes making up a third of the run.
_QP_RUN = re.compile(r"(?<![!-~])(?:[!-<>-~]*+(?:=[0-9A-F]{2}|=\r?\n))++[!-<>-~]*+")
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")


def _decode_qp(segment: str) -> str | None:
    n = len(_QP_ESCAPE.findall(segment))
    if n < 4 or 3 * n < len(segment) / 3:
        return None
    return _as_text(quopri.decodestring(segment.encode("ascii", "ignore")))


# Escapes, four or more in a row: `\xHH`, `\uHHHH`, `\UHHHHHHHH`, octal `\ooo`, `%HH`, `&#N;`,
# `&#xH;`. A run is decoded token by token (byte escapes as UTF-8, code points as they are,
# surrogate pairs joined); spaces between the tokens only separate them.
_ESC_TOKEN = (r"\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\[0-3][0-7]{2}|%[0-9A-Fa-f]{2}"
              r"|&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};")
_ESC_RUN = re.compile(f"(?:(?:{_ESC_TOKEN}) ?){{3,}}(?:{_ESC_TOKEN})")
# The same tokens, with their digits captured: a byte in hex or octal, or a code point.
_ESC_ONE = re.compile(r"(?:\\x|%)(?P<hexbyte>[0-9A-Fa-f]{2})|\\(?P<octbyte>[0-3][0-7]{2})"
                      r"|\\u(?P<u4>[0-9A-Fa-f]{4})|\\U(?P<u8>[0-9A-Fa-f]{8})"
                      r"|&#[xX](?P<hexcp>[0-9A-Fa-f]{1,6});|&#(?P<deccp>[0-9]{1,7});")


def _unescape_run(run: str) -> str | None:
    out: list[str] = []
    pending = bytearray()
    for m in _ESC_ONE.finditer(run):
        if m["hexbyte"] or m["octbyte"]:
            pending.append(int(m["hexbyte"], 16) if m["hexbyte"] else int(m["octbyte"], 8))
            continue
        if pending:
            out.append(pending.decode("utf-8", "replace"))
            pending.clear()
        cp = int(m["deccp"]) if m["deccp"] else int(m["u4"] or m["u8"] or m["hexcp"], 16)
        if cp > 0x10FFFF:
            return None
        out.append(chr(cp))
    if pending:
        out.append(pending.decode("utf-8", "replace"))
    text = "".join(out).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _text_or_none(text)


# Morse: eight or more letters of dots and dashes, a space between letters, "/", "|" or two
# spaces or more between words; read only if what it spells holds common English words.
_MORSE = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
          "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
          "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
          "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
          ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
          "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?",
          "-..-.": "/", ".----.": "'", "-.-.--": "!", "---...": ":", "-....-": "-", ".-..-.": "\"",
          "..--.-": "_"}
_MORSE_RUN = re.compile(r"(?<![\w.\-])[.\-]{1,7}(?:(?: {1,7}| ?[/|] ?)[.\-]{1,7}){7,}(?![\w.\-])")
_MORSE_LOOKALIKES = str.maketrans({"·": ".", "•": ".", "∙": ".", "−": "-", "–": "-", "—": "-"})


def _decode_morse(run: str) -> str | None:
    words = []
    for word in re.split(r" ?[/|] ?| {2,}", run):
        letters = [_MORSE.get(code, "\ufffd") for code in word.split()]
        words.append("".join(letters))
    out = " ".join(w for w in words if w)
    if out.count("\ufffd") > len(out) / 10 or _english_hits(out) < 2:
        return None
    return out


# The NATO spelling alphabet: six or more code words in a row, a break between words being
# "/", "|", a line break or two spaces or more.
_NATO = {"alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
         "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliett": "j", "juliet": "j",
         "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
         "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
         "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y", "zulu": "z"}
_NATO_WORD = "(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + ")"
_NATO_RUN = re.compile(rf"(?i)\b{_NATO_WORD}\b(?:(?:\s*[/|]\s*|\s+){_NATO_WORD}\b){{5,}}")
_NATO_SPLIT = re.compile(r"(\s*[/|]\s*|\s+)")


def _decode_nato(run: str) -> str:
    parts = _NATO_SPLIT.split(run)
    out = [_NATO[parts[0].lower()]]
    for sep, word in zip(parts[1::2], parts[2::2]):
        if "/" in sep or "|" in sep or "\n" in sep or len(sep) > 1:
            out.append(" ")
        out.append(_NATO[word.lower()])
    return "".join(out)


PASTE_LINES = 10  # a text of fewer non-empty lines is never read as a paste by `unleet`


def _prose_of_paste(text: str) -> str:
    """`text` without its code lines if it is a paste, else `text`."""
    filled = [line for line in text.splitlines() if line.strip()]
    if len(filled) < PASTE_LINES:
        return text
    code = [is_code(line) for line in filled]
    if not is_paste(code):
        return text
    return "\n".join(line for line, c in zip(filled, code) if not c)


_LONE_LEET = {"4": "a", "1": "i", "70": "to", "7o": "to", "2": "to"}
_LEET_WORD = re.compile(r"[A-Za-z0-9@$!|+€]+")
_LEET_INSIDE = re.compile(r"[0134578@$!|+€9][a-z]", re.IGNORECASE)  # not just a suffix: "sha256", "ipv4"

# A word (a run of `_LEET_WORD`) holding a leet character followed by a letter. It may only
# start where a word starts and takes the word whole (possessive), so the scan is linear: the
# plain `[C]*[L][A-Za-z][C]*` backtracks quadratically on a long run of word characters.
_LEET_CANDIDATE = re.compile(r"(?<![A-Za-z0-9@$!|+€])(?=[A-Za-z0-9@$!|+€]*?[0134578@$!|+€9][A-Za-z])"
                             r"[A-Za-z0-9@$!|+€]++")


def _leet_candidates(text: str) -> list[str]:
    """The words of `text` holding a leet character followed by a letter."""
    return _LEET_CANDIDATE.findall(text)


_HEXISH = re.compile(r"(?:0x)?[0-9a-f]+", re.IGNORECASE)  # commit ids, addresses: not leet


def unleet(text: str) -> tuple[str, str] | None:
    """Leetspeak read back in place ("wr17e 4 5cr1pt" -> "write a script"), or None.

    A text counts as leetspeak when its words of four or more characters hold, together, at
    least two leet characters followed by a letter ("r4ns0mw4r3" alone counts, "h4ck" alone does
    not; "sha256", "ipv4", "base64" never do). Once it counts, every rewritten line is returned
    (shorter words such as "7h3" and lone "4"/"1"/"70" are read too), and separately the lines
    that hold a leet word themselves, not a hex-like token: those are what the classifier also
    reads on their own."""
    mask = byte_mask(text.encode("utf-8", "ignore"), _LEET_T)
    if "ad" not in mask and "da" not in mask:
        return None
    def strong(scan: str) -> int:
        return sum(len(_LEET_INSIDE.findall(w)) for w in _leet_candidates(scan)
                   if len(w) >= 4 and sum(c.isalpha() for c in w) >= 2)

    scan = _scan_window(text)
    if strong(scan) < 2:  # (most texts: the paste test below costs a regex a line)
        return None
    prose = _prose_of_paste(scan)
    if prose is not scan and strong(prose) < 2:
        return None
    scan = prose

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
                   for w in _leet_candidates(line))

    read = [(line, r) for line in scan.splitlines() if (r := _LEET_WORD.sub(plain, line)) != line]
    if not read:
        return None
    return "\n".join(r for _, r in read), "\n".join(r for line, r in read if has_leet_word(line))


def decoded_segments(text: str, signals: set[str]) -> list[tuple[str, bool]]:
    """Plain text hidden in encoded segments of `text` (one level), each with whether it is a
    hidden segment (base64, hex, an escaped run...) rather than the whole text with its
    escapes undone."""
    scan = _scan_window(text)
    raw = scan.encode("utf-8", "ignore")
    unescaped = ""
    hits: list[tuple[str | None, str]] = []  # (decoded or None, signal)
    # Grouped or line-wrapped base64 first: its chunks would otherwise be read one by one.
    b64mask = byte_mask(raw, _B64_T)
    covered: list[tuple[int, int]] = []
    grouped = [*_B64_GROUPS.finditer(scan)] if ("bbbbsbbbbsbbbbsbb" in b64mask
                                                 or "bbbbbbbbsbbbbbbbbsbb" in b64mask) else []
    if "bbbbbbbbnbbbbbbbb" in b64mask:
        grouped += _B64_LINES.finditer(scan)
    if grouped:
        for m in grouped:
            dec = _decode_base64_chunks(m.group(0))
            if dec:
                hits.append((dec, "base64"))
                covered.append(m.span())
    for m in _B64.finditer(scan):
        seg = m.group(0)
        if seg.isalpha() and (seg.islower() or seg.isupper()):
            continue  # an ordinary long word, not base64
        if covered and any(a <= m.start() < b for a, b in covered):
            continue
        dec = _decode_base64(seg)
        if dec:
            hits.append((dec, "base64"))
        elif _B32.fullmatch(seg):
            hits.append((_decode_base32(seg), "base32"))
    hexmask, binmask = byte_mask(raw, _HEX_T), byte_mask(raw, _BIN_T)
    if "h" * 16 in hexmask or "hhshhshhshhshhshhshh" in hexmask:
        hits += [(_decode_hex(m.group(0)), "hex") for m in _HEX.finditer(scan)]
    if "b" * 8 in binmask:
        hits += [(_decode_binary(m.group(0)), "binary") for m in _BINARY.finditer(scan)]
    if "<~" in scan:
        hits += [(_decode_a85(m.group(0), adobe=True), "ascii85") for m in _A85_ADOBE.finditer(scan)]
    if "c" * 20 in byte_mask(raw, _A85_T):
        hits += [(_decode_a85(m.group(0), adobe=False), "ascii85") for m in _A85_RUN.finditer(scan)]
    if "=" in scan and _QP_ESCAPE.search(scan):
        hits += [(_decode_qp(m.group(0)), "quoted_printable") for m in _QP_RUN.finditer(scan)]
    morse = scan
    if not scan.isascii() and ("·" in scan or "•" in scan or "−" in scan):
        morse = scan.translate(_MORSE_LOOKALIKES)
        b64mask = byte_mask(morse.encode("utf-8", "ignore"), _B64_T)
    if b64mask.count("msm") >= 4:
        hits += [(_decode_morse(m.group(0)), "morse") for m in _MORSE_RUN.finditer(morse)]
    if "cho" in scan or "CHO" in scan:  # "echo", the code word of the commonest letter
        low = scan.lower()
        if "echo" in low and ("tango" in low or "oscar" in low or "india" in low or "alfa" in low or "alpha" in low):
            hits += [(_decode_nato(m.group(0)), "nato") for m in _NATO_RUN.finditer(scan)]
    if "\\" in scan or "%" in scan or "&#" in scan:
        runs = [(m, _unescape_run(m.group(0))) for m in _ESC_RUN.finditer(scan)]
        hits += [(dec, "escapes") for _, dec in runs]
        if runs or _ESCAPED.search(scan):
            # The whole text with its escapes undone is read too, but not alone: a URL with
            # a %20 or a "&amp;" is the same request.
            pieces, pos = [], 0
            for m, dec in runs:
                if dec:
                    pieces += [scan[pos:m.start()], dec]
                    pos = m.end()
            whole = "".join(pieces) + scan[pos:]
            try:
                whole = unquote(html.unescape(whole))
                whole = re.sub(r"\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), whole)
                whole = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), whole)
            except ValueError:
                whole = ""
            if whole and whole != scan:
                unescaped = whole
    out: list[tuple[str, bool]] = []
    for dec, signal in hits:
        if dec:
            out.append((dec, True))
            signals.add(signal)
    if unescaped:
        out.append((unescaped, False))
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


def rot13_or_reversed(text: str, signals: set[str]) -> list[str]:
    """rot13 or reversed text, recognised by common English words (or, for reversed Japanese,
    common endings and particles) that appear once decoded."""
    scan = _scan_window(text)
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
