"""Archive writes in batches (issue 20): what the extraction workers prepare
gives the rows the writer would make itself, and a crawl killed with a batch
not committed loses only that batch — none of its pages is marked seen or
done, and the next run fetches exactly those again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone

from archive.models import Extracted, FetchedPage, PageKind
from archive.schema import open_archive
from archive.prepared import prepare
from archive.storage import save_page, use_prepared_pairs
from archive_checks import assert_consistent
from bench.fixture_site import FixtureSite, serve, sources_file

TEXT = ("Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận 12 ca mắc sốt xuất huyết trong tuần, tăng 3 ca so với tuần trước; "
        "không có ca tử vong. Ngành y tế khuyến cáo người dân diệt lăng quăng, loại bỏ dụng cụ chứa nước đọng "
        "quanh nhà và đến cơ sở y tế khi có dấu hiệu sốt cao liên tục từ hai đến bảy ngày. ") * 3


def _pages():
    when = datetime(2025, 3, 1, tzinfo=timezone.utc)
    for n, (title, text) in enumerate([("Sốt xuất huyết tăng", TEXT), ("Bản in: sốt xuất huyết tăng", TEXT),
                                       ("Tiêm chủng sởi", TEXT.replace("sốt xuất huyết", "sởi") + " Thêm một câu."),
                                       ("Ngắn", "Một dòng.")]):
        body = f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode()
        page = FetchedPage(url=f"http://example.vn/tin/{n}.html", source=f"s{n % 2}", fetched_at=when, body=body,
                           headers={"Content-Type": "text/html"})
        yield page, Extracted(url=page.url, title=title, published="2025-03-01", text=text,
                              page_kind=PageKind.ARTICLE)


def _rows(db) -> dict:
    tables = {"pages": "SELECT url, article_id, fingerprint, html, title, text, match_reason FROM pages ORDER BY id",
              "articles": "SELECT id, url, title, text, page_count FROM articles ORDER BY id",
              "mentions": "SELECT article_id, disease, kind, cases, deaths, start, [end] FROM mentions ORDER BY id",
              "bands": "SELECT band, hash, page_id FROM minhash_bands ORDER BY band, hash, page_id",
              "signatures": "SELECT page_id, signature FROM minhash_signatures ORDER BY page_id",
              "pairs": "SELECT rowid FROM articles_pairs WHERE articles_pairs MATCH 'sot_xuat' ORDER BY rowid"}
    return {name: db.execute(sql).fetchall() for name, sql in tables.items()}


def test_prepared_saves_what_save_page_computes(tmp_path):
    plain, prepared = open_archive(str(tmp_path / "plain.db")), open_archive(str(tmp_path / "prepared.db"))
    use_prepared_pairs(prepared)
    for page, article in _pages():
        a = save_page(plain, page, article)
        b = save_page(prepared, page, article, prepare(page.body, article))
        assert (a.kind, a.article_id) == (b.kind, b.article_id)
    assert _rows(plain) == _rows(prepared)
    assert _rows(plain)["mentions"] and _rows(plain)["pairs"]


def test_prepared_for_another_text_is_not_used(tmp_path):
    db = open_archive(str(tmp_path / "a.db"))
    page, article = next(_pages())
    stale = prepare(page.body, Extracted(url=page.url, title="Khác", text="Một văn bản khác hẳn."))
    save_page(db, page, article, stale)
    plain = open_archive(str(tmp_path / "b.db"))
    save_page(plain, page, article)
    assert _rows(db) == _rows(plain)


def test_killed_with_a_batch_uncommitted_loses_only_that_batch(tmp_path):
    site = FixtureSite(150)
    server = serve(site)
    sites = sources_file(server, tmp_path / "s.toml")
    db_path = tmp_path / "k.db"
    crawl = [sys.executable, "-m", "archive.cli", "crawl", "--sources", str(sites), "--db", str(db_path),
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
             "-s", "SOYTE_COMMIT_PAGES=40", "-s", "SOYTE_COMMIT_SECONDS=600"]
    try:
        proc = subprocess.Popen(crawl, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while sum(1 for _, status in site.log if status == 200) < 100 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(0.5)
        conn = sqlite3.connect(db_path)
        assert_consistent(conn)
        archived = {url for (url,) in conn.execute("SELECT url FROM pages")}
        seen_articles = {url for (url,) in conn.execute("SELECT url FROM seen_urls WHERE kind = 'article'")}
        # committed in batches of 40 pages: some committed, the last batch not
        assert 0 < len(archived) < 150
        assert seen_articles == archived  # no page marked seen without its row, none archived unseen
        backlog = {url for (url,) in conn.execute("SELECT url FROM crawl_backlog")}
        assert not backlog & archived  # an archived page's link is done
        conn.close()
        site.log.clear()
        final = subprocess.run(crawl, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr[-2000:]
    finally:
        server.stop()
    conn = sqlite3.connect(db_path)
    assert_consistent(conn)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 150
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 150
    again = {path for path, status in site.log if status == 200 and path.startswith("/tin-hoat-dong/")
             and path.endswith(".html")}
    refetched = {url for url in archived if url.split("/", 3)[-1] and "/" + url.split("/", 3)[-1] in again}
    assert not refetched  # nothing committed is fetched again
    assert len(again) == 150 - len(archived)  # exactly the pages not committed
