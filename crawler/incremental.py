"""What a run knows from earlier runs of the same source, and what follows from
it: known articles are not fetched again (unless refreshing), known non-article
pages are not fetched again, and listings are asked "changed since?"."""

from __future__ import annotations

from archive.models import PageKind
from archive.schema import open_archive
from archive.seen import SeenUrl, load_seen


class RunMemory:
    def __init__(self, seen: dict[str, SeenUrl], *, refresh: bool = False, last_run_finished: bool = False) -> None:
        self.seen = seen
        self.refresh = refresh
        # Only a finished run followed every link of the pages it fetched. After
        # a killed one, known articles may hold links never followed ("Các tin
        # khác", print views) and listings may hide articles never fetched: the
        # next run walks the site in full, and dedup keeps it from adding twice.
        self.trust_history = last_run_finished

    @classmethod
    def load(cls, archive_path: str | None, source: str, *, refresh: bool = False) -> RunMemory:
        if not archive_path:
            return cls({}, refresh=refresh)
        db = open_archive(archive_path)
        try:
            last = db.execute("SELECT finish_reason FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT 1",
                              [source]).fetchone()
            seen = load_seen(db, source)
            # Article pages archived before seen_urls existed count as known too.
            for (url,) in db.execute("SELECT url FROM pages WHERE source = ?", [source]):
                seen.setdefault(url, SeenUrl(PageKind.ARTICLE, None, None))
        finally:
            db.close()
        return cls(seen, refresh=refresh, last_run_finished=bool(last and last[0] == "finished"))

    def is_known_article(self, url: str) -> bool:
        known = self.seen.get(url)
        return known is not None and known.kind == PageKind.ARTICLE

    def skip(self, url: str) -> bool:
        """Known articles and known non-listing pages are not fetched again;
        with refresh, articles are (conditionally), to catch corrections."""
        known = self.seen.get(url)
        if known is None or not self.trust_history:
            return False
        if known.kind == PageKind.ARTICLE:
            return not self.refresh
        return known.kind == PageKind.OTHER

    def conditional_headers(self, url: str) -> dict[str, str]:
        known = self.seen.get(url)
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers
