"""Run the `health` spider over several sources in one process: concurrent
across sites, polite within each (each source is its own crawler, so per-site
limits and stats stay per source)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from archive.lock import archive_lock
from archive.registry import Registry
from crawler.progress import run_counts
from crawler.spiders.health import HealthSpider

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceResult:
    source: str
    counts: dict
    finish_reason: str


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
        # A terminal user wants the per-source progress lines, not Scrapy's
        # start-up dumps; `scrapy crawl health` keeps Scrapy's own logging.
        logging.getLogger("scrapy").setLevel(logging.WARNING)
    crawlers = []
    for name in names:
        crawler = process.create_crawler(HealthSpider)
        crawlers.append((name, crawler))
        process.crawl(crawler, source=name, sites=sites_file, refresh="1" if refresh else None)
    with archive_lock(settings.get("SOYTE_ARCHIVE")):
        process.start()
    return [SourceResult(name, run_counts(c.stats.get_stats()), c.stats.get_value("finish_reason") or "?")
            for name, c in crawlers]
