"""The one generic spider: crawls a registry source from its start pages.

`scrapy crawl health -a source=NAME [-a sites=FILE]`. Every HTML page goes to
the pipelines, where extraction decides whether it is an article; this spider
only decides which links to follow, and stays within its source's bounds.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from urllib.parse import urljoin

import scrapy
from lxml import etree
from protego import Protego
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap

from archive.errors import SoyteError
from archive.models import FetchedPage
from archive.extraction.decode import NO_CHARSET, WRONG_CHARSET, decode_page, sniff_not_html
from archive.registry import Source, load_registry
from archive.schema import open_archive
from archive.seen import save_validators, validators_of
from crawler.discovery import ARTICLE, LISTING, PAGINATION, SKIP, TRAP, LinkJudge
from crawler.incremental import RunMemory

log = logging.getLogger(__name__)

_PRIORITY = {ARTICLE: 30, PAGINATION: 20, LISTING: 10, TRAP: -20}
_FEED_XPATH = ("//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
               " | //link[@rel='sitemap']/@href")
_IIS_MARKERS = ("microsoft-iis", "asp.net")


class HealthSpider(scrapy.Spider):
    name = "health"

    def __init__(self, source: str | None = None, sites: str | None = None, refresh: str | None = None,
                 *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not source:
            raise ValueError("give a source: scrapy crawl health -a source=NAME (see `soyte sources`)")
        self.source: Source = load_registry(sites).get(source)
        self.allowed_domains = list(self.source.allowed_domains)
        self.judge = LinkJudge(self.source)
        self.seen_links: set[str] = set()
        self.pages_seen = 0
        self.refresh = str(refresh).lower() in ("1", "true", "yes")
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = settings.getint("SOYTE_MAX_PAGES")
        spider.max_depth = settings.getint("SOYTE_MAX_DEPTH")
        spider.trap_depth = settings.getint("SOYTE_TRAP_DEPTH")
        spider.empty_pages = settings.getint("SOYTE_EMPTY_PAGES")
        spider.memory = RunMemory.load(settings.get("SOYTE_ARCHIVE"), spider.source.name, refresh=spider.refresh)
        spider.large_page = settings.getint("DOWNLOAD_WARNSIZE")
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.all_start_urls:
            yield self._request(self.judge.canonical(url), LISTING, hops=0, conditional=False)
        yield scrapy.Request(urljoin(self.source.url, "/robots.txt"), callback=self.parse_robots,
                             priority=40, dont_filter=True, meta={"soyte_aux": True})

    def _request(self, url: str, kind: str, *, hops: int, trap: int = 0, empty: int = 0,
                 conditional: bool = True) -> scrapy.Request:
        self.seen_links.add(url)
        # Asked "changed since?" when an earlier run kept validators (start pages
        # never: they are the way in); a 304 reaches parse() to be counted.
        headers = self.memory.conditional_headers(url) if conditional else {}
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=_PRIORITY.get(kind, 0),
                              headers=headers,
                              meta={"soyte_kind": kind, "soyte_hops": hops, "soyte_trap": trap,
                                    "soyte_empty": empty, "handle_httpstatus_list": [304]})

    def closed(self, reason: str) -> None:
        archive = self.crawler.settings.get("SOYTE_ARCHIVE")
        if reason == "finished" and archive and self.validators:
            try:
                db = open_archive(archive)
                save_validators(db, self.validators)
                db.close()
            except (sqlite3.Error, SoyteError) as exc:  # a full disk: the next run asks unconditionally
                log.error("%s: cannot keep the pages' validators: %s", self.source.name, exc)

    def on_error(self, failure) -> None:
        """Count what went wrong by kind; the crawl goes on."""
        stats = self.crawler.stats
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            why = _ignored_why(str(failure.value))
            if why != "offsite":  # counted by Scrapy as offsite/filtered, with those dropped unseen
                self._count_ignored(why)
            return
        kind = (f"http_{failure.value.response.status}" if failure.check(HttpError)
                else type(failure.value).__name__)
        stats.inc_value("soyte/errors")
        stats.inc_value(f"soyte/errors/{kind}")
        log.info("%s: %s on %s", self.source.name, kind, failure.request.url)

    def _count_ignored(self, why: str) -> None:
        self.crawler.stats.inc_value("soyte/ignored")
        self.crawler.stats.inc_value(f"soyte/ignored/{why}")

    def on_dropped(self, request: scrapy.Request, spider=None) -> None:
        """The scheduler drops a request it has seen before. The spider never
        asks twice, so this is a redirect back to a URL already fetched: a loop
        when it points into its own chain of redirects."""
        chain = request.meta.get("redirect_urls")
        if chain:
            self._count_ignored("redirect_loop" if request.url in chain else "redirect_to_seen")

    def parse(self, response: Response) -> Iterator:
        if response.status == 304:
            self.crawler.stats.inc_value("soyte/not_modified")
            return
        stats = self.crawler.stats
        # Servers send PDFs, images and empty bodies under .html URLs, often
        # labelled text/html: they are counted, never handed to extraction.
        not_html = sniff_not_html(response.body) or (None if isinstance(response, TextResponse) else "not_text")
        if not_html:
            stats.inc_value("soyte/not_html")
            stats.inc_value(f"soyte/not_html/{not_html}")
            return
        if self.large_page and len(response.body) > self.large_page:
            stats.inc_value("soyte/faults/large_page")  # archived all the same, within DOWNLOAD_MAXSIZE
        decoded = decode_page(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        if decoded.problem:
            stats.inc_value(f"soyte/decode/{decoded.problem}")
        if decoded.problem in (NO_CHARSET, WRONG_CHARSET):
            # Read the links' text as extraction reads the page, not as Scrapy guessed.
            response = response.replace(encoding=decoded.encoding)
        self._notice_iis(response)
        self.pages_seen += 1
        if response.meta.get("soyte_kind") == ARTICLE:
            self.crawler.stats.inc_value("soyte/article_candidates")
        item = self._item(response)
        yield from self._feed_requests(response)
        yield from self._follow_links(response, item)
        yield item

    def _item(self, response: Response) -> FetchedPage:
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        self.validators[self.judge.canonical(response.url)] = validators_of(headers)
        return FetchedPage(url=self.judge.canonical(response.url), source=self.source.name,
                           fetched_at=datetime.now(timezone.utc).replace(microsecond=0),
                           status=response.status, headers=headers, body=response.body,
                           province=self.source.province, legacy_province=self.source.legacy_province)

    def _notice_iis(self, response: Response) -> None:
        """IIS serves one page under any letter case of its path, and these sites
        link in several; once the server says it is IIS, canonical URLs fold case."""
        server = b" ".join(response.headers.getlist("Server") + response.headers.getlist("X-Powered-By"))
        if not self.judge.case_insensitive and any(m in server.decode("latin-1").lower() for m in _IIS_MARKERS):
            self.judge.case_insensitive = True
            log.info("%s: IIS server, treating URLs as case-insensitive", self.source.name)

    def _follow_links(self, response: Response, item: FetchedPage) -> Iterator[scrapy.Request]:
        meta = response.meta
        hops, trap, empty = meta.get("soyte_hops", 0), meta.get("soyte_trap", 0), meta.get("soyte_empty", 0)
        links = list(self._judged_links(response))
        article_links = [url for kind, url in links if kind == ARTICLE]
        self.crawler.stats.inc_value("soyte/article_links", len(article_links))
        item.article_links = len(article_links)
        new_this_run = [url for url in article_links if url not in self.seen_links]
        new_ever = [url for url in new_this_run if not self.memory.is_known_article(url)]
        # Paging stops after SOYTE_EMPTY_PAGES listing pages in a row that hold
        # no new article (the rest is archived, or the "listing" is a calendar).
        # Known articles count as new after a killed run: its listings may hide
        # articles it never fetched.
        new_articles = new_ever if self.memory.trust_history else new_this_run
        empty = 0 if new_articles else empty + 1
        for kind, url in links:
            if url in self.seen_links or len(self.seen_links) >= self.max_pages:
                continue
            if self.memory.skip(url):
                self.seen_links.add(url)
                self.crawler.stats.inc_value("soyte/skipped_known")
                continue
            request = self._next_request(kind, url, hops, trap, empty)
            if request is not None:
                yield request

    def _next_request(self, kind: str, url: str, hops: int, trap: int, empty: int) -> scrapy.Request | None:
        if kind == ARTICLE:
            return self._request(url, kind, hops=hops + 1, trap=trap)
        if kind == PAGINATION:
            return self._request(url, kind, hops=hops, trap=trap, empty=empty) if empty < self.empty_pages else None
        if kind == TRAP:
            return self._request(url, kind, hops=hops + 1, trap=trap + 1) if trap < self.trap_depth else None
        if kind == LISTING and hops < self.max_depth:
            return self._request(url, kind, hops=hops + 1, trap=trap)
        return None

    def _judged_links(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        # lxml directly: parsel's per-anchor XPath costs more than the judging
        # itself, and this runs on the reactor thread for every page.
        for anchor in response.selector.root.iter("a"):
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = _urljoin(response, href)
            if url is None:  # href="http://[::1/x": no URL; one bad link must not lose the page
                continue
            judged = self.judge.judge(url, anchor.text_content(), response.url)
            if judged.kind != SKIP:
                yield judged.kind, judged.url

    def _feed_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        for href in response.xpath(_FEED_XPATH).getall():
            url = _urljoin(response, href)
            if url and self.judge.on_site(url) and url not in self.seen_links:
                self.seen_links.add(url)
                yield scrapy.Request(url, callback=self.parse_feed, priority=35, meta={"soyte_aux": True})

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in Protego.parse(response.text).sitemaps:
            if self.judge.on_site(url):
                yield scrapy.Request(url, callback=self.parse_feed, priority=35, meta={"soyte_aux": True})

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS/Atom feeds and XML sitemaps: their entries are article candidates;
        a sitemap index points to more sitemaps."""
        for url, is_sitemap in _feed_entries(response.body):
            url = _urljoin(response, url)
            if not url or not self.judge.on_site(url):
                continue
            if is_sitemap:
                yield scrapy.Request(url, callback=self.parse_feed, priority=35, meta={"soyte_aux": True})
                continue
            try:
                url = self.judge.canonical(url)
            except ValueError:  # a malformed entry (a bad port): skipped
                continue
            if url not in self.seen_links and len(self.seen_links) < self.max_pages and not self.memory.skip(url):
                yield self._request(url, ARTICLE, hops=1)


def _urljoin(response: Response, href: str) -> str | None:
    """An absolute URL for `href`, or None when it is no URL at all."""
    try:
        return response.urljoin(href.strip())
    except ValueError:
        return None


def _ignored_why(message: str) -> str:
    """A short name for why Scrapy dropped a request (for the run's record)."""
    message = message.lower()
    for needle, why in (("robots.txt", "robots"), ("offsite", "offsite"), ("max redirections", "redirect_limit")):
        if needle in message:
            return why
    return "other"


def _feed_entries(body: bytes) -> Iterator[tuple[str, bool]]:
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return
    if root is None:
        return
    tag = etree.QName(root).localname
    if tag in ("urlset", "sitemapindex"):
        for entry in Sitemap(body):
            if entry.get("loc"):
                yield entry["loc"], tag == "sitemapindex"
        return
    for link in root.xpath("//*[local-name()='item']/*[local-name()='link']/text()"):
        yield link.strip(), False
    for link in root.xpath("//*[local-name()='entry']/*[local-name()='link']/@href"):
        yield link.strip(), False
