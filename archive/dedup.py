"""The archive's one dedup decision: which existing article, if any, a page belongs to.

Every path that adds a page (crawl, re-extraction, merge, `soyte dedup --rebuild`)
asks this function, so a new way of matching joins here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from .neardup import THRESHOLD, Sketch, best_match


@dataclass(frozen=True)
class Match:
    article_id: int
    reason: str | None  # same-url | same-text | similar-text (None: where storage puts an article's first page)
    similarity: float | None = None  # similar-text: Jaccard of the two pages' shingles


def find_article(
    db: sqlite_utils.Database,
    url: str,
    fingerprint: str | None,
    sketch: Sketch | None = None,
    *,
    source: str | None = None,
    threshold: float = THRESHOLD,
    before: int | None = None,
) -> Match | None:
    """The article this page is a copy of: the same canonical URL; else the same
    normalised text under another URL (print view, another site's copy); else,
    given the page's `sketch`, a near-duplicate on another source (see
    archive/neardup.py). `before`: judge as the archive stood when page `before`
    arrived (only pages with a smaller id), which is how a rebuild replays it."""
    bound, params = ("AND id < ?", [before]) if before is not None else ("", [])
    row = db.execute(f"SELECT article_id FROM pages WHERE url = ? {bound}", [url, *params]).fetchone()
    if row:
        return Match(row[0], "same-url")
    if fingerprint:
        row = db.execute(f"SELECT article_id FROM pages WHERE fingerprint = ? {bound} ORDER BY id LIMIT 1",
                         [fingerprint, *params]).fetchone()
        if row:
            return Match(row[0], "same-text")
    near = best_match(db, sketch, source=source, threshold=threshold, before=before) if sketch else None
    return Match(near.article_id, "similar-text", round(near.similarity, 4)) if near else None
