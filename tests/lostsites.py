"""Fixture sites for issue 14, "nothing lost silently": each imitates a class of
real site on which a crawl by name and URL only used to lose articles without a
word. Each is served on 127.0.0.1 (port 0) from a background thread and logs
every request it answered (`site.hits`: (raw request target, status)).

- `LiteralQuerySite`: a DotNetNuke portal on IIS behind a cache keyed on the
  exact URL: it answers only the query string exactly as its pages link it
  (another parameter order or letter case is a 404). One article is linked two
  ways (listing and sidebar, parameters in another order).
- `BigSite`: a Liferay 6.2 portal of N articles with a windowed pager
  (`_101_cur=N`), session ids in the first links (`;jsessionid=`) and a
  per-listing `_redirect=` parameter: far larger than a small page cap.
- `BrokenLinksSite`: a WordPress site whose links lack the trailing slash the
  server adds (`/slug` -> 301 -> `/slug/`), with "Tin liên quan" lists full of
  links to deleted posts (404) and a few to a host that is gone (refused).
- `DeadArticlesSite`: a site that moved its articles: its listing still links
  the old addresses, and every one of them is a 404 or a refused connection.
- `MisjudgedSite`: a hospital site whose "Thông báo" posts are a headline, a
  date and one or two lines: links that look like articles, pages that do not
  read as one.

Real-looking boilerplate throughout (menus, breadcrumbs, sidebars, footers,
visitor counters), text recombined from the demo sites' stories.
"""

from __future__ import annotations

import random
import re
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from archive.text import slugify

from localserver import LocalServer, serve

ROOT = Path(__file__).resolve().parents[1]


def _paragraphs() -> list[str]:
    paragraphs = []
    for stories in sorted((ROOT / "crawler" / "demo" / "sites").glob("*/stories.txt")):
        for block in stories.read_text("utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block) > 200 and not block.startswith(("#", "=", "!", "|", "~")) and ":" not in block[:12]:
                paragraphs.append(block)
    return paragraphs


class Article:
    def __init__(self, n: int, title: str, paragraphs: list[str], day: str) -> None:
        self.n, self.title, self.paragraphs, self.day = n, title, paragraphs, day


def make_articles(count: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    articles = []
    for n in range(count, 0, -1):  # newest first
        body = rng.sample(paragraphs, 4)
        title = " ".join(body[0].split()[:9]).rstrip(",.;:") + f" (đợt {n})"
        articles.append(Article(n, title, body, f"{(n % 28) + 1:02d}/{(n % 12) + 1:02d}/2024"))
    return articles


class Site:
    """A site: `answer(target)` gives (status, headers, body) for a raw request target."""

    server_header = "nginx"

    def __init__(self) -> None:
        self.hits: list[tuple[str, int]] = []
        self.lock = threading.Lock()
        self.server: LocalServer | None = None

    # ------------------------------------------------------------------ serving
    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        raise NotImplementedError

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                status, headers, body = site.answer(self.path)
                with site.lock:
                    site.hits.append((self.path, status))
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Server", site.server_header)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = serve(Handler)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()

    def __enter__(self) -> Site:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base(self) -> str:
        return self.server.base.rstrip("/")

    def sources_toml(self, name: str) -> str:
        """A sources entry with nothing but a name and a URL."""
        return f'[[source]]\nname = "{name}"\nurl = "{self.base}/"\n'

    def take_hits(self) -> list[tuple[str, int]]:
        with self.lock:
            hits, self.hits = self.hits, []
        return hits

    # ------------------------------------------------------------------ chrome
    unit = "TRUNG TÂM Y TẾ HUYỆN CẦU KÈ"

    def shell(self, title: str, main: str, *, menu: str = "", sidebar: str = "") -> str:
        return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title} - {self.unit.title()}"
                f"</title><meta name='viewport' content='width=device-width'></head><body>"
                f"<div id='header'><div class='banner'><h1>{self.unit}</h1><p>Sở Y tế tỉnh Trà Vinh</p></div>"
                f"<div class='lang'><a href='#'>Tiếng Việt</a> | <a href='#'>English</a></div>"
                f"<ul class='menu'>{menu}</ul></div>"
                f"<div class='breadcrumb'>Trang chủ » {title[:40]}</div>"
                f"<div class='content'>{main}</div><div class='sidebar'>{sidebar}"
                f"<div class='box'><h3>Lượt truy cập</h3><p>Đang online: 12</p><p>Tổng: 1.234.567</p></div></div>"
                f"<div id='footer'><p>{self.unit} - Địa chỉ: khóm 5, thị trấn, tỉnh Trà Vinh</p>"
                f"<p>Điện thoại: 0294.3834.115 - Email: ttyt@example.gov.vn</p>"
                f"<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></body></html>")

    def article_main(self, article: Article, *, headline_tag: str = "h2", cls: str = "title",
                     date_cls: str = "date", related: str = "") -> str:
        body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
        return (f"<{headline_tag} class='{cls}'>{article.title}</{headline_tag}>"
                f"<div class='{date_cls}'>Ngày đăng: {article.day} 08:00</div>"
                f"<div class='news-body'>{body}<p><b>BÉ HAI / {self.unit.title()}</b></p></div>"
                f"<div class='share'>Chia sẻ bài viết | In bài viết | Gửi email</div>{related}")


# --------------------------------------------------------------------------- 1. literal query strings


class LiteralQuerySite(Site):
    """DotNetNuke on IIS behind a cache keyed on the literal URL."""

    server_header = "Microsoft-IIS/10.0"
    per_page = 10

    def __init__(self, count: int = 24) -> None:
        super().__init__()
        self.articles = make_articles(count, seed=14)
        self.pages = (count + self.per_page - 1) // self.per_page

    def article_target(self, a: Article) -> str:
        return f"/Default.aspx?tabid=144&ArticleID={a.n}&mid=507"

    def sidebar_target(self, a: Article) -> str:
        """The "Tin mới" box links the same article with its parameters in another order."""
        return f"/Default.aspx?ArticleID={a.n}&tabid=144&mid=507"

    def listing_target(self, page: int) -> str:
        return "/Default.aspx?tabid=144" if page == 1 else f"/Default.aspx?tabid=144&CurrentPage={page}"

    def menu(self) -> str:
        return ("<li><a href='/Default.aspx?tabid=36'>Trang chủ</a></li>"
                "<li><a href='/Default.aspx?tabid=61'>Giới thiệu</a></li>"
                f"<li><a href='{self.listing_target(1)}'>Tin tức - Sự kiện</a></li>"
                "<li><a href='/Default.aspx?tabid=70'>Liên hệ</a></li>")

    def sidebar(self) -> str:
        items = "".join(f"<li><a href='{self.sidebar_target(a)}'>{a.title}</a></li>" for a in self.articles[:3])
        return f"<div class='box'><h3>Tin mới</h3><ul>{items}</ul></div>"

    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        headers = {"X-Powered-By": "ASP.NET", "Cache-Control": "private"}
        if target in ("/", "/Default.aspx", "/Default.aspx?tabid=36"):
            return 200, headers, self.listing(1, home=True)
        if target == "/robots.txt":
            return 200, {}, "User-agent: *\nDisallow: /admin/\n"
        if target in ("/Default.aspx?tabid=61", "/Default.aspx?tabid=70"):
            return 200, headers, self.shell("Giới thiệu", "<h2>Giới thiệu</h2><p>Trung tâm Y tế huyện là đơn vị "
                                                          "sự nghiệp trực thuộc Sở Y tế.</p>", menu=self.menu())
        for page in range(1, self.pages + 1):
            if target == self.listing_target(page):
                return 200, headers, self.listing(page)
        for a in self.articles:
            if target in (self.article_target(a), self.sidebar_target(a)):
                main = self.article_main(a, cls="dnn_ctr507_ViewArticle_lblTitle Head", date_cls="SubHead")
                return 200, headers, self.shell(a.title, f"<div id='dnn_ctr507_ContentPane'>{main}</div>",
                                                menu=self.menu(), sidebar=self.sidebar())
        return 404, headers, self.shell("Lỗi", "<h2>Không tìm thấy trang</h2>", menu=self.menu())

    def listing(self, page: int, home: bool = False) -> str:
        chunk = self.articles[(page - 1) * self.per_page: page * self.per_page]
        items = "".join(f"<div class='item'><a href='{self.article_target(a)}'>{a.title}</a>"
                        f"<span class='date'>({a.day})</span></div>" for a in chunk)
        pager = "".join(f"<a href='{self.listing_target(k)}'>{k}</a> " for k in range(1, self.pages + 1))
        return self.shell("Tin tức - Sự kiện", f"<h2>Tin tức - Sự kiện</h2>{items}<div class='pager'>{pager}</div>",
                          menu=self.menu(), sidebar=self.sidebar())

    def strict_article_hits(self) -> list[str]:
        return [t for t, s in self.hits if "ArticleID" in t and s == 200]


# --------------------------------------------------------------------------- 2. a site far larger than the cap


class BigSite(Site):
    """Liferay 6.2: `/tin-tuc/-/view_content/<id>-<slug>`, a windowed pager."""

    server_header = "Apache-Coyote/1.1"
    per_page = 20

    def __init__(self, count: int = 300) -> None:
        super().__init__()
        self.unit = "SỞ Y TẾ TỈNH VĨNH LONG"
        self.articles = make_articles(count, seed=300)
        self.by_id = {a.n: a for a in self.articles}
        self.pages = (count + self.per_page - 1) // self.per_page

    def article_path(self, a: Article) -> str:
        return f"/tin-tuc/-/view_content/{a.n}-{slugify(a.title)[:60]}"

    def listing_href(self, page: int) -> str:
        return f"/tin-tuc?p_p_id=101&_101_cur={page}"

    def menu(self) -> str:
        return ("<li><a href='/;jsessionid=4F2A9C0D1E'>Trang chủ</a></li>"
                "<li><a href='/gioi-thieu;jsessionid=4F2A9C0D1E'>Giới thiệu</a></li>"
                "<li><a href='/tin-tuc'>Tin tức sự kiện</a></li>")

    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(target)
        path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.I)  # Tomcat strips it before routing
        query = dict(parse_qsl(parts.query))
        if target == "/robots.txt":
            return 200, {}, "User-agent: *\nDisallow: /c/portal/\n"
        if path in ("/", "/tin-tuc"):
            page = int(query.get("_101_cur", 1)) if path == "/tin-tuc" else 1
            if 1 <= page <= self.pages:
                return 200, {}, self.listing(page)
        if path == "/gioi-thieu":
            return 200, {}, self.shell("Giới thiệu", "<h2>Giới thiệu chung</h2><p>Sở Y tế là cơ quan chuyên môn.</p>",
                                       menu=self.menu())
        match = re.fullmatch(r"/tin-tuc/-/view_content/(\d+)-[a-z0-9-]+", path)
        if match and int(match.group(1)) in self.by_id:
            a = self.by_id[int(match.group(1))]
            others = "".join(f"<li><a href='{self.article_path(o)}'>{o.title}</a></li>"
                             for o in self.articles[:5] if o is not a)
            main = (f"<div class='asset-full-content-title'>{a.title}</div>"
                    f"<div class='assetPublishDate'>Ngày đăng {a.day} | 8:00 AM | View count: 1501</div>"
                    f"<div class='journal-content-article'>{''.join(f'<p>{p}</p>' for p in a.paragraphs)}</div>"
                    f"<div class='other-news'><h3>Các tin khác</h3><ul>{others}</ul></div>")
            return 200, {}, self.shell(a.title, main, menu=self.menu())
        return 404, {}, self.shell("Lỗi", "<h2>Không tìm thấy trang</h2>", menu=self.menu())

    def listing(self, page: int) -> str:
        chunk = self.articles[(page - 1) * self.per_page: page * self.per_page]
        back = f"%2Ftin-tuc%3F_101_cur%3D{page}"
        items = "".join(f"<div class='asset-abstract'><h3 class='asset-title'><a href='{self.article_path(a)}"
                        f"?_101_redirect={back}'>{a.title}</a></h3><span class='date'>{a.day}</span></div>"
                        for a in chunk)
        window = range(max(1, page - 2), min(self.pages, page + 2) + 1)
        pager = [f"<a href='{self.listing_href(1)}'>Đầu</a>"]
        pager += [f"<a href='{self.listing_href(k)}'>{k}</a>" for k in window]
        if page < self.pages:
            pager.append(f"<a href='{self.listing_href(page + 1)}'>Sau</a>")
        return self.shell("Tin tức sự kiện", f"<h2>Tin tức sự kiện</h2>{items}<div class='pager'>{' '.join(pager)}"
                                              f"</div>", menu=self.menu())

    def article_fetches(self) -> list[str]:
        return [t for t, s in self.hits if "/view_content/" in t and s == 200]


# --------------------------------------------------------------------------- 3. slash redirects and dead links


class BrokenLinksSite(Site):
    """WordPress, post-name permalinks: links lack the slash the server adds."""

    server_header = "Apache"
    per_page = 10

    def __init__(self, count: int = 120, gone_port: int = 9) -> None:
        super().__init__()
        self.unit = "BỆNH VIỆN ĐA KHOA TỈNH LONG AN"
        self.articles = make_articles(count, seed=3)
        self.by_slug = {self.slug(a): a for a in self.articles}
        self.pages = (count + self.per_page - 1) // self.per_page
        self.gone_port = gone_port  # an old host name's port: nothing listens there

    def slug(self, a: Article) -> str:
        return slugify(a.title)[:70]

    def menu(self) -> str:
        return ("<li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
                "<li><a href='/chuyen-muc/tin-tuc/'>Tin tức</a></li><li><a href='/lien-he'>Liên hệ</a></li>")

    def related(self, a: Article) -> str:
        """"Tin liên quan": three live posts; on every other article a deleted
        one (404), on every fourth one on the site's old host (refused)."""
        live = [o for o in self.articles if o is not a][a.n % 7: a.n % 7 + 3]
        links = [f"<li><a href='/{self.slug(o)}'>{o.title}</a></li>" for o in live]
        if a.n % 2 == 0:
            links.append(f"<li><a href='/bai-viet-da-go-bo-so-{a.n}-khong-con-ton-tai'>Bài viết đã gỡ bỏ số "
                         f"{a.n} của bệnh viện đa khoa</a></li>")
        if a.n % 4 == 1:
            links.append(f"<li><a href='http://127.0.0.1:{self.gone_port}/tin-cu/thong-bao-tuyen-dung-nam-2019-{a.n}'>"
                         f"Thông báo tuyển dụng viên chức năm 2019 đợt {a.n}</a></li>")
        return f"<div class='related'><h3>Tin liên quan</h3><ul>{''.join(links)}</ul></div>"

    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        path = urlsplit(target).path
        if target == "/robots.txt":
            return 200, {}, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
        if path in ("/", "/chuyen-muc/tin-tuc/"):
            return 200, {}, self.listing(1)
        match = re.fullmatch(r"/chuyen-muc/tin-tuc/page/(\d+)/", path)
        if match and 1 <= int(match.group(1)) <= self.pages:
            return 200, {}, self.listing(int(match.group(1)))
        if path in ("/gioi-thieu", "/lien-he", "/chuyen-muc/tin-tuc") or path.strip("/") in self.by_slug:
            if not path.endswith("/"):
                return 301, {"Location": path + "/"}, ""
        if path in ("/gioi-thieu/", "/lien-he/"):
            return 200, {}, self.shell("Giới thiệu", "<h1 class='entry-title'>Giới thiệu</h1><p>Bệnh viện hạng I.</p>",
                                       menu=self.menu())
        a = self.by_slug.get(path.strip("/"))
        if a is not None:
            main = (f"<article><h1 class='entry-title'>{a.title}</h1><time class='entry-date' "
                    f"datetime='2024-{a.day[3:5]}-{a.day[:2]}T08:00:00+07:00'>{a.day}</time>"
                    f"<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in a.paragraphs)}</div></article>"
                    f"{self.related(a)}<div id='respond'><h3>Trả lời</h3><p>Email của bạn sẽ không được hiển thị "
                    f"công khai. Các trường bắt buộc được đánh dấu *</p></div>")
            return 200, {}, self.shell(a.title, main, menu=self.menu())
        return 404, {}, self.shell("Không tìm thấy", "<h1>Không tìm thấy trang</h1>", menu=self.menu())

    def listing(self, page: int) -> str:
        chunk = self.articles[(page - 1) * self.per_page: page * self.per_page]
        items = "".join(f"<article><h2 class='entry-title'><a href='/{self.slug(a)}'>{a.title}</a></h2>"
                        f"<span class='posted-on'>{a.day}</span></article>" for a in chunk)
        pager = "".join(f"<a class='page-numbers' href='/chuyen-muc/tin-tuc/page/{k}/'>{k}</a> "
                        for k in range(1, self.pages + 1))
        return self.shell("Tin tức", f"<h1 class='page-title'>Tin tức</h1>{items}<nav class='pagination'>{pager}</nav>",
                          menu=self.menu())

    def article_fetches(self) -> list[str]:
        return [t for t, s in self.hits if t.rstrip("/").lstrip("/") in self.by_slug and s == 200]


# --------------------------------------------------------------------------- 4. a source that yields nothing


class DeadArticlesSite(Site):
    """The listing still links the old article addresses: 404s, and an old host."""

    server_header = "nginx"

    def __init__(self, count: int = 12, gone_port: int = 9) -> None:
        super().__init__()
        self.unit = "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BẠC LIÊU"
        self.articles = make_articles(count, seed=44)
        self.gone_port = gone_port

    def href(self, a: Article) -> str:
        if a.n % 4 == 0:
            return f"http://127.0.0.1:{self.gone_port}/tin-tuc/{slugify(a.title)[:60]}-{a.n}.html"
        return f"/tin-tuc/{slugify(a.title)[:60]}-{a.n}.html"

    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        if target in ("/", "/tin-tuc/"):
            items = "".join(f"<li><a href='{self.href(a)}'>{a.title}</a> ({a.day})</li>" for a in self.articles)
            return 200, {}, self.shell("Tin tức", f"<h2>Tin hoạt động</h2><ul>{items}</ul>",
                                       menu="<li><a href='/tin-tuc/'>Tin tức</a></li>")
        return 404, {}, self.shell("Lỗi 404", "<h2>Trang bạn tìm không tồn tại</h2>")


# --------------------------------------------------------------------------- 5. article-like links, pages that are not


class MisjudgedSite(Site):
    """Half its posts are notices: a headline, a date, one line and a table of
    links to attachments; they do not read as articles."""

    server_header = "nginx"

    def __init__(self, count: int = 16) -> None:
        super().__init__()
        self.unit = "BỆNH VIỆN LAO VÀ BỆNH PHỔI BẠC LIÊU"
        self.articles = make_articles(count, seed=55)

    def href(self, a: Article) -> str:
        return f"/tin-tuc/{slugify(a.title)[:60]}-{a.n}.html"

    def is_notice(self, a: Article) -> bool:
        return a.n % 2 == 0

    def answer(self, target: str) -> tuple[int, dict[str, str], str]:
        if target in ("/", "/tin-tuc/"):
            items = "".join(f"<li><a href='{self.href(a)}'>{a.title}</a> ({a.day})</li>" for a in self.articles)
            return 200, {}, self.shell("Tin tức", f"<h2>Tin hoạt động</h2><ul>{items}</ul>",
                                       menu="<li><a href='/tin-tuc/'>Tin tức</a></li>")
        for a in self.articles:
            if target == self.href(a):
                if not self.is_notice(a):
                    return 200, {}, self.shell(a.title, self.article_main(a, headline_tag="h1"))
                rows = "".join(f"<li><a href='/tin-tuc/{slugify(o.title)[:60]}-{o.n}.html'>{o.title}</a></li>"
                               for o in self.articles)
                return 200, {}, self.shell(a.title, f"<h1>{a.title}</h1><ul class='list-news'>{rows}</ul>")
        return 404, {}, self.shell("Lỗi 404", "<h2>Trang bạn tìm không tồn tại</h2>")
