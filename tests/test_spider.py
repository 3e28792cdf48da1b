"""The news spider against HtmlResponse objects built from the demo sites' files."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.demo.server import _load
from crawler.discovery import ARTICLE, PAGINATION, TRAP
from archive.models import FetchedPage
from crawler.spiders.health import HealthSpider
from crawler.spiders.news import NewsSpider

BASE = "http://127.0.0.1:8000"


@pytest.fixture
def spider(tmp_path):
    sites = tmp_path / "s.toml"
    sites.write_text(f'[[source]]\nname = "demo"\nurl = "{BASE}/"\n', "utf-8")
    crawler = get_crawler(NewsSpider, {"SOYTE_MAX_PAGES": 5000, "SOYTE_MAX_DEPTH": 5, "SOYTE_TRAP_DEPTH": 1,
                                       "SOYTE_EMPTY_PAGES": 1})
    return NewsSpider.from_crawler(crawler, source="demo", sites=str(sites))


def response(site: str, path: str, meta: dict | None = None, cls=HtmlResponse):
    store = _load(site)
    route = store.lookup(path)
    body = store.read(route).replace(b"{{BASE_URL}}", BASE.encode())
    request = Request(BASE + path, meta=meta or {"soyte_kind": "listing", "soyte_hops": 0})
    return cls(url=BASE + path, body=body, request=request,
               headers={"Content-Type": route.get("content_type", "text/html")})


def run(spider, resp):
    out = list(spider.parse(resp))
    return [o for o in out if isinstance(o, FetchedPage)], [o for o in out if isinstance(o, Request)]


def test_listing_yields_its_page_and_follows_articles_and_pagination(spider):
    items, requests = run(spider, response("cdc-nukeviet", "/tin-hoat-dong/"))
    assert len(items) == 1 and items[0].url == f"{BASE}/tin-hoat-dong/"
    requests = [r for r in requests if "soyte_kind" in r.meta]  # not the feed requests
    kinds = {r.url: r.meta["soyte_kind"] for r in requests}
    assert any(k == PAGINATION and "page-2" in u for u, k in kinds.items())
    articles = [u for u, k in kinds.items() if k == ARTICLE]
    assert len(articles) >= 4 and all(u.endswith(".html") for u in articles)
    assert not any("tim-kiem" in u or "facebook" in u for u in kinds)
    # articles first, then pagination, listings, and traps last
    by_kind = {r.meta["soyte_kind"]: r.priority for r in requests}
    assert by_kind[ARTICLE] > by_kind[PAGINATION] > by_kind.get(TRAP, -100)


def test_feeds_announced_in_the_head_are_fetched(spider):
    _, requests = run(spider, response("cdc-nukeviet", "/"))
    assert any(r.url.endswith("/rss/") and r.callback == spider.parse_feed for r in requests)


def test_rss_entries_become_article_requests(spider):
    store = _load("cdc-nukeviet")
    body = store.read(store.lookup("/rss/")).replace(b"{{BASE_URL}}", BASE.encode())
    feed = XmlResponse(url=f"{BASE}/rss/", body=body)
    requests = list(spider.parse_feed(feed))
    assert len(requests) >= 8 and all(r.meta["soyte_kind"] == ARTICLE for r in requests)


def test_calendar_trap_is_entered_once_and_no_further(spider):
    _, requests = run(spider, response("soyte-liferay", "/"))
    traps = [r for r in requests if r.meta["soyte_kind"] == TRAP]
    assert traps and all(r.meta["soyte_trap"] == 1 for r in traps)
    _, deeper = run(spider, response("soyte-liferay", "/lich-cong-tac", meta=traps[0].meta))
    assert not [r for r in deeper if r.meta["soyte_kind"] == TRAP]


def test_links_are_canonical_and_never_repeated(spider):
    _, first = run(spider, response("soyte-liferay", "/tin-tuc-su-kien"))
    assert not any(";jsessionid" in r.url or "_redirect" in r.url for r in first)
    _, again = run(spider, response("soyte-liferay", "/tin-tuc-su-kien"))
    assert not again


def test_iis_server_header_makes_urls_case_insensitive(spider):
    resp = response("ttyt-dnn", "/Default.aspx?tabid=144")
    resp = resp.replace(headers={"Content-Type": "text/html; charset=utf-8", "Server": "Microsoft-IIS/8.5"})
    items, requests = run(spider, resp)
    assert spider.judge.case_insensitive
    keys = [r.meta["soyte_key"] for r in requests if "soyte_key" in r.meta]
    assert keys and all(k == k.lower() for k in keys)  # the key folds case…
    assert any(r.url != r.url.lower() for r in requests)  # …the request asks for the URL as linked


def test_page_bound_stops_new_requests_and_keeps_the_rest(spider):
    spider.max_pages = 3
    _, requests = run(spider, response("cdc-nukeviet", "/tin-hoat-dong/"))
    assert spider.requested <= 3 and len(requests) <= 3
    assert spider.capped and spider.crawler.stats.get_value("soyte/deferred") > 0
    # every link the spider wanted is in its outbox (the backlog), fetched now or not
    kept = {link.url for link in spider.outbox.links}
    assert {r.meta["soyte_key"] for r in requests if "soyte_key" in r.meta} <= kept
    assert len(kept) > len(requests)


def test_health_is_the_news_spider_under_its_older_name():
    from scrapy.spiderloader import SpiderLoader
    from scrapy.settings import Settings

    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["crawler.spiders"]}))
    assert set(loader.list()) == {"news", "health"}
    assert loader.load("news") is NewsSpider and issubclass(loader.load("health"), NewsSpider)
    assert HealthSpider.name == "health"


def test_links_are_fetched_as_written_and_known_by_their_canonical_form(spider):
    html = ('<html><body><a href="/Default.aspx?tabid=144&amp;ArticleID=12&amp;mid=507#top">Hội nghị tổng kết '
            'công tác y tế năm 2024 của huyện</a> <a href="/Default.aspx?ArticleID=12&amp;tabid=144&amp;mid=507">'
            'Hội nghị tổng kết công tác y tế năm 2024</a> <a href="/tin;jsessionid=AB12?p_p_id=101&amp;'
            '_101_redirect=%2Fx&amp;z=1&amp;a=2">Tin tức</a></body></html>')
    resp = HtmlResponse(url=f"{BASE}/Default.aspx?tabid=144", body=html.encode(), encoding="utf-8",
                        request=Request(f"{BASE}/Default.aspx?tabid=144", meta={"soyte_kind": "listing"}))
    _, requests = run(spider, resp)
    by_key = {r.meta["soyte_key"]: r.url for r in requests}
    assert by_key[f"{BASE}/Default.aspx?ArticleID=12&mid=507&tabid=144"] == \
        f"{BASE}/Default.aspx?tabid=144&ArticleID=12&mid=507"  # one request for the page linked two ways
    assert by_key[f"{BASE}/tin?a=2&p_p_id=101&z=1"] == f"{BASE}/tin?p_p_id=101&z=1&a=2"  # session, _redirect gone
    assert len(requests) == 2


def test_the_run_keeps_validators_only_where_they_change_the_archive(spider):
    """Every page's validators are held until the run finishes: a page that
    sends none and had none adds nothing to hold; one that had some has them
    cleared; one that sends some keeps them."""
    from archive.seen import SeenUrl
    from crawler.incremental import RunMemory

    spider.memory = RunMemory({BASE + "/had-etag": SeenUrl("article", '"v1"', None)})

    def fetched(path: str, headers: dict) -> None:
        spider._item(HtmlResponse(url=BASE + path, body=b"<html><body><p>x</p></body></html>", headers=headers,
                                  request=Request(BASE + path, meta={"soyte_kind": "article"})))

    fetched("/dynamic", {})
    fetched("/had-etag", {})
    fetched("/static", {"ETag": '"v2"', "Last-Modified": "Tue, 01 Dec 2026 08:00:00 GMT"})
    assert spider.validators == {BASE + "/had-etag": (None, None),
                                 BASE + "/static": ('"v2"', "Tue, 01 Dec 2026 08:00:00 GMT")}
