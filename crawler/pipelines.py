"""Item pipelines: extract each fetched page, then archive the articles.

Extraction is its own stage so it can move off the reactor thread later without
touching the archive stage.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import ExitStack

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import deferred_from_coro

from archive.extraction import extract
from archive.models import FetchedPage, PageKind
from archive.lock import archive_lock
from archive.schema import open_archive
from archive.seen import record_seen
from archive.storage import DUPLICATE, KNOWN, NEW, UPDATED, save_page
from crawler import extract_pool
from crawler.extract_pool import worker_count

log = logging.getLogger(__name__)

ARCHIVE_ERROR = "archive_error"  # a source's finish reason when the archive could not be written
STAT_FOR_OUTCOME = {NEW: "soyte/articles_new", DUPLICATE: "soyte/duplicates", KNOWN: "soyte/known",
                    UPDATED: "soyte/updated"}


class ExtractPipeline:
    """Runs extraction on every page (in worker processes when
    SOYTE_EXTRACT_WORKERS is not 1); non-articles go no further than counting."""

    def __init__(self, crawler, workers: int) -> None:
        self.crawler = crawler
        self.workers = workers

    @classmethod
    def from_crawler(cls, crawler):
        # trafilatura warns for every page with no main text; here most such
        # pages are listings and menus, which is expected, not a problem.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        workers = worker_count(crawler.settings.getint("SOYTE_EXTRACT_WORKERS"))
        if workers > 1 and not is_asyncio_available():
            log.warning("extraction runs in-process: the pool needs Scrapy's asyncio reactor")
            workers = 1
        return cls(crawler, workers)

    def open_spider(self) -> None:
        if self.workers > 1:
            extract_pool.acquire(self.workers)

    def close_spider(self) -> None:
        if self.workers > 1:
            extract_pool.release()

    async def process_item(self, item: FetchedPage) -> FetchedPage:
        hints = self.crawler.spider.source.hints
        content_type = item.headers.get("Content-Type")
        if self.workers > 1:
            item.extracted = await extract_pool.extract_in_pool(item.body, item.url, hints, item.fetched_at,
                                                                content_type)
        else:
            item.extracted = extract(item.body, item.url, hints=hints, fetched_at=item.fetched_at,
                                     content_type=content_type)
        self.crawler.stats.inc_value(f"soyte/pages/{item.extracted.page_kind}")
        return item


def seen_kind(item: FetchedPage) -> str:
    """What the next run should make of this URL: a page that links to several
    articles is a listing to look at again, whatever extraction called it."""
    kind = item.extracted.page_kind
    return PageKind.LISTING if kind == PageKind.OTHER and item.article_links >= 3 else kind


class ArchivePipeline:
    """Saves article pages through the archive's dedup decision."""

    def __init__(self, crawler, path: str) -> None:
        self.crawler = crawler
        self.path = path
        self.db = None
        self.failed = False

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("SOYTE_ARCHIVE")
        if not path:
            raise NotConfigured("SOYTE_ARCHIVE is empty: pages are not archived")
        return cls(crawler, path)

    def open_spider(self) -> None:
        # `scrapy crawl health` takes the lock here; under `soyte crawl` the
        # runner already holds it and this is a no-op re-entry.
        self.lock = ExitStack()
        self.lock.enter_context(archive_lock(self.path))
        self.db = open_archive(self.path)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        article = item.extracted
        if article is None:
            return item
        self._write(lambda: record_seen(self.db, item.url, item.source, seen_kind(item), item.status,
                                        item.fetched_at))
        if not article.is_article:
            return item
        outcome = self._write(lambda: save_page(self.db, item, article))
        self.crawler.stats.inc_value(STAT_FOR_OUTCOME[outcome.kind])
        log.debug("%s: %s %s -> article %s", item.source, outcome.kind, item.url, outcome.article_id)
        return item

    def _write(self, write):
        """A failed write (disk full, I/O error, read-only) stops this source's
        crawl with one line: fetching pages that cannot be kept helps no one,
        and SQLite has rolled the failed transaction back."""
        try:
            return write()
        except sqlite3.Error as exc:
            if not self.failed:
                self.failed = True
                log.error("%s: cannot write the archive %s (%s); stopping this source",
                          self.crawler.spider.source.name, self.path, exc)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_ERROR))
            raise DropItem(f"not archived: {exc}", log_level="DEBUG") from None

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()
        self.lock.close()
