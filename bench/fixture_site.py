"""A fixture site of N articles for the benchmarks, served on 127.0.0.1.

NukeViet-like markup, realistic text recombined from the demo stories, ETag and
304 answers like most real servers, and a log of every request it answered.
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from archive.text import slugify
from tests.localserver import LocalServer, QuietHandler, serve as serve_handler

ROOT = Path(__file__).resolve().parents[1]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "SOYTE_MAX_PAGES=20000"]

PER_PAGE = 20
PAGERS = ("window", "all")
WINDOW = 2  # listing pages shown each side of the current one (5 in all)


def demo_paragraphs() -> list[str]:
    paragraphs = []
    for stories in (ROOT / "crawler" / "demo" / "sites").glob("*/stories.txt"):
        for block in stories.read_text("utf-8").split("\n\n"):
            block = block.strip()
            if len(block) > 200 and not block.startswith(("#", "=", "!", "|", "~")) and ":" not in block[:12]:
                paragraphs.append(block)
    return paragraphs


class FixtureSite:
    def __init__(self, articles: int, seed: int = 7, pager: str = "all") -> None:
        # pager "window": what a NukeViet pager shows (first, last, the pages
        # around the current one, previous/next), so a listing's links do not
        # grow with the site; "all": every listing page links every other
        # (the fixture before issue 20's flatness work, kept reproducible).
        if pager not in PAGERS:
            raise ValueError(f"pager: one of {', '.join(PAGERS)}")
        self.pager = pager
        rng = random.Random(seed)
        paragraphs = demo_paragraphs()
        self.articles = []
        for n in range(articles, 0, -1):
            body = rng.sample(paragraphs, 4)
            title = " ".join(body[0].split()[:9]).rstrip(",.;:") + f" (đợt {n})"
            self.articles.append((n, title, body, f"{(n % 28) + 1:02d}/{(n % 12) + 1:02d}/2024"))
        self.log: list[tuple[str, int]] = []
        self.by_path = {self.slug(n, t): (n, t, b, d) for n, t, b, d in self.articles}

    def slug(self, n: int, title: str) -> str:
        return f"/tin-hoat-dong/{slugify(title)[:60]}-{n}.html"

    def page(self, path: str) -> str | None:
        if path in ("/", "/tin-hoat-dong/"):
            return self.listing(1)
        match = re.fullmatch(r"/tin-hoat-dong/page-(\d+)", path)
        if match:
            return self.listing(int(match.group(1)))
        if path in ("/gioi-thieu", "/lien-he"):
            return self.shell("Giới thiệu", "<p>Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị sự nghiệp y tế.</p>")
        if path in self.by_path:
            n, title, body, date = self.by_path[path]
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
        pager = "".join(f'<a href="/tin-hoat-dong/page-{k}">{label}</a> '
                        for k, label in self.pager_links(number, pages))
        return self.shell("Tin hoạt động", f"<h2>Tin hoạt động</h2>{items}<div class='pagination'>{pager}</div>")

    def pager_links(self, number: int, pages: int) -> list[tuple[int, str]]:
        """(page, label) of the listing's pager."""
        if self.pager == "all":
            return [(k, str(k)) for k in range(1, pages + 1)]
        shown = sorted({1, pages, *range(max(1, number - WINDOW), min(pages, number + WINDOW) + 1)})
        links = [(number - 1, "«")] if number > 1 else []
        links += [(k, str(k)) for k in shown]
        return links + ([(number + 1, "»")] if number < pages else [])

    def shell(self, title: str, main: str) -> str:
        return (f"<html><head><meta charset='utf-8'><title>{title} - CDC</title></head><body>"
                f"{self.chrome_top}<div class='main'>{main}</div>{self.chrome_bottom}</body></html>")

    @property
    def chrome_top(self) -> str:
        """A real portal's weight: a long menu (these pages run 40-100 KB)."""
        if not hasattr(self, "_top"):
            items = "".join(f"<li><a href='/chuyen-muc-{k}'>Chuyên mục số {k} của Trung tâm</a></li>" for k in range(60))
            self._top = ("<div id='header'><h1>TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH</h1><ul class='menu'>"
                         "<li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
                         "<li><a href='/tin-hoat-dong/'>Tin hoạt động</a></li><li><a href='/lien-he'>Liên hệ</a></li>"
                         f"{items}</ul><div class='breadcrumb'>Trang chủ > Tin hoạt động</div></div>")
        return self._top

    @property
    def chrome_bottom(self) -> str:
        """Sidebars with other articles' titles and a heavy footer."""
        if not hasattr(self, "_bottom"):
            latest = "".join(f"<li><a href='{self.slug(n, t)}'>{t}</a> <span>{d}</span></li>"
                             for n, t, _, d in self.articles[:25])
            self._bottom = ("<div class='sidebar'><h3>Tin đọc nhiều</h3><ul>" + latest + "</ul></div>"
                            "<div id='footer'><p>TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH - Địa chỉ: số 1 đường Trần Phú"
                            "</p><p>ĐT: 0238.3844.222 - Email: cdc@example.gov.vn</p><p>Ghi rõ nguồn khi phát hành "
                            "lại thông tin từ website này. Lượt truy cập: 1.234.567</p></div>" + "<!-- pad -->" * 800)
        return self._bottom


def serve(site: FixtureSite) -> LocalServer:
    """The site on 127.0.0.1 until the server's stop()."""
    class Handler(QuietHandler):
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

    return serve_handler(Handler)


def sources_file(server: LocalServer, path: Path, name: str = "fixture") -> Path:
    path.write_text(f'[[source]]\nname = "{name}"\nurl = "{server.base}"\n')
    return path
