"""Run the `news` spider over several sources in one process: concurrent
across sites, polite within each (each source is its own crawler, so per-site
limits and stats stay per source)."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from archive.errors import SoyteError
from archive.health import source_health
from archive.lock import archive_lock
from archive.registry import Registry
from archive.schema import open_archive
from crawler.progress import run_counts
from crawler.spiders.news import NewsSpider

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceResult:
    source: str
    counts: dict
    finish_reason: str  # finished | page_cap (a backlog is left) | archive_error | shutdown | …
    # What `soyte health` would flag for this source after this run (the same
    # flags): print each under the source's row of the end-of-run table.
    flags: list[str] = field(default_factory=list)


def project_settings(overrides: dict[str, str] | None = None) -> Settings:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def crawl_sources(registry: Registry, names: list[str], sites_file: str | None,
                  settings: Settings, *, refresh: bool = False) -> list[SourceResult]:
    """Crawl the named sources (all when `names` is empty) and return their figures."""
    names = names or registry.names()
    for name in names:
        registry.get(name)  # an unknown name fails here, before anything is fetched
    quiet = settings.getbool("SOYTE_QUIET_SCRAPY")
    if quiet:
        settings.set("LOG_VERSIONS", [], priority="cmdline")
    process = CrawlerProcess(settings)
    if quiet:
        quiet_scrapy_logging()
    crawlers = []
    for name in names:
        crawler = process.create_crawler(NewsSpider)
        crawlers.append((name, crawler))
        process.crawl(crawler, source=name, sites=sites_file, refresh="1" if refresh else None)
    with archive_lock(settings.get("SOYTE_ARCHIVE")):
        process.start()
        flags = _flags(settings.get("SOYTE_ARCHIVE"), [name for name, _ in crawlers])
    return [SourceResult(name, run_counts(c.stats.get_stats()),
                         c.stats.get_value("soyte/finish_reason") or c.stats.get_value("finish_reason") or "?",
                         flags.get(name, []))
            for name, c in crawlers]


class _NoNetworkTracebacks(logging.Filter):
    """A site that cannot be reached is one line (its message names the host
    and the error), not a traceback: the run's errors count it, and the
    end-of-run table says which sources could not be reached."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and _is_network_error(record.exc_info[1]):
            record.exc_info, record.exc_text = None, None
        return True


def _is_network_error(exc: BaseException) -> bool:
    from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError as TwistedTimeout
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    seen = 0
    while exc is not None and seen < 5:  # Scrapy wraps Twisted's errors in its own
        if isinstance(exc, (ConnectError, DNSLookupError, TwistedTimeout, ResponseNeverReceived, ResponseFailed,
                            TimeoutError, ConnectionError)) or type(exc).__name__.startswith("Download"):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def quiet_scrapy_logging() -> None:
    """What `soyte crawl` shows: the per-source progress lines and real
    problems, not Scrapy's start-up dumps, its retry chatter or network
    tracebacks (`soyte crawl --verbose` and `scrapy crawl news` keep them)."""
    logging.getLogger("scrapy").setLevel(logging.WARNING)
    logging.getLogger("scrapy.downloadermiddlewares.retry").setLevel(logging.ERROR)
    # Filters of a logger see only its own records: set on each that reports
    # failed downloads.
    for name in ("scrapy.core.scraper", "scrapy.core.engine", "scrapy.downloadermiddlewares.robotstxt"):
        logging.getLogger(name).addFilter(_NoNetworkTracebacks())


def _flags(archive: str | None, names: list[str]) -> dict[str, list[str]]:
    """Each source's health flags after the run, as `soyte health` reports them."""
    if not archive:
        return {}
    try:
        db = open_archive(archive, create=False)
        try:
            return {h.source: h.flags for h in source_health(db, names, only=True)}
        finally:
            db.close()
    except (sqlite3.Error, SoyteError) as exc:  # the archive is unreadable: the run's errors say why
        log.warning("cannot read the sources' health: %s", exc)
        return {}
