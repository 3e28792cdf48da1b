"""`soyte browse`: Datasette on an archive crawled from the demo sites, with the
shipped configuration, read over HTTP and driven in a real headless Chromium
(Debian's `chromium`; the browser tests skip without it).

Screenshots are kept as test artefacts in test-artifacts/ at the repository root
(or $SOYTE_TEST_ARTIFACTS)."""

from __future__ import annotations

import json
import re
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import lxml.html
import pytest
import sqlite_utils

from archive.browse import datasette_dir, datasette_metadata, guess_kind, prepare_for_browsing
from archive.errors import ArchiveError
from archive.models import Extracted, FetchedPage
from archive.registry import parse_registry
from archive.schema import open_archive
from archive.storage import save_page, utc_now
from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites

ROOT = Path(__file__).parents[1]
ARTIFACTS = Path(os.environ.get("SOYTE_TEST_ARTIFACTS", ROOT / "test-artifacts"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--lang=vi"]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium); .ci/run installs it")


def soyte(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True,
                          timeout=600, **kwargs)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The demo sites crawled into an archive named like a real one."""
    tmp = tmp_path_factory.mktemp("browse")
    with serve_sites() as bases:
        sites = tmp / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        db_path = tmp / "archive.db"
        crawl = soyte("crawl", "--sites", str(sites), "--db", str(db_path), *FAST)
        assert crawl.returncode == 0, crawl.stderr[-3000:]
    return {"db": db_path, "sites": sites, "tmp": tmp}


@pytest.fixture(scope="module")
def server(archive):
    """`soyte browse` running on 127.0.0.1 and a free port."""
    port = free_port()
    log = open(archive["tmp"] / "browse.log", "w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "archive.cli", "browse", "--db", str(archive["db"]), "--sites",
         str(archive["sites"]), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=5).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"soyte browse did not start:\n{log.read()[-3000:]}")
                time.sleep(0.3)
        yield {"base": base, "articles": f"{base}/archive/articles_browse", "process": process}
    finally:
        process.terminate()  # soyte stops its Datasette child on SIGTERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def with_query(url: str, /, **params) -> str:
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params)


# --- the views and the sources table ---------------------------------------------------------------

REGISTRY = parse_registry("""
[[source]]
name = "ttyt-tambinh"
url = "https://ttyt.tambinh.vn/"
title = "Trung tâm Y tế huyện Tam Bình"
province = "Vĩnh Long"
kind = "ttyt"
""")


def small_archive(path: Path) -> str:
    db = open_archive(str(path))
    for url, source, published in [("https://ttyt.tambinh.vn/a", "ttyt-tambinh", "2024-06-18T16:40:00+07:00"),
                                   ("https://cdc.camau.gov.vn/b", "cdc-camau", "2023-01-02")]:
        save_page(db, FetchedPage(url=url, source=source, fetched_at=utc_now(), body=b"<p>x</p>", province="Cà Mau"),
                  Extracted(url=url, title=f"Tiêu đề {source}", published=published,
                            text=f"Đảng viên {source} tham gia chiến dịch.", page_kind="article"))
    db.close()
    return str(path)


def test_prepare_for_browsing_is_repeatable_and_read_only_archives_still_open(tmp_path):
    path = small_archive(tmp_path / "small.db")
    db = open_archive(path)
    prepare_for_browsing(db, REGISTRY)
    prepare_for_browsing(db, REGISTRY)
    sources = {r["name"]: r for r in db.query("SELECT * FROM sources")}
    assert sources["ttyt-tambinh"]["title"] == "Trung tâm Y tế huyện Tam Bình" and sources["ttyt-tambinh"]["in_registry"]
    assert sources["cdc-camau"]["kind"] == "cdc" and not sources["cdc-camau"]["in_registry"]  # guessed from the name
    rows = {r["source"]: r for r in db.query("SELECT * FROM articles_browse")}
    assert (rows["ttyt-tambinh"]["kind"], rows["ttyt-tambinh"]["year"]) == ("ttyt", "2024")
    assert (rows["cdc-camau"]["kind"], rows["cdc-camau"]["year"]) == ("cdc", "2023")
    assert "html" not in db["pages_browse"].columns_dict
    db.close()

    read_only = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    prepare_for_browsing(read_only, REGISTRY)  # already prepared: browsed as it is
    fresh = small_archive(tmp_path / "fresh.db")
    with pytest.raises(ArchiveError, match="cannot add the browsing views"):
        prepare_for_browsing(sqlite_utils.Database(sqlite3.connect(f"file:{fresh}?mode=ro", uri=True)), REGISTRY)


def test_metadata_follows_the_archive_name():
    metadata = datasette_metadata("demo")
    assert list(metadata["databases"]) == ["demo"]
    assert 'href="/demo/articles_browse"' in metadata["description_html"]
    tables = metadata["databases"]["demo"]["tables"]
    assert tables["articles_browse"]["fts_table"] == "articles_fts" and tables["pages"]["hidden"]


# --- over HTTP: the shipped configuration at work ------------------------------------------------

def test_articles_view_is_faceted_sorted_and_searchable_without_diacritics(server, archive):
    data = get_json(with_query(server["articles"] + ".json", _search="dang vien"))
    titles = [row[data["columns"].index("title")] for row in data["rows"]]
    assert titles and all(isinstance(t, str) for t in titles)
    db = sqlite_utils.Database(archive["db"])
    expected = {r["title"] for r in db.query(
        "SELECT title FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'dang vien')")}
    assert set(titles) == expected
    assert any("Đảng" in t or "ĐẢNG" in t for t in titles)  # "dang" found "Đảng"
    published = [row[data["columns"].index("published")] for row in data["rows"]]
    assert published == sorted(published, reverse=True)
    assert {"province", "source", "kind", "year"} <= set(data["facet_results"])
    assert "search_folded" not in data["columns"] and "text" not in data["columns"]
    # the same search typed with diacritics finds the same articles
    accented = get_json(with_query(server["articles"] + ".json", _search="đảng viên"))
    assert sorted(accented["rows"]) == sorted(data["rows"])


def test_kinds_come_from_the_sources_file(server, archive):
    data = get_json(server["articles"] + ".json?_facet=kind&_size=0")
    kinds = {item["value"] for item in data["facet_results"]["kind"]["results"]}
    assert kinds == {"so-y-te", "cdc", "ttyt", "benh-vien"}
    assert guess_kind("cdc-nghean") == "cdc" and guess_kind("bvdk-tinh") == "benh-vien"
    assert guess_kind("soyte-hanoi") == "so-y-te" and guess_kind("ttyt-tam-binh") == "ttyt"


def test_raw_html_is_hidden_and_canned_queries_answer(server, archive):
    database = get_json(server["base"] + "/archive.json")
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    assert {"pages", "page_versions", "seen_urls"} <= hidden
    pages = get_json(server["base"] + "/archive/pages_browse.json?_size=1")
    assert "html" not in pages["columns"] and "headers" not in pages["columns"]
    db = sqlite_utils.Database(archive["db"])
    story = next(db.query("SELECT id, url FROM articles WHERE page_count > 1 LIMIT 1"))
    rows = get_json(server["base"] + f"/archive/story_pages.json?_shape=array&article_id={story['id']}")
    assert len(rows) > 1 and {r["article_id"] for r in rows} == {story["id"]}
    by_url = get_json(with_query(server["base"] + "/archive/story_pages.json?_shape=array", url=story["url"]))
    assert by_url == rows
    recent = get_json(server["base"] + "/archive/new_articles_by_province.json?_shape=array")
    assert len(recent) == db["articles"].count  # crawled just now
    assert {r["province"] for r in recent} == {r["province"] for r in db.query("SELECT province FROM articles")}
    stopped = get_json(server["base"] + "/archive/stopped_sources.json?_shape=array&days=36500")
    assert stopped == []  # nobody stopped within a century
    assert get_json(server["base"] + "/archive/stopped_sources.json?_shape=array&days=0")  # everyone "stopped" today


def test_a_second_browse_on_a_busy_port_is_one_line(server, archive):
    port = urllib.parse.urlsplit(server["base"]).port
    result = soyte("browse", "--db", str(archive["db"]), "--port", str(port), "--sites", str(archive["sites"]))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: cannot serve on 127.0.0.1:") and "Hint: pass another --port" in result.stderr


# --- in a real browser ------------------------------------------------------------------------------

def chromium(profile: Path, url: str, *, screenshot: Path | None = None, size: str = "1280,1400") -> str:
    args = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    result = subprocess.run([*args, url], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


def check_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, f"{path}: no real screenshot"


@needs_chromium
def test_search_facet_and_read_an_article_in_chromium(server, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path / "chromium-profile"

    # 1. The search box, without diacritics.
    search_url = with_query(server["articles"], _search="sot xuat huyet")
    page = lxml.html.fromstring(chromium(profile, search_url))
    assert set(page.xpath("//input[@name='_search']/@value")) == {"sot xuat huyet"}
    titles = page.xpath("//td[contains(@class, 'col-title')]//a/text()")
    assert any("sốt xuất huyết" in t.lower() for t in titles), titles
    facets = {div.get("data-column"): div for div in page.xpath("//div[contains(@class, 'facet-info')]")}
    assert {"province", "source", "kind", "year"} <= set(facets)

    # 2. Apply a province facet: follow its link, as a click does.
    province_link = facets["province"].xpath(".//ul/li/a")[0]
    province = province_link.text_content().strip()
    faceted_url = province_link.get("href")
    page = lxml.html.fromstring(chromium(profile, faceted_url))
    provinces = page.xpath("//td[contains(@class, 'col-province')]/text()")
    assert provinces and set(p.strip() for p in provinces) == {province}
    assert page.xpath("//div[contains(@class, 'facet-info')]")  # facets still shown
    shot = ARTIFACTS / "browse-search-facet.png"
    chromium(profile, faceted_url, screenshot=shot, size="1280,1500")
    check_png(shot)

    # 3. Open an article: its title links to the readable article page.
    link = page.xpath("//td[contains(@class, 'col-title')]//a")[0]
    title = link.text_content().strip()
    article_url = urllib.parse.urljoin(faceted_url, link.get("href"))
    page = lxml.html.fromstring(chromium(profile, article_url))
    article = page.xpath("//article[contains(@class, 'soyte-article')]")[0]
    assert article.xpath("string(.//h1)").strip() == title
    assert province in article.xpath("string(.//p[@class='meta'])")
    paragraphs = article.xpath(".//div[@class='text']/p/text()")
    assert len(paragraphs) >= 2 and sum(map(len, paragraphs)) > 300
    assert article.xpath(".//a[contains(@href, 'pages_browse?article_id=')]")
    shot = ARTIFACTS / "browse-article.png"
    chromium(profile, article_url, screenshot=shot, size="1280,1100")
    check_png(shot)


@needs_chromium
def test_diacritic_free_search_in_chromium(server, archive, tmp_path):
    page = lxml.html.fromstring(chromium(tmp_path / "profile", with_query(server["articles"], _search="dang vien")))
    found = {int(href.rsplit("/", 1)[1]) for href in page.xpath("//td[contains(@class, 'col-title')]//a/@href")}
    db = sqlite_utils.Database(archive["db"])
    spelled = {r["id"] for r in db.query("SELECT id, title, text FROM articles")
               if "đảng viên" in (r["title"] + "\n" + r["text"]).lower()}
    assert spelled and spelled <= found  # every "đảng viên" article, found by "dang vien"


def browse_page(path: str, query: str) -> str:
    """The articles view as Datasette renders it in-process (no browser, no port)."""
    import asyncio

    from datasette.app import Datasette

    config = datasette_dir()
    ds = Datasette([path], metadata=datasette_metadata(Path(path).stem), template_dir=str(config / "templates"),
                   plugins_dir=str(config / "plugins"))

    async def get() -> str:
        response = await ds.client.get(f"/{Path(path).stem}/articles_browse?{query}")
        assert response.status_code == 200
        return response.text

    return asyncio.run(get())


def test_a_searched_articles_view_shows_why_each_article_matched(tmp_path):
    path = small_archive(tmp_path / "small.db")
    prepare_for_browsing(open_archive(path), REGISTRY, path)
    html = browse_page(path, urllib.parse.urlencode({"_search": "chien dich"}))
    cells = re.findall(r'<td class="col-snippet">(.*?)</td>', html, re.S)
    assert len(cells) == 2
    assert all("<mark>chiến</mark> <mark>dịch</mark>" in cell for cell in cells)
    plain = browse_page(path, "")
    assert "col-snippet" not in plain  # only when searching
    # what people type: punctuation and operators are words, never an error page
    for typed in ("COVID-19", "TP.HCM", "*", "sởi, bạch hầu", "27/2/2025"):
        browse_page(path, urllib.parse.urlencode({"_search": typed}))
