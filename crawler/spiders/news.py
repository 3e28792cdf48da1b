"""The one generic spider: crawls a registry source's news from its start pages.

`scrapy crawl news -a source=NAME [-a sites=FILE]` (`health` is its older name).
Every HTML page goes to the pipelines, where extraction decides whether it is an
article; this spider only decides which links to follow, and stays within its
source's bounds.

A link is fetched as the page wrote it (`LinkKind.fetch`) and known by its
canonical form (`LinkKind.url`, the key): the key is what dedup, seen_urls, the
archive, the backlog and "already requested" use. What the archive must keep
of the run besides pages (links to fetch later, links fetched or given up on,
failures, permanent redirects) goes into `self.outbox`, which the
ArchivePipeline writes with its next transaction.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

import scrapy
from lxml import etree
from protego import Protego
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.selector import Selector
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap

from archive.backlog import Link
from archive.models import FetchedPage
from archive.extraction.decode import NO_CHARSET, WRONG_CHARSET, decode_page, sniff_not_html
from archive.registry import Source, load_registry
from archive.seen import validators_of
from archive.urls import LinkJoiner, join_url
from crawler.discovery import ARTICLE, LISTING, PAGINATION, SKIP, TRAP, LinkJudge
from crawler.incremental import RunMemory

log = logging.getLogger(__name__)

_PRIORITY = {ARTICLE: 30, PAGINATION: 20, LISTING: 10, TRAP: -20}
_FEED_XPATH = ("//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
               " | //link[@rel='sitemap']/@href")
_IIS_MARKERS = ("microsoft-iis", "asp.net")
_PERMANENT_REDIRECTS = (301, 308)


@dataclass
class CrawledPage(FetchedPage):
    """A fetched page with the link it was fetched for (its key and kind)."""

    link_key: str | None = None
    link_kind: str | None = None


@dataclass
class Outbox:
    """What the archive must keep of the run besides pages; drained by the
    ArchivePipeline in its next transaction (and when the spider closes)."""

    links: list[Link] = field(default_factory=list)  # to fetch (now or in a later run)
    done: list[str] = field(default_factory=list)  # keys no longer to do: answered, dropped, failed
    failures: list[tuple[Link, str]] = field(default_factory=list)  # (link, error kind)
    redirects: list[tuple[str, str, int]] = field(default_factory=list)  # (key, target key, status)

    def take(self) -> Outbox:
        taken = Outbox(self.links, self.done, self.failures, self.redirects)
        self.links, self.done, self.failures, self.redirects = [], [], [], []
        return taken

    def __bool__(self) -> bool:
        return bool(self.links or self.done or self.failures or self.redirects)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: str | None = None, sites: str | None = None, refresh: str | None = None,
                 *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not source:
            raise ValueError(f"give a source: scrapy crawl {self.name} -a source=NAME (see `soyte sources`)")
        self.source: Source = load_registry(sites).get(source)
        self.allowed_domains = list(self.source.allowed_domains)
        self.judge = LinkJudge(self.source)
        self.seen_links: set[str] = set()  # keys requested, deferred or decided against this run
        self.pages_seen = 0
        self.requested = 0  # requests made this run: SOYTE_MAX_PAGES bounds it
        self.capped = False  # links were left in the backlog for want of budget
        self.backlog_fed = False
        self.refresh = str(refresh).lower() in ("1", "true", "yes")
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        # The ArchivePipeline replaces it with the archive's memory when it opens
        # (before the first start request); without an archive, a run knows nothing.
        self.memory = RunMemory({}, refresh=self.refresh)
        self.outbox = Outbox()
        self.joins = LinkJoiner()  # menus and sidebars: the same links on every page

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = settings.getint("SOYTE_MAX_PAGES")
        spider.max_depth = settings.getint("SOYTE_MAX_DEPTH")
        spider.trap_depth = settings.getint("SOYTE_TRAP_DEPTH")
        spider.empty_pages = settings.getint("SOYTE_EMPTY_PAGES")
        spider.large_page = settings.getint("DOWNLOAD_WARNSIZE")
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.all_start_urls:
            key, fetch = self.judge.key_and_fetch(url)
            yield self._request(Link(key, fetch, LISTING), conditional=False, start=True)
        # robots.txt: this request, and Scrapy's own when it obeys robots.txt.
        self.requested += 2 if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else 1
        yield scrapy.Request(urljoin(self.source.url, "/robots.txt"), callback=self.parse_robots,
                             errback=self.on_aux_error, priority=40, dont_filter=True, meta={"soyte_aux": True})

    def _request(self, link: Link, *, conditional: bool = True, start: bool = False) -> scrapy.Request:
        self.seen_links.add(link.url)
        self.requested += 1
        # Asked "changed since?" when an earlier run kept validators (start pages
        # never: they are the way in); a 304 reaches parse() to be counted.
        headers = self.memory.conditional_headers(link.url) if conditional else {}
        return scrapy.Request(link.fetch_url, callback=self.parse, errback=self.on_error,
                              priority=_PRIORITY.get(link.kind, 0), headers=headers,
                              meta={"soyte_key": link.url, "soyte_fetch": link.fetch_url, "soyte_kind": link.kind,
                                    "soyte_hops": link.hops, "soyte_trap": link.trap, "soyte_empty": link.empty,
                                    "soyte_start": start, "handle_httpstatus_list": [304]})

    def _want(self, link: Link) -> scrapy.Request | None:
        """A request for `link` within the run's budget, kept in the backlog
        until it is answered; past the budget, kept there for a later run."""
        self.outbox.links.append(link)
        if self.requested >= self.max_pages:
            self.seen_links.add(link.url)
            self.capped = True
            self.crawler.stats.inc_value("soyte/deferred")
            return None
        return self._request(link)

    def on_idle(self) -> None:
        """Once the run's own crawl is done: continue the backlog earlier runs
        left, then the failed links whose back-off has ended, within what is
        left of the budget."""
        if self.backlog_fed:
            return
        self.backlog_fed = True
        due = [Link(f.url, f.fetch_url, f.kind, f.hops) for f in self.memory.due_failures()]
        fed = 0
        for link in self.memory.backlog + due:
            if link.url in self.seen_links:
                continue
            self.seen_links.add(link.url)
            if self.memory.skip(link.url):  # fetched since, by another way
                self.outbox.done.append(link.url)
                continue
            if self.requested >= self.max_pages:
                self.capped = True  # it stays in the backlog
                continue
            self.crawler.engine.crawl(self._request(link))
            fed += 1
        if fed:
            self.crawler.stats.inc_value("soyte/backlog_fed", fed)
            raise DontCloseSpider

    def _done(self, request: scrapy.Request) -> None:
        key = request.meta.get("soyte_key")
        if key and not request.meta.get("soyte_start"):
            self.outbox.done.append(key)

    def on_error(self, failure) -> None:
        """Count what went wrong by kind, and remember it (back-off); the crawl goes on."""
        stats = self.crawler.stats
        request = failure.request
        self._done(request)
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            why = _ignored_why(str(failure.value))
            if why != "offsite":  # counted by Scrapy as offsite/filtered, with those dropped unseen
                self._count_ignored(why)
            return
        kind = (f"http_{failure.value.response.status}" if failure.check(HttpError)
                else type(failure.value).__name__)
        stats.inc_value("soyte/errors")
        stats.inc_value(f"soyte/errors/{kind}")
        meta = request.meta
        if meta.get("soyte_kind") == ARTICLE:
            stats.inc_value("soyte/article_errors")
        if meta.get("soyte_key") and not meta.get("soyte_start"):
            self.outbox.failures.append((Link(meta["soyte_key"], meta.get("soyte_fetch", request.url),
                                              meta.get("soyte_kind", ARTICLE), meta.get("soyte_hops", 0)), kind))
        log.info("%s: %s on %s", self.source.name, kind, request.url)

    def _count_ignored(self, why: str) -> None:
        self.crawler.stats.inc_value("soyte/ignored")
        self.crawler.stats.inc_value(f"soyte/ignored/{why}")

    def on_dropped(self, request: scrapy.Request, spider=None) -> None:
        """The scheduler drops a request it has seen before. The spider never
        asks twice, so this is a redirect back to a URL already fetched: a loop
        when it points into its own chain of redirects."""
        self._done(request)
        chain = request.meta.get("redirect_urls")
        if chain:
            self._count_ignored("redirect_loop" if request.url in chain else "redirect_to_seen")

    def _notice_redirect(self, response: Response) -> None:
        """A link that ended elsewhere: the target is requested (this run), and a
        permanent redirect is remembered (next runs know the link)."""
        key = response.meta.get("soyte_key")
        if not key or not response.meta.get("redirect_urls"):
            return
        try:
            target = self.judge.canonical(response.url)
        except ValueError:
            return
        if target == key:
            return
        self.seen_links.add(target)
        reasons = response.meta.get("redirect_reasons") or []
        if reasons and all(r in _PERMANENT_REDIRECTS for r in reasons):
            self.memory.redirects[key] = target
            self.outbox.redirects.append((key, target, reasons[-1]))

    def parse(self, response: Response) -> Iterator:
        self._notice_redirect(response)
        if response.status == 304:
            self.crawler.stats.inc_value("soyte/not_modified")
            self._done(response.request)
            return
        stats = self.crawler.stats
        # Servers send PDFs, images and empty bodies under .html URLs, often
        # labelled text/html: they are counted, never handed to extraction.
        not_html = sniff_not_html(response.body) or (None if isinstance(response, TextResponse) else "not_text")
        if not_html:
            stats.inc_value("soyte/not_html")
            stats.inc_value(f"soyte/not_html/{not_html}")
            self._done(response.request)
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
        # The page's tree is not kept on the response (response.selector
        # would be): the response waits for extraction, its tree need not.
        tree = Selector(response=response).root
        requests = [*self._feed_requests(response, tree), *self._follow_links(response, tree, item)]
        del tree
        yield from requests
        yield item

    def _item(self, response: Response) -> CrawledPage:
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        url = self.judge.canonical(response.url)
        validators = validators_of(headers)
        # Kept for the end of the run, one entry a page: only what changes a
        # row (dynamic CMS pages send neither header; a page that no longer
        # sends them has its earlier ones cleared).
        if any(validators) or self.memory.conditional_headers(url):
            self.validators[url] = validators
        key = None if response.meta.get("soyte_start") else response.meta.get("soyte_key")
        return CrawledPage(url=url, source=self.source.name,
                           fetched_at=datetime.now(timezone.utc).replace(microsecond=0),
                           status=response.status, headers=headers, body=response.body,
                           province=self.source.province, legacy_province=self.source.legacy_province,
                           link_key=key, link_kind=response.meta.get("soyte_kind"))

    def _notice_iis(self, response: Response) -> None:
        """IIS serves one page under any letter case of its path, and these sites
        link in several; once the server says it is IIS, canonical URLs fold case."""
        server = b" ".join(response.headers.getlist("Server") + response.headers.getlist("X-Powered-By"))
        if not self.judge.case_insensitive and any(m in server.decode("latin-1").lower() for m in _IIS_MARKERS):
            self.judge.case_insensitive = True
            log.info("%s: IIS server, treating URLs as case-insensitive", self.source.name)

    def _follow_links(self, response: Response, tree, item: FetchedPage) -> Iterator[scrapy.Request]:
        meta = response.meta
        hops, trap, empty = meta.get("soyte_hops", 0), meta.get("soyte_trap", 0), meta.get("soyte_empty", 0)
        links = list(self._judged_links(response, tree))
        article_links = [judged.url for judged in links if judged.kind == ARTICLE]
        self.crawler.stats.inc_value("soyte/article_links", len(article_links))
        item.article_links = len(article_links)
        memory = self.memory
        new_this_run = [url for url in article_links if url not in self.seen_links
                        and memory.resolve(url) not in self.seen_links]
        new_ever = [url for url in new_this_run if not memory.is_known_article(url) and not memory.backing_off(url)]
        # Paging stops after SOYTE_EMPTY_PAGES listing pages in a row that hold
        # no new article (the rest is archived, or the "listing" is a calendar).
        # Known articles count as new after a run killed by an older version:
        # its listings may hide articles it never fetched.
        new_articles = new_ever if memory.trust_history else new_this_run
        empty = 0 if new_articles else empty + 1
        for judged in links:
            url = judged.url
            if url in self.seen_links:
                continue
            target = memory.resolve(url)
            if target != url and target in self.seen_links:  # redirects to a page fetched this run
                self.seen_links.add(url)
                continue
            if memory.skip(url):
                self.seen_links.add(url)
                self.crawler.stats.inc_value("soyte/skipped_known")
                continue
            if memory.backing_off(url):
                self.seen_links.add(url)
                self.crawler.stats.inc_value("soyte/skipped_dead")
                continue
            link = self._next_link(judged.kind, url, judged.fetch, hops, trap, empty)
            if link is not None:
                request = self._want(link)
                if request is not None:
                    yield request

    def _next_link(self, kind: str, url: str, fetch: str, hops: int, trap: int, empty: int) -> Link | None:
        if kind == ARTICLE:
            return Link(url, fetch, kind, hops + 1, trap)
        if kind == PAGINATION:
            return Link(url, fetch, kind, hops, trap, empty) if empty < self.empty_pages else None
        if kind == TRAP:
            return Link(url, fetch, kind, hops + 1, trap + 1) if trap < self.trap_depth else None
        if kind == LISTING and hops < self.max_depth:
            return Link(url, fetch, kind, hops + 1, trap)
        return None

    def _judged_links(self, response: TextResponse, tree) -> Iterator:
        # lxml directly: parsel's per-anchor XPath costs more than the judging
        # itself, and this runs on the reactor thread for every page.
        base = get_base_url(response)
        for anchor in tree.iter("a"):
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = self.joins.join(base, href)
            if url is None:  # href="http://[::1/x": no URL; one bad link must not lose the page
                continue
            text = anchor.text_content() if len(anchor) else anchor.text or ""
            judged = self.judge.judge(url, text, response.url)
            if judged.kind != SKIP:
                yield judged

    def _feed_requests(self, response: TextResponse, tree) -> Iterator[scrapy.Request]:
        for href in tree.xpath(_FEED_XPATH):
            url = _urljoin(response, href)
            if url and self.judge.on_site(url) and url not in self.seen_links and self.requested < self.max_pages:
                self.seen_links.add(url)
                self.requested += 1
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_aux_error, priority=35,
                                     meta={"soyte_aux": True})

    def on_aux_error(self, failure) -> None:
        """robots.txt, a feed or a sitemap that cannot be fetched: the crawl goes
        on without it (the pages' own requests count the site's errors)."""
        log.info("%s: %s on %s (skipped)", self.source.name, type(failure.value).__name__, failure.request.url)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in Protego.parse(response.text).sitemaps:
            if self.judge.on_site(url) and self.requested < self.max_pages:
                self.requested += 1
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_aux_error, priority=35,
                                     meta={"soyte_aux": True})

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS/Atom feeds and XML sitemaps: their entries are article candidates;
        a sitemap index points to more sitemaps."""
        for url, is_sitemap in _feed_entries(response.body):
            url = _urljoin(response, url)
            if not url or not self.judge.on_site(url):
                continue
            if is_sitemap:
                if self.requested < self.max_pages:
                    self.requested += 1
                    yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_aux_error, priority=35,
                                     meta={"soyte_aux": True})
                continue
            try:
                key, fetch = self.judge.key_and_fetch(url)
            except ValueError:  # a malformed entry (a bad port): skipped
                continue
            if key in self.seen_links or self.memory.skip(key) or self.memory.backing_off(key):
                continue
            request = self._want(Link(key, fetch, ARTICLE, 1))
            if request is not None:
                yield request


def _urljoin(response: Response, href: str) -> str | None:
    """An absolute URL for `href`, or None when it is no URL at all."""
    return join_url(get_base_url(response), href.strip())


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
