"""Generate the bundled demo sites and their ground truth from `sites/<site>/stories.txt`.

Run `python -m crawler.demo.build_sites` after editing a story or a template; it
rewrites `sites/<site>/site.json`, `sites/<site>/pages/` and `expected.json`, and
refuses to write anything when a check fails (word counts, unique `must_contain`
sentences, boilerplate that would also occur in an article, ...).

Why generated rather than hand-written: five platforms times ~40 pages must stay
consistent with each other (related lists name other articles with their dates,
copies must share their body word for word, every article must be reachable) and
with `expected.json`. The output is committed, so the server and the tests never
run this module.
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
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).parent
SITES_DIR = HERE / "sites"
EXPECTED = HERE / "expected.json"
BASE = "{{BASE_URL}}"
UTF8_HTML = "text/html; charset=utf-8"

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def esc(text: str) -> str:
    """Escape text for element content (quotes stay as typed)."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str, limit: int = 90) -> str:
    """ASCII slug the way Vietnamese CMSes make them: tone marks dropped, đ -> d."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def dmy(moment: dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y")


def hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def to_cp1258(text: str) -> bytes:
    """Encode the way old Vietnamese sites stored text in windows-1258.

    The code page has letters with vowel modifiers (â ê ô ă ơ ư) but writes tone
    marks as separate combining characters, so "ệ" is stored as "ê" + U+0323 even
    though Python's codec cannot encode the precomposed letter.
    """
    modifiers = {"\u0302", "\u0306", "\u031b"}
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        kept = "".join(m for m in marks if m in modifiers)
        tones = "".join(m for m in marks if m not in modifiers)
        out.append(unicodedata.normalize("NFC", base + kept) + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


class _TextOf(HTMLParser):
    """Visible text of a page (scripts and styles skipped), for the build checks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("p", "div", "li", "td", "th", "br", "h1", "h2", "h3", "tr", "figcaption", "title"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _TextOf()
    parser.feed(page)
    return re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True)
class Block:
    """One unit of article body: a paragraph, a photo (with optional caption) or a table."""

    kind: str  # "p" | "img" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Story:
    """One news story as written by its publisher; it may be republished elsewhere."""

    sid: str
    site: str
    title: str
    published: dt.datetime
    show_time: bool
    lead: str | None
    blocks: list[Block]
    byline: list[str]
    datefmt: str = "default"
    modified: dt.datetime | None = None
    tags: list[str] = field(default_factory=list)
    category: str | None = None
    source: str | None = None
    comments: int = 0
    copy: tuple[str, dt.datetime] | None = None
    encoding: str = "utf-8"
    seed: str | None = None

    @property
    def author(self) -> str | None:
        return self.byline[0] if self.byline else None

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


def _parse_date(value: str) -> tuple[dt.datetime, bool]:
    value = value.strip()
    if len(value) == 10:
        return dt.datetime.strptime(value, "%Y-%m-%d"), False
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M"), True


def _parse_block(chunk: str) -> tuple[str, Block | list[str]]:
    lines = chunk.split("\n")
    if all(line.startswith("~ ") for line in lines):
        return "byline", [line[2:].strip() for line in lines]
    if all(line.startswith("|") for line in lines):
        rows = tuple(tuple(c.strip() for c in line.strip("|").split("|")) for line in lines)
        return "block", Block("table", rows=rows)
    if chunk.startswith("!"):
        return "block", Block("img", text=chunk[1:].strip())
    return "block", Block("p", text=" ".join(line.strip() for line in lines))


def parse_section(site: str, section: str) -> Story:
    """One "=== sNN" section of a stories.txt file."""
    head, _, body = section.partition("\n\n")
    lines = head.strip().split("\n")
    sid = lines[0].removeprefix("===").strip()
    meta = dict(line.split(": ", 1) for line in lines[1:])
    published, show_time = _parse_date(meta["date"])
    blocks: list[Block] = []
    byline: list[str] = []
    for chunk in (c.strip() for c in body.strip().split("\n\n")):
        kind, value = _parse_block(chunk)
        if kind == "byline":
            byline = value  # type: ignore[assignment]
        else:
            blocks.append(value)  # type: ignore[arg-type]
    lead = None
    if blocks and blocks[0].kind == "p":
        lead = blocks.pop(0).text
    copy = None
    if "copy" in meta:
        target, when = meta["copy"].split(" ", 1)
        copy = (target, _parse_date(when)[0])
    return Story(
        sid=sid, site=site, title=meta["title"], published=published, show_time=show_time,
        lead=lead, blocks=blocks, byline=byline, datefmt=meta.get("datefmt", "default"),
        modified=_parse_date(meta["modified"])[0] if "modified" in meta else None,
        tags=[t.strip() for t in meta.get("tags", "").split(",") if t.strip()],
        category=meta.get("category"), source=meta.get("source"),
        comments=int(meta.get("comments", 0)), copy=copy,
        encoding=meta.get("encoding", "utf-8"), seed=meta.get("seed"),
    )


def load_stories(site: str) -> list[Story]:
    text = unicodedata.normalize("NFC", (SITES_DIR / site / "stories.txt").read_text("utf-8"))
    text = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    sections = [s for s in re.split(r"(?m)^(?==== )", text) if s.strip()]
    return [parse_section(site, s) for s in sections]


@dataclass
class Article:
    """A story as published on one site: the original or a republished copy."""

    story: Story
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
    """Builds one demo site. Subclasses supply the platform: URL shapes and markup.

    The base class owns everything the five sites share: which pages exist, what
    the non-article pages say, the related lists, and the bookkeeping for
    `site.json` and `expected.json`.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    server: ClassVar[str]
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
            art.path = self.article_path(art)
            art.print_path = self.print_path(art)

    def article_path(self, art: Article) -> str:
        raise NotImplementedError

    def print_path(self, art: Article) -> str | None:
        return None

    def listing_path(self, page: int) -> str:
        raise NotImplementedError

    def mail_path(self, art: Article) -> str:
        raise NotImplementedError

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

    def same_topic(self, art: Article, n: int = 3) -> list[Article]:
        tags = set(art.story.tags)
        return [a for a in self.articles if a is not art and tags & set(a.story.tags)][:n]

    def listing_pages(self) -> list[list[Article]]:
        return [self.articles[i:i + self.per_page] for i in range(0, len(self.articles), self.per_page)]

    # ---- markup hooks (platform)

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        raise NotImplementedError

    def article_main(self, art: Article) -> str:
        raise NotImplementedError

    def print_page(self, art: Article) -> str:
        raise NotImplementedError

    def pager(self, page: int, pages: int) -> str:
        raise NotImplementedError

    def listing_intro(self, art: Article) -> str:
        """Listings show a cut summary by default; NukeViet and Joomla show the whole intro."""
        lead = art.story.lead or ""
        words = lead.split()
        return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")

    def doc_title(self, art: Article) -> str:
        return f"{art.title} - {self.category(art)} - {self.title}"

    def category(self, art: Article) -> str:
        return art.story.category or "Tin tức"

    # ---- body rendering, shared so copies stay identical in text

    def render_block(self, block: Block, art: Article, index: int) -> str:
        if block.kind == "p":
            return f"<p>{esc(block.text)}</p>"
        if block.kind == "table":
            return self.render_table(block)
        return self.render_image(block, self.image_src(art, index))

    def render_table(self, block: Block) -> str:
        head, *rows = block.rows
        out = ['<table class="table table-bordered" border="1" cellpadding="4">', "<tbody>"]
        out.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>")
        out.extend("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        out.append("</tbody></table>")
        return "\n".join(out)

    def render_image(self, block: Block, src: str) -> str:
        cap = f"<figcaption>{esc(block.text)}</figcaption>" if block.text else ""
        return f'<figure class="image"><img src="{src}" alt="" width="640">{cap}</figure>'

    def render_byline(self, art: Article) -> str:
        if not art.story.byline:
            return ""
        first, *rest = art.story.byline
        lines = [f"<strong>{esc(first)}</strong>"] + [esc(x) for x in rest]
        return '<p style="text-align: right;">' + "<br>\n".join(lines) + "</p>"

    def image_src(self, art: Article, index: int) -> str:
        return f"/images/tin-tuc/{art.published:%Y/%m}/{art.num}-{index}.jpg"

    def body_html(self, art: Article) -> str:
        parts = [self.render_block(b, art, i) for i, b in enumerate(art.story.blocks, 1)]
        return "\n".join(parts + [self.render_byline(art)])

    # ---- related lists

    def item_list(self, items: list[Article], where: str = "related", css: str = "related-list") -> str:
        """Titles with dates of other articles; an article page never lists itself,
        so its headline appears once."""
        items = [a for a in items if a is not self.current]
        lis = "".join(
            f'<li><a href="{attr(self.link(a, where))}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>\n'
            for a in items
        )
        return f'<ul class="{css}">\n{lis}</ul>'

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
            page = self.shell(title=self.doc_title(art), main=self.article_main(art), crumbs=crumbs,
                              head=self.article_head(art), path=art.path)
            self.current = None
            self.add_article_page(art, page)
            if art.print_path:
                self.add(art.print_path, f"pages/print-{art.num}.html", self.print_page(art))

    def add_article_page(self, art: Article, page: str) -> None:
        self.add(art.path, f"pages/article-{art.num}.html", page, any_query=self.article_any_query())

    def article_any_query(self) -> bool:
        return False

    def article_head(self, art: Article) -> str:
        return f'<meta name="description" content="{attr(self.listing_intro(art))}">'

    def build_home(self) -> None:
        featured, *rest = self.home_items()
        lead = esc(featured.story.lead or "")
        main = f"""<div class="home-featured">
<h2 class="block-title">Tin nổi bật</h2>
<div class="featured-item"><a href="{attr(self.link(featured, 'home'))}"><img src="{self.image_src(featured, 0)}" alt=""></a>
<h3><a href="{attr(self.link(featured, 'home'))}">{esc(featured.title)}</a></h3>
<span class="date">{dmy(featured.published)}</span>
<p>{lead}</p></div>
</div>
<div class="home-news">
<h2 class="block-title"><a href="{self.listing_path(1)}">Tin tức - Sự kiện</a></h2>
{self.item_list(rest, 'home', 'home-list')}
<a class="more" href="{self.listing_path(1)}">Xem tất cả</a>
</div>
<div class="home-notice"><h2 class="block-title">Thông báo</h2>
<ul><li><a href="{self.docs_path}">Thông báo tuyển dụng viên chức năm 2025</a></li>
<li><a href="{self.calendar_path}">Lịch tiếp công dân của Ban Giám đốc</a></li></ul></div>"""
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

    def listing_main(self, heading: str, items: list[Article], page: int, pages: int) -> str:
        rows = []
        for art in items:
            rows.append(f"""<div class="news-item">
<a class="thumb" href="{attr(self.link(art, 'listing'))}"><img src="{self.image_src(art, 0)}" alt=""></a>
<h3 class="news-title"><a href="{attr(self.link(art, 'listing'))}">{esc(art.title)}</a></h3>
<span class="news-date">{dmy(art.published)} {hm(art.published)}</span>
{self.listing_intro_html(art)}
</div>""")
        pager = self.pager(page, pages) if pages > 1 else ""
        return f'<div class="news-listing"><h2 class="block-title">{esc(heading)}</h2>\n' + "\n".join(rows) + f"\n{pager}</div>"

    def listing_intro_html(self, art: Article) -> str:
        return f'<p class="news-summary">{esc(self.listing_intro(art))}</p>'

    def build_topics(self) -> None:
        for path, label, tag, why in self.topics:
            items = [a for a in self.articles if tag in a.story.tags]
            main = self.listing_main(label, items, 1, 1)
            crumbs = [("Trang chủ", "/"), (label, path)]
            file = f"pages/topic-{slugify(path)}.html"
            self.add(path, file, self.shell(title=f"{label} - {self.title}", main=main, crumbs=crumbs, path=path))
            self.non_article(path, why)

    def static_page(self, path: str, file: str, heading: str, content: str, why: str, **kw: object) -> None:
        main = f'<div class="static-page"><h2 class="page-heading">{esc(heading)}</h2>\n{content}\n</div>'
        page = self.shell(title=f"{heading} - {self.title}", main=main, crumbs=[("Trang chủ", "/"), (heading, path)], path=path)
        self.add(path, file, page, **kw)
        if why:
            self.non_article(path, why)

    def build_static(self) -> None:
        m = self.meta
        self.static_page(self.intro_path, "pages/gioi-thieu.html", "Giới thiệu chung", intro_html(m), "intro")
        self.static_page(self.org_path, "pages/co-cau-to-chuc.html", "Cơ cấu tổ chức", org_html(m), "intro")
        self.static_page(self.contact_path, "pages/lien-he.html", "Liên hệ", contact_html(m), "contact")
        self.static_page(self.docs_path, "pages/van-ban.html", "Văn bản", docs_html(m), "listing")
        english = f"<p>Welcome to the website of {esc(m['english'])}.</p><p>The English version is under construction. <a href=\"/\">Tiếng Việt</a></p>"
        self.static_page(self.english_path, "pages/en.html", "English", english, "home")

    def build_traps(self) -> None:
        """Calendar, soft 404, mail form, search, admin login and the 404 page."""
        calendar = f"""<h3>Lịch công tác tuần {{{{TUAN}}}}</h3>
<p class="week-nav"><a href="{self.calendar_path}?tuan={{{{PREV}}}}">« Tuần trước</a> | <a href="{self.calendar_path}?tuan={{{{NEXT}}}}">Tuần sau »</a></p>
<table class="table lich-cong-tac" border="1"><tbody>
<tr><th>Ngày</th><th>Nội dung công việc</th></tr>
{{{{ROWS}}}}
</tbody></table>"""
        self.static_page(self.calendar_path, "pages/calendar.html", "Lịch công tác", calendar, "calendar",
                         any_query=True, extra={"dynamic": "calendar", "default_week": 27})
        not_found = ('<div class="error-page"><h3>Không tìm thấy trang</h3>'
                     "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng quay lại "
                     '<a href="/">Trang chủ</a> hoặc dùng chức năng tìm kiếm.</p></div>')
        self.static_page(self.soft404_path, "pages/soft404.html", "Hỏi đáp", not_found, "soft404")
        self.static_page("/__404__", "pages/404.html", "Không tìm thấy trang", not_found, "", status=404)
        form = mail_form_html()
        first = self.articles[0]
        self.static_page(self.mail_path(first), "pages/gui-email.html", "Gửi bài viết cho bạn bè", form, "form", any_query=True)
        results = self.item_list(self.articles[:3], "search")
        self.static_page(self.search_path, "pages/tim-kiem.html", "Kết quả tìm kiếm",
                         f"<p>Tìm thấy 3 kết quả phù hợp.</p>\n{results}", "", any_query=True)
        self.disallowed.append(self.search_links()[0][1])
        login = ('<form method="post" action="#" class="login"><label>Tên đăng nhập <input name="login"></label>'
                 '<label>Mật khẩu <input type="password" name="password"></label><button type="submit">Đăng nhập</button></form>')
        self.static_page(self.admin_path, "pages/login.html", "Đăng nhập hệ thống", login, "", any_query=True)
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


# --------------------------------------------------------------------------- shared page texts


def intro_html(m: dict) -> str:
    return f"""<p class="updated">Cập nhật: 9 tháng 06 năm 2024</p>
<p>{esc(m['title'])} là {esc(m['intro_role'])}, chịu sự chỉ đạo, quản lý về tổ chức, biên chế và hoạt động của cơ quan chủ quản, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra, thanh tra về chuyên môn, nghiệp vụ của Bộ Y tế.</p>
<p>Đơn vị có chức năng tham mưu, tổ chức triển khai thực hiện các hoạt động chuyên môn, kỹ thuật về y tế trên địa bàn; thực hiện công tác truyền thông giáo dục sức khỏe, đào tạo, nghiên cứu khoa học và hợp tác quốc tế theo quy định của pháp luật.</p>
<p>Trải qua nhiều năm xây dựng và phát triển, tập thể cán bộ, viên chức và người lao động của đơn vị luôn đoàn kết, nỗ lực vượt qua khó khăn, hoàn thành tốt nhiệm vụ được giao, được tặng nhiều bằng khen, cờ thi đua của các cấp.</p>"""


def org_html(m: dict) -> str:
    rows = "".join(f"<tr><td>{esc(role)}</td><td>{esc(name)}</td></tr>" for role, name in m["leaders"])
    units = "".join(f"<li>{esc(u)}</li>" for u in m["units"])
    return f"""<h3>Ban lãnh đạo</h3>
<table class="table" border="1"><tbody><tr><th>Chức vụ</th><th>Họ và tên</th></tr>{rows}</tbody></table>
<h3>Các khoa, phòng</h3><ul>{units}</ul>"""


def contact_html(m: dict) -> str:
    return f"""<p><strong>{esc(m['title'])}</strong></p>
<p>Địa chỉ: {esc(m['address'])}</p>
<p>Văn phòng: {esc(m['phone'])} - Đường dây nóng: {esc(m['hotline'])}</p>
<p>Email: {esc(m['email'])}</p>
<form method="post" action="#" class="contact-form"><label>Họ và tên <input name="name"></label>
<label>Email <input name="email"></label><label>Nội dung <textarea name="message"></textarea></label>
<button type="submit">Gửi liên hệ</button></form>"""


def docs_html(m: dict) -> str:
    docs = [
        ("Số 125/KH-" + m["doc_code"], "15/01/2025", "Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2025"),
        ("Số 88/TB-" + m["doc_code"], "20/12/2024", "Thông báo lịch trực Tết Nguyên đán Ất Tỵ 2025"),
        ("Số 1024/QĐ-" + m["doc_code"], "05/09/2024", "Quyết định ban hành quy chế làm việc"),
    ]
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>{esc(c)}</td></tr>" for a, b, c in docs)
    return f'<table class="table van-ban" border="1"><tbody><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</tbody></table>'


def mail_form_html() -> str:
    return """<form method="post" action="#" class="sendmail"><p>Gửi đường dẫn bài viết này cho bạn bè qua email.</p>
<label>Tên của bạn <input name="from_name"></label><label>Email của bạn <input name="from_email"></label>
<label>Email người nhận <input name="to_email"></label><label>Lời nhắn <textarea name="message"></textarea></label>
<button type="submit">Gửi</button></form>"""


# --------------------------------------------------------------------------- platforms


class Liferay(SiteBuilder):
    """Liferay 6.2 portal of a Sở Y tế (soyte.hanoi.gov.vn style)."""

    name = "soyte-liferay"
    platform = "liferay-6.2"
    server = "Apache-Coyote/1.1"
    id_base, id_step = 4582310, 1137
    admin_path = "/c/portal/login"
    topics = (("/phong-chong-dich-benh", "Phòng chống dịch bệnh", "dich-benh", "category"),)
    platform_boilerplate = ("Các tin khác", "View count", "Ngày đăng", "Quay lại", "In trang này",
                            "Đóng cửa sổ", "Bỏ qua nội dung", "Lịch tiếp công dân")
    instance = "_101_INSTANCE_abc"

    def article_path(self, art: Article) -> str:
        return f"/tin-tuc-su-kien/-/view_content/{art.num}-{slugify(art.title)}"

    def print_path(self, art: Article) -> str:
        return f"{art.path}?p_p_state=pop_up&{self.instance}_viewMode=print"

    def listing_path(self, page: int) -> str:
        return "/tin-tuc-su-kien" if page == 1 else f"/tin-tuc-su-kien?{self.instance}_cur={page}"

    def mail_path(self, art: Article) -> str:
        return f"/gui-email?articleId={art.num}"

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

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        menu = "".join(f'<li class="lfr-nav-item" role="presentation"><a href="{h}" role="menuitem"><span>{esc(t)}</span></a></li>' for t, h in self.menu())
        crumb = "".join(f'<li><a href="{h}">{esc(t)}</a><span class="divider">/</span></li>' for t, h in crumbs)
        keywords = ", ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in self.search_links())
        ext = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for t, h in EXTERNAL_LINKS)
        visits, online = self.counter()
        footer = "<br>\n".join(esc(x) for x in self.footer_lines())
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
{head}
<link href="/html/themes/soyte-theme/images/favicon.ico" rel="Shortcut Icon">
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="language"><a href="/">Tiếng Việt</a> | <a href="{self.english_path}">English</a></span>
<span class="sign-in"><a href="{self.admin_path}" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="{attr(self.title)}"><img alt="" src="/image/layout_set_logo?img_id=12506"><span>{esc(self.title.upper())}</span></a></h1></div>
<nav class="navbar site-navigation" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{menu}</ul></nav>
<form action="{self.search_path}" class="search-form" method="get"><input name="q" placeholder="Nhập từ khóa..." type="text"><button type="submit">Tìm kiếm</button></form>
<div class="hot-keywords">Từ khóa: {keywords}</div>
</header>
<div id="content">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">{crumb}</ul>
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span3" id="column-1">
<section class="portlet" id="portlet_73_INSTANCE_tb01"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thông báo</span></h1></header>
<div class="portlet-content"><ul><li><a href="{self.docs_path}">Thông báo tuyển dụng viên chức năm 2025</a></li><li><a href="{self.calendar_path}">Lịch tiếp công dân của Giám đốc Sở</a></li></ul></div></section>
<section class="portlet" id="portlet_101_INSTANCE_docnhieu"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin đọc nhiều</span></h1></header>
<div class="portlet-content">{self.item_list(self.most_read(), 'sidebar', 'most-read')}</div></section>
</div>
<div class="portlet-column span6" id="column-2"><a id="main-content"></a>
{main}
</div>
<div class="portlet-column portlet-column-last span3" id="column-3">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Tin mới</h2></header>{self.item_list(self.newest(), 'sidebar', 'newest')}</section>
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Liên kết website</h2></header><ul>{ext}<li><a href="{self.meta['facebook']}" target="_blank">Fanpage Facebook</a></li></ul></section>
<section class="portlet counter"><header class="portlet-topper"><h2 class="portlet-title">Thống kê truy cập</h2></header><p>{visits}</p><p>{online}</p></section>
</div>
</div>
</div>
<footer id="footer" role="contentinfo"><p class="powered-by">{footer}</p></footer>
</div>
</body>
</html>
"""

    def date_line(self, art: Article) -> str:
        hour = art.published.hour % 12 or 12
        ampm = "AM" if art.published.hour < 12 else "PM"
        return f"Ngày đăng {dmy(art.published)} | {hour}:{art.published:%M} {ampm} | View count: {art.views}"

    def render_image(self, block: Block, src: str) -> str:
        out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px;"></p>'
        if block.text:
            out += f'\n<p style="text-align: center;"><em>{esc(block.text)}</em></p>'
        return out

    def image_src(self, art: Article, index: int) -> str:
        return f"/documents/10180/{art.num}/anh-{index}.jpg"

    def source_line(self, art: Article) -> str:
        if art.role == "copy":
            return f'<div class="asset-source">Nguồn: {esc(SITE_META[art.story.site]["title"])}</div>'
        if art.story.source:
            return f'<div class="asset-source">Nguồn: {esc(art.story.source)}</div>'
        return ""

    def article_main(self, art: Article) -> str:
        modified = ""
        if art.modified:
            m = art.modified
            modified = f'<div class="assetModifiedDate">Cập nhật: {dmy(m)} | {m.hour % 12 or 12}:{m:%M} {"AM" if m.hour < 12 else "PM"}</div>'
        lead = f'<p class="sapo"><strong>{esc(art.story.lead)}</strong></p>' if art.story.lead else ""
        return f"""<section class="portlet" id="portlet{self.instance}">
<div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{self.listing_path(1)}" title="Quay lại">Quay lại</a></span></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-full-content-title"><h3 class="header-title"><span>{esc(art.title)}</span></h3></div>
<div class="assetPublishDate">{self.date_line(art)}</div>
{modified}
<div class="asset-content" id="{self.instance}_{art.num}">
{lead}
<div class="journal-content-article">
{self.body_html(art)}
</div>
</div>
{self.source_line(art)}
<div class="asset-views">Đã xem: {art.views}</div>
<div class="taglib-social-bookmarks"><span class="share-label">Chia sẻ bài viết:</span>
<a class="social-bookmark facebook" href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art.path}" target="_blank">Facebook</a>
<a class="social-bookmark zalo" href="https://zalo.me/share?url={BASE}{art.path}" target="_blank">Zalo</a></div>
<div class="print-action"><a href="{attr(art.print_path or '')}" target="_blank" title="In bài viết">In bài viết</a> | <a href="{self.mail_path(art)}" rel="nofollow">Gửi email</a></div>
</div>
</div>
</section>
<section class="portlet other-news"><header class="portlet-topper"><h2 class="portlet-title">Các tin khác</h2></header>
{self.item_list(self.older_than(art), 'related', 'other-news')}
</section>"""

    def print_page(self, art: Article) -> str:
        lead = f'<p class="sapo"><strong>{esc(art.story.lead)}</strong></p>' if art.story.lead else ""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>{esc(self.doc_title(art))}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"></head>
<body class="portal-popup">
<div class="print-actions"><button onclick="window.print();" type="button">In trang này</button> <button onclick="window.close();" type="button">Đóng cửa sổ</button></div>
<div class="asset-full-content">
<div class="asset-full-content-title"><h3 class="header-title"><span>{esc(art.title)}</span></h3></div>
<div class="assetPublishDate">{self.date_line(art)}</div>
{lead}
<div class="journal-content-article">
{self.body_html(art)}
</div>
</div>
</body>
</html>
"""

    def pager(self, page: int, pages: int) -> str:
        links = []
        for n in range(1, pages + 1):
            links.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{attr(self.listing_path(n))}">{n}</a></li>')
        nxt = f'<li><a href="{attr(self.listing_path(page + 1))}">Tiếp</a></li>' if page < pages else ""
        return f'<div class="taglib-page-iterator"><ul class="pager lfr-pagination-buttons">{"".join(links)}{nxt}</ul></div>'


class NukeViet(SiteBuilder):
    """NukeViet 4 site of a provincial CDC (cdcnghean.vn style), with RSS feeds."""

    name = "cdc-nukeviet"
    platform = "nukeviet-4"
    server = "nginx"
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

    def article_path(self, art: Article) -> str:
        return f"/tin-hoat-dong/{slugify(art.title)}-{art.num}.html"

    def listing_path(self, page: int) -> str:
        return "/tin-hoat-dong/" if page == 1 else f"/tin-hoat-dong/page-{page}"

    def mail_path(self, art: Article) -> str:
        return f"/sendmail/?id={art.num}"

    def listing_intro(self, art: Article) -> str:
        return art.story.lead or ""

    def listing_intro_html(self, art: Article) -> str:
        return f'<div class="hometext text-justify">{esc(art.story.lead or "")}</div>'

    def doc_title(self, art: Article) -> str:
        return f"{art.title} - {self.title}"

    def image_src(self, art: Article, index: int) -> str:
        return f"/uploads/news/{art.published:%Y_%m}/{art.num}-{index}.jpg"

    def article_head(self, art: Article) -> str:
        return f"""<meta name="description" content="{attr(art.story.lead or '')}">
<meta property="og:title" content="{attr(art.title)}">
<meta property="og:type" content="website">
<meta property="og:description" content="{attr(art.story.lead or '')}">
<meta property="og:url" content="{BASE}{art.path}">
<link rel="canonical" href="{BASE}{art.path}">"""

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        menu = "".join(f'<li><a title="{attr(t)}" href="{h}">{esc(t)}</a></li>' for t, h in self.menu())
        crumb = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" itemprop="item"><span itemprop="name">{esc(t)}</span></a></li>' for t, h in crumbs)
        keywords = " ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in self.search_links())
        ext = "".join(f'<li><a href="{h}" target="_blank" rel="noopener">{esc(t)}</a></li>' for t, h in EXTERNAL_LINKS)
        visits, online = self.counter()
        footer = "".join(f"<p>{esc(x)}</p>" for x in self.footer_lines())
        if "og:type" not in head:
            head += '\n<meta property="og:type" content="website">'
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="NukeViet v4.5">
{head}
<link rel="alternate" href="/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="alternate" href="/rss/tin-hoat-dong/" title="Tin Tức - Tin hoạt động" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/nukeviet.css">
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{attr(self.title)}" href="/"><img src="/uploads/logo-cdc.png" alt="{attr(self.title)}"></a><span class="site_name">{esc(self.title.upper())}</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="language"><a href="/">Tiếng Việt</a> | <a href="{self.english_path}">English</a></div>
<div class="personalArea"><a href="{self.admin_path}" rel="nofollow">Đăng nhập</a></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<nav class="third-nav"><div class="container"><div class="headerSearch"><form action="{self.search_path}" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit">Tìm kiếm</button></form></div>
<div class="hot-tags">Tìm nhiều: {keywords}</div>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">{crumb}</ul></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body">{self.item_list(self.newest(), 'sidebar', 'block-news')}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin đọc nhiều</div><div class="panel-body">{self.item_list(self.most_read(), 'sidebar', 'block-news')}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><ul>{ext}<li><a href="{self.meta['facebook']}" target="_blank">Facebook CDC</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><p>{online}</p><p>{visits}</p></div></div>
</div>
</div></div></section>
<footer id="footer"><div class="container">{footer}<p>Vận hành bởi hệ thống NukeViet</p></div></footer>
</div></div>
</body>
</html>
"""

    def newer_than(self, art: Article, n: int = 4) -> list[Article]:
        i = self.articles.index(art)
        return list(reversed(self.articles[max(0, i - n):i]))

    def article_main(self, art: Article) -> str:
        weekday = WEEKDAYS[art.published.weekday()]
        modified = ""
        if art.modified:
            modified = f'<span class="hidden hide d-none" itemprop="dateModified" content="{iso(art.modified)}">{iso(art.modified)}</span>'
        author = art.story.author
        source = SITE_META[art.story.site]["title"]
        meta = ""
        if author:
            meta += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(author)}</p>'
        meta += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(source)}</p>'
        newer, older = self.newer_than(art), self.older_than(art, 4)
        lists = ""
        if newer:
            lists += f'<p class="h3"><strong>Những tin mới hơn</strong></p>\n{self.item_list(newer)}'
        lists += f'<p class="h3"><strong>Những tin cũ hơn</strong></p>\n{self.item_list(older)}'
        return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(art.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(author or source)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished" content="{iso(art.published)}">{iso(art.published)}</span>
{modified}
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{weekday} - {dmy(art.published)} {hm(art.published)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="{self.mail_path(art)}"><em class="fa fa-envelope fa-lg"></em> Gửi email</a></li>
<li><a class="dimgray" rel="nofollow" title="In bài viết" href="javascript:void(0);" onclick="window.print();"><em class="fa fa-print fa-lg"></em> In bài viết</a></li>
</ul></div>
</div>
<div class="clearfix">
<div class="hometext m-bottom" itemprop="description">{esc(art.story.lead or '')}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self.body_html(art)}
</div>
</div>
<div class="margin-bottom-lg">{meta}</div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="socialicon"><span>Chia sẻ bài viết:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art.path}" target="_blank">Facebook</a> <a href="https://zalo.me/share?url={BASE}{art.path}" target="_blank">Zalo</a></div>
<p>Đã xem: {art.views}</p>
<div class="rating"><p>Tổng số điểm của bài viết là: {art.views % 40 + 10} trong {art.views % 9 + 2} đánh giá</p><p>Click để đánh giá bài viết</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{lists}
</div></div>"""

    def pager(self, page: int, pages: int) -> str:
        items = []
        if page > 1:
            items.append(f'<li><a href="{self.listing_path(page - 1)}" title="Trang trước">«</a></li>')
        for n in range(1, pages + 1):
            items.append(f'<li class="active"><a href="#">{n}</a></li>' if n == page else f'<li><a href="{self.listing_path(n)}">{n}</a></li>')
        if page < pages:
            items.append(f'<li><a href="{self.listing_path(page + 1)}" title="Trang sau">»</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'

    def build_extras(self) -> None:
        """RSS 2.0 feeds, the only feeds among the five platforms (as on cdcnghean.vn)."""
        self.add("/rss/", "pages/rss.xml", self.rss("Tin Tức", "/"), content_type="application/rss+xml; charset=utf-8")
        self.add("/rss/tin-hoat-dong/", "pages/rss-tin-hoat-dong.xml", self.rss("Tin Tức - Tin hoạt động", "/tin-hoat-dong/"),
                 content_type="application/rss+xml; charset=utf-8")

    def rss(self, title: str, channel_path: str) -> str:
        items = []
        for art in self.articles:
            pub = art.published.strftime("%a, %d %b %Y %H:%M:%S +0700")
            items.append(f"""<item>
<title>{esc(art.title)}</title>
<link>{BASE}{art.path}</link>
<guid isPermaLink="false">{art.num}</guid>
<description><![CDATA[{art.story.lead or ''}]]></description>
<pubDate>{pub}</pubDate>
</item>""")
        build = self.articles[0].published.strftime("%a, %d %b %Y %H:%M:%S +0700")
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(title)} - {esc(self.title)}</title>
<link>{BASE}{channel_path}</link>
<atom:link href="{BASE}/rss/" rel="self" type="application/rss+xml"/>
<description>{esc(self.title)}</description>
<language>vi</language>
<lastBuildDate>{build}</lastBuildDate>
<generator>NukeViet v4.5</generator>
{chr(10).join(items)}
</channel>
</rss>
"""


class WordPress(SiteBuilder):
    """WordPress site of a provincial hospital, with comments and a core sitemap."""

    name = "benhvien-wordpress"
    platform = "wordpress"
    server = "Apache"
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

    def article_path(self, art: Article) -> str:
        return f"/{art.published:%Y/%m}/{slugify(art.title)}/"

    def listing_path(self, page: int) -> str:
        return "/tin-tuc/" if page == 1 else f"/tin-tuc/page/{page}/"

    def mail_path(self, art: Article) -> str:
        return f"/gui-email/?p={art.num}"

    def link(self, art: Article, where: str = "related") -> str:
        """Posts shared from the home page carry tracking parameters."""
        if where == "home" and art is self.articles[0]:
            return f"{art.path}?utm_source=zalo&utm_medium=social"
        return art.path

    def article_any_query(self) -> bool:
        return True  # ?replytocom=N

    def doc_title(self, art: Article) -> str:
        return f"{esc(art.title)} &#8211; {esc(self.title)}"

    def image_src(self, art: Article, index: int) -> str:
        return f"/wp-content/uploads/{art.published:%Y/%m}/{slugify(art.title)[:30]}-{index}.jpg"

    def article_head(self, art: Article) -> str:
        return f"""<link rel="canonical" href="{BASE}{art.path}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(art.title)}">
<meta property="article:published_time" content="{iso(art.published)}">"""

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        menu = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in self.menu())
        crumb = " » ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs)
        tags = " ".join(f'<a href="{p}" class="tag-cloud-link">{esc(label)}</a>' for p, label, _, _ in self.topics)
        ext = "".join(f'<li><a href="{h}" target="_blank" rel="noopener">{esc(t)}</a></li>' for t, h in EXTERNAL_LINKS)
        visits, online = self.counter()
        footer = "".join(f"<p>{esc(x)}</p>" for x in self.footer_lines())
        keywords = " ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in self.search_links())
        title_html = title if "&#8211;" in title else esc(title)
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_html}</title>
<meta name="robots" content="max-image-preview:large">
{head}
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/benhvien/style.css?ver=1.2" media="all">
</head>
<body class="wp-singular">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
<div class="top-bar"><span class="hotline">Hotline cấp cứu: {esc(self.meta['hotline'])}</span> <span class="lang"><a href="/">Tiếng Việt</a> | <a href="{self.english_path}">English</a></span> <a href="{self.admin_path}" rel="nofollow">Đăng nhập</a></div>
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(self.title.upper())}</a></p><p class="site-description">Vì sức khỏe nhân dân</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>
</header>
<div id="content" class="site-content">
<div class="breadcrumbs">{crumb}</div>
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.search_path}"><input type="search" class="search-field" name="q" placeholder="Tìm kiếm …"><button type="submit">Tìm kiếm</button></form><p class="hot">Tìm nhiều: {keywords}</p></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Tin mới</h2>{self.item_list(self.newest(), 'sidebar', 'recent')}</section>
<section class="widget widget_popular"><h2 class="widget-title">Tin đọc nhiều</h2>{self.item_list(self.most_read(), 'sidebar', 'popular')}</section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">{tags}</div></section>
<section class="widget widget_links"><h2 class="widget-title">Liên kết website</h2><ul>{ext}<li><a href="{self.meta['facebook']}" target="_blank">Facebook bệnh viện</a></li></ul></section>
<section class="widget widget_counter"><h2 class="widget-title">Thống kê</h2><p>{visits}</p><p>{online}</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer}</div></footer>
</div>
</body>
</html>
"""

    def render_image(self, block: Block, src: str) -> str:
        cap = f'<figcaption class="wp-element-caption">{esc(block.text)}</figcaption>' if block.text else ""
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" class="wp-image-{int(hashlib.md5(src.encode()).hexdigest()[:6], 16) % 9000 + 1000}">{cap}</figure>'

    def tag_links(self, art: Article) -> str:
        links = [f'<a href="{p}" rel="tag">{esc(label)}</a>' for p, label, tag, why in self.topics if tag in art.story.tags]
        return ", ".join(links)

    def comments_html(self, art: Article) -> str:
        if not art.story.comments:
            return ""
        items = []
        for k in range(art.story.comments):
            name, text = COMMENTS[k % len(COMMENTS)]
            cid = art.num * 10 + k
            when = art.published + dt.timedelta(days=k + 1, hours=3)
            items.append(f"""<li id="comment-{cid}" class="comment even thread-even depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(name)}</b> <span class="says">viết:</span></div>
<div class="comment-metadata"><a href="{art.path}#comment-{cid}"><time datetime="{iso(when)}">{dmy(when)} lúc {hm(when)}</time></a></div></footer>
<div class="comment-content"><p>{esc(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{art.path}?replytocom={cid}#respond" aria-label="Trả lời {attr(name)}">Trả lời</a></div>
</article></li>""")
        return f'<h2 class="comments-title">{art.story.comments} bình luận</h2>\n<ol class="comment-list">\n' + "\n".join(items) + "\n</ol>"

    def article_main(self, art: Article) -> str:
        i = self.articles.index(art)
        prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
        next_a = self.articles[i - 1] if i > 0 else None
        nav = ""
        if prev_a:
            nav += f'<div class="nav-previous"><a href="{prev_a.path}" rel="prev"><span class="meta-nav">Bài trước</span> {esc(prev_a.title)}</a></div>'
        if next_a:
            nav += f'<div class="nav-next"><a href="{next_a.path}" rel="next"><span class="meta-nav">Bài tiếp theo</span> {esc(next_a.title)}</a></div>'
        updated = ""
        if art.modified:
            updated = f' <time class="updated" datetime="{iso(art.modified)}">Cập nhật: {dmy(art.modified)}</time>'
        related = self.same_topic(art) or self.older_than(art, 3)
        tags = self.tag_links(art)
        tag_html = f'<span class="tags-links">Thẻ: {tags}</span>' if tags else ""
        lead = f'<p class="lead"><strong>{esc(art.story.lead)}</strong></p>\n' if art.story.lead else ""
        return f"""<article id="post-{art.num}" class="post-{art.num} post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<header class="entry-header">
<h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="{art.path}" rel="bookmark"><time class="entry-date published" datetime="{iso(art.published)}">{dmy(art.published)}</time></a>{updated}</span> <span class="post-views">Đã xem: {art.views}</span></div>
</header>
<div class="entry-content">
{lead}{self.body_html(art)}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/tin-tuc/" rel="category tag">Tin tức</a></span> {tag_html}</footer>
</article>
<div class="share-box"><span>Chia sẻ bài viết:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art.path}" target="_blank" rel="nofollow">Facebook</a> <a href="javascript:window.print()">In bài viết</a> <a href="{self.mail_path(art)}" rel="nofollow">Gửi email</a></div>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
<div class="related-posts"><h3 class="related-title">Tin liên quan</h3>{self.item_list(related)}</div>
<div id="comments" class="comments-area">
{self.comments_html(art)}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{art.path}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" value="{art.num}" id="comment_post_ID"></p>
</form>
</div>
</div>"""

    def pager(self, page: int, pages: int) -> str:
        items = []
        for n in range(1, pages + 1):
            items.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page else f'<a class="page-numbers" href="{self.listing_path(n)}">{n}</a>')
        if page < pages:
            items.append(f'<a class="next page-numbers" href="{self.listing_path(page + 1)}">Trang sau »</a>')
        return f'<nav class="navigation pagination"><div class="nav-links">{"".join(items)}</div></nav>'

    def robots_lines(self) -> list[str]:
        return ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php",
                f"Disallow: {self.search_path}", "", f"Sitemap: {BASE}/wp-sitemap.xml"]

    def build_extras(self) -> None:
        """WordPress core sitemaps: an index pointing at one posts sitemap with every post."""
        index = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{BASE}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>
"""
        urls = "".join(f"<url><loc>{BASE}{a.path}</loc><lastmod>{iso(a.modified or a.published)}</lastmod></url>" for a in self.articles)
        posts = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""
        xml = "application/xml; charset=UTF-8"
        self.add("/wp-sitemap.xml", "pages/wp-sitemap.xml", index, content_type=xml)
        self.add("/wp-sitemap-posts-post-1.xml", "pages/wp-sitemap-posts-post-1.xml", posts, content_type=xml)


class Joomla(SiteBuilder):
    """Joomla 3 site of a provincial CDC (quangnamcdc.gov.vn style)."""

    name = "cdc-joomla"
    platform = "joomla-3"
    server = "Apache/2.4.41 (Ubuntu)"
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

    def article_path(self, art: Article) -> str:
        return f"/index.php/tin-tuc/{art.num}-{slugify(art.title)}.html"

    def print_path(self, art: Article) -> str:
        return f"{art.path}?tmpl=component&print=1"

    def listing_path(self, page: int) -> str:
        base = "/index.php/tin-tuc.html"
        return base if page == 1 else f"{base}?start={(page - 1) * self.per_page}"

    def mail_path(self, art: Article) -> str:
        token = hashlib.sha1(art.path.encode()).hexdigest()
        return f"/index.php/component/mailto/?tmpl=component&template=protostar&link={token}"

    def menu(self) -> list[tuple[str, str]]:
        items = super().menu()
        return [("Trang chủ", "/index.php")] + items[1:]

    def listing_intro(self, art: Article) -> str:
        return art.story.lead or ""

    def listing_intro_html(self, art: Article) -> str:
        return f'<div class="item-intro"><p>{esc(art.story.lead or "")}</p></div><p class="readmore"><a class="btn" href="{art.path}">Xem thêm...</a></p>'

    def doc_title(self, art: Article) -> str:
        return art.title

    def joomla_date(self, moment: dt.datetime) -> str:
        return f"{WEEKDAYS[moment.weekday()]}, {moment:%d} Tháng {moment.month} {moment.year} {hm(moment)}"

    def render_image(self, block: Block, src: str) -> str:
        out = f'<p style="text-align: center;"><img src="{src}" alt="" width="600"></p>'
        if block.text:
            out += f'\n<p class="caption" style="text-align: center;"><em>{esc(block.text)}</em></p>'
        return out

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        menu = "".join(f'<li class="item-{100 + i}"><a href="{h}">{esc(t)}</a></li>' for i, (t, h) in enumerate(self.menu()))
        crumb = '<li class="active">Bạn đang ở: &nbsp;</li>' + "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{h}" class="pathway"><span itemprop="name">{esc(t)}</span></a><span class="divider"> / </span></li>'
            for t, h in crumbs)
        keywords = " ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in self.search_links())
        ext = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for t, h in EXTERNAL_LINKS)
        visits, online = self.counter()
        footer = "".join(f"<p>{esc(x)}</p>" for x in self.footer_lines())
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{head}
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
</head>
<body class="site com_content view-article no-layout no-task itemid-105">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/index.php"><img src="/images/logo-cdc.png" alt="{attr(self.title)}"><span class="site-title" title="{attr(self.title)}">{esc(self.title.upper())}</span></a>
<div class="header-search pull-right"><div class="lang"><a href="/index.php">Tiếng Việt</a> | <a href="{self.english_path}">English</a></div>
<form action="{self.search_path}" method="get" class="form-inline"><input name="q" class="inputbox search-query" type="search" placeholder="Tìm kiếm..."><button class="btn" type="submit">Tìm kiếm</button></form>
<div class="hot">Tìm nhiều: {keywords}</div></div>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">{menu}<li><a href="{self.admin_path}" rel="nofollow">Đăng nhập</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{crumb}</ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
<div class="well"><h3 class="page-header">Tin mới</h3>{self.item_list(self.newest(), 'sidebar', 'latestnews mod-list')}</div>
<div class="well"><h3 class="page-header">Tin đọc nhiều</h3>{self.item_list(self.most_read(), 'sidebar', 'mostread mod-list')}</div>
<div class="well"><h3 class="page-header">Liên kết website</h3><ul>{ext}<li><a href="{self.meta['facebook']}" target="_blank">Facebook</a></li></ul></div>
<div class="well"><h3 class="page-header">Thống kê truy cập</h3><p>{visits}</p><p>{online}</p></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr>{footer}<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>
"""

    def info_block(self, art: Article) -> str:
        modified = ""
        if art.modified:
            modified = f'<dd class="modified"><span class="icon-calendar"></span><time datetime="{iso(art.modified)}" itemprop="dateModified">Cập nhật lần cuối: {self.joomla_date(art.modified)}</time></dd>'
        return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Chuyên mục: <a href="{self.listing_path(1)}" itemprop="genre">Tin tức</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{iso(art.published)}" itemprop="datePublished">Ngày đăng: {self.joomla_date(art.published)}</time></dd>
{modified}
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{art.views}">Đã xem: {art.views}</dd>
</dl>"""

    def article_body(self, art: Article) -> str:
        lead = f'<p class="lead"><strong>{esc(art.story.lead)}</strong></p>\n' if art.story.lead else ""
        return f'<div itemprop="articleBody">\n{lead}{self.body_html(art)}\n</div>'

    def article_main(self, art: Article) -> str:
        i = self.articles.index(art)
        prev_a = self.articles[i - 1] if i > 0 else None
        next_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
        pager = ""
        if prev_a:
            pager += f'<li class="previous"><a class="hasTooltip" title="{attr(prev_a.title)}" href="{prev_a.path}" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
        if next_a:
            pager += f'<li class="next"><a class="hasTooltip" title="{attr(next_a.title)}" href="{next_a.path}" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li>'
        related = self.same_topic(art)
        related_html = f'<div class="moduletable related-items"><h3>Tin liên quan</h3>{self.item_list(related)}</div>' if related else ""
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{esc(art.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right">
<ul class="dropdown-menu">
<li class="print-icon"><a href="{attr(art.print_path or '')}" title="In bài viết" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print"></span> In bài viết</a></li>
<li class="email-icon"><a href="{attr(self.mail_path(art))}" title="Gửi email" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span> Gửi email</a></li>
</ul></div></div>
{self.info_block(art)}
{self.article_body(art)}
<div class="share"><span>Chia sẻ bài viết:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art.path}" target="_blank">Facebook</a></div>
<ul class="pager pagenav">{pager}</ul>
</div>
{related_html}
<div class="moduletable other-items"><h3>Các tin khác</h3>{self.item_list(self.older_than(art, 5))}</div>"""

    def print_page(self, art: Article) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8"><title>{esc(art.title)}</title><meta name="robots" content="noindex, nofollow"></head>
<body class="contentpane modal">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In trang này</a> <a href="#" onclick="window.close();return false;">Đóng cửa sổ</a></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(art.title)}</h2></div>
{self.info_block(art)}
{self.article_body(art)}
</div>
</body>
</html>
"""

    def pager(self, page: int, pages: int) -> str:
        items = [f'<li><a href="{attr(self.listing_path(1))}">Đầu</a></li>']
        for n in range(1, pages + 1):
            items.append(f'<li class="active"><a>{n}</a></li>' if n == page else f'<li><a href="{attr(self.listing_path(n))}">{n}</a></li>')
        items.append(f'<li><a href="{attr(self.listing_path(pages))}">Cuối</a></li>')
        return f'<div class="pagination"><ul>{"".join(items)}</ul><p class="counter pull-right">Trang {page} / {pages}</p></div>'

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

    def article_path(self, art: Article) -> str:
        return f"/tin-tuc/ArticleID/{art.num}/{slugify(art.title)}"

    def listing_path(self, page: int) -> str:
        return "/Default.aspx?tabid=144"

    def mail_path(self, art: Article) -> str:
        return f"/gui-email.aspx?ArticleID={art.num}"

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

    def doc_title(self, art: Article) -> str:
        return f"{self.title} > Tin tức"

    def image_src(self, art: Article, index: int) -> str:
        return f"/Portals/0/Images/{art.published:%Y}/{art.num}_{index}.jpg"

    def render_image(self, block: Block, src: str) -> str:
        cap = f'\n<tr><td class="caption" style="text-align: center;">{esc(block.text)}</td></tr>' if block.text else ""
        return f'<table class="image" align="center" border="0"><tbody><tr><td><img src="{src}" alt="" width="560"></td></tr>{cap}</tbody></table>'

    def date_line(self, art: Article) -> str:
        p = art.published
        if not art.show_time:
            return f"Ngày đăng: {dmy(p)}"
        if art.story.datefmt == "weekday" and art.role == "original":
            return f"{WEEKDAYS[p.weekday()].title()} {dmy(p)} {hm(p)}"
        return f"{dmy(p)} - {hm(p)}"

    def shell(self, *, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "", path: str = "/") -> str:
        menu = "".join(f'<li class="rmItem"><a class="rmLink" href="{attr(h)}"><span class="rmText">{esc(t)}</span></a></li>' for t, h in self.menu())
        crumb = " &gt; ".join(f'<a href="{attr(h)}" class="Breadcrumb">{esc(t)}</a>' for t, h in crumbs)
        keywords = " ".join(f'<a href="{attr(h)}">{esc(t)}</a>' for t, h in self.search_links())
        ext = "".join(f'<option value="{h}">{esc(t)}</option>' for t, h in EXTERNAL_LINKS)
        ext_links = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for t, h in EXTERNAL_LINKS)
        visits, online = self.counter()
        footer = "<br>".join(esc(x) for x in self.footer_lines())
        viewstate = hashlib.sha256(path.encode()).hexdigest()
        return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="text/javascript" http-equiv="Content-Script-Type">
<title>
	{esc(title)}
</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW">
{head}
<link href="/Portals/_default/Skins/TTYT/skin.css" type="text/css" rel="stylesheet">
</head>
<body id="Body">
<form method="post" action="{attr(path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg{viewstate}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="dnn_wrapper">
<div class="header">
<div class="lang"><a href="/">Tiếng Việt</a> | <a href="{self.english_path}">English</a> | <a id="dnn_dnnLOGIN_loginLink" href="{self.admin_path}?returnurl=%2f" rel="nofollow">Đăng nhập</a></div>
<h1 class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{attr(self.title)}" href="/">{esc(self.title.upper())}</a></h1>
</div>
<div id="dnn_dnnMENU_RadMenu1" class="RadMenu RadMenu_Default"><ul class="rmRootGroup rmHorizontal">{menu}</ul></div>
<div class="searchBar"><input name="dnn$dnnSEARCH$txtSearch" type="text" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox"><a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="{self.search_path}?q=">Tìm kiếm</a> <span class="hot">Từ khóa: {keywords}</span></div>
<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumb}</span></div>
<table class="layout" cellpadding="0" cellspacing="0"><tbody><tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top">
<div class="DnnModule DnnModule-NewsArticles DnnModule-512"><div class="c_title"><h2 class="title"><span id="dnn_ctr512_dnnTITLE_lblTitle" class="TitleHead">Tin mới</span></h2></div>
<div id="dnn_ctr512_ContentPane">{self.item_list(self.newest(), 'sidebar', 'latest')}</div></div>
<div class="DnnModule DnnModule-NewsArticles DnnModule-513"><div class="c_title"><h2 class="title"><span id="dnn_ctr513_dnnTITLE_lblTitle" class="TitleHead">Tin đọc nhiều</span></h2></div>
<div id="dnn_ctr513_ContentPane">{self.item_list(self.most_read(), 'sidebar', 'popular')}</div></div>
<div class="DnnModule DnnModule-514"><div class="c_title"><h2 class="title"><span class="TitleHead">Liên kết website</span></h2></div>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{ext}</select><ul>{ext_links}<li><a href="{self.meta['facebook']}" target="_blank">Facebook</a></li></ul></div>
<div class="DnnModule DnnModule-515"><div class="c_title"><h2 class="title"><span class="TitleHead">Thống kê truy cập</span></h2></div>
<p>{visits}</p><p>{online}</p></div>
</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
{main}
</td>
</tr></tbody></table>
<div class="footer"><div id="dnn_FooterPane">{footer}</div><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2025 by {esc(self.title)}</span></div>
</div>
</form>
</body>
</html>
"""

    def article_main(self, art: Article) -> str:
        modified = ""
        if art.modified:
            modified = f' <span id="dnn_ctr507_ArticleDetails_lblUpdated" class="updated">Cập nhật lúc: {hm(art.modified)} {dmy(art.modified)}</span>'
        lead = f"<p><strong>{esc(art.story.lead)}</strong></p>" if art.story.lead else ""
        return f"""<div class="DnnModule DnnModule-NewsArticles DnnModule-507"><a name="507"></a>
<div id="dnn_ctr507_ContentPane"><div id="dnn_ctr507_ModuleContent" class="DNNModuleContent ModNewsArticlesC">
<div class="article">
<div class="articleHead"><span id="dnn_ctr507_ArticleDetails_lblTitle" class="articleTitle">{esc(art.title)}</span></div>
<div class="articleDate"><span id="dnn_ctr507_ArticleDetails_lblDate">{self.date_line(art)}</span>{modified} | <span id="dnn_ctr507_ArticleDetails_lblViews">Đã xem: {art.views}</span></div>
<div id="dnn_ctr507_ArticleDetails_divSummary" class="articleSummary">{lead}</div>
<div id="dnn_ctr507_ArticleDetails_divContent" class="articleContent Normal">
{self.body_html(art)}
</div>
<div class="articleTools">Chia sẻ bài viết: <a href="https://www.facebook.com/sharer/sharer.php?u={BASE}{art.path}" target="_blank">Facebook</a> | <a href="javascript:window.print();">In bài viết</a> | <a href="{self.mail_path(art)}">Gửi email</a></div>
</div>
<div class="otherNews"><span class="otherNewsTitle">Các tin khác</span>
{self.item_list(self.older_than(art), 'related', 'otherNewsList')}
</div>
</div></div></div>"""

    def pager(self, page: int, pages: int) -> str:
        return self.postback_pager()

    def postback_pager(self) -> str:
        links = " ".join(
            f"<a href=\"javascript:__doPostBack('dnn$ctr507$ArticleList$rptPager$ctl0{n - 1}$lnkPage','')\">{n}</a>" for n in (2, 3)
        )
        return f'<div class="pager">Trang: <span class="current">1</span> {links}</div>'

    def listing_main(self, heading: str, items: list[Article], page: int, pages: int) -> str:
        """Only page 1 exists as a URL; "Trang 2, 3" are postbacks a crawler cannot follow."""
        main = super().listing_main(heading, items, page, pages)
        return main.removesuffix("</div>") + self.postback_pager() + "</div>"

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


def pick_must_contain(story: Story, others: list[str]) -> list[str]:
    """Two sentences no other story contains, plus the first caption (or byline line)."""
    picked: list[str] = []
    paragraphs = [b.text for b in story.blocks if b.kind == "p"]
    candidates = [s for p in paragraphs for s in sentences(p) if "\xa0" not in s]
    for sent in candidates[:1] + candidates[-2:] + candidates[1:]:
        if sent not in picked and not any(sent in o for o in others):
            picked.append(sent)
        if len(picked) == 2:
            break
    caption = next((b.text for b in story.blocks if b.kind == "img" and b.text and not any(b.text in o for o in others)), None)
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
    stories = [s for name in SITE_META for s in load_stories(name)]
    placed: dict[str, list[Article]] = {name: [] for name in SITE_META}
    by_story: dict[str, list[Article]] = {}
    for story in stories:
        arts = [Article(story, story.site, "original", story.published)]
        if story.copy:
            arts.append(Article(story, story.copy[0], "copy", story.copy[1]))
        for art in arts:
            placed[art.site].append(art)
        by_story[story.sid] = arts
    builders = []
    for cls in PLATFORMS:
        meta = SITE_META[cls.name] | {"name": cls.name, "platform": cls.platform}
        builder = cls(meta, placed[cls.name])
        builder.build()
        builders.append(builder)
    texts = {s.sid: "\n".join(s.units()) for s in stories}
    expected_stories = []
    for story in sorted(stories, key=lambda s: s.sid):
        others = [t for sid, t in texts.items() if sid != story.sid]
        pages = [p for art in by_story[story.sid] for p in expected_pages(art)]
        expected_stories.append({"id": story.sid, "must_contain": pick_must_contain(story, others), "pages": pages})
    expected = {
        "stories": expected_stories,
        "non_articles": [n for b in builders for n in b.non_articles],
        "robots_disallowed": [{"site": b.name, "path": p} for b in builders for p in b.disallowed],
        "boilerplate": {b.name: b.boilerplate() for b in builders},
    }
    return builders, expected


# --------------------------------------------------------------------------- checks


def decode_page(body: bytes) -> str:
    if b"charset=windows-1258" in body[:2000]:
        return unicodedata.normalize("NFC", body.decode("cp1258"))
    return body.decode("utf-8")


def check(builders: list[SiteBuilder], expected: dict) -> list[str]:
    """Everything the fixtures promise, checked before a single file is written."""
    problems: list[str] = []
    by_site = {b.name: b for b in builders}
    stories = {a.story.sid: a.story for b in builders for a in b.articles}
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
        article_texts = [visible_text(decode_page(builder.page_bytes(t))) for t in targets]
        for needle in expected["boilerplate"][builder.name]:
            if needle in site_texts:
                problems.append(f"{builder.name}: boilerplate {needle!r} occurs in an article")
            if not any(needle in t for t in article_texts):
                problems.append(f"{builder.name}: boilerplate {needle!r} on no article page")
        counts = len(builder.articles)
        if not 8 <= counts <= 11:
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
