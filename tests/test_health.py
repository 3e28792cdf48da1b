"""soyte health: flags from crawl_runs, and a site whose layout changed between two runs."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlite_utils
from localserver import QuietHandler, serve

from archive.health import source_health
from archive.schema import ensure_db_shape

PARAGRAPH = ("Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế huyện tổ chức giám sát, "
             "xử lý ổ dịch sốt xuất huyết, phun hóa chất diệt muỗi và hướng dẫn người dân diệt lăng quăng. ")


def run_row(source, day, **counts):
    row = {"source": source, "started": f"2026-11-{day:02d}T01:00:00+00:00",
           "finished": f"2026-11-{day:02d}T01:10:00+00:00", "finish_reason": "finished", "pages_fetched": 20,
           "articles_new": 2, "article_pages": 2, "article_links": 40, "article_candidates": 2, "errors": 0}
    return row | counts


@pytest.fixture
def runs_db():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    return db


def test_healthy_source_has_no_flag(runs_db):
    runs_db["crawl_runs"].insert_all([run_row("a", d) for d in range(1, 10)])
    (health,) = source_health(runs_db, ["a"])
    assert health.flags == [] and health.runs == 9 and health.new_per_run == [2] * 7


def test_failed_last_run_is_flagged(runs_db):
    runs_db["crawl_runs"].insert_all([run_row("a", 1), run_row("a", 2, pages_fetched=3, errors=3)])
    assert "last run failed" in source_health(runs_db, ["a"])[0].flags[0]


def test_yield_fell_to_zero_is_flagged(runs_db):
    rows = [run_row("a", d) for d in range(1, 4)] + [run_row("a", d, articles_new=0) for d in range(4, 11)]
    runs_db["crawl_runs"].insert_all(rows)
    assert source_health(runs_db, ["a"], recent=7)[0].flags == ["no new article in the last 7 runs"]


def test_pages_that_stop_reading_as_articles_are_flagged(runs_db):
    runs_db["crawl_runs"].insert_all([run_row("a", 1), run_row("a", 2, article_candidates=5, article_pages=0)])
    assert "layout changed" in source_health(runs_db, ["a"])[0].flags[0]


def test_never_crawled_source_is_reported_not_flagged(runs_db):
    (health,) = source_health(runs_db, ["new-site"])
    assert health.runs == 0 and not health.flags


class ChangingSite(QuietHandler):
    """Version 1: a listing of real articles. Version 2: the listing links to new
    articles whose pages are now rendered by JavaScript (an empty shell)."""

    version = 1

    def do_GET(self):  # noqa: N802
        body = self._page(self.path).encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def _page(self, path: str) -> str:
        ids = range(1, 5) if self.version == 1 else range(5, 9)
        if path in ("/", "/tin-tuc/"):
            items = "".join(f'<li><a href="/tin-tuc/hoat-dong-phong-chong-dich-benh-so-{i}-10{i}.html">'
                            f"Hoạt động phòng chống dịch bệnh số {i} tại huyện</a> (0{i}/03/2024)</li>" for i in ids)
            return (f'<html><head><title>Tin tức - CDC</title></head><body><ul class="menu"><li>'
                    f'<a href="/tin-tuc/">Tin tức</a></li></ul><h2>Tin tức</h2><ul>{items}</ul></body></html>')
        if not path.startswith("/tin-tuc/hoat-dong"):
            return ""
        n = path.rsplit("-", 1)[1].split(".")[0][-1]
        title = f"Hoạt động phòng chống dịch bệnh số {n} tại huyện"
        if self.version == 2:
            return f'<html><head><title>{title}</title></head><body><div id="app"></div></body></html>'
        return (f'<html><head><title>{title} - CDC</title></head><body><h1 class="title">{title}</h1>'
                f'<div class="date">Ngày đăng: 0{n}/03/2024 08:00</div><div class="content">'
                + "".join(f"<p>Đợt {k} của bài {n}, ngày {k + 10}/3: {PARAGRAPH}</p>" for k in range(4)) + "</div></body></html>")


def test_health_flags_a_site_whose_layout_changed(tmp_path):
    server = serve(ChangingSite)
    sites = tmp_path / "s.toml"
    sites.write_text(f'[[source]]\nname = "changing"\nurl = "{server.base}"\n', "utf-8")
    db = str(tmp_path / "a.db")
    crawl = [sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", db,
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False"]
    health = [sys.executable, "-m", "archive.cli", "health", "--sites", str(sites), "--db", db]
    try:
        assert subprocess.run(crawl, capture_output=True, timeout=120).returncode == 0
        first = subprocess.run(health, capture_output=True, text=True, timeout=60)
        assert first.returncode == 0, first.stdout
        assert sqlite_utils.Database(db)["articles"].count == 4
        ChangingSite.version = 2
        assert subprocess.run(crawl, capture_output=True, timeout=120).returncode == 0
        second = subprocess.run(health, capture_output=True, text=True, timeout=60)
    finally:
        server.stop()
        ChangingSite.version = 1
    assert second.returncode == 1
    assert "FLAG: layout changed?" in second.stdout and "changing" in second.stderr
