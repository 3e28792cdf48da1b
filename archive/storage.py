"""Saving fetched article pages: one transaction per page, through the dedup decision.

What costs CPU in saving a page and depends on the page alone (its text hash,
its near-duplicate shingles, its word pairs, its disease mentions, its
compressed HTML) can be computed beforehand, in the crawl's extraction workers
(`prepare`); `save_page(..., prepared=...)` then only looks up and writes.
Without it, save_page computes the same things itself: the rows are the same.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlite_utils

from .article_ids import new_article_id, rekey_if_needed
from .dedup import Match, find_article
from .mentions import is_read, keep_mentions
from .models import Extracted, FetchedPage
from .neardup import Sketch, index_page
from .prepared import Prepared, compress
from .schema import SHOWN_FIELDS
from .pairs import PAIR_FUNCTION, kept_in_step, pair_text
from .text import fingerprint
from .urls import looks_like_print

log = logging.getLogger(__name__)

NEW, DUPLICATE, KNOWN, UPDATED = "new", "duplicate", "known", "updated"


@dataclass(frozen=True)
class SaveOutcome:
    kind: str  # new: a new article; duplicate: a new page of an existing article;
    #            known: a page already archived, unchanged; updated: its text changed
    article_id: int
    page_id: int


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


# Word pairs computed beforehand, by (title, text): the archive's pair function
# (archive/pairs.py, called by its SQL while the index is brought in step)
# reads them here instead of cutting the text again in the writing process.
_PAIRS: dict[tuple[str | None, str], str] = {}
_PAIRS_KEPT = 64


def use_prepared_pairs(db: sqlite_utils.Database) -> None:
    """Make this connection's pair function answer from the prepared pairs
    (same values: a text not prepared is cut as before)."""

    def pairs_of(title: str | None, text: str | None) -> str:
        found = _PAIRS.get((title, text or ""))
        return found if found is not None else pair_text(title, text)

    db.conn.create_function(PAIR_FUNCTION, 2, pairs_of, deterministic=True)


def _remember_pairs(prepared: Prepared) -> None:
    if len(_PAIRS) >= _PAIRS_KEPT:
        _PAIRS.clear()
    _PAIRS[(prepared.title, prepared.text)] = prepared.pairs


def save_page(db: sqlite_utils.Database, page: FetchedPage, extracted: Extracted,
              prepared: Prepared | None = None) -> SaveOutcome:
    """Archive one article page: a new article, or another page of the one it
    copies. `prepared`: its `prepare(page.body, extracted)`, computed elsewhere."""
    if prepared is not None and not prepared.fits(extracted.title, extracted.text):
        prepared = None
    if prepared is not None:
        digest, sketch = prepared.digest, prepared.sketch
        _remember_pairs(prepared)
    else:
        digest, sketch = fingerprint(extracted.text), Sketch(extracted.text)
    # atomic(), not `with db.conn`: sqlite-utils 4 commits each insert on its own
    # unless a transaction is open, and a page, its article and its near-duplicate
    # bands must land together or not at all.
    with db.atomic(), kept_in_step(db):  # the word-pair index follows, in the same transaction
        match = find_article(db, page.url, digest, sketch, source=page.source, title=extracted.title)
        if match and match.reason == "same-url":
            return _refresh_known_page(db, page, extracted, digest, match.article_id, sketch, prepared)
        if match:
            page_id = _insert_page(db, page, extracted, digest, sketch, match, prepared)
            article_id = refresh_article(db, match.article_id, prepared)
            return SaveOutcome(DUPLICATE, article_id, page_id)
        article_id = _insert_article(db, page, extracted)
        page_id = _insert_page(db, page, extracted, digest, sketch, Match(article_id, reason=None), prepared)
        _keep_mentions(db, article_id, extracted.title, extracted.text, prepared=prepared)  # the diseases it names
        return SaveOutcome(NEW, article_id, page_id)


def _keep_mentions(db: sqlite_utils.Database, article_id: int, title: str | None, text: str | None, *,
                   old_id: int | None = None, prepared: Prepared | None = None) -> None:
    """keep_mentions, with the rows read beforehand when they were read from this title and text."""
    rows = prepared.mentions if prepared is not None and prepared.fits(title, text) else None
    keep_mentions(db, article_id, title, text, old_id=old_id, rows=rows)


def _article_fields(extracted: Extracted, url: str) -> dict:
    return {"url": url, "title": extracted.title, "published": extracted.published,
            "author": extracted.author, "text": extracted.text}


def _insert_article(db: sqlite_utils.Database, page: FetchedPage, extracted: Extracted) -> int:
    first_seen = page.fetched_at.isoformat()
    row = _article_fields(extracted, page.url) | {
        "id": new_article_id(db, extracted.published, first_seen),
        "source": page.source, "province": page.province, "legacy_province": page.legacy_province,
        "first_seen": first_seen, "page_count": 1,
    }
    return db["articles"].insert(row).last_pk


def _insert_page(db, page: FetchedPage, extracted: Extracted, digest, sketch: Sketch, match: Match,
                 prepared: Prepared | None = None) -> int:
    """Insert the page into `match.article_id` (reason None: the article's first page)."""
    row = {
        "url": page.url, "article_id": match.article_id, "source": page.source,
        "fetched_at": page.fetched_at.isoformat(), "status": page.status,
        "headers": json.dumps(page.headers, ensure_ascii=False), "fingerprint": digest,
        "html": prepared.html if prepared is not None else compress(page.body), "title": extracted.title,
        "published": extracted.published, "author": extracted.author, "text": extracted.text, "match_reason": match.reason,
        "similarity": match.similarity, "province": page.province, "legacy_province": page.legacy_province,
    }
    page_id = db["pages"].insert(row).last_pk
    index_page(db, page_id, sketch)
    return page_id


def _refresh_known_page(db, page: FetchedPage, extracted: Extracted, digest, article_id: int,
                        sketch: Sketch, prepared: Prepared | None = None) -> SaveOutcome:
    page_id, old_digest = db.execute(
        "SELECT id, fingerprint FROM pages WHERE url = ?", [page.url]).fetchone()
    if old_digest == digest:
        db["pages"].update(page_id, {"fetched_at": page.fetched_at.isoformat()})
        return SaveOutcome(KNOWN, article_id, page_id)
    keep_version(db, page_id)
    db["pages"].update(page_id, {
        "fetched_at": page.fetched_at.isoformat(), "status": page.status, "fingerprint": digest,
        "headers": json.dumps(page.headers, ensure_ascii=False),
        "html": prepared.html if prepared is not None else compress(page.body),
        "title": extracted.title, "published": extracted.published, "author": extracted.author, "text": extracted.text,
    })
    index_page(db, page_id, sketch)  # later pages are compared with the text it has now
    article_id = refresh_article(db, article_id, prepared)
    return SaveOutcome(UPDATED, article_id, page_id)


def keep_version(db: sqlite_utils.Database, page_id: int) -> None:
    """Copy a page's current stored version into page_versions before it changes."""
    db.execute("""INSERT INTO page_versions (page_id, fetched_at, fingerprint, html, title, published, author, text)
                  SELECT id, fetched_at, fingerprint, html, title, published, author, text
                  FROM pages WHERE id = ?""", [page_id])


def refresh_article(db: sqlite_utils.Database, article_id: int, prepared: Prepared | None = None) -> int:
    """Recount the article's pages and show its preferred version (call inside
    the transaction that changed its pages). Returns the article's id, which
    changes when its date does (ids follow publication order)."""
    pages = list(db.query(
        f"SELECT id, {', '.join(SHOWN_FIELDS)} FROM pages WHERE article_id = ?", [article_id]))
    shown = min(pages, key=shown_page_rank)
    current = db["articles"].get(article_id)
    fields = {k: shown[k] for k in SHOWN_FIELDS}
    changed = {k: v for k, v in fields.items() if current[k] != v}
    db["articles"].update(article_id, changed | {"page_count": len(pages)})
    new_id = rekey_if_needed(db, article_id) if "published" in changed else article_id
    if new_id != article_id or {"title", "text"} & changed.keys() or not is_read(db, new_id):  # its mentions follow
        _keep_mentions(db, new_id, fields["title"], fields["text"], old_id=article_id, prepared=prepared)
    return new_id


def shown_page_rank(page: dict) -> tuple:
    """Which page an article shows: a real page before a print view, then the
    earliest published (the originating unit publishes first; republishers copy
    later), then the first archived."""
    return (looks_like_print(page["url"]), not page["published"], page["published"] or "", page["id"])
