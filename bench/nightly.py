"""How cheap is a nightly run on a site that did not change?

Serves a fixture site of N articles (NukeViet-like markup, realistic text
recombined from the demo stories; ETag and 304 like most real servers) on
127.0.0.1, crawls it twice into a fresh archive, and prints the requests of each
run, their ratio (target: second <= 10 % of first) and the article pages
downloaded again (target: 0). Then the same on the bundled demo sites.

    python bench/nightly.py [--articles 300]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.demo.run import demo_sources_toml  # noqa: E402
from crawler.demo.server import serve_sites  # noqa: E402

PER_PAGE = 20
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "SOYTE_MAX_PAGES=20000"]


def demo_paragraphs() -> list[str]:
    paragraphs = []
    for stories in (ROOT / "crawler" / "demo" / "sites").glob("*/stories.txt"):
        for block in stories.read_text("utf-8").split("\n\n"):
            block = block.strip()
            if len(block) > 200 and not block.startswith(("#", "=", "!", "|", "~")) and ":" not in block[:12]:
                paragraphs.append(block)
    return paragraphs


class FixtureSite:
    def __init__(self, articles: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        paragraphs = demo_paragraphs()
        self.articles = []
        for n in range(articles, 0, -1):
            body = rng.sample(paragraphs, 4)
            title = " ".join(body[0].split()[:9]).rstrip(",.;:") + f" (đợt {n})"
            self.articles.append((n, title, body, f"{(n % 28) + 1:02d}/{(n % 12) + 1:02d}/2024"))
        self.log: list[tuple[str, int]] = []

    def slug(self, n: int, title: str) -> str:
        from archive.text import slugify
        return f"/tin-hoat-dong/{slugify(title)[:60]}-{n}.html"

    def page(self, path: str) -> str | None:
        if path in ("/", "/tin-hoat-dong/"):
            return self.listing(1)
        match = re.fullmatch(r"/tin-hoat-dong/page-(\d+)", path)
        if match:
            return self.listing(int(match.group(1)))
        if path in ("/gioi-thieu", "/lien-he"):
            return self.shell("Giới thiệu", "<p>Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị sự nghiệp y tế.</p>")
        for n, title, body, date in self.articles:
            if path == self.slug(n, title):
                text = "".join(f"<p>{p}</p>" for p in body)
                return self.shell(title, f'<h1 class="title" itemprop="headline">{title}</h1>'
                                         f'<span class="time">{date} 08:00</span><div id="news-bodyhtml">{text}</div>')
        return None

    def listing(self, number: int) -> str | None:
        chunk = self.articles[(number - 1) * PER_PAGE: number * PER_PAGE]
        if not chunk:
            return None
        items = "".join(f'<div class="item"><h3><a href="{self.slug(n, t)}">{t}</a></h3>'
                        f'<span class="time">{d}</span></div>' for n, t, _, d in chunk)
        pages = len(self.articles) // PER_PAGE + 1
        pager = "".join(f'<a href="/tin-hoat-dong/page-{k}">{k}</a> ' for k in range(1, pages + 1))
        return self.shell("Tin hoạt động", f"<h2>Tin hoạt động</h2>{items}<div class='pagination'>{pager}</div>")

    @staticmethod
    def shell(title: str, main: str) -> str:
        return (f"<html><head><meta charset='utf-8'><title>{title} - CDC</title></head><body>"
                "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
                "<li><a href='/tin-hoat-dong/'>Tin hoạt động</a></li><li><a href='/lien-he'>Liên hệ</a></li></ul>"
                f"<div class='main'>{main}</div><div class='footer'>ĐT: 0238.3844.222</div></body></html>")


def serve(site: FixtureSite) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            html = site.page(self.path.split("?")[0])
            if html is None:
                site.log.append((self.path, 404))
                self.send_response(404)
                self.end_headers()
                return
            body = html.encode()
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            if self.headers.get("If-None-Match") == etag:
                site.log.append((self.path, 304))
                self.send_response(304)
                self.end_headers()
                return
            site.log.append((self.path, 200))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def crawl(sites: Path, db: Path) -> None:
    subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", str(db), *FAST,
                    "-s", "LOG_LEVEL=WARNING"], check=True, capture_output=True, cwd=ROOT)


def fixture_site_figures(articles: int, tmp: Path) -> None:
    site = FixtureSite(articles)
    server = serve(site)
    sites = tmp / "fixture.toml"
    sites.write_text(f'[[source]]\nname = "fixture"\nurl = "http://127.0.0.1:{server.server_address[1]}/"\n')
    try:
        crawl(sites, tmp / "fixture.db")
        first, site.log = site.log, []
        crawl(sites, tmp / "fixture.db")
        second = site.log
    finally:
        server.shutdown()
    article_paths = {site.slug(n, t) for n, t, _, _ in site.articles}
    again = sum(1 for path, status in second if path in article_paths and status == 200)
    report(f"fixture site, {articles} articles", len(first), len(second),
           sum(1 for _, s in second if s == 304), again)


def demo_sites_figures(tmp: Path) -> None:
    import logging

    class Capture(logging.Handler):
        lines: list[str] = []

        def emit(self, record):
            self.lines.append(record.getMessage())

    capture = Capture()
    logger = logging.getLogger("crawler.demo.server")
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    with serve_sites() as bases:
        sites = tmp / "demo.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        crawl(sites, tmp / "demo.db")
        first, capture.lines = [line for line in capture.lines if '"GET' in line], []
        crawl(sites, tmp / "demo.db")
        second = [line for line in capture.lines if '"GET' in line]
    report("bundled demo sites (5 small sites)", len(first), len(second),
           sum(1 for line in second if '" 304 ' in line), None)


def report(name: str, first: int, second: int, not_modified: int, again: int | None) -> None:
    print(f"{name}:")
    print(f"  requests, first run      {first:6}")
    print(f"  requests, second run     {second:6}   ({second / first:.1%} of the first; target <= 10 %)")
    print(f"    of which 304 answers   {not_modified:6}")
    if again is not None:
        print(f"  article pages downloaded again: {again}   (target 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fixture_site_figures(args.articles, Path(tmp))
        demo_sites_figures(Path(tmp))


if __name__ == "__main__":
    main()
