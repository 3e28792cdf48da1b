"""The archive's one dedup decision: which existing article, if any, a page belongs to.

Every path that adds a page (crawl, re-extraction, merge) asks this function, so
a new way of matching (near-duplicates) joins here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Match:
    article_id: int
    reason: str  # same-url | same-text


def find_article(db: sqlite_utils.Database, url: str, fingerprint: str | None) -> Match | None:
    """The article this page is a copy of: the same canonical URL, or the same
    normalised text under another URL (print view, another site's copy)."""
    row = db.execute("SELECT article_id FROM pages WHERE url = ?", [url]).fetchone()
    if row:
        return Match(row[0], "same-url")
    if fingerprint:
        row = db.execute(
            "SELECT article_id FROM pages WHERE fingerprint = ? ORDER BY id LIMIT 1", [fingerprint]
        ).fetchone()
        if row:
            return Match(row[0], "same-text")
    return None
