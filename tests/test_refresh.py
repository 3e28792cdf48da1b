"""soyte crawl --refresh: known articles fetched again; a corrected text becomes
the article's text and the earlier one is kept in page_versions."""

from __future__ import annotations

import subprocess
import sys

import sqlite_utils
from localserver import QuietHandler, serve

BODY = ("Trung tâm Y tế huyện tổ chức tiêm chủng mở rộng cho {n} trẻ em tại {k} điểm tiêm, "
        "bảo đảm an toàn tiêm chủng và theo dõi sau tiêm theo đúng quy định của Bộ Y tế.")


class CorrectedSite(QuietHandler):
    corrected = False

    def do_GET(self):  # noqa: N802
        if self.path == "/":
            html = ('<html><head><title>Tin tức</title></head><body><h2>Tin tức</h2><ul>'
                    '<li><a href="/tin-tuc/tiem-chung-mo-rong-cho-tre-em-toan-huyen-101.html">'
                    'Tiêm chủng mở rộng cho trẻ em toàn huyện năm 2024</a> (05/03/2024)</li></ul></body></html>')
        elif self.path.startswith("/tin-tuc/tiem-chung"):
            n = 1250 if self.corrected else 1205  # a fixed typo in a figure
            paragraphs = "".join(f"<p>Đợt {k}: {BODY.format(n=n + k, k=k + 3)}</p>" for k in range(4))
            html = ('<html><head><title>Tiêm chủng mở rộng cho trẻ em toàn huyện năm 2024</title></head><body>'
                    '<h1 class="title">Tiêm chủng mở rộng cho trẻ em toàn huyện năm 2024</h1>'
                    f'<div class="date">Ngày đăng: 05/03/2024 08:00</div>{paragraphs}</body></html>')
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(html.encode())


def test_refresh_keeps_the_earlier_version(tmp_path):
    server = serve(CorrectedSite)
    sites = tmp_path / "s.toml"
    sites.write_text(f'[[source]]\nname = "ttyt"\nurl = "{server.base}"\n', "utf-8")
    db_path = str(tmp_path / "a.db")
    crawl = [sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", db_path,
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False"]
    try:
        assert subprocess.run(crawl, capture_output=True, timeout=120).returncode == 0
        CorrectedSite.corrected = True
        assert subprocess.run(crawl, capture_output=True, timeout=120).returncode == 0  # no refresh: not refetched
        db = sqlite_utils.Database(db_path)
        assert "1205" in next(db.query("SELECT text FROM articles"))["text"]
        assert subprocess.run(crawl + ["--refresh"], capture_output=True, timeout=120).returncode == 0
    finally:
        server.stop()
        CorrectedSite.corrected = False
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 1
    assert "1250" in next(db.query("SELECT text FROM articles"))["text"]
    (old,) = list(db.query("SELECT text FROM page_versions"))
    assert "1205" in old["text"]
