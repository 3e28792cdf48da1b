"""Item pipelines: extract each fetched page, then archive the articles.

Extraction is its own stage so it can move off the reactor thread later without
touching the archive stage.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured

from archive.extraction import extract
from archive.models import FetchedPage
from archive.schema import open_archive
from archive.storage import DUPLICATE, KNOWN, NEW, UPDATED, save_page
from crawler.items import PageItem

log = logging.getLogger(__name__)

STAT_FOR_OUTCOME = {NEW: "soyte/articles_new", DUPLICATE: "soyte/duplicates", KNOWN: "soyte/known",
                    UPDATED: "soyte/updated"}


class ExtractPipeline:
    """Runs extraction on every page; non-articles go no further than counting."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        # trafilatura warns for every page with no main text; here most such
        # pages are listings and menus, which is expected, not a problem.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        return cls(crawler)

    def process_item(self, item: PageItem) -> PageItem:
        hints = self.crawler.spider.source.hints
        content_type = item.headers.get("Content-Type")
        item.extracted = extract(item.body, item.url, hints=hints, fetched_at=item.fetched_at,
                                 content_type=content_type)
        self.crawler.stats.inc_value(f"soyte/pages/{item.extracted.page_kind}")
        return item


class ArchivePipeline:
    """Saves article pages through the archive's dedup decision."""

    def __init__(self, crawler, path: str) -> None:
        self.crawler = crawler
        self.path = path
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("SOYTE_ARCHIVE")
        if not path:
            raise NotConfigured("SOYTE_ARCHIVE is empty: pages are not archived")
        return cls(crawler, path)

    def open_spider(self) -> None:
        self.db = open_archive(self.path)

    def process_item(self, item: PageItem) -> PageItem:
        article = item.extracted
        if article is None or not article.is_article:
            return item
        source = self.crawler.spider.source
        page = FetchedPage(url=item.url, source=item.source, fetched_at=item.fetched_at, body=item.body,
                           status=item.status, headers=item.headers, province=source.province,
                           legacy_province=source.legacy_province)
        outcome = save_page(self.db, page, article)
        self.crawler.stats.inc_value(STAT_FOR_OUTCOME[outcome.kind])
        log.debug("%s: %s %s -> article %s", source.name, outcome.kind, item.url, outcome.article_id)
        return item

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()
