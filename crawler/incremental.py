"""What a run knows from earlier runs of the same source, and what follows from
it: known articles are not fetched again (unless refreshing), known non-article
pages are not fetched again, listings are asked "changed since?", a link that
permanently redirects to a known article is known, a link that failed is not
asked again before its back-off ends, and the backlog an earlier run left is
continued."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlite_utils

from archive.backlog import Failure, Link, load_backlog, load_failures, load_redirects
from archive.models import PageKind
from archive.seen import SeenUrl, load_seen

# Finish reasons after which the run's history is whole: it followed every link
# of the pages it fetched, or kept those it did not follow in its backlog.
COMPLETE_REASONS = ("finished", "page_cap")


class RunMemory:
    def __init__(self, seen: dict[str, SeenUrl], *, refresh: bool = False, last_run_finished: bool = False,
                 redirects: dict[str, str] | None = None, failures: dict[str, Failure] | None = None,
                 backlog: list[Link] | None = None, now: datetime | None = None) -> None:
        self.seen = seen
        self.refresh = refresh
        # Only a run that finished, or that kept its backlog as it went, followed
        # (or kept) every link of the pages it fetched. After a run killed by an
        # older version, known articles may hold links never followed and
        # listings may hide articles never fetched: the next run walks the site
        # in full, and dedup keeps it from adding twice.
        self.trust_history = last_run_finished
        self.redirects = redirects or {}
        self.failures = failures or {}
        self.backlog = backlog or []
        self.now = (now or datetime.now(timezone.utc)).isoformat()

    @classmethod
    def load(cls, db: sqlite_utils.Database | None, source: str, *, refresh: bool = False) -> RunMemory:
        """The memory of `source` in the open archive `db` (none when db is None)."""
        if db is None:
            return cls({}, refresh=refresh)
        last = db.execute("SELECT finish_reason, frontier FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT 1",
                          [source]).fetchone()
        seen = load_seen(db, source)
        # Article pages archived before seen_urls existed count as known too.
        for (url,) in db.execute("SELECT url FROM pages WHERE source = ?", [source]):
            seen.setdefault(url, SeenUrl(PageKind.ARTICLE, None, None))
        whole = bool(last and (last[0] in COMPLETE_REASONS or last[1]))
        return cls(seen, refresh=refresh, last_run_finished=whole, redirects=load_redirects(db, source),
                   failures=load_failures(db, source), backlog=load_backlog(db, source))

    def resolve(self, url: str) -> str:
        """Where a link leads, through the permanent redirects seen (loops end)."""
        hops = 0
        while url in self.redirects and hops < 5:
            url, hops = self.redirects[url], hops + 1
        return url

    def is_known_article(self, url: str) -> bool:
        known = self.seen.get(self.resolve(url))
        return known is not None and known.kind == PageKind.ARTICLE

    def skip(self, url: str) -> bool:
        """Known articles and known non-listing pages are not fetched again;
        with refresh, articles are (conditionally), to catch corrections."""
        known = self.seen.get(self.resolve(url))
        if known is None or not self.trust_history:
            return False
        if known.kind == PageKind.ARTICLE:
            return not self.refresh
        return known.kind == PageKind.OTHER

    def backing_off(self, url: str) -> Failure | None:
        """The remembered failure of a link not to be asked again yet, if any."""
        failure = self.failures.get(url)
        return failure if failure is not None and failure.retry_after > self.now else None

    def due_failures(self) -> list[Failure]:
        """Failed links whose back-off has ended, oldest due first."""
        return sorted((f for f in self.failures.values() if f.retry_after <= self.now), key=lambda f: f.retry_after)

    def conditional_headers(self, url: str) -> dict[str, str]:
        known = self.seen.get(url)
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers
