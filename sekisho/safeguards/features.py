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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

CHAR_NGRAMS: tuple[int, ...] = (1, 2, 3, 4, 5)
_SPACE = re.compile(r"\s+")
_P = np.uint64(0x100000001B3)  # FNV prime: odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_WORD_SEED = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM_MIX = np.uint64(0xC2B2AE3D27D4EB4F)

# Which code points belong to a Latin-script "word" (letters and digits below U+0250).
_IS_WORD_CHAR = np.array([chr(i).isalnum() for i in range(0x250)], dtype=bool)


def _mix(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """A 64-bit finaliser (splitmix64) so that bucket = low bits is well spread."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.lower()).strip()


def _to_codepoints(padded: str) -> NDArray[np.uint64]:
    return np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def codepoints(text: str) -> NDArray[np.uint64]:
    return _to_codepoints(" " + _clean(text) + " ")


def _char_hashes(cp: NDArray[np.uint64]) -> list[NDArray[np.uint64]]:
    out: list[NDArray[np.uint64]] = []
    h = np.zeros(len(cp), dtype=np.uint64)
    for n in range(1, max(CHAR_NGRAMS) + 1):
        if n > len(cp):
            break
        # h[i] = hash of cp[i : i + n], built from the (n-1)-gram hash.
        h = h[: len(cp) - n + 1] * _P + cp[n - 1:]
        if n in CHAR_NGRAMS:
            out.append(h + np.uint64((n * int(_WORD_SEED)) % 2**64))
    return out


_POW_CACHE: dict[str, NDArray[np.uint64]] = {}


def _powers(n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """P**j and P**-j (mod 2**64) for j < n, grown on demand and kept."""
    have = _POW_CACHE.get("p")
    if have is None or len(have) < n:
        size = max(n, 4096, 2 * (len(have) if have is not None else 0))
        _POW_CACHE["p"] = np.cumprod(np.concatenate(([np.uint64(1)], np.full(size - 1, _P))), dtype=np.uint64)
        _POW_CACHE["i"] = np.cumprod(np.concatenate(([np.uint64(1)], np.full(size - 1, _P_INV))),
                                     dtype=np.uint64)
    return _POW_CACHE["p"][:n], _POW_CACHE["i"][:n]


def _word_hashes(cp: NDArray[np.uint64]) -> tuple[list[NDArray[np.uint64]], list[NDArray[np.intp]],
                                                 list[NDArray[np.intp]]]:
    small = cp < 0x250
    is_word = np.zeros(len(cp), dtype=bool)
    is_word[small] = _IS_WORD_CHAR[cp[small].astype(np.intp)]
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return [], [], []
    # Prefix sums S[k] = sum_{j<k} cp[j] * P**j; word hash = (S[end] - S[start]) * P**-start.
    powers, inv = _powers(len(cp))
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(cp * powers, dtype=np.uint64)))
    words = (prefix[ends] - prefix[starts]) * inv[starts] + _WORD_SEED
    hashes, pos, end = [words], [starts], [ends]
    if len(words) > 1:
        hashes.append(words[:-1] * _BIGRAM_MIX + words[1:] + np.uint64((3 * int(_WORD_SEED)) % 2**64))
        pos.append(starts[:-1])
        end.append(ends[1:])
    return hashes, pos, end


def _buckets(cp: NDArray[np.uint64], bits: int, with_ends: bool = False
             ) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp] | None]:
    """Bucket index, start offset and (if asked) end offset of every n-gram occurrence in `cp`."""
    chars = _char_hashes(cp)
    words, wpos, wend = _word_hashes(cp)
    parts = chars + words
    if not parts:
        none = np.zeros(0, dtype=np.intp)
        return none, none, (none if with_ends else None)
    starts = [np.arange(len(h), dtype=np.intp) for h in chars]
    pos = np.concatenate(starts + wpos)
    # chars[k] holds the (k + 1)-grams: CHAR_NGRAMS is 1..5 with no gaps.
    end = np.concatenate([s + k + 1 for k, s in enumerate(starts)] + wend) if with_ends else None
    h = _mix(np.concatenate(parts))
    return (h & np.uint64((1 << bits) - 1)).astype(np.intp), pos, end


def ngram_positions(text: str, bits: int) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Bucket index and start offset (in the cleaned text) of every n-gram occurrence."""
    idx, pos, _ = _buckets(codepoints(text), bits)
    return idx, pos


def hashed_ngrams(text: str, bits: int) -> NDArray[np.intp]:
    """Bucket index of every n-gram occurrence in `text` (with repeats)."""
    return ngram_positions(text, bits)[0]


@dataclass(frozen=True, slots=True)
class SparseRow:
    """One text as sorted unique bucket indices with their (tf·idf, L2-normalised) values."""

    index: NDArray[np.intp]
    value: NDArray[np.float32]


def term_counts(text: str, bits: int) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
    idx, counts = np.unique(hashed_ngrams(text, bits), return_counts=True)
    return idx, (1.0 + np.log(counts)).astype(np.float32)


def vectorise(text: str, bits: int, idf: NDArray[np.float32]) -> SparseRow:
    return row_from_occurrences(hashed_ngrams(text, bits), idf)


def row_from_occurrences(occurrences: NDArray[np.intp], idf: NDArray[np.float32]) -> SparseRow:
    idx, counts = np.unique(occurrences, return_counts=True)
    tf = (1.0 + np.log(counts)).astype(np.float32)
    val = tf * idf[idx]
    norm = float(np.sqrt(np.dot(val, val)))
    if norm > 0:
        val = val / norm
    return SparseRow(idx, val.astype(np.float32))


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

    The texts are cleaned and joined with two spaces between them (each keeps its own
    padding space), hashed once, and only the n-grams lying wholly inside one text's span
    are kept, so each row has exactly the n-grams of that text alone. One call instead of a
    call per text: the per-call cost of hashing, not the hashing, is what a wrapped
    persona prompt read sentence by sentence used to spend its time on.
    """
    if not texts:
        none = np.zeros(0, dtype=np.intp)
        return SegmentRows(none, np.zeros(0, dtype=np.float32), none)
    cleaned = [_clean(t) for t in texts]
    lengths = np.array([len(c) for c in cleaned], dtype=np.intp)
    begins = np.concatenate(([0], np.cumsum(lengths[:-1] + 2))).astype(np.intp)
    ends = begins + lengths + 2
    idx, pos, end = _buckets(_to_codepoints(" " + "  ".join(cleaned) + " "), bits, with_ends=True)
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
