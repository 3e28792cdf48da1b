"""Clusters: articles with more than one page. Listing them (`soyte duplicates`)
and recomputing them over the whole archive (`soyte dedup --rebuild`).

A rebuild replays every stored page in the order it was archived through the
same `find_article` a crawl uses, each page judged against the pages before it,
so it ends where saving them one by one would have ended (with the threshold
given). It runs in one transaction: interrupted, nothing of it remains and the
previous clusters, bands and search index are as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import sqlite_utils

from .article_ids import new_article_id
from .dedup import Match, find_article
from .neardup import THRESHOLD, Sketch, index_page
from .storage import refresh_article

log = logging.getLogger(__name__)
_BATCH = 500


def duplicate_clusters(db: sqlite_utils.Database, limit: int | None = None) -> list[dict]:
    """Articles with several pages, newest first, each with its pages (the shown one marked)."""
    articles = db.execute(
        "SELECT id, title, url, published FROM articles WHERE page_count > 1 ORDER BY id DESC LIMIT ?",
        [limit if limit is not None else -1]).fetchall()
    return [{"article_id": article_id, "title": title, "published": published,
             "pages": _cluster_pages(db, article_id, shown_url)}
            for article_id, title, shown_url, published in articles]


def _cluster_pages(db: sqlite_utils.Database, article_id: int, shown_url: str) -> list[dict]:
    rows = db.query("SELECT url, source, published, match_reason, similarity FROM pages "
                    "WHERE article_id = ? ORDER BY id", [article_id])
    return [row | {"shown": row["url"] == shown_url} for row in rows]


@dataclass
class RebuildReport:
    pages: int = 0
    articles_before: int = 0
    articles_after: int = 0
    moved: int = 0  # pages now in another article than before
    clusters: int = 0  # articles with more than one page, after


@dataclass
class _Replay:
    claimed: set[int] = field(default_factory=set)  # articles kept by one of their own pages
    touched: set[int] = field(default_factory=set)  # articles that gained or lost a page
    # article -> the earliest first_seen among its pages' previous articles
    first_seen: dict[int, str] = field(default_factory=dict)


def rebuild_clusters(db: sqlite_utils.Database, *, threshold: float = THRESHOLD,
                     progress: Callable[[int, int], None] | None = None) -> RebuildReport:
    """Recompute which pages make one article, over the whole archive, from the stored page texts."""
    report = RebuildReport(articles_before=_count(db, "articles"))
    total = _count(db, "pages")
    with db.atomic():
        db.execute("DELETE FROM minhash_bands")
        db.execute("DELETE FROM minhash_signatures")
        replay = _Replay()
        for batch in _page_batches(db):
            for row in batch:
                _replay_page(db, row, replay, threshold, report)
            if progress:
                progress(report.pages, total)
        _settle_articles(db, replay)
    report.articles_after = _count(db, "articles")
    report.clusters = db.execute("SELECT count(*) FROM articles WHERE page_count > 1").fetchone()[0]
    log.info("rebuild: %d pages, %d -> %d articles, %d pages moved", report.pages,
             report.articles_before, report.articles_after, report.moved)
    return report


def _count(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def _page_batches(db: sqlite_utils.Database) -> Iterator[list[dict]]:
    """Pages in archive order with their current (old) article, a batch at a time."""
    last_id = 0
    while True:
        rows = list(db.query(
            "SELECT p.id, p.url, p.source, p.fingerprint, p.text, p.article_id, p.match_reason, p.similarity, "
            "p.fetched_at, p.title, p.published, p.author, coalesce(p.province, a.province) AS province, "
            "coalesce(p.legacy_province, a.legacy_province) AS legacy_province, a.first_seen "
            "FROM pages p JOIN articles a ON a.id = p.article_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
            [last_id, _BATCH]))
        if not rows:
            return
        yield rows
        last_id = rows[-1]["id"]


def _replay_page(db: sqlite_utils.Database, row: dict, replay: _Replay, threshold: float,
                 report: RebuildReport) -> None:
    """Place one page as if it were being archived now, after the pages before it."""
    sketch = Sketch(row["text"])
    match = find_article(db, row["url"], row["fingerprint"], sketch, source=row["source"],
                         threshold=threshold, before=row["id"], title=row["title"])
    if match is None:
        match = Match(_own_article(db, row, replay), reason=None)
    placed = (match.article_id, match.reason, match.similarity)
    if placed != (row["article_id"], row["match_reason"], row["similarity"]):
        db.execute("UPDATE pages SET article_id = ?, match_reason = ?, similarity = ? WHERE id = ?",
                   [match.article_id, match.reason, match.similarity, row["id"]])
    if match.article_id != row["article_id"]:
        replay.touched |= {match.article_id, row["article_id"]}
        report.moved += 1
    earliest = replay.first_seen.get(match.article_id, row["first_seen"])
    replay.first_seen[match.article_id] = min(earliest, row["first_seen"])
    index_page(db, row["id"], sketch)
    report.pages += 1


def _own_article(db: sqlite_utils.Database, row: dict, replay: _Replay) -> int:
    """A page that matches nothing before it starts an article: the one it was in,
    unless an earlier page of that article kept it; then a new one."""
    if row["article_id"] not in replay.claimed:
        replay.claimed.add(row["article_id"])
        return row["article_id"]
    article_id = new_article_id(db, row["published"], row["first_seen"])
    db["articles"].insert({
        "id": article_id, "url": row["url"], "title": row["title"], "published": row["published"],
        "author": row["author"], "text": row["text"], "source": row["source"], "province": row["province"],
        "legacy_province": row["legacy_province"], "first_seen": row["first_seen"], "page_count": 1})
    replay.claimed.add(article_id)
    return article_id


def _settle_articles(db: sqlite_utils.Database, replay: _Replay) -> None:
    """Articles that lost every page go; the others recount their pages, take the
    earliest first_seen of what they hold and show their preferred page again."""
    for article_id in sorted(replay.touched):
        if db.execute("SELECT 1 FROM pages WHERE article_id = ? LIMIT 1", [article_id]).fetchone() is None:
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            continue
        db.execute("UPDATE articles SET first_seen = ? WHERE id = ?", [replay.first_seen[article_id], article_id])
        refresh_article(db, article_id)
