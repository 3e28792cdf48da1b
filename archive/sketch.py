"""A page text as near-duplicate matching sees it: its syllables and the
hashes of their runs (archive/neardup.py holds the matching).

Pure and light (no numpy, no database): extraction workers cut a page's
shingles here, and the crawl's process, which matches, computes the MinHash
signature from them.
"""

from __future__ import annotations

import zlib
from functools import cached_property
from typing import TYPE_CHECKING

from .text import word_tokens

if TYPE_CHECKING:
    import numpy as np

# 5 syllables: unrelated stories of one event type share at most 6 % of their
# 5-syllable shingles (9 % with 3), so fewer chance band collisions; the
# near-duplicates' Jaccard barely moves with the size (their edits are whole lines).
SHINGLE = 5
MIN_SHINGLES = 30  # shorter texts (≈ 35 syllables) are matched only exactly: too little to judge


class Sketch:
    """One page text as near-duplicate matching sees it; each part computed when first needed."""

    def __init__(self, text: str | None) -> None:
        self.text = text or ""

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        return tuple(word_tokens(self.text))

    @cached_property
    def shingles(self) -> frozenset[int]:
        """32-bit hashes of every run of SHINGLE syllables."""
        t = self.tokens
        return frozenset(_hash32(" ".join(t[i:i + SHINGLE])) for i in range(len(t) - SHINGLE + 1))

    @property
    def eligible(self) -> bool:
        return len(self.shingles) >= MIN_SHINGLES

    @cached_property
    def signature(self) -> np.ndarray:
        """archive.neardup.signature of the shingles (numpy and datasketch are
        loaded then, by the process that matches: not by extraction workers,
        which only cut the text)."""
        from .neardup import signature

        return signature(self.shingles)

    def bands(self) -> list[tuple[int, int]]:
        from .neardup import band_hashes

        return band_hashes(self.signature)


def _hash32(value: str) -> int:
    # CRC-32: stable across processes (unlike hash()) and 5x faster than blake2b,
    # which matters at ~350 shingles a page; datasketch's affine32 scheme mixes
    # its input (murmur3 finaliser) before permuting, so CRC's linearity is harmless.
    return zlib.crc32(value.encode("utf-8"))
