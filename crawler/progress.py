"""Progress while a crawl runs and a summary at its end (`Progress`), the run's
row in the archive (`RunRecord`), each source's own error count
(`SourceErrors`), and giving up on a source that stopped answering
(`Watchdog`): four extensions, one job each."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from archive.errors import SoyteError
from archive.runs import ARCHIVE_ERROR, finish_run, start_run, unreachable_reason
from archive.storage import utc_now
from crawler.components import CrawlerComponent

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
    rejected = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("soyte/candidates_rejected/")}
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
        # Scrapy's log_count/ERROR counts the root logger: every source of the
        # process. soyte/log_errors counts this source's own error lines.
        "errors": stats.get("soyte/errors", 0) + stats.get("soyte/log_errors", 0),
        "article_errors": stats.get("soyte/article_errors", 0),
        "candidates_rejected": stats.get("soyte/candidates_rejected", 0),
        "rejected_kinds": rejected,
        "skipped_dead": stats.get("soyte/skipped_dead", 0),
        "deferred": stats.get("soyte/deferred", 0),
        "backlog_fed": stats.get("soyte/backlog_fed", 0),
    }


PAGE_CAP = "page_cap"  # a run's finish reason when it left links for later runs (SOYTE_MAX_PAGES)


ARCHIVE_FAILED = "soyte/archive_failed"  # stat: the archive refused a write (the pipeline sets it)


def finish_reason(spider, reason: str, stats: dict) -> str:
    """Scrapy's reason; "archive_error" whenever the archive refused a write,
    even the last batch's, committed after the spider had finished; "page_cap"
    when a run that finished left a backlog for want of budget; "unreachable
    (…)" when it finished without one answer."""
    if stats.get(ARCHIVE_FAILED):
        return ARCHIVE_ERROR
    counts = run_counts(stats)
    if reason == "finished" and not counts["pages_fetched"] and counts["errors"]:
        return unreachable_reason(counts["error_kinds"])
    return PAGE_CAP if reason == "finished" and getattr(spider, "capped", False) else reason


def describe(source: str, counts: dict) -> str:
    return (f"{source}: {counts['pages_fetched']} pages fetched, {counts['articles_new']} new articles, "
            f"{counts['duplicates']} duplicates, {counts['known']} already archived, {counts['errors']} errors")


class Progress:
    """Logs one line per source every SOYTE_PROGRESS_INTERVAL seconds and a summary
    when the source is done."""

    def __init__(self, crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: task.LoopingCall | None = None
        self.last_line = ""
        self.still_since = time.monotonic()

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
        self.task = task.LoopingCall(self.report)
        self.task.start(self.interval, now=False)

    def report(self) -> None:
        line = describe(self.source_name, run_counts(self.crawler.stats.get_stats()))
        if line != self.last_line:
            self.last_line, self.still_since = line, time.monotonic()
            log.info("%s", line)
            return
        # Nothing moved: say what the source is waiting on, not the same figures again.
        waiting = waiting_on(self.crawler)
        log.info("%s: nothing new for %.0f s%s", self.source_name, time.monotonic() - self.still_since,
                 f"; waiting on {waiting}" if waiting else "")

    def spider_closed(self, spider, reason: str) -> None:
        if self.task and self.task.running:
            self.task.stop()
        stats = self.crawler.stats.get_stats()
        log.info("done: %s (%s)", describe(self.source_name, run_counts(stats)), finish_reason(spider, reason, stats))


def waiting_on(crawler) -> str:
    """The requests the source's downloader has in flight, for a person to read."""
    downloader = getattr(crawler.engine, "downloader", None)
    active = list(getattr(downloader, "active", ()) or ())
    if not active:
        return ""
    more = f" (+{len(active) - 1} more)" if len(active) > 1 else ""
    return f"{active[0].url}{more}"


class Watchdog:
    """Gives up on a source that has answered nothing for SOYTE_SOURCE_TIMEOUT
    seconds while requests wait (a host that accepts connections and never
    answers would otherwise hold a nightly run for DOWNLOAD_TIMEOUT x retries
    per request). Nothing more is asked of it; the request in flight ends
    within DOWNLOAD_TIMEOUT. The run ends "unresponsive"; its backlog keeps
    what is left for the next run."""

    def __init__(self, crawler, timeout: float) -> None:
        self.crawler = crawler
        self.timeout = timeout
        self.last_answer = time.monotonic()
        self.task: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        timeout = crawler.settings.getfloat("SOYTE_SOURCE_TIMEOUT")
        if timeout <= 0:
            raise NotConfigured
        ext = cls(crawler, timeout)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.answered, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider) -> None:
        self.last_answer = time.monotonic()
        self.task = task.LoopingCall(self.check)
        self.task.start(min(5.0, self.timeout / 4), now=False)

    def answered(self, *args, **kwargs) -> None:
        self.last_answer = time.monotonic()

    def check(self) -> None:
        silent = time.monotonic() - self.last_answer
        waiting = waiting_on(self.crawler)
        if silent < self.timeout or not waiting:
            return
        spider = self.crawler.spider
        log.warning("%s: no answer for %.0f s (waiting on %s); giving up on this source for this run",
                    spider.source.name, silent, waiting, extra={"spider": spider})
        self.crawler.stats.set_value("soyte/unresponsive_url", waiting)
        spider.given_up = True  # GivenUp drops its retries and queued requests
        self.task.stop()
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=UNRESPONSIVE))

    def spider_closed(self, spider, reason: str) -> None:
        if self.task and self.task.running:
            self.task.stop()


UNRESPONSIVE = "unresponsive"  # a run's finish reason when the Watchdog gave up on its source


class GivenUp(CrawlerComponent):
    """Downloader middleware: once the Watchdog has given up on a source, no
    request of it reaches the network (retries of the requests that hung, and
    what was queued behind them)."""

    def process_request(self, request):
        if getattr(self.crawler.spider, "given_up", False):
            raise IgnoreRequest("the source stopped answering; given up for this run")
        return None


class RunRecord:
    """Writes the run's row in the archive's crawl_runs: when the spider opens,
    and with its figures and finish reason when it closes. It writes through
    the ArchivePipeline's connection (no archive configured: no row)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _db(self):
        from crawler.pipelines import ArchivePipeline  # the pipelines import Scrapy's item machinery

        pipeline = ArchivePipeline.of(self.crawler)
        return pipeline.db if pipeline is not None else None

    def spider_opened(self, spider) -> None:
        db = self._db()
        if db is not None:
            with _archive_problems("cannot record the run's start", spider):
                # frontier=1: this run keeps its unfetched links in crawl_backlog
                # as it goes, so even if it is killed the next run can trust it.
                self.run_id = start_run(db, spider.source.name, utc_now(), frontier=True)

    def spider_closed(self, spider, reason: str) -> None:
        reason = finish_reason(spider, reason, self.crawler.stats.get_stats())
        self.crawler.stats.set_value("soyte/finish_reason", reason)
        db = self._db()
        if self.run_id is not None and db is not None:
            with _archive_problems("cannot record the run's end", spider):
                finish_run(db, self.run_id, utc_now(), run_counts(self.crawler.stats.get_stats()), reason)


class SourceErrors(logging.Handler):
    """Counts the error lines of this crawler's spider only (soyte/log_errors).
    Several sources run in one process, and Scrapy's log_count/ERROR counts
    every error line of the process in each of them."""

    def __init__(self, crawler) -> None:
        super().__init__(level=logging.ERROR)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        logging.root.addHandler(ext)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def emit(self, record: logging.LogRecord) -> None:
        spider = getattr(record, "spider", None)
        if spider is not None and spider is getattr(self.crawler, "spider", None):
            self.crawler.stats.inc_value("soyte/log_errors")

    def engine_stopped(self) -> None:
        logging.root.removeHandler(self)


@contextlib.contextmanager
def _archive_problems(doing: str, spider=None) -> Iterator[None]:
    """A full disk or a read-only archive is one error line, not a traceback
    from a signal handler (the write was rolled back; the crawl goes on)."""
    try:
        yield
    except (sqlite3.Error, SoyteError) as exc:
        log.error("%s: %s", doing, exc, extra={"spider": spider})
