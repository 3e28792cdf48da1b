"""Build the extraction evaluation corpus (issue 3) from `bench/stories/<family>.txt`.

Run `python -m tests.builders.corpus` from the repository root: it rewrites
`bench/corpus/<family>/*.html` for its own ten families (a family kept in its
own `bench/corpus/<family>/family.json` is left alone) and `bench/corpus/index.json`,
and refuses to write anything when a check fails (word counts, reference
segments missing from a page, boilerplate that also occurs in an article, ...).
The output is deterministic and committed; `bench/extraction.py` and the tests
only read it.

Ten platform families, three publishers per family, each publisher with its
own theme (title in h1/h2/h3/span/div, date before or after the title, with or
without a label or weekday, 12-hour clocks, modified dates, view counts), and
three stories per publisher. Pages are as noisy as the real sites: menus,
breadcrumbs, sidebar boxes with `h1`s and other articles' titles and dates,
related lists, share bars, comment forms, counters, footers. Every piece of page
furniture is written through `Page.n()` (`p.n(...)` in the templates), which
records it as a `must_not_contain` string of that page; captions ("Ảnh: …") and
closing bylines belong to the article and are in its reference body.

The markup is in `templates/corpus/<family>/theme<0|1|2>.html.j2` (one per
publisher theme), with what a family's themes share in
`templates/corpus/<family>/common.html.j2` and what all families share in
`templates/corpus/macros.html.j2` and `body.html.j2`. A template renders in
the order the page's furniture is recorded: `{% set %}` blocks first, in order.

Four families are held out (`HELD_OUT`: SharePoint, Oracle WebCenter, Drupal and
the local-vendor ASP.NET portals): `bench/extraction.py` scores them only when asked,
at the end of tuning.

Nothing here is copied from `crawler/demo/`: new stories, new markup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from .common import (
    WEEKDAYS, Story, decode_page, dmy, esc, hm, iso, load_stories, slugify, template_env, to_cp1258, visible_text,
)

BENCH = Path(__file__).resolve().parents[2] / "bench"
STORIES = BENCH / "stories"
CORPUS = BENCH / "corpus"

FAMILIES = ("liferay62", "liferay7", "sharepoint", "dnn", "nukeviet", "joomla", "wordpress", "webcenter",
            "drupal", "vendorcms")
HELD_OUT = ("sharepoint", "webcenter", "drupal", "vendorcms")
FAMILY_NAMES = {
    "liferay62": "Liferay 6.2", "liferay7": "Liferay 7 / VNPT portal", "sharepoint": "SharePoint",
    "dnn": "DotNetNuke", "nukeviet": "NukeViet", "joomla": "Joomla", "wordpress": "WordPress",
    "webcenter": "Oracle WebCenter", "drupal": "Drupal", "vendorcms": "Local-vendor ASP.NET portal",
}

WP_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
DRUPAL_DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
SLUG_LIMIT = 120


def slug(text: str, limit: int = SLUG_LIMIT) -> str:
    """ASCII slug as these CMSes make it (common.slugify, longer by default)."""
    return slugify(text, limit)


def num(key: str, lo: int, hi: int) -> int:
    """A deterministic number in [lo, hi) from a key (ids, view counts)."""
    return lo + int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % (hi - lo)


def dotted(number: int) -> str:
    """A count as Vietnamese sites write it: "1.234.567"."""
    return f"{number:,}".replace(",", ".")


def hexdigest(algorithm: str, text: str) -> str:
    return hashlib.new(algorithm, text.encode()).hexdigest()


# --------------------------------------------------------------------------- dates


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


def joomla_date(d: dt.datetime, show_time: bool = True, cap: bool = False) -> str:
    text = f"{weekday(d, cap)}, {d:%d} Tháng {d.month} {d.year}"
    return f"{text} {hm(d)}" if show_time else text


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} Tháng {WP_MONTHS[d.month - 1]}, {d.year}"


def drupal_medium(d: dt.datetime, show_time: bool = True) -> str:
    """Drupal's "medium" date format in Vietnamese: "T5, 14/03/2024 - 08:15"."""
    text = f"{DRUPAL_DAYS[d.weekday()]}, {dmy(d)}"
    return f"{text} - {hm(d)}" if show_time else text


def stamp(d: dt.datetime) -> str:
    """ASP.NET's own vi-VN date: "17/09/2024 4:20:00 CH"."""
    return f"{dmy(d)} {clock12(d, ('SA', 'CH'), seconds=True)}"


# How sidebars and related lists date their items, by name (templates pick one).
DATE_FORMATS: dict[str, Callable[[dt.datetime], str]] = {
    "dmy": dmy,
    "(dmy)": lambda d: f"({dmy(d)})",
    "- dmy": lambda d: f"- {dmy(d)}",
    "[dmy]": lambda d: f"[{dmy(d)}]",
    "dmy hm": lambda d: f"{dmy(d)} {hm(d)}",
    "(dmy hm)": lambda d: f"({dmy(d)} {hm(d)})",
    "(hm dmy)": lambda d: f"({hm(d)} {dmy(d)})",
    "dmy - hm": lambda d: f"{dmy(d)} - {hm(d)}",
    "dmy hms": lambda d: f"{dmy(d)} {d:%H:%M:%S}",
    "dmy - clock SA": lambda d: f"{dmy(d)} - {clock12(d, ('SA', 'CH'))}",
    "d-m-Y": lambda d: d.strftime("%d-%m-%Y"),
    "(d-m-Y)": lambda d: f"({d:%d-%m-%Y})",
    "(stamp)": lambda d: f"({stamp(d)})",
    "joomla": joomla_date,
    "drupal": drupal_medium,
}


def date_as(fmt: str, d: dt.datetime) -> str:
    return DATE_FORMATS[fmt](d)


def fail(message: str) -> str:
    """For a template that is asked for a style it does not have."""
    raise ValueError(message)


CRAWL_DAY = dt.date(2025, 6, 12)  # "today" in the headers that show the current date
TODAY = f"Hôm nay: {weekday(CRAWL_DAY)}, {dmy(CRAWL_DAY)}"


# --------------------------------------------------------------------------- stories


class CorpusStory(Story):
    """A corpus story: `site:` names its publisher; the lead is always its first paragraph."""

    def body_lines(self) -> list[str]:
        """The reference text: lead, paragraphs, captions, table rows, byline."""
        out = [self.lead or ""]
        for block in self.blocks:
            if block.kind == "table":
                out.extend(" | ".join(row) for row in block.rows)
            elif block.text:
                out.append(block.text)
        return out + self.byline

    def published_value(self) -> str:
        return iso(self.published) if self.show_time else self.published.strftime("%Y-%m-%d")


def family_stories(family: str) -> list[CorpusStory]:
    return load_stories(STORIES / f"{family}.txt", story_class=CorpusStory)  # type: ignore[return-value]


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


# --------------------------------------------------------------------------- URLs

# An article's URL on each family's three themes: str.format patterns of the
# site's {host} and {portal}, the article's {ident}, its title's {slug} (also
# {slug80}, {slug90}: shorter), its {published} moment and {ctrl_state} (a
# number from the title, for WebCenter's session-like parameter).
_WEBCENTER = "https://{host}/webcenter/portal/{portal}/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL{ident}"
URLS: dict[str, tuple[str, str, str]] = {
    "liferay62": ("https://{host}/tin-tuc-su-kien/-/asset_publisher/4IVkx5Jltnbg/content/{slug}",
                  "https://{host}/tin-tuc/-/view_content/{ident}-{slug}",
                  "https://{host}/tin-hoat-dong/-/view_content/{ident}-{slug}"),
    "liferay7": ("https://{host}/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{slug}",
                 "https://{host}/web/syt/tin-hoat-dong/-/asset_publisher/Vq3mT9kLp2Xa/content/{slug}",
                 "https://{host}/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content/{slug}"),
    "sharepoint": ("https://{host}/Pages/chi-tiet-tin-tuc.aspx?ItemID={ident}",
                   "https://{host}/tin-tuc/Pages/chi-tiet.aspx?ItemID={ident}&CategoryID=3",
                   "https://{host}/tin-tuc-su-kien/Pages/{slug80}.aspx"),
    "dnn": ("https://{host}/Default.aspx?tabid=144&ArticleID={ident}",
            "https://{host}/TinTuc/tabid/88/ArticleID/{ident}/Default.aspx",
            "https://{host}/tin-tuc/ArticleId/{ident}/{slug}"),
    "nukeviet": ("https://{host}/tin-hoat-dong/{slug}-{ident}.html",
                 "https://{host}/news/tin-tuc/{slug}-{ident}.html",
                 "https://{host}/vi/news/tin-hoat-dong/{slug}-{ident}.html"),
    "joomla": ("https://{host}/index.php/tin-tuc-su-kien/{ident}-{slug}",
               "https://{host}/index.php?option=com_content&view=article&id={ident}:{slug}&catid=35:tin-hoat-dong&Itemid=57",
               "https://{host}/tin-tuc/item/{ident}-{slug}.html"),
    "wordpress": ("https://{host}/{slug}/",
                  "https://{host}/tin-tuc/{slug}.html",
                  "https://{host}/{slug}/"),
    "webcenter": (_WEBCENTER, _WEBCENTER, _WEBCENTER + "&_adf.ctrl-state={ctrl_state:x}_4"),
    "drupal": ("https://{host}/tin-tuc/{slug}",
               "https://{host}/node/{ident}",
               "https://{host}/vi/tin-tuc/{slug}"),
    "vendorcms": ("https://{host}/tin-tuc/{slug90}-{ident}.html",
                  "https://{host}/NewsDetail.aspx?id={ident}&cat=5",
                  "https://{host}/tin-hoat-dong/{ident}/{slug90}.aspx"),
}
# Where a page's own URL differs from how its site links other articles.
OWN_URLS = {("wordpress", 2): "https://{host}/{published:%Y/%m/%d}/{slug}/"}
IDENTS = {"webcenter": (400000, 700000), "sharepoint": (20000, 40000)}  # else (1000, 99999)


def article_url(site: dict, title: str, ident: int, published: dt.datetime | None = None, own: bool = False) -> str:
    """The URL of an article on a site (`own`: of the page itself), from URLS."""
    key = (site["family"], site["theme"])
    pattern = OWN_URLS.get(key) if own else None
    return (pattern or URLS[key[0]][key[1]]).format(
        host=site["host"], portal=site.get("portal"), ident=ident, published=published,
        slug=slug(title), slug80=slug(title, 80), slug90=slug(title, 90), ctrl_state=num(title, 10**8, 10**9),
    )


def page_url(story: CorpusStory, site: dict) -> str:
    return article_url(site, story.title, num(story.id, *IDENTS.get(site["family"], (1000, 99999))),
                       story.published, own=True)


# --------------------------------------------------------------------------- one page


@dataclass
class Item:
    """Another article, as a sidebar or related list shows it."""

    title: str
    when: dt.datetime
    url: str


@dataclass
class Page:
    story: CorpusStory
    site: dict
    siblings: list[CorpusStory]
    url: str = ""
    noise: list[str] = field(default_factory=list)

    @property
    def theme(self) -> int:
        return self.site["theme"]

    @property
    def path(self) -> str:
        """The URL's path and query."""
        return "/" + self.url.split("://", 1)[1].split("/", 1)[1]

    def n(self, text: str) -> Markup:
        """Page furniture: recorded as must_not_contain, returned escaped."""
        self.noise.append(text)
        return Markup(esc(text))

    def note(self, text: str) -> str:
        """Furniture the markup writes in pieces: recorded, nothing returned."""
        self.noise.append(text)
        return ""

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
            out.append(Item(title, when, article_url(self.site, title, num(title, 1000, 99999))))
        if kind in ("older", "mixed"):
            sib = [Item(o.title, o.published, page_url(o, self.site)) for o in self.siblings]
            out = sib[:2] + out[: max(0, count - 2)]
        return out

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
        return [f"Lượt truy cập: {dotted(visits)}", f"Đang trực tuyến: {num('online' + self.site['host'], 9, 180)}"]


def lis(p: Page, labels: list[str], fmt: str = '<li><a href="{href}">{label}</a></li>') -> Markup:
    """Links to /<slug of label>, each written by `fmt` (markup with {href} and {label})."""
    return Markup("".join(fmt.format(href=f"/{slug(x)}", label=p.n(x)) for x in labels))


def ld_json(data: dict) -> Markup:
    """JSON-LD for a <script> element, as WordPress SEO plugins write it."""
    return Markup(json.dumps(data, ensure_ascii=False))


def drupal_nid(p: Page) -> int:
    if p.url.rsplit("/", 2)[-2] == "node":
        return int(p.url.rsplit("/", 1)[1])
    return num("nid" + p.story.id, 1200, 9800)


# --------------------------------------------------------------------------- markup

ENV = template_env(
    dmy=dmy, hm=hm, iso=iso, weekday=weekday, clock12=clock12, vi_long=vi_long, joomla_date=joomla_date,
    wp_date=wp_date, drupal_medium=drupal_medium, stamp=stamp, date_as=date_as, num=num, dotted=dotted, slugify=slug,
    hexdigest=hexdigest, lis=lis, ld_json=ld_json, drupal_nid=drupal_nid, fail=fail, TODAY=TODAY,
)
BODY = ENV.get_template("corpus/body.html.j2").module  # its macros, called from body_html


def body_html(p: Page, *, image: str, byline: str, table: int = 0, lead: str | None = None,
              src: str = "/images/news/{id}-{k}.jpg", extra_after: dict[int, str] | None = None) -> Markup:
    """The article's own text: optional lead (when the platform keeps it inside
    the body), paragraphs, photos with captions, tables, then the byline; each
    in the `body.html.j2` macro of its style, one per line."""
    s = p.story
    parts: list[str] = [BODY.lead(lead, s.lead)] if lead else []
    for k, block in enumerate(s.blocks, 1):
        if block.kind == "p":
            parts.append(BODY.paragraph(block.text, table))
        elif block.kind == "table":
            parts.append(BODY.table(block, table))
        else:
            parts.append(BODY.image(image, block.text, src.format(id=num(s.id, 10000, 99999), k=k)))
        if extra_after and k in extra_after:
            parts.append(extra_after[k])
    parts.append(BODY.byline(byline, s.byline) if s.byline else "")
    return Markup("\n".join(str(x) for x in parts if x))


ENV.globals["body_html"] = body_html


def render(p: Page) -> str:
    """The page's markup: its family's template for its site's theme."""
    template = ENV.get_template(f"corpus/{p.site['family']}/theme{p.theme}.html.j2")
    return template.render(p=p, s=p.story, m=p.site) + "\n"


# --------------------------------------------------------------------------- checks and output

VISIBLE_BLOCKS = ("p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dd", "dt",
                  "figcaption", "figure", "table", "section", "header", "footer", "nav", "article", "aside", "main",
                  "option")


def page_text(raw: bytes) -> str:
    """Text a reader sees in <body> (no head, scripts or styles), blocks on new lines."""
    return visible_text(decode_page(raw), skip=("script", "style", "head", "title"), blocks=VISIBLE_BLOCKS,
                        close_too=True)


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


def pick_must_contain(s: CorpusStory) -> list[str]:
    """The lead's first sentence, the last paragraph's first sentence, the first
    caption (or the byline): text from the start, the end and the edges of an article."""
    last = next(b.text for b in reversed(s.blocks) if b.kind == "p")
    third = (s.captions() or s.byline)[0]
    return [cut(sentences(s.lead or "")[0]), cut(sentences(last)[0]), third]


def date_shown(s: CorpusStory, page: str) -> bool:
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
        stories = family_stories(family)
        if len(stories) != 9:
            problems.append(f"{family}: {len(stories)} stories, want 9")
        for s in stories:
            site = SITES[s.site]
            if site["family"] != family:
                problems.append(f"{s.id}: site {s.site} is not {family}")
            siblings = [o for o in stories if o.site == s.site and o is not s]
            page = Page(s, site, siblings)
            page.url = page_url(s, site)
            markup = render(page)
            if s.encoding == "windows-1258":
                raw, content_type = to_cp1258(markup), "text/html"
            else:
                raw, content_type = markup.encode("utf-8"), "text/html; charset=utf-8"
            rel = f"{family}/{s.id}.html"
            files[rel] = raw
            text = squash(page_text(raw))
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


INDEX_ABOUT = (
    "Extraction evaluation corpus of issue 3, built by tests/builders/corpus.py from bench/stories/. "
    "published: ISO 8601 in +07:00, date only when the page shows no time. body: the reference "
    "article text, one paragraph per line (table rows with ' | '). Held-out families are scored "
    "only at the end of tuning."
)


def main() -> None:
    entries, files, problems = build()
    if problems:
        raise SystemExit("not written:\n" + "\n".join(problems))
    for family in FAMILIES:  # only its own: other families may live in corpus/<family>/family.json
        shutil.rmtree(CORPUS / family, ignore_errors=True)
    for rel, raw in files.items():
        out = CORPUS / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(raw)
    index = {
        "about": INDEX_ABOUT,
        "families": {f: {"name": FAMILY_NAMES[f], "held_out": f in HELD_OUT} for f in FAMILIES},
        "pages": entries,
    }
    (CORPUS / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", "utf-8")
    per = {f: sum(e["family"] == f for e in entries) for f in FAMILIES}
    print(f"{len(entries)} pages written to {CORPUS}: " + ", ".join(f"{f} {n}" for f, n in per.items()))


if __name__ == "__main__":
    main()
