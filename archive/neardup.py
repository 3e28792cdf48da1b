"""Near-duplicate pages: MinHash over syllable shingles, LSH bands kept in the archive.

A story republished on another site comes back with a new first line
("(Nguồn: CDC …)"), another photo caption or signature, a dropped paragraph or a
fixed typo: its normalised text is no longer equal, but most of its runs of five
syllables are. Each page's MinHash signature is cut into bands whose hashes sit
in an indexed table (`minhash_bands`): finding the candidates for a new page is
32 index look-ups whatever the archive's size, and no signature is held in
memory between pages. A candidate is read from its stored signature first (an
estimate, to skip unrelated pages cheaply), then decided on both texts
(`similarity_if_same_story`).

Parameters are measured on the labelled set tests/data/neardup_pairs.json with
`python bench/dedup.py`; the reasons are next to each.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

import numpy as np
import sqlite_utils

from .sketch import Sketch
from .text import fold, line_key

NUM_PERM = 128
# 32 bands of 4 rows: a pair shares a band with p = 0.98 at Jaccard 0.59 (the least
# similar true pair measured), 0.87 at 0.5, 0.05 at 0.2 and 3e-5 at 0.03 (unrelated
# pages), so candidates stay few however large the archive grows.
BANDS, ROWS = 32, 4
SEED = 20240601  # fixed: stored signatures and bands must mean the same in every run
# Jaccard of the shingle sets at or above which two pages may be one story: true
# pairs measured ≥ 0.59, unrelated stories ≤ 0.06, short notices sharing a leaked
# comment form 0.47.
THRESHOLD = 0.5
# Template twins (a sister unit's report with its names, numbers and places
# changed) reach Jaccard 0.70; what tells them apart is where they differ: in
# place, all through the text. Measured: true pairs ≤ 3 such rewrites, twins ≥ 8.
MAX_REWRITES = 4
SAME_SOURCE_UNTEMPLATED = 0.8  # same-source pages before the source's template is known: see best_match
MAX_CANDIDATES = 50  # pages sharing the most bands; bounds the work per page
_ESTIMATE_MARGIN = 0.2  # 4.5 standard errors of a 128-value estimate near the threshold
_ANCHOR = 3  # identical syllables that separate two differences (shorter runs are chance)
_SCHEME = "affine32"  # datasketch ≥ 2.0: 32-bit values, stored as they are
_DIGIT = re.compile(r"\d")


def signature(shingles: frozenset[int]) -> np.ndarray:
    """NUM_PERM MinHash values (uint32), datasketch's permutations over the shingle hashes."""
    minhash = _minhash_class()(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=_permutations(), scheme=_SCHEME)
    minhash.update_batch(shingles)
    return minhash.hashvalues.astype(np.uint32)


@cache
def _permutations():
    return _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=_SCHEME).permutations


@cache
def _minhash_class():
    """datasketch's MinHash, imported when first needed and alone: the
    package's __init__ imports every sketch it has, and its LSH modules import
    scipy (~40 MB of memory, 0.4 s to start) that a signature never uses. When
    datasketch is not imported yet, its minhash module (numpy and
    datasketch.hashfunc only) is loaded under a package entry that is removed
    again at once, so a later `import datasketch` runs the real __init__,
    which finds this module already loaded."""
    if "datasketch" in sys.modules:
        from datasketch.minhash import MinHash

        return MinHash
    spec = importlib.util.find_spec("datasketch")
    if spec is None or not spec.submodule_search_locations:
        from datasketch import MinHash  # an unusual install: the whole package

        return MinHash
    package = importlib.util.module_from_spec(spec)  # not executed: no __init__ imports
    sys.modules["datasketch"] = package
    try:
        minhash = importlib.import_module("datasketch.minhash")
    finally:
        del sys.modules["datasketch"]
    return minhash.MinHash


def band_hashes(signature: np.ndarray) -> list[tuple[int, int]]:
    """(band, hash) for each slice of ROWS values; signed 64 bits fit SQLite's INTEGER."""
    raw, width = to_blob(signature), ROWS * 4
    return [(band, int.from_bytes(hashlib.blake2b(raw[band * width:(band + 1) * width], digest_size=8).digest(),
                                  "little", signed=True)) for band in range(BANDS)]


def to_blob(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()  # 512 bytes a page


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard: the share of equal MinHash values."""
    return float(np.count_nonzero(a == b)) / len(a)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


# --- the decision on two texts ---------------------------------------------------------------

def similarity_if_same_story(a: Sketch, b: Sketch, threshold: float = THRESHOLD,
                             max_rewrites: int = MAX_REWRITES, max_edit: int | None = None) -> float | None:
    """The pair's Jaccard similarity when they read as one story, else None.

    One story: most shingles shared, and the texts differ by passages added or
    left out (a source line, an intro, a paragraph, leaked boilerplate) and a few
    places rewritten (a caption, a signature) — not by names, numbers and places
    rewritten all through, which is a second report written from one template.
    `max_edit`: the most syllables a rewritten place may have on either side
    (None: any). Two stories under one site's leaked menus differ by one long
    stretch, the story itself: one rewrite, which only its length tells apart."""
    if not (a.eligible and b.eligible):
        return None
    similarity = jaccard(a.shingles, b.shingles)
    if similarity < threshold:
        return None
    edits = _rewritten(a.tokens, b.tokens)
    if len(edits) > max_rewrites:
        return None
    if max_edit is not None and any(len(x) > max_edit or len(y) > max_edit for x, y in edits):
        return None
    return similarity


def rewrites(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Places where both texts say something different (typo fixes not counted)."""
    return len(_rewritten(a, b))


def _rewritten(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(x, y) for x, y in _differences(a, b) if x and y and not _typo_fix(x, y)]


_SMALL_EDIT = 4  # syllables: a figure, a name or a signature changed, not a paragraph


def _differences(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The aligned texts' differing stretches (a's part, b's part); identical runs
    shorter than _ANCHOR syllables ("năm", "2023") do not split a difference."""
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    out, i, j = [], 0, 0
    for block in blocks:
        if block.size < _ANCHOR and block.size:
            continue
        if block.a > i or block.b > j:
            out.append((a[i:block.a], b[j:block.b]))
        i, j = block.a + block.size, block.b + block.size
    return out


def _typo_fix(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Same words but for a tone mark or one letter each; a changed number is never a typo."""
    return len(x) == len(y) and all(_one_word_typo(p, q) for p, q in zip(x, y))


def _one_word_typo(p: str, q: str) -> bool:
    if _DIGIT.search(p) or _DIGIT.search(q):
        return p == q
    return fold(p) == fold(q) or (len(p) == len(q) and sum(c != d for c, d in zip(p, q)) <= 1)


# --- the index in the archive ----------------------------------------------------------------

@dataclass(frozen=True)
class NearMatch:
    page_id: int
    article_id: int
    similarity: float


def index_page(db: sqlite_utils.Database, page_id: int, sketch: Sketch) -> None:
    """Store (or replace) a page's signature and bands; a text too short to judge
    is left out. Call inside the transaction that writes the page."""
    unindex_page(db, page_id)
    if not sketch.eligible:
        return
    db.execute("INSERT INTO minhash_signatures (page_id, signature) VALUES (?, ?)",
               [page_id, to_blob(sketch.signature)])
    db.conn.executemany("INSERT INTO minhash_bands (band, hash, page_id) VALUES (?, ?, ?)",
                        [(band, value, page_id) for band, value in sketch.bands()])


def unindex_page(db: sqlite_utils.Database, page_id: int) -> None:
    """Remove a page's bands (found again from its stored signature: no page_id index needed)."""
    row = db.execute("SELECT signature FROM minhash_signatures WHERE page_id = ?", [page_id]).fetchone()
    if row is None:
        return
    db.conn.executemany("DELETE FROM minhash_bands WHERE band = ? AND hash = ? AND page_id = ?",
                        [(band, value, page_id) for band, value in band_hashes(from_blob(row[0]))])
    db.execute("DELETE FROM minhash_signatures WHERE page_id = ?", [page_id])


def best_match(db: sqlite_utils.Database, sketch: Sketch, *, source: str | None = None,
               threshold: float = THRESHOLD, before: int | None = None,
               template: frozenset[str] = frozenset(), title: str | None = None) -> NearMatch | None:
    """The archived page most similar to this text that reads as the same story.

    Pages of the same `source` are compared only on their text minus the
    source's `template` (the folded lines that recur on its pages,
    archive/extraction/template.py): what one site's pages share is its
    boilerplate (menus, comment forms, related lists), and with it taken out
    what is left to share is the story — a print view with a header and a date
    line, the story re-posted under a new URL with a line changed. With no
    template known yet (a source's first pages), a page of the same source
    must have the same `title`, share nearly the whole text (Jaccard at least
    SAME_SOURCE_UNTEMPLATED) and differ by at most one small edit: a re-post
    with a figure corrected, not a second notice written from the same form.
    `before`: only pages archived before this page id (a rebuild replays the archive)."""
    if not sketch.eligible:
        return None
    best = None
    own = None  # this page's text minus the template, made when a same-source candidate needs it
    for page_id, article_id, text, page_title, same_source in _plausible(db, sketch, source, threshold, before):
        if same_source and not template:
            similarity = _same_source_repost(sketch, text, title, page_title)
        elif same_source:
            own = own or Sketch(strip_template(sketch.text, template))
            similarity = similarity_if_same_story(own, Sketch(strip_template(text, template)), threshold)
        else:
            similarity = similarity_if_same_story(sketch, Sketch(text), threshold)
        if similarity is not None and (best is None or similarity > best.similarity):
            best = NearMatch(page_id, article_id, similarity)
    return best


def _same_source_repost(sketch: Sketch, text: str, title: str | None, page_title: str | None) -> float | None:
    """The similarity of a page to an archived page of its own source when the
    source's template is not known yet: only a re-post (same headline, same
    text but for one small edit) counts; leaked menus could make any two of
    the site's pages look alike."""
    if not title or not page_title or line_key(title) != line_key(page_title):
        return None
    return similarity_if_same_story(sketch, Sketch(text), SAME_SOURCE_UNTEMPLATED, max_rewrites=1, max_edit=_SMALL_EDIT)


def strip_template(text: str, template: frozenset[str]) -> str:
    """A page's text without its source's template lines (captions and the closing byline stay)."""
    from .extraction.template import remove_template_lines

    return remove_template_lines(text, template)[0] if template else text


def _plausible(db, sketch: Sketch, source: str | None, threshold: float, before: int | None):
    """Candidates from the bands, kept when their stored signature is close enough:
    (page id, article id, text, title, whether it is of the same source)."""
    ids = _candidates(db, sketch, before)
    if not ids:
        return []
    rows = db.execute(
        f"SELECT p.id, p.article_id, p.source, p.title, s.signature FROM minhash_signatures s "
        f"JOIN pages p ON p.id = s.page_id WHERE s.page_id IN ({', '.join('?' * len(ids))}) ORDER BY p.id",
        ids).fetchall()
    keep = [(page_id, article_id, title, page_source == source) for page_id, article_id, page_source, title, blob in rows
            if estimate(sketch.signature, from_blob(blob)) >= threshold - _ESTIMATE_MARGIN]
    return [(page_id, article_id, _text(db, page_id), title, same) for page_id, article_id, title, same in keep]


def _candidates(db, sketch: Sketch, before: int | None) -> list[int]:
    """Pages sharing a band, most shared bands first. (CROSS JOIN from the probe
    rows: one primary-key search per band; `(band, hash) IN (VALUES …)` scans.)"""
    pairs = sketch.bands()
    values = ", ".join("(?, ?)" for _ in pairs)
    bound = "WHERE b.page_id < ?" if before is not None else ""
    params = [v for pair in pairs for v in pair] + ([before] if before is not None else []) + [MAX_CANDIDATES]
    rows = db.execute(
        f"WITH probe(band, hash) AS (VALUES {values}) SELECT b.page_id FROM probe CROSS JOIN minhash_bands b "
        f"ON b.band = probe.band AND b.hash = probe.hash {bound} "
        f"GROUP BY b.page_id ORDER BY count(*) DESC, b.page_id LIMIT ?", params).fetchall()
    return [row[0] for row in rows]


def _text(db, page_id: int) -> str:
    return db.execute("SELECT text FROM pages WHERE id = ?", [page_id]).fetchone()[0] or ""
