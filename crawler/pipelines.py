"""Item pipelines: extract each fetched page, then archive the articles.

Extraction runs in worker processes (crawler/extract_pool.py), which also
prepare what saving an article needs (archive.storage.prepare). The archive
stage owns the crawl's storage: it opens the archive once per source, gives the
spider its memory of earlier runs before the first request, and writes pages
in batches: one transaction holds what the spider's outbox holds (backlog,
failures, redirects) and then, for each page of the batch, the page, its
seen_urls row and its link done. A batch is committed every
SOYTE_COMMIT_PAGES pages or SOYTE_COMMIT_SECONDS seconds, whichever comes
first, and when the source's crawl ends. A crawl killed at any moment loses at
most the batch not yet committed: none of its pages is marked seen or done, so
the next run fetches them again. The pages' validators are kept when the run
ends.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import weakref
from contextlib import ExitStack

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from archive.backlog import add_links, clear_failures, record_failure, record_redirect, remove_links
from archive.doubtful import record_doubtful
from archive.errors import SoyteError
from archive.extraction.template import MIN_PAGES, SiteTemplate, TemplateSnapshot
from archive.models import FetchedPage, PageKind
from archive.lock import archive_lock
from archive.runs import ARCHIVE_ERROR
from archive.schema import open_archive
from archive.seen import record_seen, save_validators
from archive.storage import DUPLICATE, KNOWN, NEW, UPDATED, save_page, use_prepared_pairs, utc_now
from archive.templates import load_template, save_template
from crawler import extract_pool
from crawler.discovery import ARTICLE
from crawler.extract_pool import worker_count
from crawler.incremental import RunMemory
from crawler.progress import ARCHIVE_FAILED

log = logging.getLogger(__name__)
SNAPSHOT_EVERY = 25  # pages between two snapshots of a trusted template

STAT_FOR_OUTCOME = {NEW: "soyte/articles_new", DUPLICATE: "soyte/duplicates", KNOWN: "soyte/known",
                    UPDATED: "soyte/updated"}


class ExtractPipeline:
    """Runs extraction on every page (in worker processes unless
    SOYTE_EXTRACT_WORKERS is 0, see extract_pool.worker_count); non-articles go no further than counting."""

    def __init__(self, crawler, workers: int) -> None:
        self.crawler = crawler
        self.workers = workers  # 0: extraction in the crawl's own process

    @classmethod
    def from_crawler(cls, crawler):
        # trafilatura warns for every page with no main text; here most such
        # pages are listings and menus, which is expected, not a problem.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        workers = worker_count(crawler.settings.get("SOYTE_EXTRACT_WORKERS"))
        if workers and not is_asyncio_available():
            log.warning("extraction runs in-process: the worker pool needs Scrapy's asyncio reactor")
            workers = 0
        return cls(crawler, workers)

    def _template(self, spider) -> SiteTemplate:
        """The source's template, learned as its pages arrive (loaded and kept by
        the archive stage), and the frozen view extraction reads: taken again
        while the template is young, then every SNAPSHOT_EVERY pages."""
        learned = getattr(spider, "template", None)
        if learned is None:  # no archive stage: learned for this run only
            learned = spider.template = SiteTemplate(spider.source.name)
        if self.snapshot is None or learned.pages <= 2 * MIN_PAGES or learned.pages % SNAPSHOT_EVERY == 0:
            self.snapshot = learned.snapshot() if learned.trusted else None
        return learned

    def open_spider(self) -> None:
        self.snapshot: TemplateSnapshot | None = None
        if self.workers:
            extract_pool.acquire(self.workers)

    async def close_spider(self) -> None:
        if self.workers:
            await extract_pool.release()

    async def process_item(self, item: FetchedPage) -> FetchedPage:
        spider = self.crawler.spider
        hints, learned = spider.source.hints, self._template(spider)
        content_type = item.headers.get("Content-Type")
        page = (item.body, item.url, hints, item.fetched_at, content_type, self.snapshot)
        if self.workers:  # an ExtractionFailed is logged and counted as this source's error, as any item's
            item.extracted, seen, item.prepared = await extract_pool.extract_in_pool(*page)
        else:
            item.extracted, seen, item.prepared = extract_pool.extract_here(*page)
        if seen is not None:
            learned.observe(seen, kind=item.extracted.page_kind)  # furniture recurs on articles; teasers on listings
        stats = self.crawler.stats
        stats.inc_value(f"soyte/pages/{item.extracted.page_kind}")
        if getattr(item, "link_kind", None) == ARTICLE and not item.extracted.is_article:
            if item.extracted.says_it_is_no_article:
                # A contact page or a soft 404 linked like an article: known, no alarm.
                stats.inc_value("soyte/candidates_self_described")
            else:
                # Linked like an article, read as a listing or other page: if the
                # extraction is wrong, each of these is an article not archived.
                stats.inc_value("soyte/candidates_rejected")
                stats.inc_value(f"soyte/candidates_rejected/{item.extracted.page_kind}")
        return item


def seen_kind(item: FetchedPage) -> str:
    """What the next run should make of this URL: a page that links to several
    articles is a listing to look at again, whatever extraction called it."""
    kind = item.extracted.page_kind
    return PageKind.LISTING if kind == PageKind.OTHER and item.article_links >= 3 else kind


_OPEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # crawler -> its ArchivePipeline


class ArchivePipeline:
    """Owns the archive for one source's crawl; saves article pages through the
    archive's dedup decision, in batches of pages (one transaction each)."""

    def __init__(self, crawler, path: str) -> None:
        self.crawler = crawler
        self.path = path
        self.db = None
        self.failed = False
        self.lock = ExitStack()
        self.batch_pages = max(1, crawler.settings.getint("SOYTE_COMMIT_PAGES", 100))
        self.batch_seconds = crawler.settings.getfloat("SOYTE_COMMIT_SECONDS", 2.0)
        self.pending: list[FetchedPage] = []  # pages extracted, not yet committed
        self.last_commit = time.monotonic()
        self.timer: task.LoopingCall | None = None
        _OPEN[crawler] = self
        # After the extensions' handlers (they are connected first): RunRecord
        # writes the run's row with this connection when the spider closes.
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("SOYTE_ARCHIVE")
        if not path:
            raise NotConfigured("SOYTE_ARCHIVE is empty: pages are not archived")
        return cls(crawler, path)

    @staticmethod
    def of(crawler) -> ArchivePipeline | None:
        """The crawler's archive stage, when it has one and it is open."""
        pipeline = _OPEN.get(crawler)
        return pipeline if pipeline is not None and pipeline.db is not None else None

    def open_spider(self) -> None:
        # `scrapy crawl news` takes the lock here; under `soyte crawl` the
        # runner already holds it and this is a no-op re-entry.
        self.lock.enter_context(archive_lock(self.path))
        self.db = open_archive(self.path)
        use_prepared_pairs(self.db)  # the workers cut the articles' word pairs
        # Scrapy opens the pipelines before it asks the spider for its first
        # start request, so every request already knows the earlier runs.
        spider = self.crawler.spider
        spider.memory = RunMemory.load(self.db, spider.source.name, refresh=spider.refresh)
        spider.template = load_template(self.db, spider.source.name)
        if self.batch_seconds > 0:  # a slow crawl commits what it has all the same
            self.timer = task.LoopingCall(self._commit_if_due)
            self.timer.start(self.batch_seconds, now=False)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        if item.extracted is None:
            return item
        if self.failed:
            raise DropItem("not archived: the archive cannot be written", log_level="DEBUG")
        self.pending.append(item)
        if len(self.pending) >= self.batch_pages:
            self.commit()
        else:
            self._commit_if_due()
        return item

    def _commit_if_due(self) -> None:
        if self.pending and time.monotonic() - self.last_commit >= self.batch_seconds:
            self.commit()

    def commit(self) -> None:
        """Write the pages waiting, with the spider's outbox, in one transaction."""
        batch, self.pending = self.pending, []
        self.last_commit = time.monotonic()
        if not batch or self.db is None or self.failed:
            return
        spider = self.crawler.spider

        def write():
            with self.db.atomic():
                self._drain(spider)  # first: the links the batch's pages lead to
                return [(item, self._write_page(item)) for item in batch]

        for item, outcome in self._write(write):
            if outcome is not None:
                self.crawler.stats.inc_value(STAT_FOR_OUTCOME[outcome.kind])
                log.debug("%s: %s %s -> article %s", item.source, outcome.kind, item.url, outcome.article_id)

    def _write_page(self, item: FetchedPage):
        """One page, its seen_urls row and its link done (inside the batch's
        transaction, in a savepoint: a page that fails for another reason than
        the archive is left out, unseen, and the batch goes on)."""
        extracted = item.extracted
        try:
            with self.db.atomic():
                record_seen(self.db, item.url, item.source, seen_kind(item), item.status, item.fetched_at)
                keys = list({item.url, getattr(item, "link_key", None) or item.url})
                remove_links(self.db, item.source, keys)
                clear_failures(self.db, item.source, keys)
                if not extracted.is_article:
                    record_doubtful(self.db, item, extracted)  # kept for reextract when it may be an article
                    return None
                return save_page(self.db, item, extracted, getattr(item, "prepared", None))
        except sqlite3.Error:
            raise
        except Exception:  # noqa: BLE001 - as Scrapy would for an item: logged, the crawl goes on
            log.exception("%s: cannot archive %s", item.source, item.url, extra={"spider": self.crawler.spider})
            return None

    def _drain(self, spider) -> None:
        """Write what the spider's outbox holds (inside the caller's transaction)."""
        box = getattr(spider, "outbox", None)
        if not box:
            return
        box = box.take()
        source, now = spider.source.name, utc_now()
        add_links(self.db, source, box.links, now)
        remove_links(self.db, source, box.done)
        for link, error in box.failures:
            record_failure(self.db, source, link, error, now)
        for url, target, status in box.redirects:
            record_redirect(self.db, source, url, target, status, now)

    def spider_closed(self, spider, reason: str) -> None:
        if self.db is None or self.failed:
            return
        try:
            with self.db.atomic():
                self._drain(spider)
            # Validators only when the run followed or kept every link: after a
            # killed run a listing answered "not modified" could hide links.
            if reason == "finished" and spider.validators:
                save_validators(self.db, spider.validators)
            if getattr(spider, "template", None) is not None:
                save_template(self.db, spider.template)
        except (sqlite3.Error, SoyteError) as exc:  # a full disk: the next run asks unconditionally
            log.error("%s: cannot keep the run's backlog, validators and template: %s", spider.source.name, exc,
                      extra={"spider": spider})

    def engine_stopped(self) -> None:
        self._close()

    def _write(self, write) -> list:
        """A failed write (disk full, I/O error, read-only) stops this source's
        crawl with one line: fetching pages that cannot be kept helps no one,
        and SQLite has rolled the failed transaction back (the batch's pages
        are not marked seen: the next run fetches them again)."""
        try:
            return write()
        except sqlite3.Error as exc:
            if not self.failed:
                self.failed = True
                self.crawler.stats.set_value(ARCHIVE_FAILED, str(exc))
                log.error("%s: cannot write the archive %s (%s); stopping this source",
                          self.crawler.spider.source.name, self.path, exc, extra={"spider": self.crawler.spider})
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=ARCHIVE_ERROR))
            return []

    def close_spider(self) -> None:
        """Commit the last batch. The connection stays open until the engine
        stops: the spider_closed handlers (the run's row, the backlog, the
        validators) still write."""
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.commit()

    def _close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        self.lock.close()
