"""The live half of `soyte sources --discover`: fetch each candidate site and
verify it by what its own pages say.

`python -m crawler '{"command": "discover", ...}' RESULT_FILE` runs `discover()`
in the child process, as for a crawl. The request carries the units to find
and their candidate hosts (archive/candidates.py made them); for each host:

1. its home page is fetched (https, then http; "www." when a bare domain does
   not resolve), with robots.txt obeyed and no retry: a name that does not
   resolve costs one DNS lookup;
2. parked domains, registrar pages and servers' default pages are rejected;
3. the page must name the unit and its province (today's or the former one,
   with or without diacritics) in its <title>, site name, header or footer;
   a page that names another unit or province (also after a redirect) is
   reported, never added;
4. the generic spider's link judging (crawler.discovery.LinkJudge) picks a few
   article links from it (a listing or two when the home page has none), and
   extraction (archive.extraction.extract) must read at least `min_articles`
   of them as dated articles.

Home pages that name a Sở Y tế or a province portal are also read for links
to other units (a "Liên kết website" box lists the CDC and the health centres):
those become candidates too. The run is bounded by `time_limit` seconds
(CLOSESPIDER_TIMEOUT); progress lines go to stderr.

Tests and staging copies: the environment variable SOYTE_HOST_MAP names a JSON
file {"hosts": {"soyte.x.gov.vn": "127.0.0.21:8080", ...}, "settings": {...}}.
Those names are then served by those loopback addresses (plain HTTP, as
through a proxy: the URL and Host header stay the site's), every other name
fails as a name that does not resolve, https is refused, and the Scrapy
settings given apply. Only loopback addresses are accepted.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, NotConfigured
from scrapy.http import Response, TextResponse
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefused
from twisted.internet.error import DNSLookupError

from archive.candidates import (
    Identity, Probe, Unit, linked_units, plan_probes, platform_of, portal_hosts, read_identity, rejection,
    resolve_province, site_title, unit_slugs,
)
from archive.errors import SoyteError
from archive.extraction import extract
from archive.extraction.decode import decode_html, sniff_not_html
from archive.extraction.dom import parse_html
from archive.registry import Source
from archive.text import fold
from archive.urls import host_of
from crawler.discovery import ARTICLE, LISTING, LinkJudge
from crawler.runner import project_settings

log = logging.getLogger(__name__)

MAX_ARTICLES = 6  # article pages read per candidate
FIRST_BATCH = 12  # hosts tried with the reference sites before the rest
MAX_LISTINGS = 2  # listing pages read when the home page links too few articles
_ERROR_STATUSES = list(range(400, 600))
_NEWSY = ("tin tuc", "tin hoat dong", "hoat dong", "su kien", "thong bao", "tin moi", "news")
_SOCIAL = ("facebook.com", "fb.com", "youtube.com", "zalo.me", "twitter.com", "x.com", "google.com",
           "tiktok.com", "instagram.com", "linkedin.com")


# --------------------------------------------------------------------------- fixture resolver


def host_map_file() -> dict:
    """The SOYTE_HOST_MAP file's content ({} when the variable is not set)."""
    path = os.environ.get("SOYTE_HOST_MAP")
    if not path:
        return {}
    data = json.loads(open(path, encoding="utf-8").read())
    for host, target in data.get("hosts", {}).items():
        address = target.rpartition(":")[0] or target
        if not ipaddress.ip_address(address).is_loopback:
            raise SoyteError(f"SOYTE_HOST_MAP: {host} -> {target} is not a loopback address")
    return data


class HostMap:
    """Downloader middleware: with SOYTE_HOST_MAP set, the mapped names go to
    their loopback addresses and every other name does not resolve."""

    def __init__(self, hosts: dict[str, str]) -> None:
        self.hosts = {h.lower(): t for h, t in hosts.items()}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("SOYTE_HOST_MAP_ENABLED"):
            raise NotConfigured
        return cls(crawler.settings.getdict("SOYTE_HOST_MAP"))  # empty: no name resolves (offline)

    def process_request(self, request):
        parts = urlsplit(request.url)
        host = (parts.hostname or "").lower()
        target = self.hosts.get(host)
        if target is None:
            raise DNSLookupError(f"{host}: no such host (SOYTE_HOST_MAP)")
        if parts.scheme == "https":
            raise TxConnectionRefused(f"{host}:443: connection refused (SOYTE_HOST_MAP serves http only)")
        request.meta["proxy"] = f"http://{target}"
        return None


# --------------------------------------------------------------------------- state


@dataclass
class HostState:
    probe: Probe
    attempt: int = 0
    state: str = "pending"  # pending | no-dns | no-answer | answered | done
    detail: str = ""
    final_url: str | None = None
    identity: Identity | None = None
    verdict: str | None = None  # "verified" or why not
    home_html: str | None = None
    articles: list[dict] = field(default_factory=list)
    outstanding: int = 0
    pages_read: int = 0
    checking: bool = False
    wanted: int = 0  # article fetches still allowed
    seen_titles: set = field(default_factory=set)
    fetched: set = field(default_factory=set)  # article URLs asked for
    platform: str | None = None


def _reason(failure) -> tuple[str, str]:
    """(state, detail) of a request that did not answer."""
    if failure.check(DNSLookupError):
        return "no-dns", "the name does not resolve"
    if failure.check(IgnoreRequest):
        text = str(failure.value)
        return "no-answer", "robots.txt forbids it" if "robots" in text.lower() else text
    name = type(failure.value).__name__
    text = str(failure.value).strip()
    if "refused" in name.lower() or "refused" in text.lower():
        return "no-answer", "connection refused"
    if "timeout" in name.lower() or "timed out" in text.lower():
        return "no-answer", "timed out"
    if "ssl" in name.lower() or "tls" in text.lower() or "certificate" in text.lower():
        return "no-answer", "TLS failure"
    return "no-answer", name


class DiscoverSpider(scrapy.Spider):
    name = "discover"

    def __init__(self, plan: dict | None = None, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        plan = plan or {}
        self.units: dict[str, Unit] = {}
        for data in plan.get("units", []):
            unit = Unit.from_dict(data)
            self.units[unit.key] = unit
        self.kinds = set(plan.get("kinds", ("so-y-te", "cdc")))
        self.provinces = set(plan.get("provinces", ()))
        self.known_hosts = {h.removeprefix("www.") for h in plan.get("known_hosts", ())}
        self.min_articles = int(plan.get("min_articles", 3))
        self.timeout = float(plan.get("timeout", 15))
        self.references = {url: None for url in plan.get("reference_urls", ())}
        self.hosts: dict[str, HostState] = {}
        for probe in plan_probes(self.units.values(), self.known_hosts):
            self.hosts[probe.host] = HostState(probe)
        # Pages read for their links only: the province portals, and the known
        # Sở Y tế sites (their "Liên kết website" box lists the CDC and the TTYTs).
        portals = [h for unit in self.units.values() for h in portal_hosts(unit)]
        for host in dict.fromkeys(portals):
            if host not in self.hosts and host not in self.known_hosts:
                self.hosts[host] = HostState(Probe(host, [f"https://{host}/", f"http://{host}/"], [], ["province portal"],
                                                   www_fallback=True))
        for url in plan.get("link_pages", ()):
            host = host_of(url)
            if host not in self.hosts:
                self.hosts[host] = HostState(Probe(host, [url], [], ["a known source"]))
        self.finished = 0
        self.started = time.monotonic()
        self.closed_reason: str | None = None
        self.later: list[HostState] = []
        self.result: dict = {}

    # ------------------------------------------------------------------ output

    def say(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    # ------------------------------------------------------------------ start

    async def start(self):
        candidates = sum(1 for h in self.hosts.values() if h.probe.units)
        self.say(f"Discovering {len(self.units)} units: {candidates} candidate hosts, "
                 f"{len(self.hosts) - candidates} pages read for links.")
        for url in self.references:
            yield scrapy.Request(url, callback=self.reference_answered, errback=self.reference_failed,
                                 dont_filter=True, priority=50, meta=self._meta())
        # A first few hosts with the reference sites: when none of them answers,
        # the machine is offline and the rest are not tried (spider_idle).
        states = list(self.hosts.values())
        self.later = states[FIRST_BATCH:]
        for state in states[:FIRST_BATCH]:
            yield self._home_request(state)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def on_idle(self) -> None:
        if not self.later:
            return
        answered = any(s.state in ("answered", "done") for s in self.hosts.values()) or any(self.references.values())
        if not answered:
            self.say("  nothing answered, not even the known sites: the network looks unreachable")
            return  # the spider closes; the result says the network is down
        later, self.later = self.later, []
        for state in later:
            self.crawler.engine.crawl(self._home_request(state))
        raise DontCloseSpider

    def _meta(self, **extra) -> dict:
        return {"dont_retry": True, "download_timeout": self.timeout,
                "handle_httpstatus_list": _ERROR_STATUSES, **extra}

    def _home_request(self, state: HostState) -> scrapy.Request:
        url = state.probe.urls[state.attempt]
        return scrapy.Request(url, callback=self.parse_home, errback=self.home_failed, dont_filter=True,
                              priority=10 if not state.probe.units else 0, meta=self._meta(host=state.probe.host))

    def reference_answered(self, response: Response) -> None:
        self.references[response.request.url] = True

    def reference_failed(self, failure) -> None:
        self.references[failure.request.url] = False

    # ------------------------------------------------------------------ the home page

    def home_failed(self, failure):
        state = self.hosts[failure.request.meta["host"]]
        kind, detail = _reason(failure)
        probe = state.probe
        if kind == "no-dns" and probe.www_fallback and not urlsplit(failure.request.url).hostname.startswith("www."):
            # a bare domain that does not resolve: its www. name may
            probe.urls = [u.replace("://", "://www.", 1) for u in probe.urls]
            state.attempt = 0
            yield self._home_request(state)
            return
        if kind != "no-dns" and state.attempt + 1 < len(probe.urls):
            state.attempt += 1  # https refused or broken: try http
            state.detail = detail
            yield self._home_request(state)
            return
        # A name that does not resolve over https does not over http either.
        if state.state != "no-answer":
            state.state = kind
        state.detail = detail if kind == "no-dns" or not state.detail else f"{state.detail}; {detail}"
        self._done(state, None)

    def parse_home(self, response: Response):
        state = self.hosts[response.meta["host"]]
        try:
            yield from self._read_home(state, response)
        except Exception as exc:  # one strange page must not stop the run
            log.exception("reading %s", response.url)
            self._done(state, f"cannot read its home page ({type(exc).__name__})")

    def _read_home(self, state: HostState, response: Response):
        probe = state.probe
        state.state = "answered"
        state.final_url = response.url
        if response.status >= 400:
            if state.attempt + 1 < len(probe.urls):
                state.attempt += 1
                state.detail = f"HTTP {response.status}"
                yield self._home_request(state)
                return
            self._done(state, f"answers HTTP {response.status}")
            return
        if sniff_not_html(response.body) or not isinstance(response, TextResponse):
            self._done(state, "its home page is not an HTML page")
            return
        html = decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        root = parse_html(html)
        final_host = host_of(response.url)
        moved = final_host != host_of(probe.urls[state.attempt])
        where = f"redirects to {final_host}, which" if moved else "its home page"
        why = rejection(root.text_content() + " " + response.url)
        if why:
            self._done(state, f"{why}" + (f" (after a redirect to {final_host})" if moved else ""))
            return
        identity = read_identity(root)
        state.identity = identity
        state.home_html = html
        state.platform = platform_of(html)
        yield from self._harvest(state, root, response.url, identity)
        if not probe.units:  # read for its links only
            self._done(state, "read for links")
            return
        key = self._unit_key(identity, probe.host)
        if key is None:
            self._done(state, f"{where} {identity.description}")
            return
        if key not in probe.units:
            self._done(state, f"{where} names {self._describe(identity, probe)}")
            return
        if moved and final_host in self.known_hosts:
            self._done(state, f"redirects to {final_host}, already a source")
            return
        twin = next((s for s in self.hosts.values() if s is not state and s.checking
                     and host_of(s.final_url or "") == final_host), None)
        if twin:
            self._done(state, f"the same site as {twin.probe.host}")
            return
        self.say(f"  {probe.host}: {where} names {identity.description} (\"{identity.line[:80]}\"); "
                 "reading a few articles")
        yield from self._check_articles(state, root, response.url)

    def _unit_key(self, identity: Identity, host: str) -> str | None:
        try:
            return identity.unit_key(host)
        except ValueError:
            return None

    def _describe(self, identity: Identity, probe: Probe) -> str:
        """Another unit: say whether it is another kind or another province."""
        proposers = [self.units[k] for k in probe.units if k in self.units]
        try:
            today, former = resolve_province(identity.province)
        except ValueError:
            return identity.description
        if proposers and all(u.province != today for u in proposers):
            return f"{identity.description} (another province)"
        if proposers and any(u.kind == identity.kind and u.province == today for u in proposers) and former:
            return f"{identity.description} (the former province's unit)"
        return f"{identity.description} (another unit)"

    # ------------------------------------------------------------------ links to other units

    def _harvest(self, state: HostState, root, url: str, identity: Identity):
        if identity.kind not in ("so-y-te", "portal") or not identity.province:
            return
        try:
            today, former = resolve_province(identity.province)
        except ValueError:
            return
        if self.provinces and today not in self.provinces:
            return
        for link in linked_units(root, url):
            host = host_of(link.url)
            if host in self.known_hosts or any(host == s or host.endswith("." + s) for s in _SOCIAL):
                continue
            link_former = former
            if link.province:
                try:
                    link_today, link_former = resolve_province(link.province)
                except ValueError:
                    continue
                if link_today != today:
                    continue  # a link to another province's unit
            if link.kind not in self.kinds:
                continue
            if not link.by_text and not any(slug.replace("-", "") in host.replace("-", "")
                                            for slug in unit_slugs(Unit(link.kind, today, link_former))):
                continue  # only its host looks like a unit's, and not this province's ("vncdc.gov.vn")
            if link.kind == "ttyt":
                unit = Unit("ttyt", today, link_former, host, link.text[:80] or None)
                self.units.setdefault(unit.key, unit)
            else:
                unit = self.units.get(Unit(link.kind, today, link_former).key)
                if unit is None:
                    continue  # that unit has a source already
            yield from self._propose(host, link.url, unit.key, f"linked from {url}")

    def _propose(self, host: str, url: str, unit_key: str, via: str):
        existing = self.hosts.get(host) or self.hosts.get(host.removeprefix("www."))
        if existing:
            probe = existing.probe
            if unit_key not in probe.units:
                probe.units.append(unit_key)
                if via not in probe.via:
                    probe.via.append(via)
                identity = existing.identity
                if (existing.state == "done" and identity and existing.home_html and not existing.checking
                        and self._unit_key(identity, probe.host) == unit_key):
                    existing.state, existing.verdict = "answered", None
                    self.finished -= 1
                    self.say(f"  {probe.host}: names {identity.description}; reading a few articles")
                    yield from self._check_articles(existing, parse_html(existing.home_html), existing.final_url)
            return
        other = url.replace("https://", "http://", 1) if url.startswith("https://") else None
        probe = Probe(host, [url] + ([other] if other else []), [unit_key], [via])
        state = self.hosts[host] = HostState(probe)
        self.say(f"  {host}: proposed by a link on {via.removeprefix('linked from ')}")
        yield self._home_request(state)

    # ------------------------------------------------------------------ articles

    def _judge(self, url: str) -> LinkJudge:
        return LinkJudge(Source(name="candidate", url=url, allowed_domains=(host_of(url),)))

    def _links(self, root, url: str) -> tuple[list[str], list[tuple[str, str]]]:
        judge = self._judge(url)
        articles: list[tuple[int, str]] = []
        listings: list[tuple[str, str]] = []
        seen: set[str] = set()
        for anchor in root.iter("a"):
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            try:
                target = urljoin(url, href)
            except ValueError:
                continue
            text = anchor.text_content()
            judged = judge.judge(target, text, url)
            if judged.url in seen:
                continue
            seen.add(judged.url)
            if judged.kind == ARTICLE:
                articles.append((-len(text.split()), judged.url))
            elif judged.kind == LISTING:
                listings.append((judged.url, fold(text).lower()))
        articles.sort(key=lambda item: item[0])  # headline-like anchors first (stable)
        return [u for _, u in articles], listings

    def _check_articles(self, state: HostState, root, url: str):
        state.checking = True
        articles, listings = self._links(root, url)
        state.wanted = MAX_ARTICLES
        yield from self._fetch_articles(state, articles)
        if len(articles) < self.min_articles:
            newsy = sorted(listings, key=lambda item: not any(w in item[1] for w in _NEWSY))
            for listing, _ in newsy[:MAX_LISTINGS]:
                state.outstanding += 1
                yield scrapy.Request(listing, callback=self.parse_listing, errback=self.page_failed,
                                     dont_filter=True, meta=self._meta(host=state.probe.host))
        if state.outstanding == 0:
            self._finish_check(state)

    def _fetch_articles(self, state: HostState, urls: list[str]):
        for article in urls:
            if state.wanted <= 0:
                break
            if article in state.fetched:
                continue
            state.fetched.add(article)
            state.wanted -= 1
            state.outstanding += 1
            yield scrapy.Request(article, callback=self.parse_article, errback=self.page_failed,
                                 dont_filter=True, meta=self._meta(host=state.probe.host))

    def parse_listing(self, response: Response):
        state = self.hosts[response.meta["host"]]
        state.outstanding -= 1
        state.pages_read += 1
        try:
            if response.status < 400 and isinstance(response, TextResponse) and not sniff_not_html(response.body):
                root = parse_html(decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1")))
                articles, _ = self._links(root, response.url)
                yield from self._fetch_articles(state, articles)
        except Exception:
            log.exception("reading %s", response.url)
        if state.outstanding == 0:
            self._finish_check(state)

    def parse_article(self, response: Response) -> None:
        state = self.hosts[response.meta["host"]]
        state.outstanding -= 1
        state.pages_read += 1
        try:
            if response.status < 400:
                page = extract(response.body, response.url, fetched_at=datetime.now(timezone.utc),
                               content_type=response.headers.get("Content-Type", b"").decode("latin-1"))
                if page.is_article and page.published and page.title and page.title not in state.seen_titles:
                    state.seen_titles.add(page.title)
                    state.articles.append({"url": response.url, "title": page.title, "published": page.published})
        except Exception:
            log.exception("reading %s", response.url)
        if state.outstanding == 0:
            self._finish_check(state)

    def page_failed(self, failure) -> None:
        state = self.hosts[failure.request.meta["host"]]
        state.outstanding -= 1
        if state.outstanding == 0:
            self._finish_check(state)

    def _finish_check(self, state: HostState) -> None:
        found = len(state.articles)
        if found >= self.min_articles:
            self._done(state, "verified")
        else:
            self._done(state, f"names the unit, but only {found} dated article{'s' * (found != 1)} "
                              f"in {state.pages_read} pages read (at least {self.min_articles} needed)")

    # ------------------------------------------------------------------ bookkeeping

    def _done(self, state: HostState, verdict: str | None) -> None:
        """A host is decided: `verdict` for one that answered, None for one that did not."""
        if state.state == "answered":
            state.verdict, state.state = verdict, "done"
            if state.probe.units:
                mark = "✓" if verdict == "verified" else "✗"
                extra = f" ({len(state.articles)} dated articles)" if verdict == "verified" else ""
                self.say(f"  {mark} {state.probe.host}: {verdict}{extra}")
        self.finished += 1
        if self.finished % 50 == 0:
            answered = sum(1 for s in self.hosts.values() if s.state == "done")
            self.say(f"  … {self.finished}/{len(self.hosts)} hosts tried, {answered} answered, "
                     f"{int(time.monotonic() - self.started)} s")

    def closed(self, reason: str) -> None:
        self.closed_reason = reason
        self.result = self._result(reason)

    def _result(self, reason: str) -> dict:
        today = date.today().isoformat()
        # Nothing answered over HTTP, not even a known site: this machine is
        # offline (or its DNS is down), and no unit can be said to have no site.
        answered = any(s.state == "done" for s in self.hosts.values())
        reference_ok = any(v for v in self.references.values())
        tried_any = bool(self.hosts or self.references)
        hosts = []
        for host, state in self.hosts.items():
            entry = {"host": host, "units": state.probe.units, "via": state.probe.via,
                     "state": state.state, "detail": state.detail, "verdict": state.verdict,
                     "url": state.final_url}
            if state.verdict == "verified":
                identity = state.identity
                unit = self.units[self._unit_key(identity, state.probe.host)]
                entry["site"] = {
                    "unit": unit.as_dict(), "host": host_of(state.final_url), "url": state.final_url,
                    "evidence": state.final_url, "evidence_line": identity.line, "where": identity.where,
                    "title": site_title(identity.line, unit), "province_named": identity.province,
                    "platform": state.platform, "checked_on": today,
                    "articles": sorted(state.articles, key=lambda a: a["published"], reverse=True),
                }
            hosts.append(entry)
        return {
            "network_down": tried_any and not answered and not reference_ok,
            "finish_reason": reason,
            "units": [u.as_dict() | {"key": u.key, "title": u.title} for u in self.units.values()],
            "hosts": hosts,
            "references": self.references,
            "seconds": round(time.monotonic() - self.started, 1),
        }


# --------------------------------------------------------------------------- the command


def discover(request: dict) -> dict:
    """Run the discovery spider over the request's plan; its result as a dict."""
    fixture = host_map_file()
    time_limit = float(request.get("time_limit", 600))
    timeout = float(request.get("timeout", 15))
    overrides = {
        "SOYTE_QUIET_SCRAPY": "True", "LOG_LEVEL": "ERROR", "LOG_VERSIONS": [],
        "ITEM_PIPELINES": {}, "EXTENSIONS": {"scrapy.extensions.logstats.LogStats": None},
        "CLOSESPIDER_TIMEOUT": time_limit, "DNS_TIMEOUT": min(timeout, 10.0), "DOWNLOAD_TIMEOUT": timeout,
        "RETRY_ENABLED": False, "REDIRECT_MAX_TIMES": 5, "COOKIES_ENABLED": True,
        "DOWNLOADER_MIDDLEWARES": {"crawler.discover.HostMap": 40},
        "SOYTE_HOST_MAP": fixture.get("hosts", {}), "SOYTE_HOST_MAP_ENABLED": bool(fixture),
    } | fixture.get("settings", {}) | request.get("settings", {})
    settings = project_settings(overrides)
    process = CrawlerProcess(settings)
    for noisy in ("scrapy", "scrapy.downloadermiddlewares.robotstxt", "scrapy.core.scraper", "py.warnings"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL if "robotstxt" in noisy else logging.ERROR)
    crawler = process.create_crawler(DiscoverSpider)
    process.crawl(crawler, plan=request)
    process.start()
    return crawler.spider.result
