"""Issue 14, nothing lost silently: one fixture site per class of site that used
to lose articles without a word (tests/lostsites.py), each crawled by name and
URL only; and `soyte health` (and the crawl's end-of-run table) saying so
whenever something is still lost."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from archive.backlog import backoff, failure_class
from archive.health import health_lines, source_health
from archive.schema import ensure_db_shape

sys.path.insert(0, str(Path(__file__).parent))
from lostsites import BigSite, BrokenLinksSite, DeadArticlesSite, LiteralQuerySite, MisjudgedSite  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "SOYTE_EXTRACT_WORKERS=0"]


def crawl(site, name: str, tmp: Path, *extra: str, clean: bool = True) -> subprocess.CompletedProcess:
    """`clean`: no traceback. Not for sites linking a host that refuses: Scrapy's
    robots.txt middleware logs that refusal with a traceback (left alone)."""
    sources = tmp / f"{name}.toml"
    sources.write_text(site.sources_toml(name), "utf-8")
    result = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sources", str(sources),
                             "--db", str(tmp / f"{name}.db"), *FAST, *extra],
                            capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert not clean or "Traceback" not in result.stderr
    return result


def health(tmp: Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive.cli", "health", "--db", str(tmp / f"{name}.db"),
                           "--sources", str(tmp / f"{name}.toml")], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)


def report(tmp: Path, name: str):
    db = sqlite_utils.Database(tmp / f"{name}.db")
    try:
        (h,) = source_health(db, [name], only=True)
        return h
    finally:
        db.close()


def count(tmp: Path, name: str, sql: str) -> int:
    conn = sqlite3.connect(tmp / f"{name}.db")
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


# --------------------------------------------------------------------------- 1. fetch URLs as linked


def test_a_site_that_answers_only_the_literal_query_string_gives_every_article(tmp_path):
    with LiteralQuerySite() as site:
        crawl(site, "ttyt-literal", tmp_path)
    assert count(tmp_path, "ttyt-literal", "SELECT count(*) FROM articles") == len(site.articles)
    assert [t for t, s in site.hits if s == 404] == []
    # the sidebar links each of the newest articles with its parameters in another order: fetched once
    per_article = Counter(t.split("ArticleID=")[1].split("&")[0] for t in site.strict_article_hits())
    assert sorted(per_article) == sorted(str(a.n) for a in site.articles) and set(per_article.values()) == {1}
    conn = sqlite3.connect(tmp_path / "ttyt-literal.db")
    titles = {row[0] for row in conn.execute("SELECT title FROM articles")}
    assert titles == {a.title for a in site.articles}
    assert health(tmp_path, "ttyt-literal").returncode == 0


@pytest.mark.parametrize("spider", ["news", "health"])
def test_scrapy_crawl_by_either_name(tmp_path, spider):
    with LiteralQuerySite(count=6) as site:
        sources = tmp_path / "s.toml"
        sources.write_text(site.sources_toml("ttyt-literal"), "utf-8")
        result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, "-a", "source=ttyt-literal",
                                 "-a", f"sites={sources}", "-s", f"SOYTE_ARCHIVE={tmp_path / 'a.db'}", *FAST],
                                capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    assert conn.execute("SELECT finish_reason, frontier FROM crawl_runs").fetchall() == [("finished", 1)]


# --------------------------------------------------------------------------- 2. the page cap never cuts a site for ever


def test_a_site_larger_than_the_cap_is_completed_by_later_runs(tmp_path):
    cap = 50
    fetched: Counter[str] = Counter()
    reasons = []
    with BigSite(count=110) as site:
        for run in range(1, 5):
            result = crawl(site, "soyte-big", tmp_path, "-s", f"SOYTE_MAX_PAGES={cap}")
            hits = site.take_hits()
            assert len(hits) <= cap, run  # robots.txt included
            fetched.update(t.split("?")[0] for t, s in hits if "/view_content/" in t and s == 200)
            reasons.append(count(tmp_path, "soyte-big", "SELECT finish_reason FROM crawl_runs ORDER BY id DESC"))
            h = report(tmp_path, "soyte-big")
            if reasons[-1] == "page_cap":
                assert any(f.startswith("backlog: ") for f in h.flags), h.flags
                assert "FLAG: backlog:" in result.stdout  # the crawl's end-of-run table says so too
            if count(tmp_path, "soyte-big", "SELECT count(*) FROM articles") == len(site.articles):
                break
    assert reasons[0] == "page_cap" and reasons[-1] == "finished" and len(reasons) <= 4, reasons
    assert len(fetched) == len(site.articles) and set(fetched.values()) == {1}  # no article twice
    assert count(tmp_path, "soyte-big", "SELECT count(*) FROM crawl_backlog") == 0
    assert report(tmp_path, "soyte-big").flags == []
    # session ids and _redirect= never reached the archive's keys
    assert count(tmp_path, "soyte-big", "SELECT count(*) FROM seen_urls WHERE url LIKE '%jsessionid%' "
                                        "OR url LIKE '%redirect%'") == 0


# --------------------------------------------------------------------------- 3. dead links and redirects are remembered


def test_slash_redirects_and_dead_links_are_remembered(tmp_path):
    with BrokenLinksSite(count=40) as site:
        crawl(site, "bv-broken", tmp_path, clean=False)
        first = site.take_hits()
        crawl(site, "bv-broken", tmp_path, clean=False)
        second = site.take_hits()
        assert count(tmp_path, "bv-broken", "SELECT count(*) FROM articles") == len(site.articles)
        assert len(second) <= 0.10 * len(first), (len(first), second)
        assert not [t for t, s in second if s in (301, 404)]
        assert count(tmp_path, "bv-broken", "SELECT count(*) FROM url_redirects") >= len(site.articles)
        dead = dict(sqlite3.connect(tmp_path / "bv-broken.db").execute(
            "SELECT error, count(*) FROM url_failures GROUP BY error").fetchall())
        assert dead == {"http_404": 20, "DownloadConnectionRefusedError": 10}
        h = report(tmp_path, "bv-broken")
        assert h.flags == [] and sum(h.dead_links.values()) == 30  # a third of the links: reported, not flagged
        assert "30 dead article links remembered" in "\n".join(health_lines([h]))

        # Days later the back-off has ended: the dead links are asked once more, and wait longer next time.
        conn = sqlite3.connect(tmp_path / "bv-broken.db")
        with conn:
            conn.execute("UPDATE url_failures SET retry_after = '2000-01-01T00:00:00+00:00'")
        conn.close()
        crawl(site, "bv-broken", tmp_path, clean=False)
        third = site.take_hits()
    assert len([t for t, s in third if s == 404]) == 20
    conn = sqlite3.connect(tmp_path / "bv-broken.db")
    rows = conn.execute("SELECT attempts, retry_after, last_failed FROM url_failures WHERE error = 'http_404'").fetchall()
    assert {r[0] for r in rows} == {2}
    waits = {datetime.fromisoformat(r[1]) - datetime.fromisoformat(r[2]) for r in rows}
    assert waits == {timedelta(days=14)}


def test_backoff_grows_and_transient_failures_come_back_sooner():
    assert failure_class("http_404") == failure_class("http_410") == "gone"
    assert failure_class("http_503") == failure_class("DownloadTimeoutError") == "transient"
    assert failure_class("DownloadConnectionRefusedError") == "unreachable"
    assert backoff("http_404", 1) == timedelta(days=7) and backoff("http_404", 2) == timedelta(days=14)
    assert backoff("http_404", 30) == timedelta(days=180)
    assert backoff("http_503", 1) == timedelta(hours=6) < backoff("DownloadConnectionRefusedError", 1)


# --------------------------------------------------------------------------- 4. soyte health notices


def test_a_source_that_never_yields_an_article_is_flagged(tmp_path):
    with DeadArticlesSite() as site:
        first = crawl(site, "cdc-dead", tmp_path, clean=False)
        out = health(tmp_path, "cdc-dead")
        assert len([t for t, s in site.take_hits() if s == 404]) >= 9
        crawl(site, "cdc-dead", tmp_path, clean=False)
        again = site.take_hits()
    assert "FLAG: no article archived yet" in first.stdout
    assert out.returncode == 1
    assert "no article archived yet" in out.stdout and "most article links fail: 12 of 12" in out.stdout
    assert not [t for t, s in again if s == 404 and t != "/robots.txt"]  # the dead links are remembered…
    flags = report(tmp_path, "cdc-dead").flags
    assert any(f.startswith("most article links fail") for f in flags)  # …and still flagged


def test_article_like_pages_that_do_not_read_as_articles_are_flagged(tmp_path):
    with MisjudgedSite() as site:
        result = crawl(site, "bv-notices", tmp_path)
    notices = sum(site.is_notice(a) for a in site.articles)
    assert count(tmp_path, "bv-notices", "SELECT count(*) FROM articles") == len(site.articles) - notices
    (flag,) = report(tmp_path, "bv-notices").flags
    assert flag.startswith(f"{notices} of {len(site.articles)} pages linked as articles did not read as one")
    assert "FLAG: " + flag in result.stdout
    assert health(tmp_path, "bv-notices").returncode == 1


def test_pages_that_say_they_are_no_article_are_told_from_misread_ones():
    from archive.extraction import extract

    shell = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>{body}</div>"
             "</body></html>")
    contact = extract(shell.format(title="Liên hệ", body="<p>Địa chỉ: số 1 Trần Phú. Điện thoại: 0270 3822 222.</p>"),
                      "http://bv.example.vn/tin-tuc/lien-he.html")
    missing = extract(shell.format(title="Không tìm thấy trang", body="<p>Trang bạn yêu cầu không tồn tại.</p>"),
                      "http://bv.example.vn/tin-tuc/bai-cu.html")
    notice = extract(shell.format(title="Thông báo tuyển dụng viên chức năm 2024",
                                  body="<p>Xem tệp đính kèm.</p>"), "http://bv.example.vn/tin-tuc/tuyen-dung.html")
    assert contact.says_it_is_no_article and missing.says_it_is_no_article
    assert not notice.is_article and not notice.says_it_is_no_article  # a misreading to flag


def test_health_reports_the_sources_the_archive_holds():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    db["crawl_runs"].insert({"source": "a", "started": "2026-11-01T01:00:00+00:00",
                             "finished": "2026-11-01T01:10:00+00:00", "finish_reason": "finished",
                             "pages_fetched": 5, "articles_new": 2, "article_pages": 2, "article_links": 4})
    db["crawl_backlog"].insert({"source": "b", "url": "http://b.vn/x", "fetch_url": "http://b.vn/x",
                                "kind": "pagination", "added": "2026-11-01T01:00:00+00:00"})
    assert [h.source for h in source_health(db)] == ["a", "b"]
    assert [h.source for h in source_health(db, ["c"])] == ["c", "a", "b"]
    assert [h.source for h in source_health(db, ["c"], only=True)] == ["c"]
    lines = health_lines(source_health(db, ["c"]))
    assert lines[1].startswith("c ") and lines[1].endswith("not crawled yet")
    assert lines[2].endswith("  ok")


def test_each_source_counts_only_its_own_error_lines():
    from scrapy.utils.test import get_crawler

    from crawler.progress import SourceErrors, run_counts

    class Named:
        def __init__(self, name):
            self.name = name

    one, two = get_crawler(), get_crawler()
    one.spider, two.spider = Named("one"), Named("two")
    handlers = [SourceErrors.from_crawler(c) for c in (one, two)]
    try:
        logging.getLogger("crawler.pipelines").error("disk full", extra={"spider": one.spider})
        logging.getLogger("scrapy.core.scraper").error("Spider error", extra={"spider": one.spider})
        logging.getLogger("elsewhere").error("no spider")
    finally:
        for h in handlers:
            h.engine_stopped()
    assert run_counts(one.stats.get_stats())["errors"] == 2
    assert run_counts(two.stats.get_stats())["errors"] == 0
