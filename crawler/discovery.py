"""Telling links apart before fetching them: articles, listings, pagination, traps.

A source may give only a name and a URL, so this must work on sites it has never
seen: it reads the link's URL shape and anchor text the way these CMSes build
them (ASCII title slugs, numeric ids, page parameters), and a per-source hint can
override it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, urlsplit

from scrapy.exceptions import IgnoreRequest

from archive.registry import Source
from archive.text import fold
from archive.urls import canonical_url, fetch_url, host_of
from crawler.components import CrawlerComponent

ARTICLE, PAGINATION, LISTING, TRAP, SKIP = "article", "pagination", "listing", "trap", "skip"

_FILE = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|zip|rar|7z|jpe?g|png|gif|bmp|webp|svg|ico|mp[34]|avi|wmv|flv|mov|css|js|exe|apk)$",
    re.I)
_SKIP = re.compile(
    r"(/|[?&])(tim-kiem|timkiem|search|dang-nhap|login|logout|signin|dang-ky|register|wp-admin|wp-login"
    r"|admin|administrator|user|feed|comment-page|share|sharer|mailto|rss)([/?&=.#]|$)"
    r"|[?&](s|q|keyword|tukhoa|searchtext)=|/en(/|$)|[?&](lang|language)=en",
    re.I)
_TRAP = re.compile(
    r"lich-cong-tac|lich-lam-viec|lichcongtac|lich-truc|calendar|/events?/|/tags?/|/tu-khoa/|/author/"
    r"|[?&](tuan|week|ngay|day|date|thang|month|nam|year|sort|order|orderby|view|format|tag|filter)="
    # Date archives (/2024/03/18/, /2024/03/, /2024-03-18): a page per day, each
    # linking the next, forever. Article URLs carry a slug or id after the date.
    r"|/\d{4}/\d{1,2}(/\d{1,2})?/?(?=[?#]|$)|/\d{4}-\d{1,2}-\d{1,2}/?(?=[?#]|$)",
    re.I)
_PAGE_PARAM = re.compile(r"^(page|paged|p|trang|pg|start|limitstart|offset|pageindex|pagenum|.*_cur|cur|currentpage)$", re.I)
_PAGE_PATH = re.compile(r"/(page|trang|p)[-/]?\d+/?$", re.I)
_PAGER_TEXT = re.compile(r"^(\d{1,4}|trang (sau|tiep|ke)|tiep( theo)?|sau|next|cu hon|xem them|[»›>]+|\.\.\.)$")
_ARTICLE_URL = re.compile(
    r"view_content|/content/|articleid|itemid=|newsid|news_id|dDocName|/chi-tiet|chitiet|/detail"
    r"|/\d{4}/\d{1,2}/[^/]+|-\d{3,}(\.html?)?/?$|/\d{3,}-[a-z0-9-]+(\.html?)?$|[a-z0-9]+(-[a-z0-9]+){4,}",
    re.I)
_HEADLINE_WORDS = 5


@dataclass(frozen=True)
class LinkKind:
    kind: str
    url: str  # canonical: the key for dedup, seen_urls, the archive and "already requested"
    fetch: str = ""  # the URL as linked (fragment, session ids and tracking dropped): what is fetched


@dataclass(frozen=True)
class _Judged:
    """What a link is regardless of the page it is on."""

    link: LinkKind
    parts: SplitResult | None = None  # its canonical URL split, when the page may make it pagination


_MEMO_SIZE = 8192  # menus and sidebars repeat the same links on every page; most article links come once


class LinkJudge:
    """Classifies the links of one source."""

    def __init__(self, source: Source, *, case_insensitive: bool = False) -> None:
        self.source = source
        self._domains = tuple(source.allowed_domains)
        self._article_hints = [re.compile(p) for p in source.hints.article_url]
        self._listing_hints = [re.compile(p) for p in source.hints.listing_url]
        self._skip_hints = [re.compile(p) for p in source.hints.skip_url]
        self._memo: dict[tuple[str, str], _Judged] = {}
        self._here: tuple[str, SplitResult] = ("", urlsplit(""))
        self.case_insensitive = case_insensitive or source.hints.case_insensitive

    @property
    def case_insensitive(self) -> bool:
        return self._case_insensitive

    @case_insensitive.setter
    def case_insensitive(self, value: bool) -> None:
        self._case_insensitive = value
        self._memo.clear()  # the keys judged so far were folded the other way

    def canonical(self, url: str) -> str:
        return canonical_url(url, case_insensitive=self.case_insensitive)

    def key_and_fetch(self, url: str) -> tuple[str, str]:
        """(canonical key, URL to fetch) of a link; ValueError when it has no valid form."""
        return self.canonical(url), fetch_url(url)

    def on_site(self, url: str) -> bool:
        host = host_of(url)
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def judge(self, url: str, anchor_text: str, from_url: str) -> LinkKind:
        judged = self._memo.get((url, anchor_text))
        if judged is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            judged = self._memo[(url, anchor_text)] = self._judge_alone(url, anchor_text)
        if judged.parts is not None and is_pagination(judged.parts, self._split_here(from_url), anchor_text):
            return LinkKind(PAGINATION, judged.link.url, judged.link.fetch)
        return judged.link

    def _split_here(self, from_url: str) -> SplitResult:
        """The page's own canonical URL, split (once per page: its links ask in turn)."""
        if self._here[0] != from_url:
            self._here = (from_url, urlsplit(self.canonical(from_url)))
        return self._here[1]

    def _judge_alone(self, url: str, anchor_text: str) -> _Judged:
        if not url.startswith(("http://", "https://")) or not self.on_site(url):
            return _Judged(LinkKind(SKIP, url))
        try:
            url, fetch = self.key_and_fetch(url)
        except ValueError:  # a malformed link (a port out of range, broken brackets): nothing to fetch
            return _Judged(LinkKind(SKIP, url))
        kind = self._classify(url, anchor_text)
        if kind in (SKIP, TRAP) or kind.startswith("hinted-"):
            return _Judged(LinkKind(kind.removeprefix("hinted-"), url, fetch))
        return _Judged(LinkKind(kind, url, fetch), urlsplit(url))

    def _classify(self, url: str, anchor_text: str) -> str:
        parts = urlsplit(url)
        if _FILE.search(parts.path) or any(p.search(url) for p in self._skip_hints):
            return SKIP
        if any(p.search(url) for p in self._article_hints):
            return "hinted-" + ARTICLE
        if any(p.search(url) for p in self._listing_hints):
            return "hinted-" + LISTING
        if _SKIP.search("/" + url.split("/", 3)[-1]):
            return SKIP
        if _TRAP.search(url):
            return TRAP
        if len(anchor_text.split()) >= _HEADLINE_WORDS or _ARTICLE_URL.search(parts.path + "?" + parts.query):
            return ARTICLE
        return LISTING


def is_pagination(target: SplitResult, here: SplitResult, anchor_text: str) -> bool:
    """The next/other page of the listing we are on (`here`, split): same path
    with another page parameter, or a /page/N path, or a pager's anchor text on
    the same path."""
    if _PAGE_PATH.search(target.path):
        return True
    if target.path.rstrip("/") != here.path.rstrip("/"):
        return False
    target_q, here_q = dict(parse_qsl(target.query)), dict(parse_qsl(here.query))
    changed = {k for k in set(target_q) | set(here_q) if target_q.get(k) != here_q.get(k)}
    if changed and all(_PAGE_PARAM.match(k) for k in changed):
        return True
    return bool(_PAGER_TEXT.match(fold(anchor_text).lower().strip()))


class StayOnSite(CrawlerComponent):
    """Downloader middleware: nothing outside the source's domains is fetched.

    Scrapy's OffsiteMiddleware waves through every request marked dont_filter,
    and a retry is marked so, as is a redirect that answers one: a site that
    answered 503 and then redirected elsewhere was followed off-site. This
    checks every request that reaches the downloader, redirects included.
    """

    def process_request(self, request):
        judge = getattr(self.crawler.spider, "judge", None)
        if judge is None or judge.on_site(request.url):
            return None
        self.crawler.stats.inc_value("offsite/filtered")
        raise IgnoreRequest(f"Filtered offsite request to {host_of(request.url)!r}")
