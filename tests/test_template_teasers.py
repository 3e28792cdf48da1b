"""A lede repeated as a teaser (listings, "related" boxes with excerpts) is the
article's own prose, never template; page furniture still is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.extraction import extract
from archive.extraction.template import SiteTemplate, observation_of, remove_template_lines

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"

MENU = "Trang chủ | Giới thiệu | Tin hoạt động | Phòng chống dịch | Liên hệ"
LEDE = ("Tuần 27 năm 2025 (từ ngày 30/6 đến ngày 06/7), toàn tỉnh Vĩnh Long ghi nhận 58 ca sốt xuất huyết, "
        "tăng gấp 3,6 lần so với tuần 26.")
STORY = [LEDE, "Các ca bệnh tập trung tại thành phố Vĩnh Long và huyện Tam Bình, chiếm 60% số ca trong tuần.",
         "Trung tâm khuyến cáo người dân diệt lăng quăng, ngủ mùng kể cả ban ngày.", "THANH TÂM"]


def _page(*blocks: str, title: str = "CDC Vĩnh Long") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='menu'>{MENU}</div>"
            + "".join(f"<p>{b}</p>" for b in blocks) + "<div class='footer'>Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long</div>"
            "</body></html>")


def _listing(n: int) -> str:
    return _page("Sốt xuất huyết tăng mạnh: tuần 27 toàn tỉnh ghi nhận 58 ca", LEDE,
                 f"Tin {n}: Tập huấn giám sát bệnh tay chân miệng năm 2025", title=f"Tin hoạt động - trang {n}")


def _article(n: int) -> str:
    return _page(f"Bài {n}: Hội nghị tổng kết công tác tiêm chủng mở rộng của tỉnh, đợt {n}.",
                 f"Đoạn {n} của bài viết về công tác y tế dự phòng trên địa bàn tỉnh.")


def test_a_lede_shown_on_listing_pages_is_not_removed_from_its_article():
    """The crawl's first pages are the home page, a topic page and listing
    page 1, all showing the newest article's lede: counted by kind, the
    lede is on no article page but its own, while the menu is on all."""
    template = SiteTemplate("cdc-x")
    for n in (1, 2, 3):
        template.observe(observation_of(_listing(n)), kind="listing")
    for n in (1, 2, 3, 4):
        template.observe(observation_of(_article(n)), kind="article")
    lines = template.template_lines()
    assert template.trusted
    text, removed = remove_template_lines("\n".join([MENU, *STORY]), lines)
    assert text.split("\n") == STORY and removed == 1


def test_without_kinds_a_lede_on_three_listings_would_be_template():
    """What the kind is for: the same pages counted blind make the lede a
    template line (the bug: the first line of the article lost)."""
    template = SiteTemplate("cdc-x")
    for n in (1, 2, 3):
        template.observe(observation_of(_listing(n)))
    for n in (1, 2):
        template.observe(observation_of(_article(n)))
    from archive.text import line_key
    assert line_key(LEDE) in template.template_lines()


def test_a_page_of_unknown_kind_still_counts():
    template = SiteTemplate("cdc-x")
    for n in range(4):
        template.observe(observation_of(_article(n)))
    template.observe(observation_of(_listing(1)), kind="other")
    assert template.pages == 4 and template.trusted


NUKEVIET_ARTICLE = """<html><head><title>Sốt xuất huyết tăng mạnh - CDC Vĩnh Long</title>
<meta name="description" content="{lede}"></head><body>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-hoat-dong/">Tin hoạt động</a></li></ul></div>
<div class="news_column"><h1 class="title" itemprop="headline">Sốt xuất huyết tăng mạnh: tuần 27 toàn tỉnh ghi nhận 58 ca</h1>
<span itemprop="datePublished" content="2025-07-09T08:30:00+07:00">09/07/2025 08:30</span>
<div class="hometext" itemprop="description">{lede}</div>
<div id="news-bodyhtml"><p>{p1}</p><p>{p2}</p><p>{p3}</p></div></div>
<div class="footer">Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long</div></body></html>"""


def test_the_page_own_lead_is_never_template():
    """Even a template that holds the lede (teasers counted blind, or a
    'related' box with excerpts on every page) leaves the page's own lead:
    the page says it is its summary (meta description, .hometext)."""
    from archive.text import line_key

    html = NUKEVIET_ARTICLE.format(lede=LEDE, p1=STORY[1], p2=STORY[2], p3=STORY[3])
    url = "http://cdc.example.vn/tin-hoat-dong/sot-xuat-huyet-tang-manh-tuan-27-toan-tinh-ghi-nhan-58-ca-1398.html"
    plain = extract(html, url)
    assert plain.is_article and plain.text.split("\n")[0] == LEDE

    class Known:  # a template that knows the lede and the closing line's neighbour
        def template_lines(self):
            return frozenset({line_key(LEDE), line_key(STORY[2])})

        def site_names(self):
            return frozenset()

    got = extract(html, url, template=Known())
    assert got.text.split("\n")[0] == LEDE
    assert STORY[2] not in got.text.split("\n")  # a template line that is not the page's own still goes


def _family() -> list[dict]:
    return json.loads((CORPUS / "teaserledes" / "family.json").read_text("utf-8"))["pages"]


@pytest.mark.parametrize("with_kinds", [True, False])
def test_held_out_family_keeps_every_lede_in_crawl_order(with_kinds):
    """bench/corpus/teaserledes, read in a first crawl's order as the
    pipeline reads it (each page with the template learned from the pages
    before it): every article keeps its lede and closing lines, with or
    without page kinds given to the template; once the template is trusted,
    the hotline notice after every article body is removed."""
    pages = _family()
    template = SiteTemplate("ttyttracu")
    notice = "Mọi phản ánh về chất lượng khám bệnh, chữa bệnh và thái độ phục vụ"
    removed_notice = 0
    for page in pages:
        raw = (CORPUS / page["file"]).read_bytes()
        snapshot = template.snapshot() if template.trusted else None
        got = extract(raw, page["url"], content_type=page["content_type"], template=snapshot)
        if page["kind"] == "article":
            text = " ".join(got.text.split())
            for segment in page["must_contain"]:
                assert " ".join(segment.split()) in text, (page["id"], segment)
            if snapshot is not None and notice not in text:
                removed_notice += 1
        template.observe(observation_of(raw), **({"kind": got.page_kind} if with_kinds else {}))
    assert removed_notice >= 3
