"""Generate the bundled demo sites and their ground truth from `crawler/demo/sites/<site>/stories.txt`.

Run `python -m tests.builders.demo_sites` from the repository root after editing
a story or a template (`templates/demo/<platform>/`, `templates/demo/shared/`);
it rewrites `crawler/demo/sites/<site>/site.json`, `crawler/demo/sites/<site>/pages/`
and `crawler/demo/expected.json`, and refuses to write anything when a check
fails (word counts, unique `must_contain` sentences, boilerplate that would also
occur in an article, ...).

Why generated rather than hand-written: five platforms times ~40 pages must stay
consistent with each other (related lists name other articles with their dates,
copies must share their body word for word, every article must be reachable) and
with `expected.json`. The output is committed as package data of `crawler/demo/`
(served by `crawler/demo/server.py` for `soyte demo` and the tests), so the
server and the tests never run this module.

Each platform is a `SiteBuilder` subclass: its URL shapes (`urls`, read by
`url()`), its quirks (links with session ids, letter case, pagers) and its
templates, `templates/demo/<platform>/<piece>.html.j2`, falling back to
`templates/demo/shared/<piece>.html.j2`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from typing import ClassVar

from markupsafe import Markup

from crawler.demo.server import SITES_DIR

from .common import (
    WEEKDAYS, Story, decode_page, dmy, esc, hm, iso, load_stories, parse_date, slugify, template_env,
    to_cp1258, visible_text,
)

EXPECTED = SITES_DIR.parent / "expected.json"
BASE = "{{BASE_URL}}"
UTF8_HTML = "text/html; charset=utf-8"


# --------------------------------------------------------------------------- stories


class DemoStory(Story):
    """A demo story; these header lines shape its pages beyond the common ones."""

    @property
    def datefmt(self) -> str:
        return self.meta.get("datefmt", "default")

    @property
    def tags(self) -> list[str]:
        return [t.strip() for t in self.meta.get("tags", "").split(",") if t.strip()]

    @property
    def source(self) -> str | None:
        return self.meta.get("source")

    @property
    def comments(self) -> int:
        return int(self.meta.get("comments", 0))

    @property
    def copy(self) -> tuple[str, dt.datetime] | None:
        """Where another site republishes it, and when."""
        if "copy" not in self.meta:
            return None
        target, when = self.meta["copy"].split(" ", 1)
        return target, parse_date(when)[0]

    @property
    def seed(self) -> str | None:
        return self.meta.get("seed")

    def units(self) -> list[str]:
        """Every text unit of the article: lead, paragraphs, captions, table cells, byline."""
        out = [self.lead] if self.lead else []
        for block in self.blocks:
            if block.kind == "table":
                out.extend(cell for row in block.rows for cell in row)
            elif block.text:
                out.append(block.text)
        return out + self.byline

    def word_count(self) -> int:
        return sum(len(unit.split()) for unit in self.units())


def site_stories(site: str) -> list[DemoStory]:
    return load_stories(SITES_DIR / site / "stories.txt", site, DemoStory)  # type: ignore[return-value]


@dataclass
class Article:
    """A story as published on one site: the original or a republished copy."""

    story: DemoStory
    site: str
    role: str  # "original" | "copy"
    published: dt.datetime
    num: int = 0
    path: str = ""
    print_path: str | None = None
    views: int = 0

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def show_time(self) -> bool:
        return self.story.show_time if self.role == "original" else True

    @property
    def modified(self) -> dt.datetime | None:
        return self.story.modified if self.role == "original" else None


# --------------------------------------------------------------------------- sites

COMMENTS = (
    ("Nguyễn Thị Lan", "Cảm ơn các y bác sĩ đã tận tình cứu chữa cho người bệnh, chúc bệnh viện ngày càng phát triển."),
    ("Trần Minh Tuấn", "Cho tôi hỏi bệnh viện có khám ngoài giờ vào sáng thứ bảy không ạ?"),
)
EXTERNAL_LINKS = (
    ("Bộ Y tế", "https://moh.gov.vn/"),
    ("Cục Quản lý Khám, chữa bệnh", "https://kcb.vn/"),
    ("Viện Vệ sinh dịch tễ Trung ương", "https://nihe.org.vn/"),
)


def md5_number(text: str, digits: int = 6) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:digits], 16)


ENV = template_env(BASE=BASE, WEEKDAYS=WEEKDAYS, COMMENTS=COMMENTS, EXTERNAL_LINKS=EXTERNAL_LINKS,
                   dmy=dmy, hm=hm, iso=iso, md5_number=md5_number, timedelta=dt.timedelta)


@dataclass
class Page:
    """One generated response: where it is served, what it is, and its bytes."""

    target: str
    file: str
    body: bytes
    status: int = 200
    content_type: str = UTF8_HTML
    any_query: bool = False
    extra: dict = field(default_factory=dict)


class SiteBuilder:
    """Builds one demo site. Subclasses supply the platform: URL shapes, quirks, templates.

    The base class owns everything the five sites share: which pages exist, what
    the non-article pages say, the related lists, and the bookkeeping for
    `site.json` and `expected.json`.
    """

    name: ClassVar[str]
    platform: ClassVar[str]  # also the folder of its templates
    server: ClassVar[str]
    # URL shapes, as str.format patterns read by url(): an article's {num},
    # {slug}, {published} and {path}, {sha1} of its path; a listing's {page} and
    # {start} (offset of its first item); {site} is the builder.
    urls: ClassVar[dict[str, str | None]]
    per_page: ClassVar[int] = 5
    case_insensitive: ClassVar[bool] = False
    id_base: ClassVar[int] = 1000
    id_step: ClassVar[int] = 7
    admin_path: ClassVar[str]
    intro_path: ClassVar[str] = "/gioi-thieu"
    org_path: ClassVar[str] = "/co-cau-to-chuc"
    contact_path: ClassVar[str] = "/lien-he"
    docs_path: ClassVar[str] = "/van-ban"
    soft404_path: ClassVar[str] = "/hoi-dap"
    english_path: ClassVar[str] = "/en/"
    calendar_path: ClassVar[str] = "/lich-cong-tac"
    search_path: ClassVar[str] = "/tim-kiem"
    related_count: ClassVar[int] = 5  # length of "Các tin khác"
    topics: ClassVar[tuple[tuple[str, str, str, str], ...]] = ()  # (path, label, tag, why)
    platform_boilerplate: ClassVar[tuple[str, ...]] = ()

    def __init__(self, meta: dict, articles: list[Article]) -> None:
        self.meta = meta
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)
        self.pages: list[Page] = []
        self.current: Article | None = None  # the article whose page is being rendered
        self.non_articles: list[dict] = []
        self.disallowed: list[str] = []
        self._assign_urls()

    # ---- identity and URLs

    @property
    def title(self) -> str:
        return self.meta["title"]

    def _assign_urls(self) -> None:
        for rank, art in enumerate(sorted(self.articles, key=lambda a: a.published)):
            art.num = self.id_base + rank * self.id_step + (rank * rank) % 5
            art.views = 120 + (art.num * 37) % 2900
        for art in self.articles:
            art.path = self.url("article", art)
            art.print_path = self.url("print", art)

    def url(self, kind: str, art: Article | None = None, page: int = 1) -> str | None:
        """The URL of a kind ("article", "print", "listing", "mail") from `urls`."""
        if kind == "listing" and page > 1:
            kind = "listing_page"
        pattern = self.urls.get(kind)
        if pattern is None:
            return None
        fields: dict[str, object] = {"site": self, "page": page, "start": (page - 1) * self.per_page}
        if art is not None:
            fields |= {"num": art.num, "slug": slugify(art.title), "published": art.published, "path": art.path,
                       "sha1": hashlib.sha1(art.path.encode()).hexdigest()}
        return pattern.format(**fields)

    def listing_path(self, page: int) -> str:
        return self.url("listing", page=page)  # type: ignore[return-value]

    def mail_path(self, art: Article) -> str:
        return self.url("mail", art)  # type: ignore[return-value]

    def link(self, art: Article, where: str = "related") -> str:
        """The href an article gets in a given place; platforms add their URL noise here."""
        return art.path

    def search_links(self) -> list[tuple[str, str]]:
        return [("tiêm chủng", f"{self.search_path}?q=tiem+chung"), ("sốt xuất huyết", f"{self.search_path}?q=sot+xuat+huyet")]

    # ---- shared chrome vocabulary

    def menu(self) -> list[tuple[str, str]]:
        """The heavy header menu: every section, categories included, on every page."""
        categories = [(label, path) for path, label, _, why in self.topics if why == "category"]
        return [
            ("Trang chủ", "/"), ("Giới thiệu", self.intro_path), ("Cơ cấu tổ chức", self.org_path),
            ("Tin tức", self.listing_path(1)), *categories,
            ("Văn bản", self.docs_path), ("Lịch công tác", self.calendar_path),
            ("Hỏi đáp", self.soft404_path), ("Liên hệ", self.contact_path),
        ]

    def footer_lines(self) -> list[str]:
        m = self.meta
        return [
            m["title"].upper(),
            f"Địa chỉ: {m['address']}",
            f"ĐT: {m['phone']} - Fax: {m['fax']}",
            f"Chịu trách nhiệm chính: {m['editor']}",
            f"Ghi rõ nguồn “{m['short']}” khi phát hành lại thông tin từ website này.",
        ]

    def counter(self) -> tuple[str, str]:
        return (f"Lượt truy cập: {self.meta['visits']}", f"Đang online: {self.meta['online']}")

    def boilerplate(self) -> list[str]:
        """Strings on this site's article pages that never belong to an article."""
        m = self.meta
        common = [
            "Trang chủ", "Giới thiệu", "Cơ cấu tổ chức", "Văn bản", "Lịch công tác", "Hỏi đáp", "Liên hệ",
            "Tiếng Việt | English", "Tin đọc nhiều", "Tin mới", "Liên kết website",
            "Lượt truy cập", "Đang online", m["address"], f"ĐT: {m['phone']}",
            "khi phát hành lại thông tin từ website này", f"Chịu trách nhiệm chính: {m['editor']}",
            "Chia sẻ bài viết", "In bài viết", "Gửi email", "Đã xem:", "Đăng nhập",
        ]
        return common + list(self.platform_boilerplate)

    def most_read(self) -> list[Article]:
        return sorted(self.articles, key=lambda a: -a.views)[:4]

    def newest(self, n: int = 5) -> list[Article]:
        return self.articles[:n]

    def older_than(self, art: Article, n: int | None = None) -> list[Article]:
        """The next n older articles, wrapping to the newest: every article links onward."""
        n = n or self.related_count
        i = self.articles.index(art)
        ring = self.articles[i + 1:] + self.articles[:i]
        return ring[:n]

    def newer_than(self, art: Article, n: int = 4) -> list[Article]:
        i = self.articles.index(art)
        return list(reversed(self.articles[max(0, i - n):i]))

    def neighbours(self, art: Article) -> tuple[Article | None, Article | None]:
        """The next older and the next newer article."""
        i = self.articles.index(art)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, self.articles[i - 1] if i > 0 else None

    def same_topic(self, art: Article, n: int = 3) -> list[Article]:
        tags = set(art.story.tags)
        return [a for a in self.articles if a is not art and tags & set(a.story.tags)][:n]

    def listing_pages(self) -> list[list[Article]]:
        return [self.articles[i:i + self.per_page] for i in range(0, len(self.articles), self.per_page)]

    def listing_intro(self, art: Article) -> str:
        """Listings show a cut summary by default; NukeViet and Joomla show the whole intro."""
        lead = art.story.lead or ""
        words = lead.split()
        return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")

    def doc_title(self, art: Article) -> str:
        return f"{art.title} - {self.category(art)} - {self.title}"

    def category(self, art: Article) -> str:
        return art.story.category or "Tin tức"

    def origin(self, art: Article) -> str:
        """The title of the site that first published the story."""
        return SITE_META[art.story.site]["title"]

    def image_src(self, art: Article, index: int) -> str:
        return f"/images/tin-tuc/{art.published:%Y/%m}/{art.num}-{index}.jpg"

    # ---- markup: templates/demo/<platform>/, else templates/demo/shared/

    def render(self, piece: str, **context: object) -> Markup:
        template = ENV.select_template([f"demo/{self.platform}/{piece}", f"demo/shared/{piece}"])
        return Markup(template.render(site=self, **context))

    def document(self, piece: str, **context: object) -> str:
        """A whole served file: a template's output and its final line break."""
        return str(self.render(piece, **context)) + "\n"

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        return self.document("shell.html.j2", title=title, main=main, crumbs=crumbs, head=head, path=path)

    def item_list(self, items: list[Article], where: str = "related", css: str = "related-list") -> Markup:
        """Titles with dates of other articles; an article page never lists itself,
        so its headline appears once."""
        items = [a for a in items if a is not self.current]
        return self.render("item_list.html.j2", items=items, where=where, css=css)

    def listing_pager(self, page: int, pages: int) -> Markup | str:
        return self.render("pager.html.j2", page=page, pages=pages) if pages > 1 else ""

    # ---- pages

    def add(self, target: str, file: str, content: str | bytes, **kw: object) -> None:
        body = content.encode("utf-8") if isinstance(content, str) else content
        self.pages.append(Page(target, file, body, **kw))  # type: ignore[arg-type]

    def non_article(self, path: str, why: str) -> None:
        self.non_articles.append({"site": self.name, "path": path, "why": why})

    def build(self) -> None:
        self.build_articles()
        self.build_home()
        self.build_listings()
        self.build_topics()
        self.build_static()
        self.build_traps()
        self.build_robots()
        self.build_extras()

    def build_articles(self) -> None:
        for art in self.articles:
            self.current = art
            crumbs = [("Trang chủ", "/"), ("Tin tức", self.listing_path(1)), (self.category(art), self.listing_path(1))]
            page = self.shell(title=self.doc_title(art), main=self.render("article.html.j2", art=art), crumbs=crumbs,
                              head=self.render("article_head.html.j2", art=art), path=art.path)
            self.current = None
            self.add_article_page(art, page)
            if art.print_path:
                self.add(art.print_path, f"pages/print-{art.num}.html", self.document("print.html.j2", art=art))

    def add_article_page(self, art: Article, page: str) -> None:
        self.add(art.path, f"pages/article-{art.num}.html", page, any_query=self.article_any_query())

    def article_any_query(self) -> bool:
        return False

    def build_home(self) -> None:
        featured, *rest = self.home_items()
        main = self.render("home.html.j2", featured=featured, rest=rest)
        self.add("/", "pages/home.html", self.shell(title=self.title, main=main, crumbs=[], path="/"))
        self.non_article("/", "home")

    def home_items(self) -> list[Article]:
        return self.articles[:6]

    def build_listings(self) -> None:
        pages = self.listing_pages()
        for number, items in enumerate(pages, 1):
            path = self.listing_path(number)
            main = self.listing_main("Tin tức", items, number, len(pages))
            crumbs = [("Trang chủ", "/"), ("Tin tức", self.listing_path(1))]
            self.add(path, f"pages/listing-{number}.html", self.shell(title=f"Tin tức - {self.title}", main=main, crumbs=crumbs, path=path))
            self.non_article(path, "listing")

    def listing_main(self, heading: str, items: list[Article], page: int, pages: int) -> Markup:
        return self.render("listing.html.j2", heading=heading, items=items, pager=self.listing_pager(page, pages))

    def build_topics(self) -> None:
        for path, label, tag, why in self.topics:
            items = [a for a in self.articles if tag in a.story.tags]
            main = self.listing_main(label, items, 1, 1)
            crumbs = [("Trang chủ", "/"), (label, path)]
            file = f"pages/topic-{slugify(path)}.html"
            self.add(path, file, self.shell(title=f"{label} - {self.title}", main=main, crumbs=crumbs, path=path))
            self.non_article(path, why)

    def static_page(self, path: str, file: str, heading: str, content: str, why: str, **kw: object) -> None:
        """A page of the site's own (`content`: its template, in pages/)."""
        main = self.render("static.html.j2", heading=heading, content=self.render(f"pages/{content}", meta=self.meta))
        page = self.shell(title=f"{heading} - {self.title}", main=main, crumbs=[("Trang chủ", "/"), (heading, path)], path=path)
        self.add(path, file, page, **kw)
        if why:
            self.non_article(path, why)

    def build_static(self) -> None:
        self.static_page(self.intro_path, "pages/gioi-thieu.html", "Giới thiệu chung", "intro.html.j2", "intro")
        self.static_page(self.org_path, "pages/co-cau-to-chuc.html", "Cơ cấu tổ chức", "org.html.j2", "intro")
        self.static_page(self.contact_path, "pages/lien-he.html", "Liên hệ", "contact.html.j2", "contact")
        self.static_page(self.docs_path, "pages/van-ban.html", "Văn bản", "docs.html.j2", "listing")
        self.static_page(self.english_path, "pages/en.html", "English", "english.html.j2", "home")

    def build_traps(self) -> None:
        """Calendar, soft 404, mail form, search, admin login and the 404 page."""
        self.static_page(self.calendar_path, "pages/calendar.html", "Lịch công tác", "calendar.html.j2", "calendar",
                         any_query=True, extra={"dynamic": "calendar", "default_week": 27})
        self.static_page(self.soft404_path, "pages/soft404.html", "Hỏi đáp", "not_found.html.j2", "soft404")
        self.static_page("/__404__", "pages/404.html", "Không tìm thấy trang", "not_found.html.j2", "", status=404)
        self.static_page(self.mail_path(self.articles[0]), "pages/gui-email.html", "Gửi bài viết cho bạn bè",
                         "mail_form.html.j2", "form", any_query=True)
        self.static_page(self.search_path, "pages/tim-kiem.html", "Kết quả tìm kiếm", "search.html.j2", "", any_query=True)
        self.disallowed.append(self.search_links()[0][1])
        self.static_page(self.admin_path, "pages/login.html", "Đăng nhập hệ thống", "login.html.j2", "", any_query=True)
        self.disallowed.append(self.admin_path)

    def robots_lines(self) -> list[str]:
        return ["User-agent: *", f"Disallow: {self.search_path}", f"Disallow: {self.admin_path}"]

    def build_robots(self) -> None:
        text = "\n".join(self.robots_lines()) + "\n"
        self.add("/robots.txt", "robots.txt", text, content_type="text/plain; charset=utf-8",
                 extra={"template": True} if BASE in text else {})

    def build_extras(self) -> None:
        """Feeds, sitemaps and other platform-only pages."""

    # ---- output

    def route_table(self) -> dict[str, dict]:
        routes: dict[str, dict] = {}
        for page in self.pages:
            if page.target == "/__404__":
                continue
            route = {"file": page.file, "status": page.status, "content_type": page.content_type}
            if page.any_query:
                route["any_query"] = True
            if BASE.encode() in page.body:
                route["template"] = True
            route.update(page.extra)
            routes[page.target] = route
        return routes

    def write(self) -> None:
        root = SITES_DIR / self.name
        for sub in ("pages",):
            shutil.rmtree(root / sub, ignore_errors=True)
        for page in self.pages:
            out = root / page.file
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(page.body)
        not_found = next(p for p in self.pages if p.target == "/__404__")
        data = {key: self.meta.get(key) for key in ("name", "title", "platform", "province", "legacy_province", "kind")}
        data |= {
            "server": self.server,
            "case_insensitive": self.case_insensitive,
            "not_found": {"file": not_found.file, "status": 404, "content_type": UTF8_HTML},
            "routes": self.route_table(),
        }
        (root / "site.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")

    def page_bytes(self, target: str) -> bytes:
        return next(p.body for p in self.pages if p.target == target)


# --------------------------------------------------------------------------- platforms


class Liferay(SiteBuilder):
    """Liferay 6.2 portal of a Sở Y tế (soyte.hanoi.gov.vn style)."""

    name = "soyte-liferay"
    platform = "liferay-6.2"
    server = "Apache-Coyote/1.1"
    instance = "_101_INSTANCE_abc"
    urls = {
        "article": "/tin-tuc-su-kien/-/view_content/{num}-{slug}",
        "print": "{path}?p_p_state=pop_up&{site.instance}_viewMode=print",
        "listing": "/tin-tuc-su-kien",
        "listing_page": "/tin-tuc-su-kien?{site.instance}_cur={page}",
        "mail": "/gui-email?articleId={num}",
    }
    id_base, id_step = 4582310, 1137
    admin_path = "/c/portal/login"
    topics = (("/phong-chong-dich-benh", "Phòng chống dịch bệnh", "dich-benh", "category"),)
    platform_boilerplate = ("Các tin khác", "View count", "Ngày đăng", "Quay lại", "In trang này",
                            "Đóng cửa sổ", "Bỏ qua nội dung", "Lịch tiếp công dân")

    def link(self, art: Article, where: str = "related") -> str:
        """Java portals: links carry a session id until the cookie is set; listings add _redirect."""
        if where == "home":
            token = hashlib.md5(f"{art.num}".encode()).hexdigest()[:32].upper()
            return f"{art.path};jsessionid={token}"
        if where == "listing":
            return f"{art.path}?{self.instance}_redirect=%2Ftin-tuc-su-kien"
        return art.path

    def article_any_query(self) -> bool:
        return True

    def category(self, art: Article) -> str:
        return art.story.category or "Tin hoạt động"

    @staticmethod
    def clock(moment: dt.datetime) -> str:
        """"9:05 AM"."""
        return f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"

    def date_line(self, art: Article) -> str:
        return f"Ngày đăng {dmy(art.published)} | {self.clock(art.published)} | View count: {art.views}"

    def image_src(self, art: Article, index: int) -> str:
        return f"/documents/10180/{art.num}/anh-{index}.jpg"

    def source(self, art: Article) -> str | None:
        """Who the article says it comes from: the original site of a copy, or its stated source."""
        return self.origin(art) if art.role == "copy" else art.story.source


class NukeViet(SiteBuilder):
    """NukeViet 4 site of a provincial CDC (cdcnghean.vn style), with RSS feeds."""

    name = "cdc-nukeviet"
    platform = "nukeviet-4"
    server = "nginx"
    urls = {
        "article": "/tin-hoat-dong/{slug}-{num}.html",
        "listing": "/tin-hoat-dong/",
        "listing_page": "/tin-hoat-dong/page-{page}",
        "mail": "/sendmail/?id={num}",
    }
    id_base, id_step = 1203, 13
    admin_path = "/admin/"
    intro_path = "/about/gioi-thieu.html"
    org_path = "/about/co-cau-to-chuc.html"
    contact_path = "/contact/"
    docs_path = "/van-ban/"
    soft404_path = "/faq/"
    topics = (("/phong-chong-dich/", "Phòng chống dịch", "dich-benh", "category"),
              ("/tiem-chung/", "Tiêm chủng", "tiem-chung", "category"))
    platform_boilerplate = ("Những tin mới hơn", "Những tin cũ hơn", "Tác giả:", "Nguồn tin:",
                            "Tổng số điểm của bài viết là", "Click để đánh giá bài viết")

    def listing_intro(self, art: Article) -> str:
        return art.story.lead or ""

    def doc_title(self, art: Article) -> str:
        return f"{art.title} - {self.title}"

    def image_src(self, art: Article, index: int) -> str:
        return f"/uploads/news/{art.published:%Y_%m}/{art.num}-{index}.jpg"

    @staticmethod
    def rfc822(moment: dt.datetime) -> str:
        return moment.strftime("%a, %d %b %Y %H:%M:%S +0700")

    def build_extras(self) -> None:
        """RSS 2.0 feeds, the only feeds among the five platforms (as on cdcnghean.vn)."""
        rss = "application/rss+xml; charset=utf-8"
        self.add("/rss/", "pages/rss.xml", self.document("rss.xml.j2", title="Tin Tức", channel_path="/"), content_type=rss)
        self.add("/rss/tin-hoat-dong/", "pages/rss-tin-hoat-dong.xml",
                 self.document("rss.xml.j2", title="Tin Tức - Tin hoạt động", channel_path="/tin-hoat-dong/"), content_type=rss)


class WordPress(SiteBuilder):
    """WordPress site of a provincial hospital, with comments and a core sitemap."""

    name = "benhvien-wordpress"
    platform = "wordpress"
    server = "Apache"
    urls = {
        "article": "/{published:%Y/%m}/{slug}/",
        "listing": "/tin-tuc/",
        "listing_page": "/tin-tuc/page/{page}/",
        "mail": "/gui-email/?p={num}",
    }
    id_base, id_step = 2104, 17
    admin_path = "/wp-admin/"
    intro_path = "/gioi-thieu/"
    org_path = "/co-cau-to-chuc/"
    contact_path = "/lien-he/"
    docs_path = "/van-ban/"
    soft404_path = "/hoi-dap/"
    topics = (("/category/ky-thuat-moi/", "Kỹ thuật mới", "ky-thuat-moi", "category"),
              ("/tag/sot-xuat-huyet/", "Sốt xuất huyết", "sot-xuat-huyet", "tag"),
              ("/tag/ngay-thay-thuoc-viet-nam/", "Ngày Thầy thuốc Việt Nam", "ngay-thay-thuoc", "tag"),
              ("/tag/tap-huan/", "Tập huấn", "tap-huan", "tag"),
              ("/tag/hoat-dong-dang/", "Hoạt động Đảng, Đoàn thể", "hoat-dong-dang", "tag"))
    platform_boilerplate = ("Để lại một bình luận", "Trả lời",
                            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
                            "Tin liên quan", "Điều hướng bài viết", "Bài trước", "Chuyên mục:",
                            "Đăng ngày", COMMENTS[0][1], COMMENTS[1][1], "Hotline cấp cứu")

    def link(self, art: Article, where: str = "related") -> str:
        """Posts shared from the home page carry tracking parameters."""
        if where == "home" and art is self.articles[0]:
            return f"{art.path}?utm_source=zalo&utm_medium=social"
        return art.path

    def article_any_query(self) -> bool:
        return True  # ?replytocom=N

    def doc_title(self, art: Article) -> Markup:  # type: ignore[override]
        return Markup(f"{esc(art.title)} &#8211; {esc(self.title)}")

    def image_src(self, art: Article, index: int) -> str:
        return f"/wp-content/uploads/{art.published:%Y/%m}/{slugify(art.title)[:30]}-{index}.jpg"

    def tags_of(self, art: Article) -> list[tuple[str, str]]:
        """(path, label) of the topics an article is tagged with."""
        return [(p, label) for p, label, tag, why in self.topics if tag in art.story.tags]

    def robots_lines(self) -> list[str]:
        return ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php",
                f"Disallow: {self.search_path}", "", f"Sitemap: {BASE}/wp-sitemap.xml"]

    def build_extras(self) -> None:
        """WordPress core sitemaps: an index pointing at one posts sitemap with every post."""
        xml = "application/xml; charset=UTF-8"
        self.add("/wp-sitemap.xml", "pages/wp-sitemap.xml", self.document("sitemap_index.xml.j2"), content_type=xml)
        self.add("/wp-sitemap-posts-post-1.xml", "pages/wp-sitemap-posts-post-1.xml",
                 self.document("sitemap_posts.xml.j2"), content_type=xml)


class Joomla(SiteBuilder):
    """Joomla 3 site of a provincial CDC (quangnamcdc.gov.vn style)."""

    name = "cdc-joomla"
    platform = "joomla-3"
    server = "Apache/2.4.41 (Ubuntu)"
    urls = {
        "article": "/index.php/tin-tuc/{num}-{slug}.html",
        "print": "{path}?tmpl=component&print=1",
        "listing": "/index.php/tin-tuc.html",
        "listing_page": "/index.php/tin-tuc.html?start={start}",
        "mail": "/index.php/component/mailto/?tmpl=component&template=protostar&link={sha1}",
    }
    per_page = 4
    id_base, id_step = 852, 9
    admin_path = "/administrator/"
    intro_path = "/index.php/gioi-thieu.html"
    org_path = "/index.php/co-cau-to-chuc.html"
    contact_path = "/index.php/lien-he.html"
    docs_path = "/index.php/van-ban.html"
    soft404_path = "/index.php/hoi-dap.html"
    english_path = "/index.php/en/"
    topics = (("/index.php/tin-tuc/phong-chong-dich-benh.html", "Phòng chống dịch bệnh", "dich-benh", "category"),)
    platform_boilerplate = ("Chi tiết", "Chuyên mục:", "Ngày đăng:", "Tin liên quan", "Các tin khác",
                            "In trang này", "Đóng cửa sổ", "Bạn đang ở:", "Lên đầu trang")

    def menu(self) -> list[tuple[str, str]]:
        items = super().menu()
        return [("Trang chủ", "/index.php")] + items[1:]

    def listing_intro(self, art: Article) -> str:
        return art.story.lead or ""

    def doc_title(self, art: Article) -> str:
        return art.title

    @staticmethod
    def joomla_date(moment: dt.datetime) -> str:
        return f"{WEEKDAYS[moment.weekday()]}, {moment:%d} Tháng {moment.month} {moment.year} {hm(moment)}"

    def build_home(self) -> None:
        super().build_home()
        self.add("/index.php", "pages/home.html", self.page_bytes("/"))
        self.non_article("/index.php", "home")

    def robots_lines(self) -> list[str]:
        return ["User-agent: *", "Disallow: /administrator/", "Disallow: /cache/", "Disallow: /cli/",
                "Disallow: /tmp/", f"Disallow: {self.search_path}"]


class DotNetNuke(SiteBuilder):
    """DotNetNuke site of a district health centre (ttytcauke.vn style) on IIS.

    Its listing pages only through `__doPostBack` links, so older articles are
    reachable only through "Các tin khác" inside articles. IIS ignores letter case
    and links use several. One old article is stored in windows-1258.
    """

    name = "ttyt-dnn"
    platform = "dotnetnuke"
    server = "Microsoft-IIS/8.5"
    urls = {
        "article": "/tin-tuc/ArticleID/{num}/{slug}",
        "listing": "/Default.aspx?tabid=144",
        "listing_page": "/Default.aspx?tabid=144",
        "mail": "/gui-email.aspx?ArticleID={num}",
    }
    per_page = 4
    related_count = 4
    case_insensitive = True
    id_base, id_step = 2951, 11
    admin_path = "/Login.aspx"
    intro_path = "/Default.aspx?tabid=141"
    org_path = "/Default.aspx?tabid=142"
    contact_path = "/Default.aspx?tabid=145"
    docs_path = "/Default.aspx?tabid=146"
    soft404_path = "/Default.aspx?tabid=150"
    english_path = "/en-us/Home"
    platform_boilerplate = ("Các tin khác", "Copyright 2025 by")

    def link(self, art: Article, where: str = "related") -> str:
        """Home-page and sidebar links come in other letter cases; IIS serves them all."""
        if where == "home":
            return art.path.replace("/tin-tuc/", "/Tin-Tuc/")
        if where == "sidebar":
            return art.path.replace("/tin-tuc/ArticleID/", "/TIN-TUC/articleid/")
        return art.path

    def menu(self) -> list[tuple[str, str]]:
        return [(t, h.replace("tabid=", "TabId=") if t in ("Giới thiệu", "Liên hệ") else h) for t, h in super().menu()]

    def home_items(self) -> list[Article]:
        return self.articles[:self.per_page]

    def most_read(self) -> list[Article]:
        return sorted(self.articles[:self.per_page], key=lambda a: -a.views)[:3]

    def newest(self, n: int = 5) -> list[Article]:
        return self.articles[:min(n, self.per_page)]

    def listing_pages(self) -> list[list[Article]]:
        return [self.articles[:self.per_page]]

    def listing_pager(self, page: int, pages: int) -> Markup:
        """Only page 1 exists as a URL; "Trang 2, 3" are postbacks a crawler cannot follow."""
        return self.render("pager.html.j2")

    def doc_title(self, art: Article) -> str:
        return f"{self.title} > Tin tức"

    def image_src(self, art: Article, index: int) -> str:
        return f"/Portals/0/Images/{art.published:%Y}/{art.num}_{index}.jpg"

    def date_line(self, art: Article) -> str:
        p = art.published
        if not art.show_time:
            return f"Ngày đăng: {dmy(p)}"
        if art.story.datefmt == "weekday" and art.role == "original":
            return f"{WEEKDAYS[p.weekday()].title()} {dmy(p)} {hm(p)}"
        return f"{dmy(p)} - {hm(p)}"

    @staticmethod
    def viewstate(path: str) -> str:
        return hashlib.sha256(path.encode()).hexdigest()

    def add_article_page(self, art: Article, page: str) -> None:
        if art.story.encoding == "windows-1258":
            page = page.replace('<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">',
                                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
            self.add(art.path, f"pages/article-{art.num}.html", to_cp1258(page), content_type="text/html")
        else:
            super().add_article_page(art, page)

    def robots_lines(self) -> list[str]:
        return ["User-agent: *", "Disallow: /Admin/", f"Disallow: {self.admin_path}", f"Disallow: {self.search_path}",
                "Disallow: /Portals/_default/"]


PLATFORMS: tuple[type[SiteBuilder], ...] = (Liferay, NukeViet, WordPress, Joomla, DotNetNuke)

SITE_META: dict[str, dict] = {
    "soyte-liferay": {
        "title": "Sở Y tế tỉnh Vĩnh Long", "short": "Sở Y tế Vĩnh Long", "province": "Vĩnh Long",
        "legacy_province": None, "kind": "so-y-te", "english": "Vinh Long Department of Health",
        "address": "Số 47, đường 2 Tháng 9, Phường 1, thành phố Vĩnh Long", "phone": "0270.3822.135",
        "fax": "0270.3823.064", "hotline": "0967.771.919", "email": "soyte@vinhlong.gov.vn",
        "editor": "Giám đốc Sở Y tế", "visits": "1.234.567", "online": "45", "doc_code": "SYT",
        "facebook": "https://www.facebook.com/soytevinhlong",
        "intro_role": "cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về y tế",
        "leaders": [("Giám đốc", "BS.CKII Nguyễn Văn Hòa"), ("Phó Giám đốc", "ThS.BS Lê Thị Mai")],
        "units": ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở"],
    },
    "cdc-nukeviet": {
        "title": "Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long", "short": "CDC Vĩnh Long", "province": "Vĩnh Long",
        "legacy_province": None, "kind": "cdc", "english": "Vinh Long Center for Disease Control",
        "address": "Số 111, đường Phạm Hùng, Phường 9, thành phố Vĩnh Long", "phone": "0270.3823.466",
        "fax": "0270.3820.225", "hotline": "0913.145.370", "email": "cdc@vinhlong.gov.vn",
        "editor": "Ban biên tập CDC Vĩnh Long", "visits": "2.418.093", "online": "27", "doc_code": "KSBT",
        "facebook": "https://www.facebook.com/cdcvinhlong",
        "intro_role": "đơn vị sự nghiệp y tế trực thuộc Sở Y tế, thực hiện chức năng y tế dự phòng",
        "leaders": [("Giám đốc", "BS.CKII Trần Văn Bảy"), ("Phó Giám đốc", "BS.CKI Lê Văn Hùng")],
        "units": ["Phòng Tổ chức - Hành chính", "Khoa Phòng, chống bệnh truyền nhiễm", "Khoa Dinh dưỡng", "Khoa Xét nghiệm - Chẩn đoán hình ảnh"],
    },
    "benhvien-wordpress": {
        "title": "Bệnh viện Đa khoa tỉnh Bạc Liêu", "short": "BVĐK Bạc Liêu", "province": "Cà Mau",
        "legacy_province": "Bạc Liêu", "kind": "benh-vien", "english": "Bac Lieu General Hospital",
        "address": "Số 06, đường Nguyễn Huệ, Phường 3, thành phố Bạc Liêu", "phone": "0291.3822.285",
        "fax": "0291.3824.146", "hotline": "0918.115.115", "email": "bvdk@baclieu.gov.vn",
        "editor": "Giám đốc Bệnh viện", "visits": "987.654", "online": "63", "doc_code": "BVĐK",
        "facebook": "https://www.facebook.com/bvdkbaclieu",
        "intro_role": "bệnh viện hạng I trực thuộc Sở Y tế, khám, chữa bệnh đa khoa cho nhân dân trong tỉnh",
        "leaders": [("Giám đốc", "BS.CKII Mã Quốc Thiện"), ("Phó Giám đốc", "BS.CKII Trần Văn Mười")],
        "units": ["Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực – Chống độc", "Khoa Tim mạch – Can thiệp", "Khoa Xét nghiệm"],
    },
    "cdc-joomla": {
        "title": "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam", "short": "CDC Quảng Nam", "province": "Đà Nẵng",
        "legacy_province": "Quảng Nam", "kind": "cdc", "english": "Quang Nam Center for Disease Control",
        "address": "Số 19, đường Nguyễn Du, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam", "phone": "0235.3851.512",
        "fax": "0235.3810.325", "hotline": "0905.123.115", "email": "cdc@quangnam.gov.vn",
        "editor": "Ban biên tập", "visits": "3.502.118", "online": "38", "doc_code": "KSBT",
        "facebook": "https://www.facebook.com/cdcquangnam",
        "intro_role": "đơn vị sự nghiệp y tế trực thuộc Sở Y tế, thực hiện chức năng y tế dự phòng",
        "leaders": [("Giám đốc", "BS.CKII Nguyễn Văn Sáu"), ("Phó Giám đốc", "ThS.BS Phạm Thị Hoa")],
        "units": ["Phòng Kế hoạch - Nghiệp vụ", "Khoa Phòng, chống bệnh truyền nhiễm", "Khoa Sức khỏe môi trường", "Khoa Ký sinh trùng - Côn trùng"],
    },
    "ttyt-dnn": {
        "title": "Trung tâm Y tế huyện Tam Bình", "short": "TTYT Tam Bình", "province": "Vĩnh Long",
        "legacy_province": None, "kind": "ttyt", "english": "Tam Binh District Health Centre",
        "address": "Khóm 2, thị trấn Tam Bình, huyện Tam Bình, tỉnh Vĩnh Long", "phone": "0270.3860.215",
        "fax": "0270.3860.123", "hotline": "0939.860.215", "email": "ttyttambinh@vinhlong.gov.vn",
        "editor": "Giám đốc Trung tâm", "visits": "456.789", "online": "12", "doc_code": "TTYT",
        "facebook": "https://www.facebook.com/ttyttambinh",
        "intro_role": "đơn vị sự nghiệp y tế tuyến huyện trực thuộc Sở Y tế, thực hiện chức năng y tế dự phòng và khám, chữa bệnh",
        "leaders": [("Giám đốc", "BS.CKII Bùi Thanh Tùng"), ("Phó Giám đốc", "BS.CKI Nguyễn Văn Thắng")],
        "units": ["Phòng Tổ chức - Hành chính", "Khoa Kiểm soát bệnh tật – HIV/AIDS", "Khoa An toàn thực phẩm", "Khoa Nội", "Khoa Chẩn đoán hình ảnh"],
    },
}


# --------------------------------------------------------------------------- ground truth


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+(?=[A-ZĐÂĂÊÔƠƯ\u00C0-\u1EF9])", text) if len(s.strip()) >= 40]


def pick_must_contain(story: DemoStory, others: list[str]) -> list[str]:
    """Two sentences no other story contains, plus the first caption (or byline line)."""
    picked: list[str] = []
    candidates = [s for p in story.paragraphs() for s in sentences(p) if "\xa0" not in s]
    for sent in candidates[:1] + candidates[-2:] + candidates[1:]:
        if sent not in picked and not any(sent in o for o in others):
            picked.append(sent)
        if len(picked) == 2:
            break
    caption = next((c for c in story.captions() if not any(c in o for o in others)), None)
    if caption:
        picked.append(caption)
    elif story.author:
        picked.append(story.author)
    return picked


def published_value(art: Article) -> str:
    return iso(art.published) if art.show_time else art.published.strftime("%Y-%m-%d")


def expected_pages(art: Article) -> list[dict]:
    entry = {"site": art.site, "path": art.path, "role": art.role, "title": art.title,
             "published": published_value(art), "author": art.story.author}
    pages = [entry]
    if art.print_path:
        pages.append(entry | {"path": art.print_path, "role": "print"})
    return pages


def build_all() -> tuple[list[SiteBuilder], dict]:
    stories = [s for name in SITE_META for s in site_stories(name)]
    placed: dict[str, list[Article]] = {name: [] for name in SITE_META}
    by_story: dict[str, list[Article]] = {}
    for story in stories:
        arts = [Article(story, story.site, "original", story.published)]
        if story.copy:
            arts.append(Article(story, story.copy[0], "copy", story.copy[1]))
        for art in arts:
            placed[art.site].append(art)
        by_story[story.id] = arts
    builders = []
    for cls in PLATFORMS:
        meta = SITE_META[cls.name] | {"name": cls.name, "platform": cls.platform}
        builder = cls(meta, placed[cls.name])
        builder.build()
        builders.append(builder)
    texts = {s.id: "\n".join(s.units()) for s in stories}
    expected_stories = []
    for story in sorted(stories, key=lambda s: s.id):
        others = [t for sid, t in texts.items() if sid != story.id]
        pages = [p for art in by_story[story.id] for p in expected_pages(art)]
        expected_stories.append({"id": story.id, "must_contain": pick_must_contain(story, others), "pages": pages})
    expected = {
        "stories": expected_stories,
        "non_articles": [n for b in builders for n in b.non_articles],
        "robots_disallowed": [{"site": b.name, "path": p} for b in builders for p in b.disallowed],
        "boilerplate": {b.name: b.boilerplate() for b in builders},
    }
    return builders, expected


# --------------------------------------------------------------------------- checks

TEXT_BLOCKS = ("p", "div", "li", "td", "th", "br", "h1", "h2", "h3", "tr", "figcaption", "title")


def page_text(body: bytes) -> str:
    """Visible text of a page (scripts and styles skipped), for the checks."""
    return re.sub(r"[ \t\r\f\v]+", " ", visible_text(decode_page(body), blocks=TEXT_BLOCKS))


def check(builders: list[SiteBuilder], expected: dict) -> list[str]:
    """Everything the fixtures promise, checked before a single file is written."""
    problems: list[str] = []
    by_site = {b.name: b for b in builders}
    stories = {a.story.id: a.story for b in builders for a in b.articles}
    for sid, story in stories.items():
        words = story.word_count()
        if not 150 <= words <= 500 and not story.seed:
            problems.append(f"{sid}: {words} words")
        for unit in story.units() + [story.title]:
            if unit != unicodedata.normalize("NFC", unit):
                problems.append(f"{sid}: not NFC")
    for entry in expected["stories"]:
        if len(entry["must_contain"]) < 2:
            problems.append(f"{entry['id']}: too few must_contain")
        for page in entry["pages"]:
            body = by_site[page["site"]].page_bytes(page["path"])
            text = html.unescape(decode_page(body))
            for needle in [page["title"], *entry["must_contain"]]:
                if needle not in text:
                    problems.append(f"{entry['id']} {page['path']}: missing {needle[:50]!r}")
    for builder in builders:
        site_texts = "\n".join("\n".join(a.story.units() + [a.title]) for a in builder.articles)
        targets = [t for a in builder.articles for t in (a.path, a.print_path) if t]
        article_texts = [page_text(builder.page_bytes(t)) for t in targets]
        for needle in expected["boilerplate"][builder.name]:
            if needle in site_texts:
                problems.append(f"{builder.name}: boilerplate {needle!r} occurs in an article")
            if not any(needle in t for t in article_texts):
                problems.append(f"{builder.name}: boilerplate {needle!r} on no article page")
        counts = len(builder.articles)
        if not 8 <= counts <= 16:
            problems.append(f"{builder.name}: {counts} articles")
        for page in builder.pages:
            if page.content_type.startswith("text/html") and page.file.endswith(".html"):
                hrefs = re.findall(rb'href="([^"]*)"', page.body)
                for href in hrefs:
                    if not re.match(rb"^(/|#|https?://|javascript:|mailto:|\{\{BASE_URL\}\})", href):
                        problems.append(f"{builder.name} {page.target}: relative link {href!r}")
    return problems


def main() -> None:
    builders, expected = build_all()
    problems = check(builders, expected)
    if problems:
        raise SystemExit("not written:\n" + "\n".join(problems))
    for builder in builders:
        builder.write()
    EXPECTED.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n_pages = sum(len(s["pages"]) for s in expected["stories"])
    print(f"{len(expected['stories'])} stories, {n_pages} article pages, {len(builders)} sites written")


if __name__ == "__main__":
    main()
