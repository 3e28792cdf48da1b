"""End to end: the demo sites served on 127.0.0.1, crawled by `soyte crawl` from a
sources file that gives each site only a name and a URL, then searched with the
real `sqlite-utils search` command."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import sqlite_utils

from archive.text import clean_text
from archive.urls import canonical_url
from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites, site_info

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json").read_text("utf-8"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "SOYTE_PROGRESS_INTERVAL=1"]


class RequestLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def soyte(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    requests = RequestLog()
    server_log = logging.getLogger("crawler.demo.server")
    server_log.addHandler(requests)
    server_log.setLevel(logging.DEBUG)
    try:
        with serve_sites() as bases:
            sites = tmp / "sites.toml"
            sites.write_text(demo_sources_toml(bases), "utf-8")
            db_path = tmp / "e2e.db"
            first = soyte("crawl", "--sites", str(sites), "--db", str(db_path), *FAST)
            first_requests, requests.lines = requests.lines, []
            second = soyte("crawl", "--sites", str(sites), "--db", str(db_path), *FAST)
            yield {"bases": bases, "db_path": db_path, "first": first, "second": second,
                   "requests": first_requests, "second_requests": requests.lines,
                   "db": sqlite_utils.Database(db_path)}
    finally:
        server_log.removeHandler(requests)


def page_url(bases, site, path):
    insensitive = site_info(site).get("case_insensitive", False)
    return canonical_url(bases[site].rstrip("/") + path, case_insensitive=bool(insensitive))


def pages_by_url(db):
    return {row["url"]: row for row in db.query("SELECT * FROM pages")}


def test_crawl_succeeds_and_reports_progress(crawl):
    assert crawl["first"].returncode == 0, crawl["first"].stderr[-3000:]
    output = crawl["first"].stdout + crawl["first"].stderr
    assert "Traceback" not in output
    assert "new articles" in output  # progress lines per source
    for site in crawl["bases"]:
        assert site in crawl["first"].stdout  # summary table row


def test_every_story_is_one_article_with_all_its_pages(crawl):
    pages = pages_by_url(crawl["db"])
    problems = []
    for story in EXPECTED["stories"]:
        ids = set()
        for p in story["pages"]:
            row = pages.get(page_url(crawl["bases"], p["site"], p["path"]))
            if row is None:
                problems.append(f"{story['id']}: page not archived: {p['site']} {p['path']}")
            else:
                ids.add(row["article_id"])
        if len(ids) > 1:
            problems.append(f"{story['id']}: split over articles {sorted(ids)}")
    assert not problems, "\n".join(problems)
    assert crawl["db"]["articles"].count == len(EXPECTED["stories"])


def test_no_listing_or_other_page_is_archived(crawl):
    pages = pages_by_url(crawl["db"])
    wrong = [f"{n['site']} {n['path']} ({n['why']})" for n in EXPECTED["non_articles"]
             if page_url(crawl["bases"], n["site"], n["path"]) in pages]
    assert not wrong, "\n".join(wrong)
    assert len(pages) == sum(len(s["pages"]) for s in EXPECTED["stories"])


def test_the_crawl_learns_each_sources_template_and_keeps_doubtful_pages(crawl):
    """Every source's template is learned from its own article pages (a
    listing's teasers are the articles' ledes, not furniture) and kept; pages
    judged not an article that have a headline and a long body keep their HTML
    for reextract, and none of them is an archived page."""
    db = crawl["db"]
    templates = {r["source"]: r for r in db.query("SELECT source, pages, lines FROM site_templates")}
    article_pages = dict(db.execute("SELECT source, count(*) FROM pages GROUP BY source").fetchall())
    assert set(templates) == set(article_pages)
    assert all(t["pages"] == article_pages[source] >= 10 and len(json.loads(t["lines"])) > 50
               for source, t in templates.items())
    doubtful = list(db.query("SELECT url, kind, html FROM doubtful_pages"))
    assert doubtful and all(d["kind"] in ("listing", "other") and d["html"] for d in doubtful)
    assert not set(d["url"] for d in doubtful) & set(pages_by_url(db))


def test_titles_dates_and_authors_are_right(crawl):
    pages = pages_by_url(crawl["db"])
    wrong = []
    for story in EXPECTED["stories"]:
        for p in story["pages"]:
            row = pages.get(page_url(crawl["bases"], p["site"], p["path"]))
            if row is None:
                continue
            for field in ("title", "published"):
                if row[field] != p[field]:
                    wrong.append(f"{p['site']} {p['path']}: {field} {row[field]!r} != {p[field]!r}")
    assert not wrong, "\n".join(wrong)


def test_text_is_whole_and_clean(crawl):
    pages = pages_by_url(crawl["db"])
    problems = []
    for story in EXPECTED["stories"]:
        for p in story["pages"]:
            row = pages.get(page_url(crawl["bases"], p["site"], p["path"]))
            if row is None:
                continue
            text = clean_text(row["text"]).replace("\n", " ")
            problems += [f"{p['path']}: missing {s[:50]!r}" for s in story["must_contain"]
                         if clean_text(s) not in text]
            problems += [f"{p['path']}: leaks {b!r}" for b in EXPECTED["boilerplate"][p["site"]] if b in row["text"]]
    assert not problems, "\n".join(problems[:40])


def test_robots_txt_is_obeyed(crawl):
    fetched = "\n".join(crawl["requests"])
    for item in EXPECTED["robots_disallowed"]:
        assert f"GET {item['path'].split('?')[0]}" not in fetched, item


def test_calendar_trap_ends(crawl):
    calendar_hits = [line for line in crawl["requests"] if "lich-cong-tac" in line.lower()]
    assert len(calendar_hits) <= 3 * len(crawl["bases"])


def test_second_crawl_adds_no_article(crawl):
    assert crawl["second"].returncode == 0, crawl["second"].stderr[-2000:]
    assert "Traceback" not in crawl["second"].stderr
    db = crawl["db"]
    assert db["articles"].count == len(EXPECTED["stories"])
    runs = list(db.query("SELECT source, articles_new FROM crawl_runs ORDER BY id"))
    assert len(runs) == 2 * len(crawl["bases"])
    assert all(r["articles_new"] == 0 for r in runs[len(crawl["bases"]):])


def test_second_crawl_downloads_no_known_article_and_far_fewer_pages(crawl):
    article_paths = {p["path"].split("?")[0].lower() for s in EXPECTED["stories"] for p in s["pages"]}
    downloaded_again = [line for line in crawl["second_requests"]
                        if '" 200 ' in line and line.split()[2].split("?")[0].lower() in article_paths]
    assert not downloaded_again, downloaded_again[:5]
    full = [line for line in crawl["second_requests"] if '" 200 ' in line]
    assert len(full) <= 0.3 * len(crawl["requests"]), (len(full), len(crawl["requests"]))


def test_fts_index_agrees_with_articles(crawl):
    db = crawl["db"]
    db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _sqlite_utils_search(db_path, query):
    out = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", str(db_path), "articles", query,
                          "-c", "id", "-c", "title", "-c", "page_count"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_sqlite_utils_search_finds_cross_site_copies_once(crawl):
    copied = [s for s in EXPECTED["stories"] if any(p["role"] == "copy" for p in s["pages"])]
    assert len(copied) >= 4
    for story in copied:
        phrase = " ".join(story["must_contain"][0].split()[:6]).replace('"', "")
        rows = _sqlite_utils_search(crawl["db_path"], f'"{phrase}"')
        assert len(rows) == 1, (phrase, rows)
        assert rows[0]["page_count"] >= 2


def test_sqlite_utils_search_without_diacritics(crawl):
    for typed in ("dang vien", '"tiem chung"', '"sot xuat huyet"'):
        rows = _sqlite_utils_search(crawl["db_path"], typed)
        assert rows, typed


def test_soyte_search_filters(crawl):
    result = soyte("search", "--db", str(crawl["db_path"]), "y tế", "--json", "--limit", "100")
    rows = json.loads(result.stdout)
    assert rows and [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)
    by_source = defaultdict(int)
    for row in rows:
        by_source[row["source"]] += 1
    some_source = next(iter(by_source))
    filtered = json.loads(soyte("search", "--db", str(crawl["db_path"]), "y tế", "--json", "--limit", "100",
                                "--source", some_source).stdout)
    assert {r["source"] for r in filtered} == {some_source}


def test_scrapy_crawl_health_from_the_repository_root(tmp_path):
    root = Path(__file__).parents[1]
    with serve_sites(["cdc-joomla"]) as bases:
        sites = tmp_path / "one.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        db_path = tmp_path / "scrapy.db"
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "health", "-a", "source=cdc-joomla", "-a", f"sites={sites}",
             "-s", f"SOYTE_ARCHIVE={db_path}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    expected = {p["path"] for s in EXPECTED["stories"] for p in s["pages"] if p["site"] == "cdc-joomla"}
    db = sqlite_utils.Database(db_path)
    assert db["pages"].count == len(expected)
    assert "done: cdc-joomla" in result.stderr
