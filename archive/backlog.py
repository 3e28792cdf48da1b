"""What is left to crawl of each source, and what its links turned out to be.

Three tables (archive/schema.py), all keyed by (source, canonical URL):

- `crawl_backlog`: links a run decided to fetch and has not fetched yet. A link
  is written with the page it was found on and removed with the page it leads
  to, so a run killed at any moment, or stopped by SOYTE_MAX_PAGES, leaves
  exactly what it still had to do; the next runs continue it.
- `url_redirects`: permanent redirects (301, 308): the link is the page archived
  under the target.
- `url_failures`: links that failed after their retries, asked again only after
  a back-off that grows with each failure: days for a page that is gone
  (404, 410), a day for a host that refuses or does not resolve, hours for a
  server error or a timeout.

No Scrapy here: the crawler hands plain tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

ARTICLE_KIND = "article"
LISTING_KINDS = ("listing", "pagination", "trap")


@dataclass(frozen=True)
class Link:
    """A link to fetch: its key (canonical URL), the URL as linked, and where it sits."""

    url: str
    fetch_url: str
    kind: str
    hops: int = 0
    trap: int = 0
    empty: int = 0


@dataclass(frozen=True)
class Failure:
    url: str
    error: str  # http_404, DNSLookupError, DownloadTimeoutError, …
    permanent: bool
    attempts: int
    retry_after: str  # ISO 8601 UTC
    fetch_url: str
    kind: str
    hops: int


# --------------------------------------------------------------------------- backlog


def add_links(db: sqlite_utils.Database, source: str, links: list[Link], when: datetime) -> None:
    """Keep links to fetch (inside the caller's transaction)."""
    if links:
        db.conn.executemany(
            """INSERT INTO crawl_backlog (source, url, fetch_url, kind, hops, trap, empty, added)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, url) DO NOTHING""",
            [(source, l.url, l.fetch_url, l.kind, l.hops, l.trap, l.empty, when.isoformat()) for l in links])


def remove_links(db: sqlite_utils.Database, source: str, urls: list[str]) -> None:
    """Links fetched (or given up on): no longer to do (inside the caller's transaction)."""
    if urls:
        db.conn.executemany("DELETE FROM crawl_backlog WHERE source = ? AND url = ?", [(source, u) for u in urls])


def load_backlog(db: sqlite_utils.Database, source: str) -> list[Link]:
    """The source's backlog, oldest first."""
    rows = db.execute("SELECT url, fetch_url, kind, hops, trap, empty FROM crawl_backlog WHERE source = ? "
                      "ORDER BY added", [source])
    return [Link(*row) for row in rows]


def backlog_size(db: sqlite_utils.Database, source: str) -> tuple[int, int]:
    """(listing pages, article links) left in the source's backlog."""
    listings = articles = 0
    for kind, count in db.execute("SELECT kind, count(*) FROM crawl_backlog WHERE source = ? GROUP BY kind",
                                  [source]):
        if kind == ARTICLE_KIND:
            articles += count
        else:
            listings += count
    return listings, articles


# --------------------------------------------------------------------------- redirects


def record_redirect(db: sqlite_utils.Database, source: str, url: str, target: str, status: int,
                    when: datetime) -> None:
    db.execute("""INSERT INTO url_redirects (source, url, target, status, seen) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT(source, url) DO UPDATE SET target = excluded.target, status = excluded.status,
                      seen = excluded.seen""", [source, url, target, status, when.isoformat()])


def load_redirects(db: sqlite_utils.Database, source: str) -> dict[str, str]:
    return dict(db.execute("SELECT url, target FROM url_redirects WHERE source = ?", [source]).fetchall())


# --------------------------------------------------------------------------- failures

# (first back-off, longest back-off) by class of failure.
BACKOFF = {
    "gone": (timedelta(days=7), timedelta(days=180)),  # 404, 410 and other 4xx: the page is gone
    "unreachable": (timedelta(days=1), timedelta(days=30)),  # refused, no such host: the host is gone (or down)
    "transient": (timedelta(hours=6), timedelta(days=7)),  # 5xx, 408, 429, timeouts, resets
}
_UNREACHABLE = ("DNSLookupError", "CannotResolveHostError", "ConnectionRefusedError", "DownloadConnectionRefusedError",
                "NoRouteError", "TCPTimedOutError")


def failure_class(error: str) -> str:
    if error.startswith("http_"):
        status = int(error[5:])
        return "gone" if 400 <= status < 500 and status not in (408, 425, 429) else "transient"
    return "unreachable" if error in _UNREACHABLE else "transient"


def backoff(error: str, attempts: int) -> timedelta:
    first, longest = BACKOFF[failure_class(error)]
    return min(first * (2 ** min(max(attempts - 1, 0), 20)), longest)


def record_failure(db: sqlite_utils.Database, source: str, link: Link, error: str, when: datetime) -> None:
    """One more failure of `link` (inside the caller's transaction)."""
    row = db.execute("SELECT attempts FROM url_failures WHERE source = ? AND url = ?", [source, link.url]).fetchone()
    attempts = (row[0] if row else 0) + 1
    retry = (when + backoff(error, attempts)).isoformat()
    db.execute("""INSERT INTO url_failures (source, url, fetch_url, kind, hops, error, permanent, attempts,
                      first_failed, last_failed, retry_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT(source, url) DO UPDATE SET error = excluded.error, permanent = excluded.permanent,
                      attempts = excluded.attempts, last_failed = excluded.last_failed,
                      retry_after = excluded.retry_after, fetch_url = excluded.fetch_url""",
               [source, link.url, link.fetch_url, link.kind, link.hops, error,
                int(failure_class(error) != "transient"), attempts, when.isoformat(), when.isoformat(), retry])


def clear_failures(db: sqlite_utils.Database, source: str, urls: list[str]) -> None:
    """These links answered at last (inside the caller's transaction)."""
    if urls:
        db.conn.executemany("DELETE FROM url_failures WHERE source = ? AND url = ?", [(source, u) for u in urls])


def load_failures(db: sqlite_utils.Database, source: str) -> dict[str, Failure]:
    rows = db.execute("SELECT url, error, permanent, attempts, retry_after, fetch_url, kind, hops FROM url_failures "
                      "WHERE source = ?", [source])
    return {r[0]: Failure(r[0], r[1], bool(r[2]), r[3], r[4], r[5], r[6], r[7]) for r in rows}


def failure_counts(db: sqlite_utils.Database, source: str, kind: str | None = ARTICLE_KIND) -> dict[str, int]:
    """Remembered failures of the source's links (of one kind), by error."""
    sql = "SELECT error, count(*) FROM url_failures WHERE source = ?" + (" AND kind = ?" if kind else "")
    return dict(db.execute(sql + " GROUP BY error ORDER BY count(*) DESC",
                           [source, kind] if kind else [source]).fetchall())
