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


def codepoints(text: str) -> NDArray[np.uint64]:
    clean = " " + _SPACE.sub(" ", text.lower()).strip() + " "
    return np.frombuffer(clean.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


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


def _word_hashes(cp: NDArray[np.uint64]) -> list[NDArray[np.uint64]]:
    small = cp < 0x250
    is_word = np.zeros(len(cp), dtype=bool)
    is_word[small] = _IS_WORD_CHAR[cp[small].astype(np.intp)]
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return []
    # Prefix sums S[k] = sum_{j<k} cp[j] * P**j; word hash = (S[end] - S[start]) * P**-start.
    powers = np.cumprod(np.concatenate(([np.uint64(1)], np.full(len(cp) - 1, _P))), dtype=np.uint64)
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(cp * powers, dtype=np.uint64)))
    inv = np.cumprod(np.concatenate(([np.uint64(1)], np.full(len(cp) - 1, _P_INV))), dtype=np.uint64)
    words = (prefix[ends] - prefix[starts]) * inv[starts] + _WORD_SEED
    out = [words]
    if len(words) > 1:
        out.append(words[:-1] * _BIGRAM_MIX + words[1:] + np.uint64((3 * int(_WORD_SEED)) % 2**64))
    return out


def hashed_ngrams(text: str, bits: int) -> NDArray[np.intp]:
    """Bucket index of every n-gram occurrence in `text` (with repeats)."""
    cp = codepoints(text)
    parts = _char_hashes(cp) + _word_hashes(cp)
    if not parts:
        return np.zeros(0, dtype=np.intp)
    h = _mix(np.concatenate(parts))
    return (h & np.uint64((1 << bits) - 1)).astype(np.intp)


@dataclass(frozen=True, slots=True)
class SparseRow:
    """One text as sorted unique bucket indices with their (tf·idf, L2-normalised) values."""

    index: NDArray[np.intp]
    value: NDArray[np.float32]


def term_counts(text: str, bits: int) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
    idx, counts = np.unique(hashed_ngrams(text, bits), return_counts=True)
    return idx, (1.0 + np.log(counts)).astype(np.float32)


def vectorise(text: str, bits: int, idf: NDArray[np.float32]) -> SparseRow:
    idx, tf = term_counts(text, bits)
    val = tf * idf[idx]
    norm = float(np.sqrt(np.dot(val, val)))
    if norm > 0:
        val = val / norm
    return SparseRow(idx, val.astype(np.float32))
