"""Build the extraction evaluation corpus (issue 3) from `bench/stories/<family>.txt`.

Run `python bench/build_corpus.py`: it rewrites `bench/corpus/<family>/*.html` and
`bench/corpus/index.json`, and refuses to write anything when a check fails
(word counts, reference segments missing from a page, boilerplate that also
occurs in an article, ...). The output is deterministic and committed;
`bench/extraction.py` and the tests only read it.

Ten platform families, three publishers per family, each publisher with its
own theme (title in h1/h2/h3/span/div, date before or after the title, with or
without a label or weekday, 12-hour clocks, modified dates, view counts), and
three stories per publisher. Pages are as noisy as the real sites: menus,
breadcrumbs, sidebar boxes with `h1`s and other articles' titles and dates,
related lists, share bars, comment forms, counters, footers. Every piece of page
furniture is written through `Page.n()`, which records it as a `must_not_contain`
string of that page; captions ("Ảnh: …") and closing bylines belong to the
article and are in its reference body.

Four families are held out (`HELD_OUT`: SharePoint, Oracle WebCenter, Drupal and
the local-vendor ASP.NET portals): `bench/extraction.py` scores them only when asked,
at the end of tuning.

Nothing here is copied from `crawler/demo/`: new stories, new markup.
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

HERE = Path(__file__).parent
STORIES = HERE / "stories"
CORPUS = HERE / "corpus"

FAMILIES = ("liferay62", "liferay7", "sharepoint", "dnn", "nukeviet", "joomla", "wordpress", "webcenter",
            "drupal", "vendorcms")
HELD_OUT = ("sharepoint", "webcenter", "drupal", "vendorcms")
FAMILY_NAMES = {
    "liferay62": "Liferay 6.2", "liferay7": "Liferay 7 / VNPT portal", "sharepoint": "SharePoint",
    "dnn": "DotNetNuke", "nukeviet": "NukeViet", "joomla": "Joomla", "wordpress": "WordPress",
    "webcenter": "Oracle WebCenter", "drupal": "Drupal", "vendorcms": "Local-vendor ASP.NET portal",
}

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
WP_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str, limit: int = 120) -> str:
    """ASCII slug as these CMSes make it: tone marks dropped, đ -> d."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def num(key: str, lo: int, hi: int) -> int:
    """A deterministic number in [lo, hi) from a key (ids, view counts)."""
    return lo + int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % (hi - lo)


def to_cp1258(text: str) -> bytes:
    """windows-1258 as old IIS sites stored it: vowel modifiers precomposed, tone
    marks as separate combining characters."""
    modifiers = {"\u0302", "\u0306", "\u031b"}
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        kept = "".join(m for m in marks if m in modifiers)
        tones = "".join(m for m in marks if m not in modifiers)
        out.append(unicodedata.normalize("NFC", base + kept) + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


# --------------------------------------------------------------------------- dates


def dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def hm(d: dt.datetime) -> str:
    return d.strftime("%H:%M")


def weekday(d: dt.date, cap: bool = False) -> str:
    name = WEEKDAYS[d.weekday()]
    return name.title() if cap else name


def clock12(d: dt.datetime, marks: tuple[str, str] = ("AM", "PM"), pad: bool = False, seconds: bool = False) -> str:
    hour = d.hour % 12 or 12
    text = f"{hour:02d}" if pad else str(hour)
    text += f":{d:%M}" + (f":{d:%S}" if seconds else "")
    return f"{text} {marks[d.hour >= 12]}"


def vi_long(d: dt.date) -> str:
    """"9 tháng 06 năm 2024", as some portals write dates."""
    return f"{d.day} tháng {d.month:02d} năm {d.year}"


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True)
class Block:
    kind: str  # "p" | "img" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Story:
    id: str
    family: str
    site: str
    title: str
    published: dt.datetime
    show_time: bool
    lead: str
    blocks: list[Block]
    byline: list[str]
    modified: dt.datetime | None = None
    category: str | None = None
    encoding: str = "utf-8"

    def body_lines(self) -> list[str]:
        """The reference text: lead, paragraphs, captions, table rows, byline."""
        out = [self.lead]
        for block in self.blocks:
            if block.kind == "table":
                out.extend(" | ".join(row) for row in block.rows)
            elif block.text:
                out.append(block.text)
        return out + self.byline

    def published_value(self) -> str:
        return iso(self.published) if self.show_time else self.published.strftime("%Y-%m-%d")

    def captions(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "img" and b.text]

    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "p"]


def _date(value: str) -> tuple[dt.datetime, bool]:
    value = value.strip()
    if len(value) == 10:
        return dt.datetime.strptime(value, "%Y-%m-%d"), False
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M"), True


def parse_story(family: str, section: str) -> Story:
    head, _, body = section.strip().partition("\n\n")
    lines = head.strip().split("\n")
    sid = lines[0].removeprefix("===").strip()
    meta = dict(line.split(": ", 1) for line in lines[1:])
    published, show_time = _date(meta["date"])
    blocks: list[Block] = []
    byline: list[str] = []
    for chunk in (c.strip() for c in body.strip().split("\n\n")):
        rows = chunk.split("\n")
        if all(r.startswith("~ ") for r in rows):
            byline = [r[2:].strip() for r in rows]
        elif all(r.startswith("|") for r in rows):
            blocks.append(Block("table", rows=tuple(tuple(c.strip() for c in r.strip("|").split("|")) for r in rows)))
        elif chunk.startswith("!"):
            blocks.append(Block("img", text=chunk[1:].strip()))
        else:
            blocks.append(Block("p", text=" ".join(r.strip() for r in rows)))
    lead = blocks.pop(0).text
    return Story(
        id=sid, family=family, site=meta["site"], title=meta["title"], published=published,
        show_time=show_time, lead=lead, blocks=blocks, byline=byline,
        modified=_date(meta["modified"])[0] if "modified" in meta else None,
        category=meta.get("category"), encoding=meta.get("encoding", "utf-8"),
    )


def load_stories(family: str) -> list[Story]:
    text = unicodedata.normalize("NFC", (STORIES / f"{family}.txt").read_text("utf-8"))
    text = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    return [parse_story(family, s) for s in re.split(r"(?m)^(?==== )", text) if s.strip()]


# --------------------------------------------------------------------------- publishers

# Each publisher has its own theme (0, 1, 2 within its family). Names are real
# units of DOMAIN.md and beyond; every story and every page is invented.
SITES: dict[str, dict] = {
    # Liferay 6.2
    "hanoi": dict(family="liferay62", theme=0, name="Sở Y tế Hà Nội", host="soyte.hanoi.gov.vn",
                  address="Số 4 Sơn Tây, phường Kim Mã, quận Ba Đình, Hà Nội", phone="024.3998.5765",
                  email="vanphong_soyt@hanoi.gov.vn", editor="Giám đốc Sở Y tế Hà Nội"),
    "chogao": dict(family="liferay62", theme=1, name="Trung tâm Y tế huyện Chợ Gạo", host="ttytchogao.soytetiengiang.gov.vn",
                   address="Ấp Bình Hòa Long, thị trấn Chợ Gạo, tỉnh Tiền Giang", phone="0273.3855.216",
                   email="ttytchogao@tiengiang.gov.vn", editor="Giám đốc Trung tâm Y tế"),
    "laothainguyen": dict(family="liferay62", theme=2, name="Bệnh viện Lao và Bệnh phổi Thái Nguyên",
                          host="benhvienlaovabenhphoi.thainguyen.gov.vn",
                          address="Phường Đồng Bẩm, thành phố Thái Nguyên", phone="0208.3846.522",
                          email="bvlaobp@thainguyen.gov.vn", editor="Giám đốc bệnh viện"),
    # Liferay 7 / VNPT portal
    "moh": dict(family="liferay7", theme=0, name="Bộ Y tế", host="moh.gov.vn",
                address="138A Giảng Võ, Ba Đình, Hà Nội", phone="024.6273.2273",
                email="byt@moh.gov.vn", editor="Vụ Truyền thông và Thi đua, khen thưởng"),
    "camau": dict(family="liferay7", theme=1, name="Sở Y tế tỉnh Cà Mau", host="soyte.camau.gov.vn",
                  address="Số 155 Bùi Thị Trường, Phường 5, thành phố Cà Mau", phone="0290.3831.047",
                  email="soyte@camau.gov.vn", editor="Giám đốc Sở Y tế"),
    "bacgiang": dict(family="liferay7", theme=2, name="Sở Y tế tỉnh Bắc Giang", host="soyte.bacgiang.gov.vn",
                     address="Số 2 đường Quách Nhẫn, thành phố Bắc Giang", phone="0204.3854.291",
                     email="soyte@bacgiang.gov.vn", editor="Giám đốc Sở Y tế"),
    # SharePoint
    "dongnai": dict(family="sharepoint", theme=0, name="Sở Y tế tỉnh Đồng Nai", host="soyte.dongnai.gov.vn",
                    address="Số 2 Phan Đình Phùng, phường Quang Vinh, thành phố Biên Hòa", phone="0251.3842.231",
                    email="syt@dongnai.gov.vn", editor="Giám đốc Sở Y tế"),
    "binhduong": dict(family="sharepoint", theme=1, name="Sở Y tế tỉnh Bình Dương", host="soyte.binhduong.gov.vn",
                      address="Tầng 11, Tháp A, Trung tâm Hành chính tập trung, thành phố Thủ Dầu Một",
                      phone="0274.3822.805", email="syt@binhduong.gov.vn", editor="Giám đốc Sở Y tế"),
    "danang": dict(family="sharepoint", theme=2, name="Sở Y tế thành phố Đà Nẵng", host="soyte.danang.gov.vn",
                   address="Tầng 10, Trung tâm Hành chính, 24 Trần Phú, Đà Nẵng", phone="0236.3890.385",
                   email="soyte@danang.gov.vn", editor="Giám đốc Sở Y tế"),
    # DotNetNuke
    "cauke": dict(family="dnn", theme=0, name="Trung tâm Y tế huyện Cầu Kè", host="ttytcauke.vn",
                  address="Khóm 4, thị trấn Cầu Kè, huyện Cầu Kè, tỉnh Trà Vinh", phone="0294.3834.115",
                  email="ttytcauke@travinh.gov.vn", editor="Giám đốc Trung tâm"),
    "canglong": dict(family="dnn", theme=1, name="Trung tâm Y tế huyện Càng Long", host="ttythuyencanglong.gov.vn",
                     address="Khóm 3, thị trấn Càng Long, tỉnh Trà Vinh", phone="0294.3882.127",
                     email="ttytcanglong@travinh.gov.vn", editor="Giám đốc Trung tâm"),
    "langson": dict(family="dnn", theme=2, name="Bệnh viện Đa khoa tỉnh Lạng Sơn", host="bvdklangson.com.vn",
                    address="Đường Tam Thanh, phường Tam Thanh, thành phố Lạng Sơn", phone="0205.3870.263",
                    email="bvdk@langson.gov.vn", editor="Giám đốc bệnh viện"),
    # NukeViet
    "cdcnghean": dict(family="nukeviet", theme=0, name="Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", host="cdcnghean.vn",
                      address="Số 140 Lê Hồng Phong, thành phố Vinh, Nghệ An", phone="0238.3844.592",
                      email="cdc@nghean.gov.vn", editor="Giám đốc CDC Nghệ An"),
    "cdcquangninh": dict(family="nukeviet", theme=1, name="Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh",
                         host="quangninhcdc.vn", address="Phố Tuệ Tĩnh, phường Hồng Hải, thành phố Hạ Long",
                         phone="0203.3825.452", email="cdc@quangninh.gov.vn", editor="Giám đốc Trung tâm"),
    "soytelangson": dict(family="nukeviet", theme=2, name="Sở Y tế tỉnh Lạng Sơn", host="soyt.langson.gov.vn",
                         address="Số 2 Phai Vệ, phường Đông Kinh, thành phố Lạng Sơn", phone="0205.3812.404",
                         email="soyte@langson.gov.vn", editor="Giám đốc Sở Y tế"),
    # Joomla
    "bvlbpbl": dict(family="joomla", theme=0, name="Bệnh viện Lao và Bệnh phổi Bạc Liêu", host="bvlbpbl.vn",
                    address="Số 16 đường Võ Văn Kiệt, Phường 8, thành phố Bạc Liêu", phone="0291.3822.741",
                    email="bvlbp@baclieu.gov.vn", editor="Giám đốc bệnh viện"),
    "phuninh": dict(family="joomla", theme=1, name="Trung tâm Y tế huyện Phú Ninh", host="ttytphuninh.vn",
                    address="Thị trấn Phú Thịnh, huyện Phú Ninh, tỉnh Quảng Nam", phone="0235.3845.115",
                    email="ttytphuninh@quangnam.gov.vn", editor="Giám đốc Trung tâm"),
    "cdcbinhdinh": dict(family="joomla", theme=2, name="Trung tâm Kiểm soát bệnh tật tỉnh Bình Định", host="cdcbinhdinh.vn",
                        address="Số 756 Trần Hưng Đạo, thành phố Quy Nhơn, Bình Định", phone="0256.3822.578",
                        email="cdc@binhdinh.gov.vn", editor="Giám đốc Trung tâm"),
    # WordPress
    "bvdkla": dict(family="wordpress", theme=0, name="Bệnh viện Đa khoa Long An", host="bvdkla.longan.gov.vn",
                   address="Số 211 Nguyễn Thông, Phường 3, thành phố Tân An, Long An", phone="0272.3822.201",
                   email="bvdk@longan.gov.vn", editor="Giám đốc bệnh viện"),
    "cailay": dict(family="wordpress", theme=1, name="Bệnh viện Đa khoa khu vực Cai Lậy", host="bvdkkvcailay.vn",
                   address="Khu phố 1, Phường 4, thị xã Cai Lậy, Tiền Giang", phone="0273.3826.117",
                   email="bvcailay@tiengiang.gov.vn", editor="Giám đốc bệnh viện"),
    "baoloc": dict(family="wordpress", theme=2, name="Trung tâm Y tế thành phố Bảo Lộc", host="ttytbaoloc.vn",
                   address="Số 1 Trần Phú, Phường 2, thành phố Bảo Lộc, Lâm Đồng", phone="0263.3864.115",
                   email="ttytbaoloc@lamdong.gov.vn", editor="Giám đốc Trung tâm"),
    # Oracle WebCenter
    "soytequangnam": dict(family="webcenter", theme=0, name="Sở Y tế tỉnh Quảng Nam", host="soyte.quangnam.gov.vn",
                          portal="soyte", address="Số 15 Trần Hưng Đạo, thành phố Tam Kỳ, Quảng Nam",
                          phone="0235.3852.419", email="soyte@quangnam.gov.vn", editor="Giám đốc Sở Y tế"),
    "bvdkqn": dict(family="webcenter", theme=1, name="Bệnh viện Đa khoa tỉnh Quảng Nam", host="bvdkquangnam.vn",
                   portal="bvdk", address="Thôn Tân Thạnh, xã Tam Thăng, thành phố Tam Kỳ", phone="0235.3851.515",
                   email="bvdk@quangnam.gov.vn", editor="Giám đốc bệnh viện"),
    "dailoc": dict(family="webcenter", theme=2, name="Trung tâm Y tế huyện Đại Lộc", host="dailoc.quangnam.gov.vn",
                   portal="ttytdailoc", address="Khu 5, thị trấn Ái Nghĩa, huyện Đại Lộc, Quảng Nam",
                   phone="0235.3865.278", email="ttytdailoc@quangnam.gov.vn", editor="Giám đốc Trung tâm"),
    # Drupal (hosts other than cdc.hatinh.gov.vn, and all addresses and phones, are illustrative)
    "bvdkquangtri": dict(family="drupal", theme=0, name="Bệnh viện Đa khoa tỉnh Quảng Trị", host="bvdkquangtri.vn",
                         address="Số 30 Điện Biên Phủ, phường Đông Lễ, thành phố Đông Hà, Quảng Trị",
                         phone="0233.3852.595", email="bvdk@quangtri.gov.vn", editor="Giám đốc bệnh viện"),
    "cdchatinh": dict(family="drupal", theme=1, name="Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh", host="cdc.hatinh.gov.vn",
                      address="Số 10 đường Hải Thượng Lãn Ông, phường Bắc Hà, thành phố Hà Tĩnh", phone="0239.3856.247",
                      email="cdc@hatinh.gov.vn", editor="Giám đốc Trung tâm"),
    "huongkhe": dict(family="drupal", theme=2, name="Trung tâm Y tế huyện Hương Khê", host="ttythuongkhe.vn",
                     address="Khối 9, thị trấn Hương Khê, huyện Hương Khê, Hà Tĩnh", phone="0239.3871.115",
                     email="ttythuongkhe@hatinh.gov.vn", editor="Giám đốc Trung tâm"),
    # Local-vendor ASP.NET portals (hosts, addresses and phones illustrative)
    "tambinh": dict(family="vendorcms", theme=0, name="Trung tâm Y tế huyện Tam Bình", host="ttyttambinh.vn",
                    address="Khóm 2, thị trấn Tam Bình, huyện Tam Bình, tỉnh Vĩnh Long", phone="0270.3860.115",
                    email="ttyttambinh@vinhlong.gov.vn", editor="Giám đốc Trung tâm"),
    "krongpac": dict(family="vendorcms", theme=1, name="Trung tâm Y tế huyện Krông Pắc", host="ttytkrongpac.vn",
                     address="Số 47 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk", phone="0262.3522.115",
                     email="ttytkrongpac@daklak.gov.vn", editor="Giám đốc Trung tâm"),
    "bvdkninhthuan": dict(family="vendorcms", theme=2, name="Bệnh viện Đa khoa tỉnh Ninh Thuận", host="bvdkninhthuan.vn",
                          address="Đường Nguyễn Văn Cừ, phường Phước Mỹ, thành phố Phan Rang - Tháp Chàm, Ninh Thuận",
                          phone="0259.3822.541", email="bvdk@ninhthuan.gov.vn", editor="Giám đốc bệnh viện"),
}

# Headlines of other articles, for sidebars and related lists (with dates near the page's own).
OTHER_HEADLINES = (
    "Tăng cường công tác phòng, chống bệnh sởi trong trường học",
    "Hội nghị triển khai kế hoạch tiêm chủng mở rộng năm 2024",
    "Khuyến cáo phòng chống bệnh cúm mùa cho người cao tuổi",
    "Kiểm tra công tác khám, chữa bệnh bảo hiểm y tế tại tuyến huyện",
    "Tổ chức hiến máu tình nguyện đợt 2 năm 2024",
    "Triển khai Đề án 06 trong khám, chữa bệnh",
    "Thông báo tuyển dụng viên chức sự nghiệp y tế năm 2024",
    "Thông báo lịch tiếp công dân tháng 9",
    "Phòng chống ngộ độc rượu có chứa methanol",
    "Ra quân chiến dịch vệ sinh môi trường phòng bệnh mùa mưa",
    "Hội thảo chuyển giao kỹ thuật điều trị đột quỵ não",
    "Giám sát công tác y tế trường học năm học mới",
    "Cảnh báo gia tăng các ca bệnh hô hấp ở trẻ nhỏ",
    "Công bố quyết định bổ nhiệm Phó Giám đốc",
    "Hưởng ứng Tuần lễ Dinh dưỡng và Phát triển",
    "Khám sức khỏe nghĩa vụ quân sự năm 2025",
    "Hướng dẫn sơ cứu khi bị rắn cắn",
    "Kế hoạch phòng, chống bệnh tay chân miệng năm 2024",
    "Bệnh viện triển khai thanh toán viện phí không dùng tiền mặt",
    "Sắp xếp các trung tâm y tế theo Nghị quyết của Hội đồng nhân dân tỉnh",
    "Tọa đàm nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em",
    "Tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025",
    "Khai trương Đơn vị Đột quỵ tại bệnh viện tuyến tỉnh",
    "Tiếp nhận trang thiết bị y tế từ nguồn xã hội hóa",
    "Chiến dịch uống vắc xin bại liệt cho trẻ dưới 5 tuổi",
    "Đoàn Thanh niên ra quân Chiến dịch Thanh niên tình nguyện hè",
    "Phòng chống tác hại của rượu, bia trong dịp lễ, Tết",
    "Tập huấn phòng, chống cháy nổ cho cán bộ, viên chức",
    "Kiểm tra chất lượng nước ăn uống tại các nhà máy nước",
    "Ngày hội sức khỏe cho người lao động khu công nghiệp",
)


@dataclass
class Item:
    """Another article, as a sidebar or related list shows it."""

    title: str
    when: dt.datetime
    url: str


# --------------------------------------------------------------------------- one page


@dataclass
class Page:
    story: Story
    site: dict
    siblings: list[Story]
    url: str = ""
    noise: list[str] = field(default_factory=list)

    @property
    def theme(self) -> int:
        return self.site["theme"]

    def n(self, text: str) -> str:
        """Page furniture: recorded as must_not_contain, returned escaped."""
        self.noise.append(text)
        return esc(text)

    def views(self) -> int:
        return num("views" + self.story.id, 120, 4800)

    def items(self, kind: str, count: int) -> list[Item]:
        """Other articles for a box: "newer" (sidebars of recent news: dated after
        this one), "older" (related lists) or "mixed"; same-site stories first."""
        s = self.story
        # Each kind draws from its own slice of a per-page shuffle, so one title
        # never shows with two different dates on a page.
        shuffled = sorted(OTHER_HEADLINES, key=lambda h: hashlib.sha1((s.id + h).encode()).hexdigest())
        first = {"newer": 0, "older": 10, "mixed": 20}[kind]
        pool = shuffled[first:first + min(count, 10)]
        out: list[Item] = []
        for k, title in enumerate(pool):
            hours = num(f"{kind}{s.id}{k}", 3, 70)
            days = {"newer": k + 1, "older": -(k + 2), "mixed": (k + 1) * (1 if k % 2 else -1)}[kind]
            when = (s.published + dt.timedelta(days=days)).replace(hour=7 + hours % 10, minute=(hours * 7) % 60)
            out.append(Item(title, when, self.other_url(title, num(title, 1000, 99999))))
        if kind in ("older", "mixed"):
            sib = [Item(o.title, o.published, page_url(o, self.site)) for o in self.siblings]
            out = sib[:2] + out[: max(0, count - 2)]
        return out

    def other_url(self, title: str, ident: int) -> str:
        return URLS[self.site["family"]](self.site, title, ident)

    def item_ul(self, items: list[Item], date_fmt, cls: str = "list-news", date_cls: str = "date") -> str:
        lis = []
        for it in items:
            date = f' <span class="{date_cls}">{esc(date_fmt(it.when))}</span>' if date_fmt else ""
            lis.append(f'<li><a href="{attr(it.url)}" title="{attr(it.title)}">{self.n(it.title)}</a>{date}</li>')
        return f'<ul class="{cls}">\n' + "\n".join(lis) + "\n</ul>"

    def footer_lines(self) -> list[str]:
        m = self.site
        return [
            f"Cơ quan chủ quản: {m['name']}",
            f"Địa chỉ: {m['address']}",
            f"Điện thoại: {m['phone']} - Email: {m['email']}",
            f"Chịu trách nhiệm chính: {m['editor']}",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        ]

    def counter(self) -> list[str]:
        visits = num("visits" + self.site["host"], 200_000, 9_000_000)
        return [f"Lượt truy cập: {visits:,}".replace(",", "."), f"Đang trực tuyến: {num('online' + self.site['host'], 9, 180)}"]


# --------------------------------------------------------------------------- article body markup


def table_html(block: Block, style: int) -> str:
    head, *rows = block.rows
    if style == 0:
        out = ['<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>',
               "<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>"]
    else:
        out = ['<table class="table table-bordered"><thead>',
               "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"]
    out += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows]
    out.append("</tbody></table>")
    return "\n".join(out)


def image_html(caption: str, src: str, style: str) -> str:
    cap = esc(caption)
    if style == "p-em":
        out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;"></p>'
        return out + (f'\n<p style="text-align: center;"><em>{cap}</em></p>' if caption else "")
    if style == "figure":
        c = f"<figcaption>{cap}</figcaption>" if caption else ""
        return f'<figure class="image"><img alt="" src="{src}" width="640" height="427">{c}</figure>'
    if style == "table":
        c = f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{cap}</em></span></td></tr>' if caption else ""
        return f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image"><tbody><tr><td><img alt="" src="{src}" width="560"></td></tr>{c}</tbody></table>'
    if style == "wp-caption":
        c = f'<p class="wp-caption-text">{cap}</p>' if caption else ""
        return f'<div class="wp-caption aligncenter" style="width: 710px"><img decoding="async" class="size-large" src="{src}" alt="" width="700" height="466">{c}</div>'
    if style == "wp-block":
        c = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if caption else ""
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="">{c}</figure>'
    if style == "div-center":
        c = f'<div class="img-caption" style="font-style: italic;">{cap}</div>' if caption else ""
        return f'<div style="text-align: center;"><img src="{src}" alt="" border="0"><br>{c}</div>'
    if style == "span-caption":
        c = f'<br><span class="caption">{cap}</span>' if caption else ""
        return f'<p align="center"><img src="{src}" alt="" width="500">{c}</p>'
    if style == "drupal":  # CKEditor 5 in Drupal 9: a captioned figure
        uuid = hashlib.md5(src.encode()).hexdigest()
        uuid = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"
        c = f"<figcaption>{cap}</figcaption>" if caption else ""
        return (f'<figure role="group" class="caption caption-img align-center"><img alt="" data-entity-type="file" '
                f'data-entity-uuid="{uuid}" src="{src}" width="800" height="533" loading="lazy">{c}</figure>')
    if style == "div-i":  # old FCKeditor on vendor portals
        c = f"<br><i>{cap}</i>" if caption else ""
        return f'<div align="center"><img src="{src}" border="0" alt="" width="480">{c}</div>'
    raise ValueError(style)


def byline_html(lines: list[str], style: str) -> str:
    if not lines:
        return ""
    first, *rest = lines
    if style == "right-strong":
        return '<p style="text-align: right;"><strong>' + esc(first) + "</strong>" + "".join(f"<br>{esc(x)}" for x in rest) + "</p>"
    if style == "right-each":
        return "\n".join(f'<p align="right"><b>{esc(x)}</b></p>' for x in lines)
    if style == "div-right":
        return '<div style="text-align: right;"><strong><em>' + "</em></strong><br><strong><em>".join(esc(x) for x in lines) + "</em></strong></div>"
    if style == "plain-right":
        return "\n".join(f'<p style="text-align: right;">{esc(x)}</p>' for x in lines)
    raise ValueError(style)


def body_html(p: Page, *, image: str, byline: str, table: int = 0, lead: str | None = None,
              src: str = "/images/news/{id}-{k}.jpg", extra_after: dict[int, str] | None = None) -> str:
    """The article's own text: optional lead (when the platform keeps it inside
    the body), paragraphs, photos with captions, tables, then the byline."""
    s = p.story
    parts: list[str] = []
    if lead == "strong":
        parts.append(f"<p><strong>{esc(s.lead)}</strong></p>")
    elif lead == "plain":
        parts.append(f"<p>{esc(s.lead)}</p>")
    elif lead == "b-span":
        parts.append(f'<p style="text-align: justify;"><span style="font-size:14px;"><b>{esc(s.lead)}</b></span></p>')
    elif lead == "b":
        parts.append(f"<p><b>{esc(s.lead)}</b></p>")
    for k, block in enumerate(s.blocks, 1):
        if block.kind == "p":
            parts.append(f'<p style="text-align: justify;">{esc(block.text)}</p>' if table else f"<p>{esc(block.text)}</p>")
        elif block.kind == "table":
            parts.append(table_html(block, table))
        else:
            parts.append(image_html(block.text, src.format(id=num(s.id, 10000, 99999), k=k), image))
        if extra_after and k in extra_after:
            parts.append(extra_after[k])
    parts.append(byline_html(s.byline, byline))
    return "\n".join(x for x in parts if x)


# --------------------------------------------------------------------------- URLs


def _url_liferay62(site: dict, title: str, ident: int) -> str:
    slug = slugify(title)
    if site["theme"] == 0:
        return f"https://{site['host']}/tin-tuc-su-kien/-/asset_publisher/4IVkx5Jltnbg/content/{slug}"
    if site["theme"] == 1:
        return f"https://{site['host']}/tin-tuc/-/view_content/{ident}-{slug}"
    return f"https://{site['host']}/tin-hoat-dong/-/view_content/{ident}-{slug}"


def _url_liferay7(site: dict, title: str, ident: int) -> str:
    slug = slugify(title)
    if site["theme"] == 0:
        return f"https://{site['host']}/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{slug}"
    if site["theme"] == 1:
        return f"https://{site['host']}/web/syt/tin-hoat-dong/-/asset_publisher/Vq3mT9kLp2Xa/content/{slug}"
    return f"https://{site['host']}/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content/{slug}"


def _url_sharepoint(site: dict, title: str, ident: int) -> str:
    if site["theme"] == 0:
        return f"https://{site['host']}/Pages/chi-tiet-tin-tuc.aspx?ItemID={ident}"
    if site["theme"] == 1:
        return f"https://{site['host']}/tin-tuc/Pages/chi-tiet.aspx?ItemID={ident}&CategoryID=3"
    return f"https://{site['host']}/tin-tuc-su-kien/Pages/{slugify(title, 80)}.aspx"


def _url_dnn(site: dict, title: str, ident: int) -> str:
    if site["theme"] == 0:
        return f"https://{site['host']}/Default.aspx?tabid=144&ArticleID={ident}"
    if site["theme"] == 1:
        return f"https://{site['host']}/TinTuc/tabid/88/ArticleID/{ident}/Default.aspx"
    return f"https://{site['host']}/tin-tuc/ArticleId/{ident}/{slugify(title)}"


def _url_nukeviet(site: dict, title: str, ident: int) -> str:
    slug = slugify(title)
    if site["theme"] == 0:
        return f"https://{site['host']}/tin-hoat-dong/{slug}-{ident}.html"
    if site["theme"] == 1:
        return f"https://{site['host']}/news/tin-tuc/{slug}-{ident}.html"
    return f"https://{site['host']}/vi/news/tin-hoat-dong/{slug}-{ident}.html"


def _url_joomla(site: dict, title: str, ident: int) -> str:
    slug = slugify(title)
    if site["theme"] == 0:
        return f"https://{site['host']}/index.php/tin-tuc-su-kien/{ident}-{slug}"
    if site["theme"] == 1:
        return f"https://{site['host']}/index.php?option=com_content&view=article&id={ident}:{slug}&catid=35:tin-hoat-dong&Itemid=57"
    return f"https://{site['host']}/tin-tuc/item/{ident}-{slug}.html"


def _url_wordpress(site: dict, title: str, ident: int) -> str:
    slug = slugify(title)
    if site["theme"] == 0:
        return f"https://{site['host']}/{slug}/"
    if site["theme"] == 1:
        return f"https://{site['host']}/tin-tuc/{slug}.html"
    return f"https://{site['host']}/{slug}/"


def _url_webcenter(site: dict, title: str, ident: int) -> str:
    base = f"https://{site['host']}/webcenter/portal/{site['portal']}/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL{ident}"
    if site["theme"] == 2:
        return base + f"&_adf.ctrl-state={num(title, 10**8, 10**9):x}_4"
    return base


def _url_drupal(site: dict, title: str, ident: int) -> str:
    if site["theme"] == 0:
        return f"https://{site['host']}/tin-tuc/{slugify(title)}"
    if site["theme"] == 1:
        return f"https://{site['host']}/node/{ident}"
    return f"https://{site['host']}/vi/tin-tuc/{slugify(title)}"


def _url_vendorcms(site: dict, title: str, ident: int) -> str:
    if site["theme"] == 0:
        return f"https://{site['host']}/tin-tuc/{slugify(title, 90)}-{ident}.html"
    if site["theme"] == 1:
        return f"https://{site['host']}/NewsDetail.aspx?id={ident}&cat=5"
    return f"https://{site['host']}/tin-hoat-dong/{ident}/{slugify(title, 90)}.aspx"


URLS = {
    "liferay62": _url_liferay62, "liferay7": _url_liferay7, "sharepoint": _url_sharepoint, "dnn": _url_dnn,
    "nukeviet": _url_nukeviet, "joomla": _url_joomla, "wordpress": _url_wordpress, "webcenter": _url_webcenter,
    "drupal": _url_drupal, "vendorcms": _url_vendorcms,
}


def page_url(story: Story, site: dict) -> str:
    family = site["family"]
    ident = {"webcenter": num(story.id, 400000, 700000), "sharepoint": num(story.id, 20000, 40000)}.get(
        family, num(story.id, 1000, 99999))
    if family == "wordpress" and site["theme"] == 2:
        return f"https://{site['host']}/{story.published:%Y/%m/%d}/{slugify(story.title)}/"
    return URLS[family](site, story.title, ident)


# --------------------------------------------------------------------------- shared chrome

CRAWL_DAY = dt.date(2025, 6, 12)  # "today" in the headers that show the current date
TODAY = f"Hôm nay: {weekday(CRAWL_DAY)}, {dmy(CRAWL_DAY)}"


def lis(p: Page, labels: list[str], fmt: str = '<li><a href="{href}">{label}</a></li>') -> str:
    return "".join(fmt.format(href=f"/{slugify(x)}", label=p.n(x)) for x in labels)


def footer_html(p: Page, tag: str = "p", sep: str = "") -> str:
    lines = p.footer_lines()
    if sep:
        return sep.join(p.n(x) for x in lines)
    return "".join(f"<{tag}>{p.n(x)}</{tag}>" for x in lines)


def counter_html(p: Page, tag: str = "p") -> str:
    return " ".join(f"<{tag}>{p.n(x)}</{tag}>" for x in p.counter())


def share_html(p: Page, label: str, extra: tuple[str, ...] = ()) -> str:
    links = "".join(f' <a href="#" rel="nofollow">{p.n(x)}</a>' for x in extra)
    return f'<span class="share-label">{p.n(label)}</span> <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={attr(p.url)}" target="_blank"><i class="fa fa-facebook"></i></a> <a class="zalo-share" href="https://zalo.me/share?u={attr(p.url)}"><i class="icon-zalo"></i></a>{links}'


def lang_html(p: Page) -> str:
    """The language switch: "Tiếng Việt | English"."""
    p.noise.append("Tiếng Việt | English")
    return '<a href="/">Tiếng Việt</a> | <a href="/en">English</a>'


def html_head(title: str, extra: str = "", charset: str = "utf-8") -> str:
    return f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{extra}
</head>"""


def d_paren(d: dt.datetime) -> str:
    return f"({dmy(d)})"


# --------------------------------------------------------------------------- Liferay 6.2


def render_liferay62(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    cat = s.category or "Tin tức"
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"],
               '<li class="lfr-nav-item" role="presentation"><a href="{href}" role="menuitem"><span>{label}</span></a></li>')
    crumbs = "".join(f'<li><a href="/{slugify(x)}">{p.n(x)}</a><span class="divider">/</span></li>' for x in ("Trang chủ", "Tin tức - Sự kiện", cat))
    if t == 0:
        when = s.published
        date = f"{dmy(when)} | {clock12(when, pad=True)}" if s.show_time else dmy(when)
        main = f"""<section class="portlet" id="portlet_101_INSTANCE_4IVkx5Jltnbg">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{p.n("Tin tức sự kiện")}</span></h1></header>
<div class="portlet-content"><div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/tin-tuc-su-kien" title="Quay lại">{p.n("Quay lại")}</a></span>
<h3 class="header-title"><span>{esc(s.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-content">
<div class="assetPublishDate">{date}</div>
<div class="journal-content-article">
{body_html(p, image="p-em", byline="right-strong", lead="strong", src="/documents/10182/{id}/anh-{k}.jpg")}
</div>
<div class="asset-views">{p.n(f"Lượt xem: {p.views()}")}</div>
</div>
<div class="taglib-social-bookmarks">{share_html(p, "Chia sẻ:", ("Twitter",))}</div>
<div class="print-action"><a href="?p_p_state=pop_up&amp;_101_INSTANCE_4IVkx5Jltnbg_viewMode=print" title="In bài viết">{p.n("In bài viết")}</a> | <a href="/gui-email" rel="nofollow">{p.n("Gửi email")}</a></div>
</div>
</div></div>
</section>
<section class="portlet other-news"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{p.n("Các tin khác")}</span></h1></header>
<div class="portlet-content">{p.item_ul(p.items("older", 6), d_paren, "other-news")}</div></section>"""
        left = f"""<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{p.n("Tin mới nhất")}</span></h1></header>
<div class="portlet-content">{p.item_ul(p.items("newer", 5), dmy, "newest")}</div></section>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{p.n("Thông báo")}</span></h1></header>
<div class="portlet-content"><ul><li><a href="/thong-bao/1">{p.n("Lịch tiếp công dân của Giám đốc Sở")}</a></li><li><a href="/thong-bao/2">{p.n("Công khai kết quả giải quyết thủ tục hành chính")}</a></li></ul></div></section>"""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(f"{s.title} - Tin tức sự kiện - {m['name']}", '<link href="/soyte-theme/images/favicon.ico" rel="Shortcut Icon">')}
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">{p.n("Bỏ qua nội dung")}</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-links">{lang_html(p)} | <a href="/c/portal/login" rel="nofollow">{p.n("Đăng nhập")}</a></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="{attr(m['name'])}"><img alt="" src="/image/layout_set_logo?img_id=10305"><span>{p.n(m['name'].upper())}</span></a></h1></div>
<nav class="navbar site-navigation" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{menu}</ul></nav>
</header>
<div id="content">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">{crumbs}</ul>
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span3" id="column-1">
{left}
</div>
<div class="portlet-column portlet-column-last span9" id="column-2"><a id="main-content"></a>
{main}
</div>
</div>
</div>
<footer id="footer" role="contentinfo"><div class="footer-info">{footer_html(p)}</div><div class="counter">{counter_html(p, "span")}</div></footer>
</div>
</body>
</html>
"""
    if t == 1:
        when = s.published
        date = f"Ngày đăng {dmy(when)} | {clock12(when)} | " if s.show_time else f"Ngày đăng {dmy(when)} | "
        views = f"View count: {p.views()}"
        left = f"""<div class="portlet-boundary"><div class="portlet-borderless-container"><h1 class="title-box">{p.n("Giới thiệu")}</h1>
<ul class="menu-left">{lis(p, ["Chức năng nhiệm vụ", "Ban Giám đốc", "Các khoa, phòng"])}</ul></div></div>
<div class="portlet-boundary"><div class="portlet-borderless-container"><h1 class="title-box">{p.n("Tin mới")}</h1>
{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {hm(d)}", "tin-moi")}</div></div>
<div class="portlet-boundary"><h1 class="title-box">{p.n("Thống kê truy cập")}</h1>{counter_html(p)}</div>"""
        main = f"""<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_Qw3rTy_">
<div class="asset-full-content">
<div class="assetPublishDate">{date}{p.n(views)}</div>
<div class="asset-full-content-title">{esc(s.title)}</div>
<div class="asset-content">
<p class="sapo">{esc(s.lead)}</p>
<div class="journal-content-article">
{body_html(p, image="table", byline="right-strong", src="/documents/20143/{id}/{k}.jpg")}
</div>
</div>
<div class="social-share">{share_html(p, "Chia sẻ bài viết")}</div>
</div>
<div class="tin-cung-chuyen-muc"><h2 class="title-box">{p.n("Tin cùng chuyên mục")}</h2>
{p.item_ul(p.items("older", 5), d_paren, "list-tin")}</div>
</div>"""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(m['name'])}
<body class="controls-visible guest-site signed-out public-page">
<div id="wrapper">
<div class="top-bar"><span class="today">{p.n(TODAY)}</span> <span class="hotline">{p.n("Đường dây nóng: " + m['phone'])}</span></div>
<header id="banner"><div class="logo"><a href="/"><img src="/logo-ttyt.png" alt=""></a><div class="logo-text"><span class="line1">{p.n("SỞ Y TẾ TIỀN GIANG")}</span><span class="line2">{p.n(m['name'].upper())}</span></div></div>
<nav id="navigation"><ul>{menu}</ul></nav>
<form class="search" action="/tim-kiem"><input name="q" type="text"><button type="submit">{p.n("Tìm kiếm")}</button></form>
</header>
<div id="content"><div class="columns-1-3">
<div class="portlet-column span3" id="column-1">
{left}
</div>
<div class="portlet-column span9" id="column-2">
<ul class="breadcrumb">{crumbs}</ul>
{main}
</div>
</div></div>
<footer id="footer">{footer_html(p, sep="<br>")}</footer>
</div>
</body>
</html>
"""
    # theme 2
    when = s.published
    date = f"{weekday(when, cap=True)}, {dmy(when)} - {hm(when)}"
    modified = f'<div class="news-modified">{p.n(f"Cập nhật: {dmy(s.modified)} - {hm(s.modified)}")}</div>' if s.modified else ""
    main = f"""<div class="portlet-boundary portlet-journal-content">
<div class="news-detail">
<h2 class="title">{esc(s.title)}</h2>
<div class="news-date"><i class="icon-calendar"></i> {date}</div>
{modified}
<div class="sapo"><strong>{esc(s.lead)}</strong></div>
<div class="journal-content-article">
{body_html(p, image="figure", byline="right-each", src="/documents/35801/{id}/{k}.png")}
</div>
<div class="news-tools"><span class="views">{p.n(f"Lượt xem: {p.views():,}".replace(",", "."))}</span> | <a href="javascript:window.print()">{p.n("In bài viết")}</a> | <a href="/gui-email">{p.n("Gửi email")}</a> | {share_html(p, "Chia sẻ")}</div>
<div class="news-related"><h3>{p.n("Tin liên quan")}</h3>
{p.item_ul(p.items("older", 5), lambda d: f"- {dmy(d)}", "related")}</div>
</div>
</div>"""
    right = f"""<section class="portlet"><h1 class="portlet-title">{p.n("Lịch khám bệnh")}</h1><p>{p.n("Thứ Hai - Thứ Sáu: 7h00 - 17h00")}</p></section>
<section class="portlet"><h2 class="portlet-title">{p.n("Tin đọc nhiều")}</h2>{p.item_ul(p.items("mixed", 5), dmy, "most-read")}</section>
<section class="portlet"><h2 class="portlet-title">{p.n("Liên kết website")}</h2><select><option>{p.n("-- Chọn liên kết --")}</option><option>Bộ Y tế</option></select></section>"""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(f"{s.title} | {m['name']}")}
<body class="controls-visible signed-out public-page site">
<div id="wrapper">
<div class="topbar">{p.n("Đường dây nóng: " + m['phone'])} | <a href="/c/portal/login">{p.n("Đăng nhập")}</a></div>
<header id="banner"><h1 class="logo"><a href="/">{p.n(m['name'].upper())}</a></h1>
<nav class="navigation"><ul>{menu}</ul></nav></header>
<div class="breadcrumbs"><ul class="breadcrumb">{crumbs}</ul></div>
<div class="row-fluid">
<div class="span8" id="column-1">
{main}
</div>
<div class="span4" id="column-2">
{right}
</div>
</div>
<footer id="footer">{footer_html(p)}{counter_html(p)}</footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Liferay 7 / VNPT portal


def render_liferay7(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    cat = s.category or "Tin tức"
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính", "Liên hệ"],
               '<li class="nav-item"><a class="nav-link" href="{href}"><span class="text-truncate">{label}</span></a></li>')
    crumbs = "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="/{slugify(x)}"><span class="breadcrumb-text-truncate">{p.n(x)}</span></a></li>' for x in ("Trang chủ", cat))
    when = s.published
    if t == 0:
        date = f"({weekday(when)}, {dmy(when)} {hm(when)})" if s.show_time else f"({weekday(when)}, {dmy(when)})"
        main = f"""<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_k206Q9qkZOqn_">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="detail-header">
<span class="asset-title">{esc(s.title)}</span>
<span class="time-detail">{date}</span>
</div>
<div class="font-size">{p.n("Cỡ chữ:")} <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>
<div class="asset-content">
<div class="journal-content-article" data-analytics-asset-type="web-content">
{body_html(p, image="figure", byline="right-strong", lead="strong", table=1, src="/documents/20182/{id}/anh-{k}.jpg")}
</div>
</div>
<div class="asset-share">{share_html(p, "Chia sẻ", ("In bài viết",))}</div>
</div>
</div>
<div class="portlet-boundary other-news"><h2 class="title-portlet">{p.n("Tin khác")}</h2>
{p.item_ul(p.items("older", 6), d_paren, "list-other")}</div>"""
        right = f"""<div class="box-right"><h2 class="title-box">{p.n("Tin đọc nhiều")}</h2>{p.item_ul(p.items("mixed", 5), None, "doc-nhieu")}</div>
<div class="box-right"><h2 class="title-box">{p.n("Tiêu điểm")}</h2><ul><li><a href="/tieu-diem">{p.n("Chiến lược quốc gia bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân")}</a></li></ul></div>"""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(f"{s.title} - {m['name']}", '<meta property="og:type" content="website">')}
<body class="controls-visible signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<header id="banner"><div class="top-header"><span class="lang">{lang_html(p)}</span> <span class="hotline">{p.n("Đường dây nóng: 1900 9095")}</span></div>
<div class="logo-text">{p.n("CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ")}</div>
<nav id="navigation"><ul class="navbar-nav">{menu}</ul></nav></header>
<section id="content"><ol class="breadcrumb">{crumbs}</ol>
<div class="row"><div class="col-md-8">
{main}
</div><div class="col-md-4">
{right}
</div></div></section>
<footer id="footer">{footer_html(p)}</footer>
</div>
</body>
</html>
"""
    if t == 1:
        date = f"{weekday(when, cap=True)}, {dmy(when)} {hm(when)}" if s.show_time else f"{weekday(when, cap=True)}, {dmy(when)}"
        modified = f' <span class="metadata-entry metadata-modified-date">{p.n(f"Cập nhật: {dmy(s.modified)} {hm(s.modified)}")}</span>' if s.modified else ""
        left = f"""<div class="portlet-boundary"><h2 class="portlet-title-text">{p.n("Tin đọc nhiều")}</h2>
{p.item_ul(p.items("mixed", 6), dmy, "most-viewed")}</div>
<div class="portlet-boundary"><h2 class="portlet-title-text">{p.n("Liên kết website")}</h2><ul>{lis(p, ["Cổng thông tin tỉnh Cà Mau", "Bảo hiểm xã hội tỉnh"])}</ul></div>"""
        main = f"""<div class="portlet-boundary portlet-asset-publisher">
<div class="asset-full-content">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{date}</span>{modified}</div>
<h3 class="header-title"><span class="asset-title">{esc(s.title)}</span></h3>
<div class="asset-summary"><strong>{esc(s.lead)}</strong></div>
<div class="journal-content-article">
{body_html(p, image="table", byline="right-each", src="/documents/10181/{id}/{k}.jpg")}
</div>
<div class="asset-tags">{p.n("Từ khóa:")} <a href="/tag/y-te">y tế</a></div>
<div class="asset-views">{p.n(f"Lượt xem: {p.views()}")}</div>
</div>
<div class="related-assets"><h4>{p.n("Tin liên quan")}</h4>{p.item_ul(p.items("older", 4), lambda d: f"({dmy(d)} {hm(d)})", "related")}</div>
</div>"""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(m['name'])}
<body class="controls-visible signed-out public-page site">
<div id="wrapper">
<div class="top-bar">{p.n(TODAY)} | {lang_html(p)}</div>
<header id="banner"><h1 class="logo-title"><a href="/">{p.n(m['name'].upper())}</a></h1>
<nav id="navigation"><ul>{menu}</ul></nav></header>
<section id="content"><ol class="breadcrumb">{crumbs}</ol>
<div class="row"><div class="col-md-3">
{left}
</div><div class="col-md-9">
{main}
</div></div></section>
<footer id="footer">{footer_html(p, sep="<br>")}{counter_html(p)}</footer>
</div>
</body>
</html>
"""
    # theme 2
    date = f"Cập nhật lúc: {hm(when)} {dmy(when)}"
    main = f"""<div class="news-details">
<div class="asset-title-detail"><h1>{esc(s.title)}</h1></div>
<div class="date-time">{date} | {p.n(f"Lượt xem: {p.views():,}".replace(",", "."))}</div>
<div class="journal-content-article">
{body_html(p, image="p-em", byline="right-strong", lead="b-span", src="/documents/1224580/{id}/{k}.jpg")}
</div>
<div class="share">{share_html(p, "Chia sẻ bài viết", ("In trang",))}</div>
<div class="other-news"><div class="title-box">{p.n("Tin cùng chuyên mục")}</div>
{p.item_ul(p.items("older", 5), lambda d: f"({hm(d)} {dmy(d)})", "list-news")}</div>
</div>"""
    newest = p.items("newer", 4)
    marquee = " | ".join(f'<a href="{attr(i.url)}">{p.n(i.title)}</a>' for i in newest)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{html_head(s.title, f'<meta property="og:title" content="{attr(s.title)}">')}
<body class="controls-visible signed-out public-page site">
<div id="wrapper">
<header id="banner"><h1 class="site-name">{p.n(m['name'].upper())}</h1>
<nav id="navigation"><ul>{menu}</ul></nav>
<div class="hot-news"><span class="label">{p.n("Tin nổi bật:")}</span> <marquee>{marquee}</marquee></div></header>
<section id="content"><ol class="breadcrumb">{crumbs}</ol>
<div class="row"><div class="col-md-8">
{main}
</div><div class="col-md-4">
<div class="box"><h2 class="box-title">{p.n("Tin mới")}</h2>{p.item_ul(p.items("newer", 6), dmy, "tin-moi")}</div>
<div class="box"><h2 class="box-title">{p.n("Thống kê truy cập")}</h2>{counter_html(p)}</div>
</div></div></section>
<footer id="footer">{footer_html(p)}</footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- SharePoint

SP_GUIDS = ("9b3c2e71_5d4a_4f0e_8a61_2c7d9e0f4b18", "e41f0a27_c8b3_4d92_9f15_7a6e3b2d1c05", "3d7a9c10_2b4e_4e6f_a1d8_9c0b5f7e2a64")


def sp_shell(p: Page, title: str, left: str, main: str, right: str, *, lang: bool) -> str:
    m = p.site
    viewstate = hashlib.sha256(p.url.encode()).hexdigest()
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Liên hệ"],
               '<li class="static"><a class="static menu-item ms-core-listMenu-item" href="{href}"><span class="menu-item-text">{label}</span></a></li>')
    top = f'<div class="language">{lang_html(p)}</div>' if lang else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
{html_head(title, '<meta name="GENERATOR" content="Microsoft SharePoint"><meta name="progid" content="SharePoint.WebPartPage.Document">')}
<body>
<form method="post" action="{attr('/' + p.url.split('://', 1)[1].split('/', 1)[1])}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW{viewstate}"></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="header">{top}<div class="login"><a href="/_layouts/15/Authenticate.aspx">{p.n("Đăng nhập")}</a></div>
<div id="siteTitle"><h1><a href="/">{p.n(m['name'].upper())}</a></h1></div>
<div class="ms-core-navigation" id="DeltaTopNavigation"><ul class="root ms-core-listMenu-root static">{menu}</ul></div>
</div>
<div id="contentRow"><div id="sideNavBox">{left}</div>
<div id="contentBox"><div id="DeltaPlaceHolderMain">
{main}
</div></div>
<div id="rightBox">{right}</div></div>
<div id="footer"><div class="ms-webpart-zone">{footer_html(p)}</div><div class="counter">{counter_html(p, "span")}</div></div>
</div></div>
</form>
</body>
</html>
"""


def render_sharepoint(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    g = f"ctl00_SPWebPartManager1_g_{SP_GUIDS[t]}"
    if t == 0:
        date = f"{weekday(when, cap=True)} {dmy(when)} {hm(when)}" if s.show_time else f"{weekday(when, cap=True)} {dmy(when)}"
        main = f"""<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPart{g}" class="s4-wpcell-plain ms-webpartzone-cell">
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div webpartid="{SP_GUIDS[t].replace('_', '-')}" id="WebPart{g}" class="ms-WPBody">
<div id="{g}">
<div class="news-detail">
<h3 class="news-title"><span id="{g}_ctl00_lblTitle">{esc(s.title)}</span></h3>
<div class="news-date"><span id="{g}_ctl00_lblDate">{date}</span></div>
<div class="news-summary"><span id="{g}_ctl00_lblSummary"><b>{esc(s.lead)}</b></span></div>
<div class="news-content" id="{g}_ctl00_divContent">
{body_html(p, image="table", byline="right-strong", src="/PublishingImages/TinTuc/{id}_{k}.jpg")}
</div>
<div class="news-tools"><a href="javascript:window.print()">{p.n("In trang")}</a> | <a href="mailto:?subject=tin">{p.n("Gửi email")}</a> | <a href="#top">{p.n("Về đầu trang")}</a></div>
</div>
</div></div></div></div>
<div id="MSOZoneCell_WebPart{g}_other" class="s4-wpcell-plain"><h3 class="ms-standardheader ms-WPTitle"><span>{p.n("Tin cùng chuyên mục")}</span></h3>
{p.item_ul(p.items("older", 6), d_paren, "dfwp-list")}</div>
</div>"""
        left = f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{p.n("Tin mới nhất")}</span></h2>
{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {hm(d)}", "dfwp-list")}</div>"""
        right = f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{p.n("Liên kết website")}</span></h2><ul>{lis(p, ["Cổng thông tin điện tử tỉnh", "Bộ Y tế"])}</ul></div>"""
        return sp_shell(p, "Chi tiết tin tức", left, main, right, lang=True)
    if t == 1:
        date = f"Ngày đăng: {dmy(when)} {clock12(when, ('SA', 'CH'))}" if s.show_time else f"Ngày đăng: {dmy(when)}"
        main = f"""<div id="{g}" class="ms-WPBody">
<div class="ArticleDetail">
<div class="ArticleDate"><span id="{g}_lblDate">{date}</span></div>
<h1 class="ArticleTitle"><span id="{g}_lblTitle">{esc(s.title)}</span></h1>
<div class="ArticleContent" id="{g}_divContent">
{body_html(p, image="figure", byline="div-right", lead="strong", table=1, src="/SiteAssets/tin-tuc/{id}-{k}.jpg")}
</div>
<div class="ArticleViews">{p.n(f"Lượt xem: {p.views()}")}</div>
<div class="ArticleShare">{share_html(p, "Chia sẻ:")}</div>
</div>
<div class="OtherNews"><div class="OtherNewsTitle">{p.n("Các tin khác")}</div>
{p.item_ul(p.items("older", 5), lambda d: f"- {dmy(d)}", "other-list")}</div>
</div>"""
        left = f"""<div class="today">{p.n(TODAY)}</div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">{p.n("Chuyên mục")}</h2><ul>{lis(p, ["Tin hoạt động", "Y tế dự phòng", "Khám chữa bệnh", "Dược - Mỹ phẩm"])}</ul></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">{p.n("Tin đọc nhiều")}</h2>{p.item_ul(p.items("mixed", 5), lambda d: f"{dmy(d)} {hm(d)}", "most-read")}</div>"""
        return sp_shell(p, f"{s.title} | {m['name']}", left, main, "", lang=False)
    # theme 2
    date = f"{weekday(when)}, {vi_long(when)}, {hm(when)} (GMT+7)" if s.show_time else f"{weekday(when)}, {vi_long(when)}"
    main = f"""<div class="article-header">
<h2 class="page-title"><span id="ctl00_PlaceHolderMain_ctl01_lblTitle">{esc(s.title)}</span></h2>
<p class="article-date">{date}</p>
</div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
{body_html(p, image="p-em", byline="plain-right", lead="plain", src="/tin-tuc-su-kien/PublishingImages/{id}-{k}.jpg")}
</div>
<div class="article-footer"><div class="share">{share_html(p, "Chia sẻ bài viết", ("Bản in",))}</div>
<div class="related"><h3>{p.n("Tin liên quan")}</h3>{p.item_ul(p.items("older", 5), d_paren, "related")}</div></div>"""
    left = f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">{p.n("Thông báo")}</h2><ul>{lis(p, ["Lịch làm việc của Ban Giám đốc", "Thông báo tuyển sinh đào tạo liên tục"])}</ul></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">{p.n("Tin nổi bật")}</h2>{p.item_ul(p.items("mixed", 5), dmy, "hot")}</div>"""
    right = f"""<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText">{p.n("Tin mới")}</h2>{p.item_ul(p.items("newer", 5), None, "newest")}</div>"""
    return sp_shell(p, m["name"], left, main, right, lang=True)


# --------------------------------------------------------------------------- DotNetNuke


def dnn_shell(p: Page, title: str, header: str, body: str, charset: str = "utf-8") -> str:
    viewstate = hashlib.sha256(("dnn" + p.url).encode()).hexdigest()
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset={charset}" http-equiv="Content-Type">
<title>
	{esc(title)}
</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW">
<link href="/Portals/_default/Skins/YTe/skin.css" type="text/css" rel="stylesheet">
</head>
<body id="Body">
<form method="post" action="{attr('/' + p.url.split('://', 1)[1].split('/', 1)[1])}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1MzQ2OTk{viewstate}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]>
</script>
{header}
{body}
</form>
</body>
</html>
"""


def render_dnn(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức", "Khám chữa bệnh", "Y tế dự phòng", "Văn bản", "Liên hệ"],
               '<li class="rmItem"><a class="rmLink" href="/Default.aspx?tabid=1{href}"><span class="rmText">{label}</span></a></li>')
    if t == 0:
        date = f"{weekday(when)}, {dmy(when)} {hm(when)}" if s.show_time else f"{weekday(when)}, {dmy(when)}"
        modified = f' <span id="dnn_ctr507_ViewArticle_lblUpdated">{p.n(f"Cập nhật lúc: {hm(s.modified)} {dmy(s.modified)}")}</span>' if s.modified else ""
        header = f"""<div id="dnn_wrapper"><div class="header">
<div class="lang">{lang_html(p)} | <a id="dnn_dnnLOGIN_loginLink" href="/Login.aspx" rel="nofollow">{p.n("Đăng nhập")}</a></div>
<h1 class="logo"><a id="dnn_dnnLOGO_hypLogo" href="/">{p.n(m['name'].upper())}</a></h1></div>
<div id="dnn_dnnMENU_RadMenu1" class="RadMenu RadMenu_Default"><ul class="rmRootGroup rmHorizontal">{menu}</ul></div>"""
        left = f"""<div class="DnnModule DnnModule-510"><div class="c_title"><h2 class="title"><span class="TitleHead">{p.n("Tin mới")}</span></h2></div>
{p.item_ul(p.items("newer", 5), d_paren, "newsList")}</div>
<div class="DnnModule DnnModule-511"><div class="c_title"><h2 class="title"><span class="TitleHead">{p.n("Liên kết website")}</span></h2></div>
<select onchange="window.open(this.value)"><option value="">{p.n("-- Chọn liên kết --")}</option><option value="https://moh.gov.vn">Bộ Y tế</option></select></div>
<div class="DnnModule DnnModule-512"><div class="c_title"><h2 class="title"><span class="TitleHead">{p.n("Thống kê truy cập")}</span></h2></div>{counter_html(p)}</div>"""
        main = f"""<div class="DnnModule DnnModule-NewsArticles DnnModule-507"><a name="507"></a>
<div class="c_title"><h2 class="title"><span id="dnn_ctr507_dnnTITLE_titleLabel" class="TitleHead">{p.n("Tin hoạt động")}</span></h2></div>
<div id="dnn_ctr507_ContentPane"><div id="dnn_ctr507_ModuleContent" class="DNNModuleContent ModNewsArticlesC">
<div class="articleHead"><h1 class="articleTitle"><span id="dnn_ctr507_ViewArticle_lblTitle">{esc(s.title)}</span></h1></div>
<div class="articleDate"><span id="dnn_ctr507_ViewArticle_lblDate">{date}</span>{modified} | <span id="dnn_ctr507_ViewArticle_lblViews">{p.n(f"Lượt xem: {p.views()}")}</span></div>
<div id="dnn_ctr507_ViewArticle_divContent" class="articleContent Normal">
{body_html(p, image="table", byline="right-strong", lead="strong", src="/Portals/0/Images/{id}_{k}.jpg")}
</div>
<div class="articleTools">{share_html(p, "Chia sẻ bài viết")} | <a href="javascript:window.print();">{p.n("In bài viết")}</a> | <a href="/gui-email.aspx">{p.n("Gửi email")}</a></div>
<div class="otherNews"><span class="otherNewsTitle">{p.n("Các tin đã đưa")}</span>
{p.item_ul(p.items("older", 5), d_paren, "otherNewsList")}</div>
</div></div></div>"""
        body = f"""<table class="skin-table" width="100%" cellpadding="0" cellspacing="0"><tbody><tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top" width="240">
{left}
</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
{main}
</td></tr></tbody></table>
<div class="footer"><div id="dnn_FooterPane">{footer_html(p, sep="<br>")}</div><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">{p.n(f"Copyright (c) 2024 {m['name']}")}</span></div>
</div>"""
        return dnn_shell(p, f"{m['name']} > Tin tức > Tin hoạt động", header, body)
    if t == 1:
        date = f"Ngày đăng: {dmy(when)} {hm(when)}" if s.show_time else f"Ngày đăng: {dmy(when)}"
        modified = f' | <span class="updated">{p.n(f"Cập nhật lúc: {hm(s.modified)} {dmy(s.modified)}")}</span>' if s.modified else ""
        header = f"""<div id="dnn_TopPane"><div class="banner"><a href="/"><img src="/Portals/0/banner.jpg" alt="{attr(m['name'])}"></a></div>
<div class="menu"><ul>{menu}</ul></div>
<div class="breadcrumb">{p.n("Bạn đang ở:")} <a class="SkinObject" href="/">{p.n("Trang chủ")}</a> › <a class="SkinObject" href="/TinTuc">{p.n("Tin tức")}</a> › <a class="SkinObject" href="/TinTuc/tabid/88">{p.n("Tin hoạt động")}</a></div></div>"""
        main = f"""<div class="news-detail">
<div class="news-info">{date}{modified}</div>
<h3 class="news-detail-title">{esc(s.title)}</h3>
<div class="news-detail-content">
{body_html(p, image="span-caption", byline="right-each", lead="plain", src="/Portals/0/TinTuc/{id}/{k}.jpg")}
</div>
<div class="news-hits">{p.n(f"Số lần xem: {p.views()}")}</div>
<div class="news-other"><h4>{p.n("Các tin khác")}</h4>{p.item_ul(p.items("older", 5), dmy, "other")}</div>
</div>"""
        right = f"""<div class="DnnModule"><h2 class="title">{p.n("Tin xem nhiều")}</h2>{p.item_ul(p.items("mixed", 5), None, "top-view")}</div>
<div class="DnnModule"><h2 class="title">{p.n("Thống kê truy cập")}</h2>{counter_html(p)}</div>"""
        body = f"""<div id="dnn_ContentPane" class="col-md-9">
{main}
</div>
<div id="dnn_RightPane" class="col-md-3">
{right}
</div>
<div id="dnn_FooterPane">{footer_html(p)}</div>"""
        return dnn_shell(p, s.title, header, body)
    # theme 2: EasyDNNnews
    date = f"{dmy(when)} {clock12(when, ('SA', 'CH'), seconds=True)}" if s.show_time else dmy(when)
    charset = "windows-1258" if s.encoding == "windows-1258" else "utf-8"
    header = f"""<div class="top-bar">{p.n("Đường dây nóng: " + m['phone'])} | <a href="/Login.aspx">{p.n("Đăng nhập")}</a></div>
<div id="dnn_header"><h1 class="logo"><a href="/">{p.n(m['name'].upper())}</a></h1>
<nav class="main-menu"><ul>{menu}</ul></nav></div>"""
    main = f"""<div class="eds_news_module_1284 news eds_subCollection_news eds_news_Ozone">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{esc(s.title)}</h1>
<div class="edn_metaDetails"><time class="edn_articleDate">{date}</time> <span class="edn_articleCategories">{p.n("Chuyên mục: Tin hoạt động")}</span> <span class="edn_articleViews">{p.n(f"Lượt xem: {p.views()}")}</span></div>
<div class="edn_articleSummary"><p>{esc(s.lead)}</p></div>
<div class="edn_articleContent">
{body_html(p, image="figure", byline="div-right", src="/Portals/0/EasyDNNNews/{id}/{k}.jpg")}
</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="javascript:window.print()">{p.n("In bài viết")}</a> {share_html(p, "Chia sẻ")}</div>
</div>
<div class="edn_relatedArticles"><h3>{p.n("Bài viết liên quan")}</h3>{p.item_ul(p.items("older", 4), lambda d: f"{dmy(d)}", "edn_related")}</div>
</div>"""
    body = f"""<div class="container"><div class="row">
<div id="dnn_ContentPane" class="col-md-8">
{main}
</div>
<div id="dnn_SidebarPane" class="col-md-4">
<div class="DnnModule"><h2 class="title">{p.n("Tin nổi bật")}</h2>{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {hm(d)}", "featured")}</div>
<div class="DnnModule"><h2 class="title">{p.n("Lịch trực")}</h2><p>{p.n("Cấp cứu 24/24 giờ: " + m['phone'])}</p></div>
</div></div></div>
<footer class="footer">{footer_html(p)}</footer>"""
    return dnn_shell(p, f"{s.title} - {m['name']}", header, body, charset)


# --------------------------------------------------------------------------- NukeViet


def nv_shell(p: Page, title: str, head: str, top: str, main: str, side: str, side_first: bool = False) -> str:
    m = p.site
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức", "Phòng chống dịch bệnh", "Tiêm chủng", "Văn bản", "Liên hệ"],
               '<li><a title="{label}" href="{href}/">{label}</a></li>')
    crumbs = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/{slugify(x)}/" itemprop="item"><span itemprop="name">{p.n(x)}</span></a></li>' for x in ("Trang chủ", "Tin tức", "Tin hoạt động"))
    cols = [f'<div class="col-sm-16 col-md-18">\n{main}\n</div>', f'<div class="col-sm-8 col-md-6">\n{side}\n</div>']
    if side_first:
        cols.reverse()
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
{html_head(title, '<meta name="generator" content="NukeViet v4.5">' + head + '<link rel="alternate" href="/rss/" title="Tin Tức" type="application/rss+xml">')}
<body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
{top}
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<nav class="third-nav"><div class="container"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">{crumbs}</ul></div></div></nav>
<section><div class="container" id="body"><div class="row">
{"".join(cols)}
</div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">{footer_html(p)}{counter_html(p)}</div></div></div></footer>
</div></div>
</body>
</html>
"""


def render_nukeviet(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    author = s.byline[0] if s.byline else "Ban biên tập"
    if t == 0:
        date = f"{weekday(when)} - {dmy(when)} {hm(when)}" if s.show_time else f"{weekday(when)} - {dmy(when)}"
        meta_date = iso(when) if s.show_time else when.strftime("%Y-%m-%d")
        head = f"""
<meta property="og:title" content="{attr(s.title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{attr(p.url)}">
<link rel="canonical" href="{attr(p.url)}">"""
        top = f"""<div class="logo col-md-8"><a title="{attr(m['name'])}" href="/"><img src="/uploads/logo.png" alt=""></a><span class="site_name">{p.n(m['name'].upper())}</span></div>
<div class="col-md-16"><div class="language">{lang_html(p)}</div><div class="personalArea"><a href="/users/login/">{p.n("Đăng nhập")}</a></div></div>"""
        main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(s.title)}</h1>
<meta itemprop="datePublished" content="{meta_date}">
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{date}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="/sendmail/"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="/print/"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{esc(s.lead)}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(p, image="p-em", byline="right-strong", src="/uploads/news/{id}/{k}.jpg")}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{p.n(f"Tác giả: {author}")}</strong></p><p class="h5 text-right">{p.n("Nguồn tin: " + m['name'])}</p></div>
<div class="keywords">{p.n("Từ khóa:")} <a href="/tag/phong-chong-dich/">phòng chống dịch</a></div>
<div class="news_column panel"><div class="rating"><span>{p.n("Tổng số điểm của bài viết là: 25 trong 6 đánh giá")}</span><br><span>{p.n("Click để đánh giá bài viết")}</span></div></div>
<div class="news_column panel"><div class="comment"><h3>{p.n("Ý kiến bạn đọc")}</h3><form><textarea name="content"></textarea><button>{p.n("Gửi bình luận")}</button></form></div></div>
<div class="news_column panel"><p class="h3"><strong>{p.n("Những tin mới hơn")}</strong></p>{p.item_ul(p.items("newer", 3), d_paren, "related")}
<p class="h3"><strong>{p.n("Những tin cũ hơn")}</strong></p>{p.item_ul(p.items("older", 5), d_paren, "related")}</div>
</div>
</div>"""
        side = f"""<div class="panel panel-default"><div class="panel-heading">{p.n("Tin xem nhiều")}</div>{p.item_ul(p.items("mixed", 5), None, "topview")}</div>
<div class="panel panel-default"><div class="panel-heading">{p.n("Liên kết website")}</div><ul>{lis(p, ["Cổng thông tin điện tử tỉnh Nghệ An", "Cục Y tế dự phòng"])}</ul></div>"""
        return nv_shell(p, f"{s.title} - {m['name']}", head, top, main, side)
    if t == 1:
        date = f"Đăng lúc: {hm(when)} - {dmy(when)}" if s.show_time else f"Đăng lúc: {dmy(when)}"
        modified = f'<span class="modified">{p.n(f"Cập nhật: {hm(s.modified)} - {dmy(s.modified)}")}</span> | ' if s.modified else ""
        top = f"""<div class="logo"><a href="/"><img src="/themes/cdc/images/logo.png" alt=""></a><h1 class="site-name">{p.n(m['name'].upper())}</h1></div>
<div class="hotline">{p.n("Đường dây nóng: " + m['phone'])}</div>"""
        main = f"""<div class="box-border-shadow m-bottom content-box">
<h2 class="title">{esc(s.title)}</h2>
<div class="info">{modified}<span class="time">{date}</span> | <span class="hits">{p.n(f"Lượt xem: {p.views()}")}</span></div>
<div class="hometext">{esc(s.lead)}</div>
<div class="bodytext" id="news-bodyhtml">
{body_html(p, image="figure", byline="plain-right", table=1, src="/uploads/news/{id}/{k}.jpg")}
</div>
<div class="source">{p.n("Nguồn tin: CDC Quảng Ninh")}</div>
<div class="news-share">{share_html(p, "Chia sẻ bài viết")}</div>
</div>
<div class="box-border m-bottom"><div class="header-related">{p.n("Những tin mới hơn")}</div>{p.item_ul(p.items("newer", 4), lambda d: f"{dmy(d)} {hm(d)}", "related")}</div>
<div class="box-border m-bottom"><div class="header-related">{p.n("Những tin cũ hơn")}</div>{p.item_ul(p.items("older", 5), lambda d: f"{dmy(d)} {hm(d)}", "related")}</div>"""
        side = f"""<div class="block"><h3 class="block-title">{p.n("Tin mới")}</h3>{p.item_ul(p.items("newer", 5), dmy, "newest")}</div>
<div class="block"><h3 class="block-title">{p.n("Video clip")}</h3><p>{p.n("Phòng chống tác hại thuốc lá điện tử")}</p></div>"""
        return nv_shell(p, s.title, "", top, main, side, side_first=True)
    # theme 2
    date = f"{weekday(when)}, {vi_long(when)} - {hm(when)}" if s.show_time else f"{weekday(when)}, {vi_long(when)}"
    top = f"""<div class="today">{p.n(TODAY)}</div><div class="logo"><h1><a href="/">{p.n(m['name'].upper())}</a></h1></div>"""
    main = f"""<div class="news-detail">
<div class="news-time"><i class="fa fa-calendar"></i> {date}</div>
<h1 class="title" itemprop="headline">{esc(s.title)}</h1>
<div class="hometext"><strong>{esc(s.lead)}</strong></div>
<div id="news-bodyhtml" class="bodytext">
{body_html(p, image="p-em", byline="right-strong", table=1, src="/uploads/news/{id}/{k}.jpg")}
</div>
<div class="news-share">{share_html(p, "Chia sẻ bài viết", ("In bài viết",))}</div>
<div class="news-related"><h3 class="title-related">{p.n("Tin liên quan")}</h3>{p.item_ul(p.items("older", 5), d_paren, "related")}</div>
</div>"""
    side = f"""<div class="block"><h3>{p.n("Văn bản mới")}</h3><ul>{lis(p, ["Quyết định về việc kiện toàn Hội đồng thuốc và điều trị", "Kế hoạch phòng chống dịch bệnh năm 2024"])}</ul></div>
<div class="block"><h3>{p.n("Tin đọc nhiều")}</h3>{p.item_ul(p.items("mixed", 5), dmy, "most")}</div>"""
    return nv_shell(p, f"{s.title} - Tin hoạt động - {m['name']}", "", top, main, side)


# --------------------------------------------------------------------------- Joomla


def joomla_date(d: dt.datetime, show_time: bool = True, cap: bool = False) -> str:
    text = f"{weekday(d, cap)}, {d:%d} Tháng {d.month} {d.year}"
    return f"{text} {hm(d)}" if show_time else text


def joomla_shell(p: Page, title: str, main: str, side: str, *, side_first: bool, top: str = "") -> str:
    m = p.site
    menu = "".join(f'<li class="item-{101 + k}"><a href="/index.php/{slugify(x)}">{p.n(x)}</a></li>' for k, x in enumerate(
        ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chuyên môn", "Văn bản", "Liên hệ"]))
    crumb = f'<li class="active">{p.n("Bạn đang ở:")} &nbsp;</li>' + "".join(
        f'<li><a href="/index.php/{slugify(x)}" class="pathway">{p.n(x)}</a><span class="divider"> / </span></li>' for x in ("Trang chủ", "Tin tức - Sự kiện"))
    cols = [f'<main id="content" role="main" class="span9">\n{main}\n</main>', f'<div id="aside" class="span3">\n{side}\n</div>']
    if side_first:
        cols.reverse()
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
{html_head(title, '<meta name="generator" content="Joomla! - Open Source Content Management">')}
<body class="site com_content view-article no-layout no-task itemid-105">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">{top}
<a class="brand pull-left" href="/"><span class="site-title" title="{attr(m['name'])}">{p.n(m['name'].upper())}</span></a>
<div class="header-search pull-right"><form action="/index.php/tim-kiem" method="post"><input name="searchword" class="inputbox search-query" type="search"><button class="btn">{p.n("Tìm kiếm")}</button></form></div>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">{menu}</ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{crumb}</ul></div>
<div class="row-fluid">
{"".join(cols)}
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr>{footer_html(p)}<p class="pull-right"><a href="#top" id="back-top">{p.n("Lên đầu trang")}</a></p></div></footer>
</body>
</html>
"""


def render_joomla(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    if t == 0:
        dt_attr = iso(when) if s.show_time else when.strftime("%Y-%m-%d")
        modified = ""
        if s.modified:
            modified = f'<dd class="modified"><span class="icon-calendar"></span><time datetime="{iso(s.modified)}" itemprop="dateModified">{p.n("Cập nhật lần cuối: " + joomla_date(s.modified))}</time></dd>'
        main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">{p.n("Chi tiết")}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{p.n("Viết bởi Quản trị viên")}</dd>
<dd class="category-name">{p.n("Danh mục: Tin tức - Sự kiện")}</dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{dt_attr}" itemprop="datePublished">Ngày đăng: {joomla_date(when, s.show_time)}</time></dd>
{modified}
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{p.views()}">{p.n(f"Lượt xem: {p.views()}")}</dd>
</dl>
<div itemprop="articleBody">
{body_html(p, image="p-em", byline="right-strong", lead="strong", src="/images/tin-tuc/{id}-{k}.jpg")}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">{p.n("Trước")}</a></li><li class="next"><a href="#" rel="next">{p.n("Tiếp theo")}</a></li></ul>
</div>
<div class="moduletable related-items"><h3>{p.n("Tin liên quan")}</h3>{p.item_ul(p.items("older", 4), d_paren, "relateditems mod-list")}</div>"""
        side = f"""<div class="moduletable"><h3 class="page-header">{p.n("Tin mới nhất")}</h3>{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {hm(d)}", "latestnews mod-list")}</div>
<div class="moduletable"><h3 class="page-header">{p.n("Thống kê truy cập")}</h3>{counter_html(p)}</div>"""
        return joomla_shell(p, s.title, main, side, side_first=True)
    if t == 1:
        modified = ""
        if s.modified:
            modified = f'<tr><td colspan="2" class="modifydate">{p.n("Lần cập nhật cuối lúc " + joomla_date(s.modified))}</td></tr>'
        main = f"""<table class="contentpaneopen"><tbody><tr>
<td class="contentheading" width="100%">{esc(s.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;print=1" title="In" rel="nofollow">{p.n("In bài này")}</a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_mailto" title="E-mail" rel="nofollow">{p.n("Gửi cho bạn bè")}</a></td>
</tr></tbody></table>
<table class="contentpaneopen"><tbody>
<tr><td valign="top" colspan="2" class="createdate">{joomla_date(when, s.show_time)}</td></tr>
<tr><td valign="top" colspan="2">
{body_html(p, image="table", byline="right-each", lead="plain", src="/images/stories/tintuc/{id}_{k}.jpg")}
</td></tr>
{modified}
</tbody></table>
<span class="article_separator">&nbsp;</span>
<table class="contentpaneopen"><tbody><tr><td><div class="newsfeed">
<strong>{p.n("Tin mới hơn:")}</strong>{p.item_ul(p.items("newer", 3), d_paren, "newer")}
<strong>{p.n("Tin cũ hơn:")}</strong>{p.item_ul(p.items("older", 5), d_paren, "older")}
</div></td></tr></tbody></table>"""
        side = f"""<div class="moduletable"><h3>{p.n("Thăm dò ý kiến")}</h3><p>{p.n("Bạn đánh giá thế nào về chất lượng khám chữa bệnh tại Trung tâm?")}</p>
<label><input type="radio" name="voteid"> {p.n("Rất hài lòng")}</label><label><input type="radio" name="voteid"> {p.n("Bình thường")}</label><button>{p.n("Bình chọn")}</button></div>
<div class="moduletable"><h3>{p.n("Ai đang trực tuyến")}</h3><p>{p.n("Hiện có 14 khách Trực tuyến")}</p></div>"""
        return joomla_shell(p, f"{m['name']} - Tin hoạt động", main, side, side_first=True)
    # theme 2: K2
    date = joomla_date(when, s.show_time, cap=True)
    main = f"""<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{date}</span>
<h2 class="itemTitle">{esc(s.title)}</h2>
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">{p.n("Cỡ chữ")}</span> <a href="#" id="fontDecrease">a-</a> <a href="#" id="fontIncrease">a+</a></li>
<li><a class="itemPrintLink" rel="nofollow" href="?tmpl=component&amp;print=1">{p.n("In bài viết")}</a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/">{p.n("Gửi cho bạn bè")}</a></li>
</ul></div>
<div class="itemBody">
<div class="itemIntroText"><p>{esc(s.lead)}</p></div>
<div class="itemFullText">
{body_html(p, image="div-center", byline="div-right", src="/media/k2/items/cache/{id}_{k}_L.jpg")}
</div>
</div>
<div class="itemHitsBlock"><span class="itemHits">{p.n(f"Đọc {p.views()} lần")}</span></div>
<div class="itemSocialSharing">{share_html(p, "Chia sẻ:")}</div>
<div class="itemCategory"><span>{p.n("Đăng trong")}</span> <a href="/tin-tuc">{p.n("Tin hoạt động")}</a></div>
<div class="itemRelated"><h3>{p.n("Bài viết liên quan")}</h3>{p.item_ul(p.items("older", 4), dmy, "itemRelated")}</div>
<div class="itemComments"><h3>{p.n("Để lại bình luận")}</h3><form><label>{p.n("Tên (bắt buộc)")}<input name="userName"></label><textarea name="commentText"></textarea><button>{p.n("Gửi bình luận")}</button></form></div>
</div>"""
    side = f"""<div class="moduletable"><h3>{p.n("Tin mới")}</h3>{p.item_ul(p.items("newer", 5), lambda d: joomla_date(d), "k2ItemsBlock")}</div>
<div class="moduletable"><h3>{p.n("Thống kê truy cập")}</h3>{counter_html(p)}</div>"""
    return joomla_shell(p, f"{s.title} - CDC Bình Định", main, side, side_first=False,
                        top=f'<div class="hotline">{p.n("Đường dây nóng: " + m["phone"])}</div>')


# --------------------------------------------------------------------------- WordPress

COMMENT_FORM = (
    "Để lại một bình luận",
    "Email của bạn sẽ không được hiển thị công khai.",
    "Các trường bắt buộc được đánh dấu",
)


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} Tháng {WP_MONTHS[d.month - 1]}, {d.year}"


def wp_comments(p: Page, heading: str = "Để lại một bình luận") -> str:
    return f"""<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{p.n(heading)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">{p.n(COMMENT_FORM[1])}</span> <span class="required-field-message">{p.n(COMMENT_FORM[2])} <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">{p.n("Bình luận")} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">{p.n("Tên")} <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">{p.n("Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.")}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"></p>
</form>
</div>
</div>"""


def wp_shell(p: Page, title: str, head: str, body_class: str, header: str, main: str, side: str) -> str:
    return f"""<!doctype html>
<html lang="vi">
{html_head(title, head + '<meta name="generator" content="WordPress 6.5.2">')}
<body class="post-template-default single single-post {body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">{p.n("Chuyển đến nội dung")}</a>
{header}
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
{side}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer_html(p)}<p>{p.n("© 2024 " + p.site['name'] + ". Bảo lưu mọi quyền.")}</p></div></footer>
</div>
</body>
</html>
"""


def render_wordpress(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức", "Chuyên khoa", "Hướng dẫn khám bệnh", "Bảng giá dịch vụ", "Liên hệ"],
               '<li class="menu-item menu-item-type-post_type"><a href="{href}/">{label}</a></li>')
    sib = p.items("older", 2)
    if t == 0:
        head = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{attr(s.title)} - {attr(m['name'])}">
<meta property="article:published_time" content="{iso(when)}">
<link rel="canonical" href="{attr(p.url)}">"""
        updated = f'<time class="updated" datetime="{iso(s.modified)}">{dmy(s.modified)}</time>' if s.modified else ""
        header = f"""<header id="masthead" class="site-header"><div class="inside-header">
<div class="site-branding"><p class="main-title"><a href="/" rel="home">{p.n(m['name'].upper())}</a></p><p class="site-description">{p.n("Chất lượng - An toàn - Thân thiện")}</p></div>
<div class="hotline">{p.n("Cấp cứu 24/7: " + m['phone'])}</div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="menu">{menu}</ul></nav></div></header>"""
        main = f"""<article id="post-{num(s.id, 1000, 9999)}" class="post type-post status-publish format-standard hentry category-tin-tuc" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(s.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(when)}" itemprop="datePublished">{dmy(when)}</time>{updated}</span> <span class="byline">{p.n("bởi Ban biên tập")}</span></div></header>
<div class="entry-content" itemprop="text">
{body_html(p, image="wp-block", byline="right-strong", lead="strong", table=1, src="/wp-content/uploads/{id}-{k}.jpg")}
</div>
<footer class="entry-meta"><span class="cat-links">{p.n("Chuyên mục: Tin tức")}</span></footer>
</div>
</article>
<nav id="nav-below" class="post-navigation"><span class="screen-reader-text">{p.n("Điều hướng bài viết")}</span>
<div class="nav-previous"><span class="prev">{p.n("Bài viết trước")}</span> <a href="{attr(sib[0].url)}" rel="prev">{p.n(sib[0].title)}</a></div>
<div class="nav-next"><span class="next">{p.n("Bài viết sau")}</span> <a href="{attr(sib[1].url)}" rel="next">{p.n(sib[1].title)}</a></div></nav>
<div class="related-posts"><h3>{p.n("Bài viết liên quan")}</h3>{p.item_ul(p.items("mixed", 4), dmy, "related")}</div>
{wp_comments(p)}"""
        side = f"""<section class="widget widget_recent_entries"><h2 class="widget-title">{p.n("Bài viết mới")}</h2>{p.item_ul(p.items("newer", 5), None, "recent")}</section>
<section class="widget widget_archive"><h2 class="widget-title">{p.n("Lưu trữ")}</h2><ul><li><a href="/2024/10/">{p.n("Tháng Mười 2024")}</a></li><li><a href="/2024/09/">{p.n("Tháng Chín 2024")}</a></li></ul></section>
<section class="widget widget_counter"><h2 class="widget-title">{p.n("Thống kê truy cập")}</h2>{counter_html(p)}</section>"""
        return wp_shell(p, f"{s.title} – {m['name']}", head, "right-sidebar", header, main, side)
    if t == 1:
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
                         "datePublished": iso(when), "dateModified": iso(s.modified or when),
                         "author": {"@type": "Organization", "name": m["name"]}}, ensure_ascii=False)
        head = f'<script type="application/ld+json">{ld}</script>'
        header = f"""<div class="td-header-top-menu"><div class="td_data_time">{p.n(TODAY)}</div><ul class="top-header-menu">{lis(p, ["Lịch khám bệnh", "Tuyển dụng"])}</ul></div>
<div class="td-header-logo"><a href="/"><span class="td-logo-text">{p.n(m['name'].upper())}</span></a></div>
<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">{menu}</ul></div>"""
        more = p.items("mixed", 6)[3]
        extra = {2: f'<p><strong>{p.n("Xem thêm:")}</strong> <a href="{attr(more.url)}">{p.n(more.title)}</a></p>'}
        date = f"Đăng ngày: {dmy(when)} lúc {clock12(when, ('SA', 'CH'))}"
        main = f"""<article class="td-post-template-default">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/tin-tuc/">{p.n("Tin tức")}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>
<div class="td-module-meta-info"><span class="td-post-date">{date}</span> <div class="td-post-views"><span class="td-nr-views-{num(s.id, 100, 999)}">{p.n(f"Lượt xem: {p.views()}")}</span></div></div></header></div>
<div class="td-post-sharing-top">{share_html(p, "Chia sẻ Facebook", ("Zalo",))}</div>
<div class="td-post-content tagdiv-type">
{body_html(p, image="wp-caption", byline="plain-right", lead="b-span", src="/wp-content/uploads/{id}/{k}.jpg", extra_after=extra)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>{p.n("TAGS")}</span></li><li><a href="/tag/benh-vien/">bệnh viện</a></li></ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">{p.n("Bài viết liên quan")}</h4>{p.item_ul(p.items("older", 4), dmy, "td-related")}</div>
{wp_comments(p, "Để lại một bình luận")}"""
        side = f"""<div class="td_block_wrap"><h4 class="block-title">{p.n("Tin nổi bật")}</h4>{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {hm(d)}", "hot")}</div>"""
        return wp_shell(p, f"{s.title} | BVĐK khu vực Cai Lậy", head, "td-standard-pack", header, main, side)
    # theme 2: Flatsome
    updated = f' <time class="updated" datetime="{iso(s.modified)}">{wp_date(s.modified)}</time>' if s.modified else ""
    header = f"""<header id="header" class="header"><div class="header-top"><span>{p.n("Hotline: " + m['phone'])}</span> <span>{p.n("Giờ làm việc: 7h00 - 17h00")}</span></div>
<div class="header-main"><div id="logo" class="flex-col logo"><a href="/" title="{attr(m['name'])}" rel="home">{p.n(m['name'])}</a></div>
<ul class="header-nav header-nav-main nav">{menu}</ul></div></header>"""
    main = f"""<article id="post-{num(s.id, 1000, 9999)}" class="post type-post status-publish format-standard">
<div class="article-inner">
<header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="/category/tin-hoat-dong/" rel="category tag">{p.n("Tin hoạt động")}</a></h6>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">{p.n("Đăng vào")} <a href="{attr(p.url)}" rel="bookmark"><time class="entry-date published" datetime="{iso(when)}">{wp_date(when)}</time>{updated}</a></span> <span class="byline">{p.n("bởi Quản trị viên")}</span></div>
<h1 class="entry-title">{esc(s.title)}</h1>
<div class="entry-divider is-divider small"></div>
</div></header>
<div class="entry-content single-page">
{body_html(p, image="wp-block", byline="right-each", lead="plain", src="/wp-content/uploads/{id}-{k}.jpg")}
<div class="blog-share text-center"><div class="is-divider medium"></div>{share_html(p, "Chia sẻ")}</div>
</div>
<div class="entry-author author-box"><h5 class="author-name uppercase pt-half">{p.n("Quản trị viên")}</h5></div>
</div>
</article>
<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav"><a href="{attr(sib[0].url)}" rel="prev">{p.n(sib[0].title)}</a> <a href="{attr(sib[1].url)}" rel="next">{p.n(sib[1].title)}</a></div></nav>
{wp_comments(p, "Trả lời")}"""
    side = f"""<aside class="widget flatsome_recent_posts"><span class="widget-title"><span>{p.n("Bài viết mới")}</span></span>{p.item_ul(p.items("newer", 5), dmy, "recent-blog-posts")}</aside>
<aside class="widget"><span class="widget-title"><span>{p.n("Thống kê truy cập")}</span></span>{counter_html(p)}</aside>"""
    return wp_shell(p, f"{s.title} – {m['name']}", "", "lightbox nav-dropdown-has-arrow", header, main, side)


# --------------------------------------------------------------------------- Oracle WebCenter


def wc_shell(p: Page, title: str, left: str, main: str, right: str, *, today: bool) -> str:
    m = p.site
    menu = "".join(f'<td class="menu-item"><a class="af_goLink" href="/webcenter/portal/{m["portal"]}/pages_{slugify(x)}">{p.n(x)}</a></td>' for x in
                   ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"])
    loop = num(p.url, 10**14, 10**15)
    top = f'<div class="today">{p.n(TODAY)}</div>' if today else ""
    return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
{html_head(title, '<meta name="generator" content="Oracle WebCenter Portal">')}
<body class="p_AFMaximized" style="margin:0px">
<form id="f1" name="f1" method="POST" action="/webcenter/portal/{m['portal']}/pages_tin-tuc/chi-tiet-tin?_afrLoop={loop}&amp;_afrWindowMode=0">
<div id="T:pt1:pgl1" class="af_panelGroupLayout">
<div id="T:pt1:header" class="header">{top}<h1 class="site-name">{p.n(m['name'].upper())}</h1>
<table class="menu-bar" cellpadding="0" cellspacing="0"><tbody><tr>{menu}</tr></tbody></table></div>
<table class="layout" width="100%"><tbody><tr>
<td id="T:pt1:left" class="col-left" valign="top" width="260">{left}</td>
<td id="T:pt1:center" class="col-center" valign="top">{main}</td>
<td id="T:pt1:right" class="col-right" valign="top" width="260">{right}</td>
</tr></tbody></table>
<div id="T:pt1:footer" class="footer">{footer_html(p)}{counter_html(p)}</div>
</div>
</form>
</body>
</html>
"""


def render_webcenter(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    if t == 0:
        date = f"{dmy(when)} {clock12(when, ('SA', 'CH'), pad=True)}" if s.show_time else dmy(when)
        left = f"""<div id="T:r2:0:pgl5" class="box-left"><h1 class="title-box">{p.n("Tin nổi bật")}</h1>{p.item_ul(p.items("mixed", 5), dmy, "hot-news")}</div>
<div class="box-left"><h1 class="title-box">{p.n("Liên kết")}</h1><ul>{lis(p, ["Cổng thông tin điện tử tỉnh Quảng Nam", "Bộ Y tế"])}</ul></div>"""
        main = f"""<div id="T:r1:0:pgl1" class="af_panelGroupLayout chi-tiet-tin">
<span id="T:r1:0:ot1" class="af_outputText tieude-tin">{esc(s.title)}</span>
<div class="ngay-dang"><span id="T:r1:0:ot2" class="af_outputText">{date}</span></div>
<div class="tom-tat"><span class="af_outputText"><b>{esc(s.lead)}</b></span></div>
<div id="T:r1:0:of1" class="af_outputFormatted noi-dung">
{body_html(p, image="p-em", byline="right-strong", src="/documents/10181/{id}/{k}.jpg")}
</div>
<div class="chuc-nang"><a href="javascript:window.print()">{p.n("In trang")}</a> | <a href="#">{p.n("Gửi email")}</a> | <a href="#top">{p.n("Về đầu trang")}</a></div>
<div class="tin-khac"><span class="af_outputText tieude-tinkhac">{p.n("Các tin khác")}</span>{p.item_ul(p.items("older", 6), d_paren, "list-tinkhac")}</div>
</div>"""
        return wc_shell(p, m["name"], left, main, "", today=True)
    if t == 1:
        date = f"Ngày đăng: {dmy(when)} | {hm(when)}" if s.show_time else f"Ngày đăng: {dmy(when)}"
        main = f"""<div id="T:r1:1:pgl2" class="portlet-news-detail">
<h2 class="news-title"><span id="T:r1:1:ot3" class="af_outputText">{esc(s.title)}</span></h2>
<div id="T:r1:1:of2" class="af_outputFormatted news-content">
{body_html(p, image="figure", byline="div-right", lead="strong", table=1, src="/documents/20143/{id}/{k}.jpg")}
</div>
<div class="news-meta"><span>{date}</span> <span class="views">{p.n(f"Lượt xem: {p.views()}")}</span></div>
<div class="news-share">{share_html(p, "Chia sẻ:")}</div>
<div class="news-related"><h3>{p.n("Tin liên quan")}</h3>{p.item_ul(p.items("older", 5), lambda d: f"{dmy(d)} {hm(d)}", "related")}</div>
</div>"""
        right = f"""<div class="box"><h2>{p.n("Lịch khám bệnh")}</h2><p>{p.n("Khám bệnh từ 6h30 đến 17h00 các ngày trong tuần")}</p></div>
<div class="box"><h2>{p.n("Hỏi đáp")}</h2><ul>{lis(p, ["Thủ tục khám bệnh bảo hiểm y tế", "Đăng ký khám bệnh trực tuyến"])}</ul></div>
<div class="box"><h2>{p.n("Tin mới")}</h2>{p.item_ul(p.items("newer", 4), dmy, "newest")}</div>"""
        return wc_shell(p, f"{s.title} - {m['name']}", "", main, right, today=False)
    # theme 2
    date = f"{dmy(when)} {when:%H:%M:%S}" if s.show_time else dmy(when)
    left = f"""<div class="box"><h2 class="title">{p.n("Thông báo")}</h2><ul>{lis(p, ["Lịch tiêm chủng tháng này", "Thông báo tuyển dụng hợp đồng"])}</ul></div>
<div class="box"><h2 class="title">{p.n("Tin mới cập nhật")}</h2>{p.item_ul(p.items("newer", 5), lambda d: f"{dmy(d)} {d:%H:%M:%S}", "new")}</div>"""
    main = f"""<div class="detail-news">
<div class="detail-date"><span class="af_outputText">{date}</span></div>
<h3 class="detail-title">{esc(s.title)}</h3>
<div class="detail-content af_outputFormatted">
{body_html(p, image="span-caption", byline="plain-right", lead="plain", src="/documents/30117/{id}/{k}.jpg")}
</div>
<div class="detail-views">{p.n(f"Lượt xem: {p.views()}")}</div>
<div class="other-news"><h4>{p.n("Tin cùng chuyên mục")}</h4>{p.item_ul(p.items("older", 5), d_paren, "list-other")}</div>
</div>"""
    return wc_shell(p, "Chi tiết tin", left, main, "", today=True)


# --------------------------------------------------------------------------- Drupal

DRUPAL_DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def drupal_medium(d: dt.datetime, show_time: bool = True) -> str:
    """Drupal's "medium" date format in Vietnamese: "T5, 14/03/2024 - 08:15"."""
    text = f"{DRUPAL_DAYS[d.weekday()]}, {dmy(d)}"
    return f"{text} - {hm(d)}" if show_time else text


def drupal_nid(p: Page) -> int:
    if p.url.rsplit("/", 2)[-2] == "node":
        return int(p.url.rsplit("/", 1)[1])
    return num("nid" + p.story.id, 1200, 9800)


def drupal_login(p: Page, dest: str) -> str:
    """The comment link anonymous visitors see: three text nodes that read as one line."""
    p.noise.append("Đăng nhập hoặc đăng ký để gửi bình luận")
    return (f'<a href="/user/login?destination={dest}%23comment-form">Đăng nhập</a> hoặc '
            f'<a href="/user/register?destination={dest}%23comment-form">đăng ký</a> để gửi bình luận')


def drupal_view(p: Page, items: list[Item], date_fmt, view: str, d7: bool = False) -> str:
    """A Views block: rows of title links, each with its created date."""
    rows = []
    for k, it in enumerate(items, 1):
        title = f'<span class="views-field views-field-title"><span class="field-content"><a href="{attr(it.url)}" hreflang="vi">{p.n(it.title)}</a></span></span>'
        date = f' <span class="views-field views-field-created"><span class="field-content">{esc(date_fmt(it.when))}</span></span>' if date_fmt else ""
        if d7:
            zebra = "odd" if k % 2 else "even"
            rows.append(f'<li class="views-row views-row-{k} views-row-{zebra}">{title}{date}</li>')
        else:
            rows.append(f'<div class="views-row">{title}{date}</div>')
    dom = hashlib.md5((view + p.story.id).encode()).hexdigest()
    inner = '<div class="item-list"><ul>' + "".join(rows) + "</ul></div>" if d7 else "\n".join(rows)
    return (f'<div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-block_1 js-view-dom-id-{dom}">'
            f'<div class="view-content">\n{inner}\n</div></div>')


def render_drupal(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    cat = s.category or "Tin tức"
    nid = drupal_nid(p)
    path = "/" + p.url.split("://", 1)[1].split("/", 1)[1]
    if t == 0:
        # Drupal 9, Bootstrap Barrio subtheme: h1.page-header, date and view count under it
        menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động chuyên môn", "Cải cách hành chính", "Lịch khám bệnh", "Liên hệ"],
                   '<li class="nav-item"><a href="{href}" class="nav-link">{label}</a></li>')
        crumbs = "".join(f'<li class="breadcrumb-item"><a href="/{slugify(x)}">{p.n(x)}</a></li>' for x in ("Trang chủ", "Tin tức", cat))
        date = f"Đăng ngày: {dmy(when)} - {hm(when)}" if s.show_time else f"Đăng ngày: {dmy(when)}"
        modified = f' | <span class="node__changed">{p.n(f"Cập nhật: {dmy(s.modified)} - {hm(s.modified)}")}</span>' if s.modified else ""
        tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{num(x, 10, 400)}" hreflang="vi">{p.n(x)}</a></div>'
                       for x in ("Tin bệnh viện", cat))
        head = f"""<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<link rel="canonical" href="{attr(p.url)}">
<link rel="shortlink" href="https://{m['host']}/node/{nid}">"""
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
{html_head(f"{s.title} | {m['name']}", head)}
<body class="layout-one-sidebar layout-sidebar-second page-node-{nid} path-node node--type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{p.n("Chuyển tới nội dung chính")}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="Site header">
<div class="top-header"><div class="container"><span class="hotline">{p.n("Đường dây nóng: " + m['phone'])}</span> <span class="emergency">{p.n("Cấp cứu 24/7: 115")}</span> <a href="/user/login" class="login">{p.n("Đăng nhập")}</a></div></div>
<nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
<a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/sites/default/files/logo_0.png" alt="Trang chủ" class="img-fluid d-inline-block align-top"> <span class="site-name">{p.n(m['name'].upper())}</span></a>
<div class="collapse navbar-collapse" id="CollapsingNavbar">
<nav role="navigation" aria-labelledby="block-bvdk-main-menu-menu" id="block-bvdk-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-bvdk-main-menu-menu">{p.n("Điều hướng chính")}</h2>
<ul class="clearfix nav navbar-nav">{menu}</ul></nav>
<form class="search-block-form form-row" data-drupal-selector="search-block-form" action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" name="keys" size="15" maxlength="128" class="form-search form-control"><button data-drupal-selector="edit-submit" type="submit" class="button js-form-submit form-submit btn">{p.n("Tìm kiếm")}</button></form>
</div>
</nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container">
<div id="block-bvdk-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">{p.n("Đường dẫn")}</h2>
<ol class="breadcrumb">{crumbs}<li class="breadcrumb-item active">{esc(s.title)}</li></ol></nav></div>
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col" id="content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-bvdk-page-title" class="block block-core block-page-title-block">
<h1 class="page-header"><span class="field field--name-title field--type-string field--label-hidden">{esc(s.title)}</span></h1>
</div>
<div id="block-bvdk-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" role="article" about="{attr(path)}" class="node node--type-article node--promoted node--view-mode-full clearfix">
<div class="node__meta"><span class="node__created">{date}</span>{modified} | <span class="node__statistics">{p.n(f"Số lượt xem: {p.views()}")}</span></div>
<div class="node__content clearfix">
<div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p><strong>{esc(s.lead)}</strong></p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(p, image="drupal", byline="div-right", table=1, src="/sites/default/files/{id}/anh-{k}.jpg")}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">{p.n("Từ khóa:")}</div><div class="field__items">{tags}</div></div>
<div class="print-links"><a href="/print/{nid}" rel="nofollow">{p.n("Bản in")}</a> | <a href="/printmail/{nid}" rel="nofollow">{p.n("Gửi email")}</a></div>
</div>
<section class="comment-section"><ul class="links inline list-inline"><li class="comment-forbidden">{drupal_login(p, f"/comment/reply/node/{nid}/comment")}</li></ul></section>
</article>
</div>
<div class="views-element-container block block-views block-views-blockbai-viet-lien-quan-block-1" id="block-views-block-bai-viet-lien-quan-block-1">
<h2 class="block-title">{p.n("Bài viết liên quan")}</h2>
{drupal_view(p, p.items("older", 5), d_paren, "bai_viet_lien_quan")}
</div>
</section></main>
<aside class="col-md-3 sidebar_second sidebar" id="sidebar_second" role="complementary"><section class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1"><h2 class="block-title">{p.n("Tin mới")}</h2>
{drupal_view(p, p.items("newer", 5), lambda d: f"{dmy(d)} - {hm(d)}", "tin_moi")}
<div class="more-link"><a href="/tin-tuc">{p.n("Xem thêm")}</a></div></div>
<div id="block-lichkhambenh" class="block block-block-content"><h2 class="block-title">{p.n("Lịch khám bệnh")}</h2><div class="field--name-body"><p>{p.n("Thứ Hai - Thứ Sáu: 7h00 - 16h30")}</p><p>{p.n("Thứ Bảy: 7h00 - 11h00 (khám dịch vụ)")}</p></div></div>
<div id="block-thongketruycap" class="block block-block-content"><h2 class="block-title">{p.n("Thống kê truy cập")}</h2>{counter_html(p)}</div>
</section></aside>
</div>
</div></div>
<footer class="site-footer"><div class="container">
<div class="site-footer__top clearfix"><section class="region region-footer-first">{footer_html(p)}</section></div>
<div class="site-footer__bottom"><section class="region region-footer-fifth"><p>{p.n("Bản quyền © 2024 " + m['name'])}</p></section></div>
</div></footer>
</div></div>
</div>
</body>
</html>
"""
    if t == 1:
        # Drupal 7, Bartik-based: h1#page-title, RDFa "submitted" line, book navigation
        menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kiểm soát dịch bệnh", "Tiêm chủng", "Sức khỏe môi trường", "Văn bản", "Liên hệ"],
                   '<li class="leaf"><a href="{href}">{label}</a></li>')
        created = iso(when) if s.show_time else when.strftime("%Y-%m-%d")
        tags = "".join(f'<div class="field-item {("even", "odd")[k % 2]}" rel="dc:subject"><a href="/taxonomy/term/{num(x, 10, 400)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{p.n(x)}</a></div>'
                       for k, x in enumerate((cat, "CDC Hà Tĩnh")))
        children = p.items("older", 3)
        prev, nxt = children[0], p.items("newer", 1)[0]
        book = num("book" + m["host"], 100, 999)
        child_lis = "".join(f'<li class="leaf"><a href="{attr(c.url)}">{p.n(c.title)}</a></li>' for c in children)
        popular = p.item_ul(p.items("mixed", 5), None, "popular")
        head = f"""<link rel="shortlink" href="/node/{nid}" />
<link rel="canonical" href="/node/{nid}" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />"""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
{html_head(f"{s.title} | CDC Hà Tĩnh", head)}
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{nid} node-type-article i18n-vi">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">{p.n("Chuyển tới nội dung chính")}</a></div>
<div id="page-wrapper"><div id="page">
<div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/all/themes/cdcht/logo.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{p.n(m['name'].upper())}</span></a></strong></div>
<div id="site-slogan">{p.n("Chủ động phòng bệnh vì sức khỏe cộng đồng")}</div></div>
<div class="region region-header"><div id="block-locale-language" class="block block-locale"><div class="content">{lang_html(p)}</div></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">{p.n("Trình đơn chính")}</h2><ul id="main-menu-links" class="links clearfix">{menu}</ul></div>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">{p.n("Bạn đang ở đây")}</h2><div class="breadcrumb"><a href="/">{p.n("Trang chủ")}</a> » <a href="/{slugify(cat)}">{p.n(cat)}</a></div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first">
<div id="block-views-tin-moi-block" class="block block-views"><h2>{p.n("Tin mới")}</h2><div class="content">
{drupal_view(p, p.items("newer", 5), drupal_medium, "tin_moi", d7=True)}
</div></div>
<div id="block-block-5" class="block block-block"><h2>{p.n("Đường dây nóng")}</h2><div class="content"><p>{p.n("Đường dây nóng phòng, chống dịch: " + m['phone'])}</p></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>{p.n("Nội dung phổ biến")}</h2><div class="content"><div class="item-list"><h3>{p.n("Mọi lúc:")}</h3>{popular}</div></div></div>
<div id="block-user-login" class="block block-user"><h2>{p.n("Đăng nhập thành viên")}</h2><div class="content"><form action="/node/{nid}?destination=node/{nid}" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">{p.n("Tên đăng nhập")} <span class="form-required" title="Trường này là bắt buộc.">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div>
<div class="form-item form-type-password form-item-pass"><label for="edit-pass">{p.n("Mật khẩu")} <span class="form-required" title="Trường này là bắt buộc.">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div>
<div class="item-list"><ul><li class="first"><a href="/user/register" title="Tạo tài khoản người dùng mới.">{p.n("Tạo tài khoản mới")}</a></li><li class="last"><a href="/user/password" title="Yêu cầu mật khẩu mới qua e-mail.">{p.n("Yêu cầu mật khẩu mới")}</a></li></ul></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Đăng nhập" class="form-submit" /></div></form></div></div>
</div></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{esc(s.title)}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-article node-promoted node-full clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{attr(s.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{created}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> vào {drupal_medium(when, s.show_time)}</span></div>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body_html(p, image="p-em", byline="right-strong", lead="strong", src="/sites/default/files/tin-tuc/{id}_{k}.jpg")}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">{p.n("Từ khóa:")}&nbsp;</div><div class="field-items">{tags}</div></div>
</div>
<div id="book-navigation-{book}" class="book-navigation">
<ul class="menu">{child_lis}</ul>
<div class="page-links clearfix">
<a href="{attr(prev.url)}" class="page-previous" title="Đến trang trước">‹ {p.n(prev.title)}</a>
<a href="/node/{book}" class="page-up" title="Đến trang cha">{p.n("lên")}</a>
<a href="{attr(nxt.url)}" class="page-next" title="Đến trang kế tiếp">{p.n(nxt.title)} ›</a>
</div></div>
<div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>{p.n(f"{p.views()} lượt đọc")}</span></li><li class="comment_forbidden last"><span>{drupal_login(p, f"comment/reply/{nid}")}</span></li></ul></div>
</div>
</div></div></div>
</div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">{footer_html(p)}{counter_html(p)}</div></div></div></div>
</div></div>
</body>
</html>
"""
    # theme 2: Drupal 9, Olivero-based: the only h1 is the site name, headline in
    # h2.node__title, date with weekday and a 12-hour clock above it
    menu = lis(p, ["Trang chủ", "Giới thiệu", "Tin tức", "Khám chữa bệnh", "Y tế dự phòng", "Dân số", "Văn bản", "Liên hệ"],
               '<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">{label}</span></a></li>')
    crumbs = "".join(f'<li class="breadcrumb__item"><a href="/vi/{slugify(x)}" class="breadcrumb__link">{p.n(x)}</a></li>' for x in ("Trang chủ", "Tin tức"))
    date = (f"{weekday(when, cap=True)}, {dmy(when)} - {clock12(when, ('SA', 'CH'))}" if s.show_time
            else f"{weekday(when, cap=True)}, {dmy(when)}")
    docs = ["Kế hoạch khám sức khỏe định kỳ cho cán bộ, viên chức năm 2025",
            "Quyết định kiện toàn Hội đồng thuốc và điều trị",
            "Thông báo tuyển dụng hợp đồng lao động chuyên môn"]
    head = f"""<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<link rel="canonical" href="{attr(p.url)}">
<link rel="alternate" hreflang="vi" href="{attr(p.url)}">"""
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="og: https://ogp.me/ns#">
{html_head(f"{s.title} | {m['name']}", head)}
<body class="path-node page-node-type-tin-tuc">
<a href="#main-content" class="visually-hidden focusable skip-link">{p.n("Chuyển tới nội dung chính")}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__top"><span class="today">{p.n(TODAY)}</span> <span class="hotline">{p.n("Cấp cứu: " + m['phone'])}</span></div>
<div class="site-branding"><div class="site-branding__inner">
<a href="/vi" rel="home" class="site-branding__logo"><img src="/themes/custom/ttyt/logo.svg" alt="Trang chủ"></a>
<h1 class="site-branding__name"><a href="/vi" title="Trang chủ" rel="home">{p.n(m['name'])}</a></h1>
<div class="site-branding__slogan">{p.n("Vì sức khỏe nhân dân")}</div>
</div></div>
<nav id="block-ttyt-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-ttyt-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-ttyt-main-menu-menu">{p.n("Điều hướng chính")}</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">{menu}</ul></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">{p.n("Đường dẫn")}</h2><ol class="breadcrumb__list">{crumbs}</ol></nav></div>
<div class="main-content__container container">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-ttyt-content" class="block block-system block-system-main-block">
<div class="block__content">
<article data-history-node-id="{nid}" role="article" about="{attr(path)}" class="node node--type-tin-tuc node--view-mode-full">
<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">{date}</span> <span class="node__category">{p.n(cat)}</span></div>
<h2 class="node__title"><span class="field field--name-title field--type-string field--label-hidden">{esc(s.title)}</span></h2>
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(p, image="drupal", byline="plain-right", lead="plain", src="/sites/default/files/{id}/{k}.jpg")}
</div>
<div class="addtoany-wrapper">{share_html(p, "Chia sẻ:", ("In trang",))}</div>
</div>
</article>
</div></div>
<div class="views-element-container block block-views block-views-blockbai-viet-lien-quan-block-1" id="block-ttyt-views-block-bai-viet-lien-quan">
<h2 class="block__title">{p.n("Bài viết liên quan")}</h2>
<div class="block__content">{drupal_view(p, p.items("older", 5), dmy, "bai_viet_lien_quan")}</div>
</div>
</div>
<div class="region region--sidebar">
<div class="views-element-container block block-views" id="block-ttyt-views-block-tin-moi"><h2 class="block__title">{p.n("Tin mới")}</h2><div class="block__content">{drupal_view(p, p.items("newer", 5), lambda d: f"{dmy(d)} - {clock12(d, ('SA', 'CH'))}", "tin_moi")}</div></div>
<div class="block block-block-content" id="block-ttyt-thongbao"><h2 class="block__title">{p.n("Thông báo")}</h2><div class="block__content"><ul>{lis(p, ["Lịch công tác của Ban Giám đốc", "Lịch tiêm chủng mở rộng tại trạm y tế xã"])}</ul></div></div>
<div class="block block-block-content" id="block-ttyt-vanban"><h2 class="block__title">{p.n("Văn bản mới")}</h2><div class="block__content"><ul>{lis(p, docs)}</ul></div></div>
<div class="block block-block-content" id="block-ttyt-thongke"><h2 class="block__title">{p.n("Thống kê truy cập")}</h2><div class="block__content">{counter_html(p)}</div></div>
</div>
</div>
</div>
</div>
</div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top">{footer_html(p)}</div>
<div class="region region--footer-bottom"><div id="block-ttyt-powered" class="block block-system block-system-powered-by-block"><span>{p.n("Được hỗ trợ bởi Drupal")}</span></div></div>
</div></footer>
</div></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- local-vendor ASP.NET portals

VENDOR_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động chuyên môn", "Văn bản pháp quy",
               "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]


def vendor_form(p: Page) -> str:
    """The ASP.NET WebForms wrapper every page sits in, with its view state."""
    state = hashlib.sha256(("vendor" + p.url).encode()).hexdigest()
    action = p.url.split("://", 1)[1].split("/", 1)[1]
    return f"""<form name="aspnetForm" method="post" action="./{attr(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW{state}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{state[:8].upper()}" />
</div>"""


def vendor_counter(p: Page, tag: str = "div") -> str:
    visits = num("visits" + p.site["host"], 150_000, 4_000_000)
    online = num("online" + p.site["host"], 5, 90)
    lines = (f"Lượt truy cập: {visits:,}".replace(",", "."), f"Đang online: {online}")
    return "".join(f'<{tag} class="counter-line">{p.n(x)}</{tag}>' for x in lines)


def vendor_tools(p: Page, icons: bool) -> str:
    """Print, e-mail and share links, with their text next to the icons."""
    def icon(name: str) -> str:
        return f'<img src="/Images/icon_{name}.gif" alt="" border="0" align="absmiddle" /> ' if icons else f'<i class="fa fa-{name}"></i> '
    return (f'<a href="javascript:window.print();">{icon("print")}{p.n("In trang")}</a> '
            f'<a href="mailto:?subject={attr(p.story.title)}&amp;body={attr(p.url)}">{icon("envelope")}{p.n("Gửi email")}</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={attr(p.url)}" target="_blank">{icon("share")}{p.n("Chia sẻ")}</a>')


def render_vendorcms(p: Page) -> str:
    s, m, t = p.story, p.site, p.theme
    when = s.published
    cat = s.category or "Tin hoạt động"
    doctype = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">"""
    if t == 0:
        # div soup; <title> is only the site name; headline in div.news-title; "Cập nhật lúc: 08:15 25/06/2024"
        menu = lis(p, VENDOR_MENU, '<li><a href="{href}.aspx">{label}</a></li>')
        dash = lambda d: d.strftime("%d-%m-%Y")  # noqa: E731
        date = f"Cập nhật lúc: {hm(when)} {dmy(when)}" if s.show_time else f"Cập nhật lúc: {dmy(when)}"
        ticker = " ".join(f'<img src="/Images/icon_new.gif" alt="" /> <a href="{attr(i.url)}">{p.n(i.title)}</a>' for i in p.items("newer", 4))
        docs = ["Số 215/KH-TTYT: Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2025",
                "Số 87/QĐ-TTYT: Quyết định ban hành Quy chế chi tiêu nội bộ",
                "Số 64/TB-TTYT: Thông báo lịch khám sức khỏe cho người lao động"]
        ctl = "ctl00_ContentPlaceHolder1_ucNewsDetail"
        return f"""{doctype}
{html_head(m['name'], '<link href="/App_Themes/TTYT/style.css" type="text/css" rel="stylesheet" /><script src="/js/jquery-1.4.2.min.js" type="text/javascript"></script>')}
<body>
{vendor_form(p)}
<div id="wrapper">
<div id="top-bar"><span class="today">{p.n(TODAY)}</span> <span class="hotline">{p.n("Hotline: " + m['phone'])}</span></div>
<div id="banner"><div class="banner-logo"><img src="/Images/logo.png" alt="" /></div><div class="banner-text"><div class="line1">{p.n("SỞ Y TẾ TỈNH VĨNH LONG")}</div><div class="line2">{p.n(m['name'].upper())}</div></div></div>
<div id="menu"><ul class="menu-top">{menu}</ul></div>
<div id="ticker"><div class="ticker-title">{p.n("Tin mới cập nhật:")}</div><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee></div>
<div id="main">
<div id="left">
<div class="box"><div class="box-title">{p.n("Tin nổi bật")}</div><div class="box-content">{p.item_ul(p.items("mixed", 5), dash, "hot-news")}</div></div>
<div class="box"><div class="box-title">{p.n("Thông báo")}</div><div class="box-content"><ul>{lis(p, ["Lịch trực Tết Nguyên đán", "Thông báo thay đổi giờ khám bệnh mùa hè", "Danh sách nhà thầu trúng thầu thuốc năm 2025"])}</ul></div></div>
<div class="box"><div class="box-title">{p.n("Liên kết website")}</div><div class="box-content"><select onchange="window.open(this.value);"><option value="">{p.n("--- Chọn liên kết ---")}</option><option value="https://moh.gov.vn">Bộ Y tế</option><option value="https://vinhlong.gov.vn">Cổng TTĐT tỉnh Vĩnh Long</option></select></div></div>
</div>
<div id="center">
<div class="path"><a href="/">{p.n("Trang chủ")}</a> &raquo; <a href="/tin-tuc.aspx">{p.n("Tin tức - Sự kiện")}</a> &raquo; <a href="/{slugify(cat)}.aspx">{p.n(cat)}</a></div>
<div class="news-detail">
<div class="news-title" id="{ctl}_lblTitle">{esc(s.title)}</div>
<div class="news-date"><span id="{ctl}_lblDate">{date}</span></div>
<div class="news-summary"><span id="{ctl}_lblSummary"><b>{esc(s.lead)}</b></span></div>
<div class="news-content" id="{ctl}_divContent">
{body_html(p, image="div-i", byline="right-each", src="/Upload/Images/{id}/{k}.jpg")}
</div>
<div class="news-tools">{vendor_tools(p, icons=True)} <a href="javascript:history.back();">{p.n("Quay lại")}</a></div>
</div>
<div class="news-other"><div class="other-title">{p.n("Tin liên quan")}</div>{p.item_ul(p.items("older", 5), lambda d: f"({dash(d)})", "other-list")}</div>
</div>
<div id="right">
<div class="box"><div class="box-title">{p.n("Văn bản mới")}</div><div class="box-content"><ul>{lis(p, docs)}</ul></div></div>
<div class="box"><div class="box-title">{p.n("Hỗ trợ trực tuyến")}</div><div class="box-content"><p>{p.n("Đường dây nóng Giám đốc: 0913.862.115")}</p><p>{p.n("Phản ánh chất lượng dịch vụ: 1900 9095")}</p></div></div>
<div class="box"><div class="box-title">{p.n("Thống kê truy cập")}</div><div class="box-content">{vendor_counter(p)}</div></div>
</div>
</div>
<div id="footer"><div class="copyright">{p.n("Bản quyền thuộc " + m['name'])}</div>{footer_html(p, sep="<br />")}<div class="design">{p.n("Thiết kế: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Vĩnh Long")}</div></div>
</div>
</form>
</body>
</html>
"""
    if t == 1:
        # table layout; date with weekday and "(GMT+7)" above the headline span; lead as the
        # body's first bold paragraph; a few pages stored in windows-1258
        charset = "windows-1258" if s.encoding == "windows-1258" else "utf-8"
        menu = "".join(f'<td class="menu-item"><a href="/{slugify(x)}.aspx">{p.n(x)}</a></td><td class="menu-sep">|</td>' for x in VENDOR_MENU)
        date = (f"{weekday(when, cap=True)}, {dmy(when)}, {hm(when)} (GMT+7)" if s.show_time
                else f"{weekday(when, cap=True)}, {dmy(when)}")
        modified = (f'<tr><td class="news-updated" align="right"><i>{p.n(f"Cập nhật lần cuối: {dmy(s.modified)} {hm(s.modified)}")}</i></td></tr>'
                    if s.modified else "")
        notices = "<br /><br />".join(f'<img src="/images/arrow.gif" alt="" /> <a href="/thong-bao/{slugify(x)}.aspx">{p.n(x)}</a>' for x in
                                      ["Thông báo lịch tiêm chủng mở rộng tháng này", "Thông báo tuyển dụng viên chức năm 2024",
                                       "Lịch trực lãnh đạo, trực chuyên môn"])
        docs = ["Số 312/KH-TTYT: Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm",
                "Số 45/QĐ-TTYT: Quyết định thành lập Tổ cấp cứu ngoại viện",
                "Số 98/BC-TTYT: Báo cáo công tác y tế 6 tháng đầu năm"]
        return f"""{doctype}
{html_head(f"{s.title} | TTYT Krông Pắc", '<link href="/css/style.css" rel="stylesheet" type="text/css" />', charset)}
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{vendor_form(p)}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main-table"><tbody>
<tr><td colspan="3" class="header"><img src="/images/banner.jpg" width="1000" height="150" alt="" /></td></tr>
<tr><td colspan="3" class="header-text"><span class="unit">{p.n("SỞ Y TẾ TỈNH ĐẮK LẮK")}</span><br /><span class="name">{p.n(m['name'].upper())}</span></td></tr>
<tr><td colspan="3" class="menu-bar"><table cellpadding="0" cellspacing="0" border="0"><tr>{menu}</tr></table></td></tr>
<tr><td colspan="3" class="marquee-bar"><table width="100%"><tr><td width="200" class="today">{p.n(TODAY)}</td><td><marquee scrollamount="2">{p.n("Chào mừng quý khách đến với Website " + m['name'])}</marquee></td><td width="180" class="hotline">{p.n("Hotline: " + m['phone'])}</td></tr></table></td></tr>
<tr>
<td width="210" valign="top" class="left-col">
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Giới thiệu")}</td></tr><tr><td class="box-content"><ul>{lis(p, ["Lịch sử hình thành", "Ban Giám đốc", "Sơ đồ tổ chức", "Các khoa, phòng"])}</ul></td></tr></table>
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Thông báo")}</td></tr><tr><td class="box-content"><marquee direction="up" scrollamount="1" height="160" onmouseover="this.stop();" onmouseout="this.start();">{notices}</marquee></td></tr></table>
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Thống kê truy cập")}</td></tr><tr><td class="box-content">{vendor_counter(p)}</td></tr></table>
</td>
<td valign="top" class="center-col">
<table width="100%" cellpadding="3" class="path"><tr><td><a href="/">{p.n("Trang chủ")}</a> » <a href="/tin-tuc.aspx">{p.n("Tin tức")}</a> » <a href="/{slugify(cat)}.aspx">{p.n(cat)}</a></td></tr></table>
<table width="100%" border="0" cellpadding="4" cellspacing="0" class="news-detail"><tbody>
<tr><td class="news-date"><span id="ctl00_ContentPlaceHolder1_lblDate">{date}</span></td></tr>
<tr><td class="title_news"><span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">{esc(s.title)}</span></td></tr>
<tr><td class="content_news" id="ctl00_ContentPlaceHolder1_tdContent">
{body_html(p, image="table", byline="right-strong", lead="b", src="/UploadImages/tintuc/{id}_{k}.jpg")}
</td></tr>
{modified}
<tr><td class="news-views" align="right"><span id="ctl00_ContentPlaceHolder1_lblViews">{p.n(f"Lượt xem: {p.views()}")}</span></td></tr>
<tr><td class="tools" align="right">{vendor_tools(p, icons=True)} <a href="#top">{p.n("Về đầu trang")}</a></td></tr>
</tbody></table>
<table width="100%" class="other-news"><tr><td class="box-title">{p.n("Tin liên quan")}</td></tr><tr><td>{p.item_ul(p.items("older", 5), d_paren, "other")}</td></tr></table>
</td>
<td width="210" valign="top" class="right-col">
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Tin nổi bật")}</td></tr><tr><td class="box-content">{p.item_ul(p.items("newer", 5), lambda d: f"[{dmy(d)}]", "hot")}</td></tr></table>
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Văn bản mới")}</td></tr><tr><td class="box-content"><ul>{lis(p, docs)}</ul></td></tr></table>
<table width="100%" class="box" cellpadding="0" cellspacing="0"><tr><td class="box-title">{p.n("Liên kết website")}</td></tr><tr><td class="box-content"><select onchange="window.open(this.value);"><option value="">{p.n("-- Chọn liên kết --")}</option><option value="https://syt.daklak.gov.vn">Sở Y tế Đắk Lắk</option></select></td></tr></table>
</td>
</tr>
<tr><td colspan="3" class="footer" align="center">{p.n("Bản quyền thuộc " + m['name'])}<br />{footer_html(p, sep="<br />")}<br />{p.n("Phát triển bởi VNPT Đắk Lắk")}</td></tr>
</tbody></table>
</form>
</body>
</html>
"""
    # theme 2: sidebar boxes with h1s before the article, headline in h2, ASP.NET's own
    # vi-VN date "17/09/2024 4:20:00 CH" labelled "Ngày cập nhật", view count
    menu = lis(p, VENDOR_MENU, '<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>')
    stamp = lambda d: f"{dmy(d)} {clock12(d, ('SA', 'CH'), seconds=True)}"  # noqa: E731
    date = f"Ngày cập nhật: {stamp(when)}" if s.show_time else f"Ngày cập nhật: {dmy(when)}"
    docs = ["Số 1024/QĐ-BVĐK: Quyết định ban hành danh mục kỹ thuật mới",
            "Số 356/KH-BVĐK: Kế hoạch cải tiến chất lượng bệnh viện năm 2025",
            "Số 77/TB-BVĐK: Thông báo mời chào giá vật tư y tế"]
    ctl = "ctl00_ContentPlaceHolder1_ctl00"
    return f"""{doctype}
{html_head(f"{m['name']} - Chi tiết tin", '<link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/site.css" rel="stylesheet" />')}
<body>
{vendor_form(p)}
<div class="header"><div class="container">
<div class="logo"><a href="/"><img src="/Content/images/logo.png" alt="" /></a></div>
<div class="header-name"><span class="so">{p.n("SỞ Y TẾ NINH THUẬN")}</span><span class="bv">{p.n(m['name'].upper())}</span></div>
<div class="header-hotline"><span>{p.n("Hotline: " + m['phone'])}</span> <span>{p.n("Cấp cứu: 115")}</span></div>
</div></div>
<div class="navbar"><div class="container"><ul class="nav">{menu}</ul></div></div>
<div class="container"><div class="row">
<div class="col-md-3 left-col">
<div class="box-left"><h1 class="title-box">{p.n("Giới thiệu")}</h1><ul>{lis(p, ["Ban Giám đốc", "Các khoa lâm sàng", "Các khoa cận lâm sàng", "Các phòng chức năng"])}</ul></div>
<div class="box-left"><h1 class="title-box">{p.n("Tin nổi bật")}</h1>{p.item_ul(p.items("mixed", 5), lambda d: f"({stamp(d)})", "hot-news")}</div>
<div class="box-left"><h1 class="title-box">{p.n("Lịch trực")}</h1><p>{p.n("Lịch trực lãnh đạo, trực chuyên môn tuần này")}</p></div>
</div>
<div class="col-md-6 center-col">
<ol class="breadcrumb"><li><a href="/">{p.n("Trang chủ")}</a></li><li><a href="/tin-tuc.aspx">{p.n("Tin tức - Sự kiện")}</a></li><li class="active">{p.n(cat)}</li></ol>
<div class="news-detail">
<div class="title-detail"><h2 id="{ctl}_lblTitle">{esc(s.title)}</h2></div>
<div class="date-detail"><span id="{ctl}_lblDate">{date}</span> | <span id="{ctl}_lblView">{p.n(f"Số lần xem: {p.views()}")}</span></div>
<div class="sapo-detail"><strong>{esc(s.lead)}</strong></div>
<div class="content-detail" id="{ctl}_divContent">
{body_html(p, image="p-em", byline="plain-right", src="/Uploads/images/tin-tuc/{id}-{k}.jpg")}
</div>
<div class="tool-detail">{vendor_tools(p, icons=False)}</div>
</div>
<div class="news-related"><div class="title-related">{p.n("Tin liên quan")}</div>{p.item_ul(p.items("older", 4), lambda d: f"({stamp(d)})", "list-related")}</div>
<div class="news-related"><div class="title-related">{p.n("Các tin khác")}</div>{p.item_ul(p.items("newer", 5), dmy, "list-other")}</div>
</div>
<div class="col-md-3 right-col">
<div class="box-right"><div class="title">{p.n("Văn bản mới")}</div><ul>{lis(p, docs)}</ul></div>
<div class="box-right"><div class="title">{p.n("Thông báo")}</div><ul>{lis(p, ["Thông báo tuyển sinh đào tạo thực hành", "Lịch khám bệnh ngày thứ Bảy, Chủ nhật"])}</ul></div>
<div class="box-right"><div class="title">{p.n("Thống kê truy cập")}</div>{vendor_counter(p)}</div>
</div>
</div></div>
<div class="footer"><div class="container"><p class="copyright">{p.n("Bản quyền thuộc " + m['name'])}</p>{footer_html(p)}<p>{p.n("Giấy phép thiết lập trang thông tin điện tử số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Ninh Thuận cấp")}</p></div></div>
</form>
</body>
</html>
"""


RENDER = {
    "liferay62": render_liferay62, "liferay7": render_liferay7, "sharepoint": render_sharepoint, "dnn": render_dnn,
    "nukeviet": render_nukeviet, "joomla": render_joomla, "wordpress": render_wordpress, "webcenter": render_webcenter,
    "drupal": render_drupal, "vendorcms": render_vendorcms,
}


# --------------------------------------------------------------------------- checks and output


class _Visible(HTMLParser):
    """Text a reader sees in <body> (no head, scripts or styles), blocks on new lines."""

    BLOCKS = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dd", "dt",
              "figcaption", "figure", "table", "section", "header", "footer", "nav", "article", "aside", "main", "option"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def decode_page(body: bytes) -> str:
    head = body[:3000].lower()
    text = body.decode("cp1258") if b"charset=windows-1258" in head else body.decode("utf-8")
    return unicodedata.normalize("NFC", text)


def visible_text(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return "".join(parser.parts)


def squash(text: str) -> str:
    """NFC and single spaces: how strings are compared in checks and scores."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def sentences(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"(?<=[.;!?])\s+(?=[A-ZĐÂĂÊÔƠƯ\u00C0-\u1EF9])", text) if x.strip()]


def cut(text: str, limit: int = 150) -> str:
    if len(text) <= limit:
        return text
    words, out = text.split(), []
    for w in words:
        if len(" ".join(out + [w])) > limit:
            break
        out.append(w)
    return " ".join(out)


def pick_must_contain(s: Story) -> list[str]:
    """The lead's first sentence, the last paragraph's first sentence, the first
    caption (or the byline): text from the start, the end and the edges of an article."""
    last = next(b.text for b in reversed(s.blocks) if b.kind == "p")
    third = (s.captions() or s.byline)[0]
    return [cut(sentences(s.lead)[0]), cut(sentences(last)[0]), third]


def date_shown(s: Story, page: str) -> bool:
    d = s.published
    days = [dmy(d), f"{d.day}/{d.month}/{d.year}", d.strftime("%Y-%m-%d"), f"{d:%d} Tháng {d.month} {d.year}", wp_date(d), vi_long(d)]
    if not any(x in page for x in days):
        return False
    if not s.show_time:
        return True
    times = [hm(d), clock12(d), clock12(d, pad=True), clock12(d, ("SA", "CH")), clock12(d, ("SA", "CH"), pad=True),
             clock12(d, ("SA", "CH"), seconds=True), d.strftime("%H:%M:%S")]
    return any(x in page for x in times)


def build() -> tuple[list[dict], dict[str, bytes], list[str]]:
    entries: list[dict] = []
    files: dict[str, bytes] = {}
    problems: list[str] = []
    for family in FAMILIES:
        stories = load_stories(family)
        if len(stories) != 9:
            problems.append(f"{family}: {len(stories)} stories, want 9")
        for s in stories:
            site = SITES[s.site]
            if site["family"] != family:
                problems.append(f"{s.id}: site {s.site} is not {family}")
            siblings = [o for o in stories if o.site == s.site and o is not s]
            page = Page(s, site, siblings)
            page.url = page_url(s, site)
            markup = RENDER[family](page)
            if s.encoding == "windows-1258":
                raw, content_type = to_cp1258(markup), "text/html"
            else:
                raw, content_type = markup.encode("utf-8"), "text/html; charset=utf-8"
            rel = f"{family}/{s.id}.html"
            files[rel] = raw
            text = squash(visible_text(decode_page(raw)))
            body = "\n".join(s.body_lines())
            flat_body = squash(body)
            words = len(flat_body.split())
            if not 120 <= words <= 500:
                problems.append(f"{s.id}: {words} words")
            if s.title in page.noise:
                problems.append(f"{s.id}: own title in a sidebar")
            must = pick_must_contain(s)
            noise: list[str] = []
            for item in page.noise:
                item = squash(item)
                if len(item) < 4 or item in noise or item in flat_body or item in s.title:
                    continue
                noise.append(item)
            for needle in [s.title, *must]:
                if squash(needle) not in text:
                    problems.append(f"{s.id}: not on the page: {needle[:60]!r}")
            for needle in must:
                if squash(needle) not in flat_body:
                    problems.append(f"{s.id}: must_contain not in body: {needle[:60]!r}")
            for needle in noise:
                if needle not in text:
                    problems.append(f"{s.id}: boilerplate not visible: {needle[:60]!r}")
            if not date_shown(s, decode_page(raw)):
                problems.append(f"{s.id}: date not shown")
            if unicodedata.normalize("NFC", body) != body:
                problems.append(f"{s.id}: body not NFC")
            entries.append({
                "id": s.id, "family": family, "held_out": family in HELD_OUT, "file": rel, "url": page.url,
                "content_type": content_type, "site": site["name"], "title": s.title,
                "published": s.published_value(), "body": body, "must_contain": must, "must_not_contain": noise,
            })
    urls = [e["url"] for e in entries]
    if len(set(urls)) != len(urls):
        problems.append("duplicate URLs")
    bodies = {}
    for e in entries:
        for seg in e["must_contain"][:2]:
            if seg in bodies:
                problems.append(f"{e['id']}: must_contain shared with {bodies[seg]}")
            bodies[seg] = e["id"]
    return entries, files, problems


def main() -> None:
    entries, files, problems = build()
    if problems:
        raise SystemExit("not written:\n" + "\n".join(problems))
    for family in FAMILIES:
        shutil.rmtree(CORPUS / family, ignore_errors=True)
    for rel, raw in files.items():
        out = CORPUS / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(raw)
    index = {
        "about": "Extraction evaluation corpus of issue 3, built by bench/build_corpus.py from bench/stories/. "
                 "published: ISO 8601 in +07:00, date only when the page shows no time. body: the reference "
                 "article text, one paragraph per line (table rows with ' | '). Held-out families are scored "
                 "only at the end of tuning.",
        "families": {f: {"name": FAMILY_NAMES[f], "held_out": f in HELD_OUT} for f in FAMILIES},
        "pages": entries,
    }
    (CORPUS / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", "utf-8")
    per = {f: sum(e["family"] == f for e in entries) for f in FAMILIES}
    print(f"{len(entries)} pages written to {CORPUS}: " + ", ".join(f"{f} {n}" for f, n in per.items()))


if __name__ == "__main__":
    main()
