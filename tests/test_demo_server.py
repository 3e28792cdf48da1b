"""The bundled demo sites keep the promises `crawler/demo/expected.json` makes.

They are the fixtures of the crawler's end-to-end tests, so a broken route, a
page that lost its headline or an article that became unreachable would make
those tests fail for the wrong reason. Everything here runs on loopback.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import unicodedata
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import parsel
import pytest
from hypothesis import given
from hypothesis import strategies as st

import crawler.demo
from crawler.demo.server import normalise_target, serve_sites, site_info, site_names

EXPECTED = json.loads((Path(crawler.demo.__file__).parent / "expected.json").read_text("utf-8"))
STORIES = EXPECTED["stories"]
ALL_PAGES = [page | {"story": s["id"]} for s in STORIES for page in s["pages"]]
MAX_HOPS = 6
PAGE_CAP = 800

# Where each platform keeps the article text (lead + body), for comparing copies.
BODY_SELECTORS = {
    "soyte-liferay": ["p.sapo", ".journal-content-article"],
    "cdc-nukeviet": [".hometext", "#news-bodyhtml"],
    "benhvien-wordpress": [".entry-content"],
    "cdc-joomla": ["[itemprop=articleBody]"],
    "ttyt-dnn": ["#dnn_ctr507_ArticleDetails_divSummary", "#dnn_ctr507_ArticleDetails_divContent"],
}
_UNITS = "descendant-or-self::*[self::p or self::figcaption or self::td or self::th or self::li]"

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy


@dataclass
class Response:
    status: int
    headers: Message
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type()

    @property
    def text(self) -> str:
        """Decoded as a browser would: HTTP charset, else the page's meta charset; then NFC."""
        charset = self.headers.get_content_charset()
        if not charset:
            match = re.search(rb"charset=[\"']?([\w-]+)", self.body[:4096])
            charset = match.group(1).decode() if match else "utf-8"
        return unicodedata.normalize("NFC", self.body.decode(charset))


def fetch(url: str) -> Response:
    try:
        with _OPENER.open(url, timeout=5) as resp:
            return Response(resp.status, resp.headers, resp.read())
    except urllib.error.HTTPError as err:
        return Response(err.code, err.headers, err.read())


@pytest.fixture(scope="module")
def bases() -> Iterator[dict[str, str]]:
    with serve_sites() as urls:
        yield urls


def url(bases: dict[str, str], site: str, path: str) -> str:
    return bases[site].rstrip("/") + path


def visible_text(page: str) -> str:
    """Text a reader sees: tags, scripts and the head dropped, entities resolved."""
    body = page.split("<body", 1)[-1]
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


# --------------------------------------------------------------------------- metadata and counts


def test_five_sites_with_metadata() -> None:
    names = site_names()
    assert names == sorted(EXPECTED["boilerplate"])
    assert len(names) == 5
    platforms = set()
    for name in names:
        info = site_info(name)
        assert {"name", "title", "platform", "province", "legacy_province", "kind", "case_insensitive"} <= set(info)
        assert info["case_insensitive"] == (name == "ttyt-dnn")
        assert info["name"] == name and info["title"] and info["province"]
        assert info["kind"] in {"so-y-te", "cdc", "ttyt", "benh-vien"}
        platforms.add(info["platform"])
    assert len(platforms) == 5


def test_story_counts() -> None:
    assert len(STORIES) >= 57  # 46, and 11 weekly case reports (issue 18)
    assert len({s["id"] for s in STORIES}) == len(STORIES)
    copied = [s for s in STORIES if len({p["site"] for p in s["pages"] if p["role"] != "print"}) == 2]
    assert len(copied) >= 5
    assert sum(p["role"] == "print" for p in ALL_PAGES) >= 8
    per_site: dict[str, int] = {}
    for page in ALL_PAGES:
        if page["role"] != "print":
            per_site[page["site"]] = per_site.get(page["site"], 0) + 1
    assert all(8 <= n <= 16 for n in per_site.values()), per_site
    for story in STORIES:
        assert len(story["must_contain"]) >= 2
        originals = [p for p in story["pages"] if p["role"] == "original"]
        assert len(originals) == 1
        for page in story["pages"]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?", page["published"])


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_article_pages_served_with_title_and_text(bases: dict[str, str], story: dict) -> None:
    for page in story["pages"]:
        resp = fetch(url(bases, page["site"], page["path"]))
        assert resp.status == 200, page["path"]
        text = unescape(resp.text)
        for needle in [page["title"], *story["must_contain"]]:
            assert unicodedata.normalize("NFC", needle) in text, (page["path"], needle)


@pytest.mark.parametrize("page", ALL_PAGES, ids=[f"{p['story']}-{p['role']}-{p['site']}" for p in ALL_PAGES])
def test_one_headline_per_article_page(bases: dict[str, str], page: dict) -> None:
    """Sidebars and related lists name other articles only (the body may quote its own title)."""
    page_text = fetch(url(bases, page["site"], page["path"])).text
    in_body = sum(unit.count(page["title"]) for unit in article_units(page["site"], page_text))
    assert visible_text(page_text).count(page["title"]) - in_body == 1


def test_non_articles_served(bases: dict[str, str]) -> None:
    for entry in EXPECTED["non_articles"]:
        resp = fetch(url(bases, entry["site"], entry["path"]))
        assert resp.status == 200, entry
        if entry["why"] == "soft404":
            assert "Không tìm thấy trang" in resp.text


def test_unknown_path_is_a_heavy_404(bases: dict[str, str]) -> None:
    for site in bases:
        resp = fetch(url(bases, site, "/khong-co-trang-nay-123.html"))
        assert resp.status == 404
        assert "Không tìm thấy trang" in resp.text and "Trang chủ" in resp.text
        assert fetch(url(bases, site, "/gioi-thieu-khong-co?x=1")).status == 404


def test_url_variants_serve_the_same_bytes(bases: dict[str, str]) -> None:
    for site in bases:
        path = next(p["path"] for p in ALL_PAGES if p["site"] == site and p["role"] == "original")
        plain = fetch(url(bases, site, path)).body
        sep = "&" if "?" in path else "?"
        tracked = fetch(url(bases, site, f"{path}{sep}utm_source=facebook&utm_medium=social&fbclid=IwAR0abc"))
        assert tracked.body == plain, site
    liferay = [p for p in ALL_PAGES if p["site"] == "soyte-liferay"]
    article = next(p["path"] for p in liferay if p["role"] == "original")
    plain = fetch(url(bases, "soyte-liferay", article)).body
    for variant in (f"{article};jsessionid=ABC123DEF4567890ABC123DEF4567890",
                    f"{article}?_101_INSTANCE_abc_redirect=%2Ftin-tuc-su-kien"):
        assert fetch(url(bases, "soyte-liferay", variant)).body == plain, variant
    printed = next(p["path"] for p in liferay if p["role"] == "print")
    head, query = printed.split("?")
    reordered = head + ";jsessionid=XYZ?" + "&".join(reversed(query.split("&")))
    assert fetch(url(bases, "soyte-liferay", reordered)).body == fetch(url(bases, "soyte-liferay", printed)).body
    wp = next(p["path"] for p in ALL_PAGES if p["site"] == "benhvien-wordpress")
    assert fetch(url(bases, "benhvien-wordpress", wp + "?replytocom=21041")).body == fetch(url(bases, "benhvien-wordpress", wp)).body
    for page in (p for p in ALL_PAGES if p["site"] == "ttyt-dnn"):
        plain = fetch(url(bases, "ttyt-dnn", page["path"])).body
        for variant in (page["path"].swapcase(), page["path"].replace("/tin-tuc/", "/Tin-Tuc/"), page["path"].upper()):
            assert fetch(url(bases, "ttyt-dnn", variant)).body == plain, variant
    assert fetch(url(bases, "cdc-nukeviet", article)).status == 404  # other sites keep their own routes


def test_case_matters_on_non_iis_sites(bases: dict[str, str]) -> None:
    path = next(p["path"] for p in ALL_PAGES if p["site"] == "cdc-nukeviet")
    assert fetch(url(bases, "cdc-nukeviet", path.upper())).status == 404


def test_calendar_is_endless(bases: dict[str, str]) -> None:
    for site in bases:
        resp = fetch(url(bases, site, "/lich-cong-tac?tuan=1000"))
        assert resp.status == 200
        assert "/lich-cong-tac?tuan=1001" in resp.text and "/lich-cong-tac?tuan=999" in resp.text
        assert "tuần 1000" in resp.text
        assert "tuan=-6" in fetch(url(bases, site, "/lich-cong-tac?tuan=-5")).text
        assert "tuan=28" in fetch(url(bases, site, "/lich-cong-tac")).text


def test_windows_1258_page(bases: dict[str, str]) -> None:
    declared = []
    for page in ALL_PAGES:
        resp = fetch(url(bases, page["site"], page["path"]))
        if b"charset=windows-1258" in resp.body[:2000]:
            declared.append((page, resp))
    assert len(declared) == 1
    page, resp = declared[0]
    assert page["site"] == "ttyt-dnn"
    assert resp.headers.get_content_charset() is None
    with pytest.raises(UnicodeDecodeError):
        resp.body.decode("utf-8")
    raw = resp.body.decode("cp1258")
    assert "\u0323" in raw and "\u0300" in raw  # tone marks as combining characters
    assert page["title"] not in raw and page["title"] in unicodedata.normalize("NFC", raw)


# --------------------------------------------------------------------------- robots, feeds, sitemaps


def robots_for(bases: dict[str, str], site: str) -> tuple[RobotFileParser, str]:
    text = fetch(url(bases, site, "/robots.txt")).text
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser, text


def test_robots_txt(bases: dict[str, str]) -> None:
    for site in bases:
        parser, text = robots_for(bases, site)
        assert not parser.can_fetch("*", url(bases, site, "/tim-kiem?q=tiem+chung"))
        for entry in (e for e in EXPECTED["robots_disallowed"] if e["site"] == site):
            assert not parser.can_fetch("*", url(bases, site, entry["path"])), entry
        for page in (p for p in ALL_PAGES if p["site"] == site):
            assert parser.can_fetch("*", url(bases, site, page["path"])), page["path"]
        for entry in (e for e in EXPECTED["non_articles"] if e["site"] == site):
            assert parser.can_fetch("*", url(bases, site, entry["path"])), entry
    _, wp = robots_for(bases, "benhvien-wordpress")
    assert f"Sitemap: {bases['benhvien-wordpress']}wp-sitemap.xml" in wp


def article_paths(site: str) -> set[str]:
    return {p["path"] for p in ALL_PAGES if p["site"] == site and p["role"] != "print"}


def xml_links(body: bytes) -> list[str]:
    """<link> of RSS items and channels, <loc> of sitemaps."""
    root = ET.fromstring(body)
    return [el.text.strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("link", "loc") and el.text]


def local_paths(bases: dict[str, str], site: str, links: list[str]) -> set[str]:
    base = bases[site].rstrip("/")
    assert all(link.startswith(base) for link in links), links
    return {link[len(base):] for link in links}


def test_rss_feeds_list_real_articles(bases: dict[str, str]) -> None:
    home = fetch(bases["cdc-nukeviet"]).text
    assert '<link rel="alternate" href="/rss/"' in home and 'type="application/rss+xml"' in home
    for feed in ("/rss/", "/rss/tin-hoat-dong/"):
        resp = fetch(url(bases, "cdc-nukeviet", feed))
        assert resp.status == 200 and "rss" in resp.content_type
        root = ET.fromstring(resp.body)
        assert root.tag == "rss" and root.get("version") == "2.0"
        items = [item.findtext("link") for item in root.iter("item")]
        assert local_paths(bases, "cdc-nukeviet", items) == article_paths("cdc-nukeviet")


def test_wordpress_sitemap_lists_every_post(bases: dict[str, str]) -> None:
    index = fetch(url(bases, "benhvien-wordpress", "/wp-sitemap.xml"))
    assert index.status == 200
    children = xml_links(index.body)
    posts: list[str] = []
    for child in children:
        posts += xml_links(fetch(child).body)
    assert local_paths(bases, "benhvien-wordpress", posts) == article_paths("benhvien-wordpress")


def test_articles_announce_canonical_on_nukeviet(bases: dict[str, str]) -> None:
    for path in article_paths("cdc-nukeviet"):
        text = fetch(url(bases, "cdc-nukeviet", path)).text
        assert f'<link rel="canonical" href="{url(bases, "cdc-nukeviet", path)}">' in text
        assert '<meta property="og:type" content="website">' in text


# --------------------------------------------------------------------------- reachability


class _Links(HTMLParser):
    """<a href> and the RSS feeds a page announces in its head."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        href = values.get("href")
        if not href:
            return
        if tag == "a" or (tag == "link" and values.get("type") == "application/rss+xml"):
            self.hrefs.append(href)


def links_of(resp: Response) -> list[str]:
    if "xml" in resp.content_type:
        return xml_links(resp.body)
    parser = _Links()
    parser.feed(resp.text)
    return parser.hrefs


def crawl(bases: dict[str, str], site: str) -> dict[str, int]:
    """BFS from the home page over links, feeds and the robots.txt sitemap, obeying robots.txt.

    Returns {lookup key: hops}. Keys use the server's own normalisation, so a link
    carrying a session id or another letter case still counts for its page.
    """
    ci = site == "ttyt-dnn"
    base = bases[site]
    host = urlsplit(base).netloc
    robots, robots_text = robots_for(bases, site)
    queue: deque[tuple[str, int]] = deque([(base, 0)])
    queue.extend((line.split(":", 1)[1].strip(), 1) for line in robots_text.splitlines() if line.startswith("Sitemap:"))
    seen = {normalise_target("/", ci)}
    reached: dict[str, int] = {}
    fetched = 0
    while queue and fetched < PAGE_CAP:
        current, hops = queue.popleft()
        resp = fetch(current)
        fetched += 1
        parts = urlsplit(current)
        key = normalise_target(parts.path + (f"?{parts.query}" if parts.query else ""), ci)
        seen.add(key)
        if resp.status != 200:
            continue
        reached.setdefault(key, hops)
        if hops == MAX_HOPS:
            continue
        for href in links_of(resp):
            target = urljoin(current, href).split("#", 1)[0]
            tparts = urlsplit(target)
            if tparts.scheme != "http" or tparts.netloc != host or not robots.can_fetch("*", target):
                continue
            tkey = normalise_target(tparts.path + (f"?{tparts.query}" if tparts.query else ""), ci)
            if tkey not in seen:
                seen.add(tkey)
                queue.append((target, hops + 1))
    assert fetched < PAGE_CAP, f"{site}: page cap reached"
    return reached


@pytest.mark.parametrize("site", sorted(EXPECTED["boilerplate"]))
def test_every_article_reachable_within_six_hops(bases: dict[str, str], site: str) -> None:
    reached = crawl(bases, site)
    ci = site == "ttyt-dnn"
    missing = [p["path"] for p in ALL_PAGES if p["site"] == site and normalise_target(p["path"], ci) not in reached]
    assert not missing
    for entry in (e for e in EXPECTED["non_articles"] if e["site"] == site):
        assert normalise_target(entry["path"], ci) in reached, entry


def test_hidden_pagination_on_dnn(bases: dict[str, str]) -> None:
    """Older DNN articles are linked only from other articles, never from listings or home."""
    listing = fetch(url(bases, "ttyt-dnn", "/Default.aspx?tabid=144")).text
    assert "javascript:__doPostBack(" in listing
    home = fetch(bases["ttyt-dnn"]).text.lower()
    hidden = [p for p in ALL_PAGES if p["site"] == "ttyt-dnn" and p["path"].lower() not in listing.lower()]
    assert len(hidden) >= 4
    for page in hidden:
        assert page["path"].lower() not in home


# --------------------------------------------------------------------------- copies and boilerplate


def article_units(site: str, page: str) -> list[str]:
    sel = parsel.Selector(text=page)
    units: list[str] = []
    for css in BODY_SELECTORS[site]:
        for box in sel.css(css):
            parts = [u.xpath("normalize-space(.)").get() for u in box.xpath(_UNITS)]
            if not parts:
                parts = [box.xpath("normalize-space(.)").get()]
            units.extend(p for p in parts if p)
    return units


def test_cross_site_copies_share_body_paragraphs(bases: dict[str, str]) -> None:
    checked = 0
    for story in STORIES:
        pages = [p for p in story["pages"] if p["role"] != "print"]
        if len({p["site"] for p in pages}) < 2:
            continue
        bodies = [article_units(p["site"], fetch(url(bases, p["site"], p["path"])).text) for p in pages]
        assert len(bodies[0]) >= 5
        assert all(body == bodies[0] for body in bodies), story["id"]
        assert all(m in " ".join(bodies[0]) for m in story["must_contain"])
        checked += 1
    assert checked >= 4


def test_boilerplate_is_on_article_pages_and_never_in_articles(bases: dict[str, str]) -> None:
    for site, strings in EXPECTED["boilerplate"].items():
        pages = [p for p in ALL_PAGES if p["site"] == site]
        texts = [visible_text(fetch(url(bases, site, p["path"])).text) for p in pages]
        truth = " ".join(p["title"] for p in pages) + " ".join(
            m for s in STORIES if any(p["site"] == site for p in s["pages"]) for m in s["must_contain"])
        for needle in strings:
            assert any(needle in t for t in texts), (site, needle)
            assert needle not in truth, (site, needle)


# --------------------------------------------------------------------------- server lifecycle


def _port_open(base: str) -> bool:
    parts = urlsplit(base)
    with contextlib.closing(socket.socket()) as sock:
        sock.settimeout(1)
        return sock.connect_ex((parts.hostname, parts.port)) == 0


def test_serve_sites_twice_and_close() -> None:
    for _ in range(2):
        with serve_sites(["cdc-joomla", "ttyt-dnn"]) as urls:
            assert set(urls) == {"cdc-joomla", "ttyt-dnn"}
            hosts = {urlsplit(u).hostname for u in urls.values()}
            assert len(hosts) == 2 and all(h.startswith("127.0.0.") for h in hosts)
            assert fetch(urls["cdc-joomla"]).status == 200
        assert not any(_port_open(u) for u in urls.values())
    with pytest.raises(KeyError), serve_sites(["no-such-site"]):
        pass


_PARAM = st.from_regex(r"[a-z]{1,6}", fullmatch=True)


@given(
    params=st.lists(st.tuples(_PARAM, _PARAM), max_size=4, unique_by=lambda kv: kv[0]),
    tracking=st.lists(st.sampled_from(["utm_source=zalo", "utm_campaign=x", "fbclid=abc", "gclid=1"]), max_size=3),
    session=st.booleans(),
)
def test_normalise_ignores_order_tracking_and_session(params: list[tuple[str, str]], tracking: list[str], session: bool) -> None:
    path = "/tin-tuc/bai-viet-1.html"
    query = [f"{k}={v}" for k, v in params if k not in ("fbclid", "gclid")]
    plain = normalise_target(path + ("?" + "&".join(query) if query else ""))
    noisy_path = path + (";jsessionid=0A1B2C" if session else "")
    noisy = "&".join(list(reversed(query)) + tracking)
    assert normalise_target(noisy_path + ("?" + noisy if noisy else "")) == plain
