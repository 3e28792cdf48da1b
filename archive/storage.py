"""Saving fetched article pages: one transaction per page, through the dedup decision."""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlite_utils

from .article_ids import new_article_id, rekey_if_needed
from .dedup import Match, find_article
from .mentions import is_read, keep_mentions
from .models import Extracted, FetchedPage
from .neardup import Sketch, index_page
from .schema import SHOWN_FIELDS
from .pairs import kept_in_step
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


def compress(body: bytes) -> bytes:
    return zlib.compress(body, 6)


def decompress(blob: bytes | None) -> bytes:
    return zlib.decompress(blob) if blob else b""


def save_page(db: sqlite_utils.Database, page: FetchedPage, article: Extracted) -> SaveOutcome:
    """Archive one article page: a new article, or another page of the one it copies."""
    digest, sketch = fingerprint(article.text), Sketch(article.text)
    # atomic(), not `with db.conn`: sqlite-utils 4 commits each insert on its own
    # unless a transaction is open, and a page, its article and its near-duplicate
    # bands must land together or not at all.
    with db.atomic(), kept_in_step(db):  # the word-pair index follows, in the same transaction
        match = find_article(db, page.url, digest, sketch, source=page.source)
        if match and match.reason == "same-url":
            return _refresh_known_page(db, page, article, digest, match.article_id, sketch)
        if match:
            page_id = _insert_page(db, page, article, digest, sketch, match)
            article_id = refresh_article(db, match.article_id)
            return SaveOutcome(DUPLICATE, article_id, page_id)
        article_id = _insert_article(db, page, article)
        page_id = _insert_page(db, page, article, digest, sketch, Match(article_id, reason=None))
        keep_mentions(db, article_id, article.title, article.text)  # the diseases it names
        return SaveOutcome(NEW, article_id, page_id)


def _article_fields(article: Extracted, url: str) -> dict:
    return {"url": url, "title": article.title, "published": article.published,
            "author": article.author, "text": article.text}


def _insert_article(db: sqlite_utils.Database, page: FetchedPage, article: Extracted) -> int:
    first_seen = page.fetched_at.isoformat()
    row = _article_fields(article, page.url) | {
        "id": new_article_id(db, article.published, first_seen),
        "source": page.source, "province": page.province, "legacy_province": page.legacy_province,
        "first_seen": first_seen, "page_count": 1,
    }
    return db["articles"].insert(row).last_pk


def _insert_page(db, page: FetchedPage, article: Extracted, digest, sketch: Sketch, match: Match) -> int:
    """Insert the page into `match.article_id` (reason None: the article's first page)."""
    row = {
        "url": page.url, "article_id": match.article_id, "source": page.source,
        "fetched_at": page.fetched_at.isoformat(), "status": page.status,
        "headers": json.dumps(page.headers, ensure_ascii=False), "fingerprint": digest,
        "html": compress(page.body), "title": article.title, "published": article.published,
        "author": article.author, "text": article.text, "match_reason": match.reason,
        "similarity": match.similarity, "province": page.province, "legacy_province": page.legacy_province,
    }
    page_id = db["pages"].insert(row).last_pk
    index_page(db, page_id, sketch)
    return page_id


def _refresh_known_page(db, page: FetchedPage, article: Extracted, digest, article_id: int,
                        sketch: Sketch) -> SaveOutcome:
    page_id, old_digest = db.execute(
        "SELECT id, fingerprint FROM pages WHERE url = ?", [page.url]).fetchone()
    if old_digest == digest:
        db["pages"].update(page_id, {"fetched_at": page.fetched_at.isoformat()})
        return SaveOutcome(KNOWN, article_id, page_id)
    keep_version(db, page_id)
    db["pages"].update(page_id, {
        "fetched_at": page.fetched_at.isoformat(), "status": page.status, "fingerprint": digest,
        "headers": json.dumps(page.headers, ensure_ascii=False), "html": compress(page.body),
        "title": article.title, "published": article.published, "author": article.author,
        "text": article.text,
    })
    index_page(db, page_id, sketch)  # later pages are compared with the text it has now
    article_id = refresh_article(db, article_id)
    return SaveOutcome(UPDATED, article_id, page_id)


def keep_version(db: sqlite_utils.Database, page_id: int) -> None:
    """Copy a page's current stored version into page_versions before it changes."""
    db.execute("""INSERT INTO page_versions (page_id, fetched_at, fingerprint, html, title, published, author, text)
                  SELECT id, fetched_at, fingerprint, html, title, published, author, text
                  FROM pages WHERE id = ?""", [page_id])


def refresh_article(db: sqlite_utils.Database, article_id: int) -> int:
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
        keep_mentions(db, new_id, fields["title"], fields["text"], old_id=article_id)
    return new_id


def shown_page_rank(page: dict) -> tuple:
    """Which page an article shows: a real page before a print view, then the
    earliest published (the originating unit publishes first; republishers copy
    later), then the first archived."""
    return (looks_like_print(page["url"]), not page["published"], page["published"] or "", page["id"])
