"""Progress while a crawl runs, a summary at its end, and the run's row in the archive."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from archive.errors import SoyteError
from archive.runs import finish_run, start_run
from archive.schema import open_archive
from archive.storage import utc_now

log = logging.getLogger("soyte.progress")


# Stats that record a fault the crawl survived, kept by kind in the run's
# fault_kinds: what was not fetched on purpose (ignored/offsite, /robots,
# /redirect_limit, /redirect_loop), answers that were not HTML pages
# (not_html/pdf, /image, /empty), charsets missing or wrong (decode/…), pages
# over DOWNLOAD_WARNSIZE (faults/large_page), and what was retried and why.
_FAULT_PREFIXES = ("soyte/ignored/", "soyte/not_html/", "soyte/decode/", "soyte/faults/")


def fault_kinds(stats: dict) -> dict:
    kinds = {k.removeprefix("soyte/").removeprefix("faults/"): v for k, v in stats.items()
             if k.startswith(_FAULT_PREFIXES)}
    kinds |= {"retried/" + k.removeprefix("retry/reason_count/"): v for k, v in stats.items()
              if k.startswith("retry/reason_count/")}
    if stats.get("offsite/filtered"):  # redirects off the source's domains (links off-site are never requested)
        kinds["ignored/offsite"] = stats["offsite/filtered"]
    return kinds


def run_counts(stats: dict) -> dict:
    """A run's figures from Scrapy's stats."""
    error_kinds = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("soyte/errors/")}
    return {
        "ignored": stats.get("soyte/ignored", 0) + stats.get("offsite/filtered", 0),
        "not_html": stats.get("soyte/not_html", 0),
        "retried": stats.get("retry/count", 0),
        "fault_kinds": fault_kinds(stats),
        "article_pages": stats.get("soyte/pages/article", 0),
        "article_links": stats.get("soyte/article_links", 0),
        "article_candidates": stats.get("soyte/article_candidates", 0),
        "not_modified": stats.get("soyte/not_modified", 0),
        "error_kinds": error_kinds,
        "pages_fetched": stats.get("response_received_count", 0),
        "articles_new": stats.get("soyte/articles_new", 0),
        "duplicates": stats.get("soyte/duplicates", 0),
        "known": stats.get("soyte/known", 0) + stats.get("soyte/updated", 0),
        "errors": stats.get("soyte/errors", 0) + stats.get("log_count/ERROR", 0),
    }


def describe(source: str, counts: dict) -> str:
    return (f"{source}: {counts['pages_fetched']} pages fetched, {counts['articles_new']} new articles, "
            f"{counts['duplicates']} duplicates, {counts['known']} already archived, {counts['errors']} errors")


class Progress:
    """Logs one line per source every SOYTE_PROGRESS_INTERVAL seconds and a summary
    when the source is done, and records the run in the archive's crawl_runs."""

    def __init__(self, crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: task.LoopingCall | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("SOYTE_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def source_name(self) -> str:
        return self.crawler.spider.source.name

    def spider_opened(self, spider) -> None:
        path = self.crawler.settings.get("SOYTE_ARCHIVE")
        if path:
            with _archive_problems("cannot record the run's start"):
                db = open_archive(path)
                self.run_id = start_run(db, self.source_name, utc_now())
                db.close()
        self.task = task.LoopingCall(self.report)
        self.task.start(self.interval, now=False)

    def report(self) -> None:
        log.info("%s", describe(self.source_name, run_counts(self.crawler.stats.get_stats())))

    def spider_closed(self, spider, reason: str) -> None:
        if self.task and self.task.running:
            self.task.stop()
        counts = run_counts(self.crawler.stats.get_stats())
        log.info("done: %s (%s)", describe(self.source_name, counts), reason)
        if self.run_id is not None:
            with _archive_problems("cannot record the run's end"):
                db = open_archive(self.crawler.settings.get("SOYTE_ARCHIVE"))
                finish_run(db, self.run_id, utc_now(), counts, reason)
                db.close()


@contextlib.contextmanager
def _archive_problems(doing: str) -> Iterator[None]:
    """A full disk or a read-only archive is one error line, not a traceback
    from a signal handler (the write was rolled back; the crawl goes on)."""
    try:
        yield
    except (sqlite3.Error, SoyteError) as exc:
        log.error("%s: %s", doing, exc)
