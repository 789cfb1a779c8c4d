"""Hashed character and word n-grams, computed with numpy in one pass over the text.

Why not scikit-learn's HashingVectorizer: its analyser builds every n-gram as a Python
string, which costs ~10 ms on a 2,000-token request. Here the text becomes an array of code
points and every n-gram hash is a few vectorised multiply-adds, so a long request costs well
under a millisecond and the same function serves training and inference (no skew).

Features (all hashed into `2**bits` buckets, one seed per family):
  - character n-grams, n = 1..5, over the lower-cased text with whitespace collapsed
    (Japanese has no spaces, so characters carry it; for Latin text they see through typos,
    inflections and leftover obfuscation);
  - word unigrams and bigrams over Latin-script words.
Values are sublinear term frequencies (1 + log tf), scaled by a learned idf, L2-normalised.

The same definition is compiled in `_ngram.c` (built with the package when a C compiler is
there): a short request then makes one call per step instead of dozens of numpy calls, whose
per-call overhead, not the arithmetic, was most of what it cost. Without the compiled module
the numpy code here runs; tests check both against a plain-Python statement of the definition.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import structlog
from numpy.typing import NDArray

try:
    from sekisho.safeguards import _ngram
except ImportError:  # not built (no C compiler at install time): the numpy code below runs
    _ngram = None  # type: ignore[assignment]

KERNEL_VERSION = 1  # the `_ngram.VERSION` this code was written for; another build is not used
KERNEL_SOURCE = Path(__file__).with_name("_ngram.c")


def source_hash() -> str | None:
    """SHA-256 (first 16 hex) of the kernel's source beside this file, as the build records it."""
    try:
        return hashlib.sha256(KERNEL_SOURCE.read_bytes()).hexdigest()[:16]
    except OSError:
        return None


def _usable(module: object) -> bool:
    """The build matches this code: its version, and the source it was compiled from (a build
    left over from an edited `_ngram.c` is not used)."""
    source = source_hash()
    return (getattr(module, "VERSION", None) == KERNEL_VERSION
            and (source is None or getattr(module, "SOURCE", None) == source))


kernel = _ngram if _ngram is not None and _usable(_ngram) else None
if kernel is None:
    structlog.get_logger("sekisho.safeguards").warning(
        "safeguard_kernel_missing", built=_ngram is not None,
        fix="reinstall (`uv sync`) with a C compiler and Python's headers; "
        "SEKISHO_REQUIRE_KERNEL=1 makes a failed compile an error", fallback="numpy, same features")

CHAR_NGRAMS: tuple[int, ...] = (1, 2, 3, 4, 5)


def _u64(value: int) -> NDArray[np.uint64]:
    """A uint64 constant as a 0-d array: as an operand it costs numpy about a third fewer
    instructions per call than a numpy scalar (measured with callgrind), and a short request
    makes dozens of such calls."""
    return np.array(value % 2**64, dtype=np.uint64)


_P = _u64(0x100000001B3)  # FNV prime: odd, so invertible modulo 2**64
_P_INV = _u64(pow(0x100000001B3, -1, 2**64))
_WORD_SEED = _u64(0x9E3779B97F4A7C15)
_BIGRAM_MIX = _u64(0xC2B2AE3D27D4EB4F)
_CHAR_SEEDS = {n: _u64(n * int(_WORD_SEED)) for n in CHAR_NGRAMS}
_BIGRAM_SEED = _u64(3 * int(_WORD_SEED))
_SHIFTS = (_u64(30), _u64(27), _u64(31))
_MULTIPLIERS = (_u64(0xBF58476D1CE4E5B9), _u64(0x94D049BB133111EB))

# Which code points belong to a Latin-script "word" (letters and digits below U+0250); every
# code point from U+0250 up maps to the extra last entry (False), so one gather classifies a text.
_LATIN_END = 0x250
_WORD_TABLE = np.array([chr(i).isalnum() for i in range(_LATIN_END)] + [False], dtype=bool)
_LAST_WORD_ENTRY = _u64(_LATIN_END)


def _mix(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """A 64-bit finaliser (splitmix64) so that bucket = low bits is well spread."""
    h = h ^ (h >> _SHIFTS[0])
    h = h * _MULTIPLIERS[0]
    h = h ^ (h >> _SHIFTS[1])
    h = h * _MULTIPLIERS[1]
    return h ^ (h >> _SHIFTS[2])


def _clean(text: str) -> str:
    """Lower-cased, whitespace runs collapsed to one space, no space at either end: what a
    regular expression's whitespace class would give (`str.split` knows the same whitespace,
    checked for every code point in a test), at a quarter of the cost."""
    return " ".join(text.lower().split())


def padded(text: str) -> str:
    """`text` cleaned, with a space at each end: what the n-grams are taken from."""
    return " " + _clean(text) + " "


@dataclass(frozen=True, slots=True)
class _Tables:
    """P**j and P**-j (mod 2**64) and j itself, for j < len(at)."""

    powers: NDArray[np.uint64]
    inv: NDArray[np.uint64]
    at: NDArray[np.intp]


def _build_tables(size: int) -> _Tables:
    one = [np.uint64(1)]
    return _Tables(np.cumprod(np.concatenate((one, np.full(size - 1, _P))), dtype=np.uint64),
                   np.cumprod(np.concatenate((one, np.full(size - 1, _P_INV))), dtype=np.uint64),
                   np.arange(size, dtype=np.intp))


_TABLES = [_build_tables(4096)]  # grown on demand (doubling) and kept


def _tables(n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64], NDArray[np.intp]]:
    """P**j, P**-j and j, for j < n."""
    t = _TABLES[0]
    if len(t.at) < n:
        t = _TABLES[0] = _build_tables(max(n, 2 * len(t.at)))
    return t.powers[:n], t.inv[:n], t.at[:n]


def _char_ngrams(cp: NDArray[np.uint64], at: NDArray[np.intp]
                 ) -> tuple[list[NDArray[np.uint64]], list[NDArray[np.intp]], list[NDArray[np.intp]]]:
    """Hash, start and end offset of every character n-gram of `cp`, one array per n.

    The hash of cp[i : i + n] is built from the (n-1)-gram's (Horner's rule, mod 2**64),
    plus a seed per n; starts and ends are views of `at` (0, 1, 2, ...), not new arrays.
    """
    length = len(cp)
    hashes, starts, ends = [], [], []
    h = np.zeros(length, dtype=np.uint64)
    for n in range(1, max(CHAR_NGRAMS) + 1):
        if n > length:
            break
        h = h[: length - n + 1] * _P + cp[n - 1:]
        if n in CHAR_NGRAMS:
            hashes.append(h + _CHAR_SEEDS[n])
            starts.append(at[: length - n + 1])
            ends.append(at[n: length + 1])
    return hashes, starts, ends


def _word_ngrams(cp: NDArray[np.uint64], powers: NDArray[np.uint64], inv: NDArray[np.uint64]
                 ) -> tuple[list[NDArray[np.uint64]], list[NDArray[np.intp]], list[NDArray[np.intp]]]:
    """Hash, start and end offset of every Latin-script word, then of every word bigram.

    `cp` must begin and end with a non-word character (the callers pad the text with a
    space), so word edges alternate start, end, start, end. A word's hash is
    sum_j cp[s + j] * P**j * P**-s plus a seed; a bigram mixes its two words' hashes.
    """
    is_word = _WORD_TABLE[np.minimum(cp, _LAST_WORD_ENTRY)]
    # k where is_word[k] != is_word[k + 1]: a word starts at k + 1 (even entries) or ends there.
    edges = (is_word[1:] != is_word[:-1]).nonzero()[0]
    if len(edges) == 0:
        return [], [], []
    # Inclusive prefix sums C[k] = sum_{j<=k} cp[j] * P**j: word cp[s:e] sums to C[e-1] - C[s-1].
    at_edges = (cp * powers[: len(cp)]).cumsum(dtype=np.uint64)[edges]
    first, last = edges[0::2], edges[1::2]
    words = (at_edges[1::2] - at_edges[0::2]) * inv[1:][first] + _WORD_SEED
    starts, ends = first + 1, last + 1
    if len(words) == 1:
        return [words], [starts], [ends]
    bigrams = words[:-1] * _BIGRAM_MIX + words[1:] + _BIGRAM_SEED
    return [words, bigrams], [starts, starts[:-1]], [ends, ends[1:]]


def _buckets(text: str, bits: int, with_ends: bool = False
             ) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp] | None]:
    """Bucket index, start offset and (if asked) end offset of every n-gram occurrence in
    `text`, which must begin and end with a non-word character (`padded` gives that)."""
    if kernel is not None:
        idx, pos, end = kernel.ngrams(text, bits, with_ends)
        return (np.frombuffer(idx, dtype=np.intp), np.frombuffer(pos, dtype=np.intp),
                None if end is None else np.frombuffer(end, dtype=np.intp))
    if not text:
        none = np.zeros(0, dtype=np.intp)
        return none, none, (none if with_ends else None)
    # surrogatepass: a lone surrogate (JSON can carry one) is a code point like any other
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    powers, inv, at = _tables(len(cp) + 1)
    chars, cstart, cend = _char_ngrams(cp, at)
    words, wstart, wend = _word_ngrams(cp, powers, inv)
    h = _mix(np.concatenate((*chars, *words)))
    index = (h & _u64((1 << bits) - 1)).view(np.intp)  # below 2**bits: the same value
    pos = np.concatenate((*cstart, *wstart))
    return index, pos, (np.concatenate((*cend, *wend)) if with_ends else None)


def ngram_positions(text: str, bits: int) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Bucket index and start offset (in the cleaned text) of every n-gram occurrence."""
    idx, pos, _ = _buckets(padded(text), bits)
    return idx, pos


def hashed_ngrams(text: str, bits: int) -> NDArray[np.intp]:
    """Bucket index of every n-gram occurrence in `text` (with repeats)."""
    return ngram_positions(text, bits)[0]


@dataclass(frozen=True, slots=True)
class SparseRow:
    """One text as sorted unique bucket indices with their (tf·idf, L2-normalised) values
    (read-only arrays when the kernel made them)."""

    index: NDArray[np.intp]
    value: NDArray[np.float32]


def term_counts(text: str, bits: int) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
    idx, counts = np.unique(hashed_ngrams(text, bits), return_counts=True)
    return idx, (1.0 + np.log(counts)).astype(np.float32)


def vectorise(text: str, bits: int, idf: NDArray[np.float32]) -> SparseRow:
    return row_from_occurrences(hashed_ngrams(text, bits), idf)


def row_from_occurrences(occurrences: NDArray[np.intp], idf: NDArray[np.float32]) -> SparseRow:
    if kernel is not None:
        index, value = kernel.row(np.ascontiguousarray(occurrences, dtype=np.intp), idf)
        return SparseRow(np.frombuffer(index, dtype=np.intp), np.frombuffer(value, dtype=np.float32))
    # np.unique(..., return_counts=True), spelled out: its wrapper costs a short request more
    # than the sort itself.
    s = np.sort(occurrences)
    if len(s) == 0:
        return SparseRow(s, np.zeros(0, dtype=np.float32))
    new = np.empty(len(s), dtype=bool)
    new[0] = True
    np.not_equal(s[1:], s[:-1], out=new[1:])
    first = new.nonzero()[0]
    idx = s[first]
    counts = np.empty(len(first), dtype=np.intp)
    counts[:-1] = first[1:]
    counts[-1] = len(s)
    counts -= first
    tf = (1.0 + np.log(counts)).astype(np.float32)
    val = tf * idf[idx]
    norm = float(np.sqrt(np.dot(val, val)))
    if norm > 0:
        val = val / norm
    return SparseRow(idx, val.astype(np.float32, copy=False))


@dataclass(frozen=True, slots=True)
class SegmentRows:
    """Many texts as one block of sparse rows, sorted by row: row k is
    `index[starts[k]:starts[k + 1]]` with its `value`s; every row has at least one entry."""

    index: NDArray[np.intp]
    value: NDArray[np.float32]
    starts: NDArray[np.intp]  # offset of each row's first entry (for `np.add.reduceat`)

    @property
    def count(self) -> int:
        return len(self.starts)


def segment_rows(texts: Sequence[str], bits: int, idf: NDArray[np.float32]) -> SegmentRows:
    """The rows `vectorise` gives for each of `texts`, computed in one pass.

    One call instead of a call per text: the per-call cost of hashing, not the hashing, is
    what a wrapped persona prompt read sentence by sentence used to spend its time on. The
    kernel hashes each text on its own in that one call; the numpy code joins the cleaned texts
    with two spaces between them (each keeps its own padding space), hashes them once, and
    keeps only the n-grams lying wholly inside one text's span, so each row has exactly the
    n-grams of that text alone.
    """
    if not texts:
        none = np.zeros(0, dtype=np.intp)
        return SegmentRows(none, np.zeros(0, dtype=np.float32), none)
    if kernel is not None:
        index, value, starts = kernel.rows([padded(t) for t in texts], bits, idf)
        return SegmentRows(np.frombuffer(index, dtype=np.intp), np.frombuffer(value, dtype=np.float32),
                           np.frombuffer(starts, dtype=np.intp))
    cleaned = [_clean(t) for t in texts]
    lengths = np.array([len(c) for c in cleaned], dtype=np.intp)
    begins = np.concatenate(([0], np.cumsum(lengths[:-1] + 2))).astype(np.intp)
    ends = begins + lengths + 2
    idx, pos, end = _buckets(" " + "  ".join(cleaned) + " ", bits, with_ends=True)
    assert end is not None
    seg = np.searchsorted(begins, pos, side="right") - 1
    inside = end <= ends[seg]
    key = (seg[inside].astype(np.int64) << bits) | idx[inside]
    unique, counts = np.unique(key, return_counts=True)
    segment = (unique >> bits).astype(np.intp)
    index = (unique & ((1 << bits) - 1)).astype(np.intp)
    value = (1.0 + np.log(counts)).astype(np.float32) * idf[index]
    norm = np.sqrt(np.bincount(segment, weights=value * value, minlength=len(texts)))
    norm[norm == 0] = 1.0
    starts = np.searchsorted(segment, np.arange(len(texts))).astype(np.intp)
    return SegmentRows(index, (value / norm[segment]).astype(np.float32), starts)
