"""Same-site copies (issue 15, part D): a print view with a header, a date line
or "URL của bản tin này: …", and the story re-posted on its own site under a new
URL with a line changed, join their article once the source's template is taken
out of both texts; a print view that links to its article joins it first;
template twins (two units' reports from one template) stay apart."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlite_utils

from archive.dedup import find_article, stored_template_lines
from archive.extraction.dom import parse_html
from archive.extraction.template import SiteTemplate, observe_page
from archive.models import Extracted, FetchedPage
from archive.neardup import Sketch
from archive.schema import ensure_db_shape
from archive.storage import DUPLICATE, NEW, save_page
from archive.templates import save_template
from archive.text import fingerprint

PAIRS = {p["id"]: p for p in json.loads((Path(__file__).parent / "data" / "neardup_pairs.json").read_text("utf-8"))["pairs"]}
NOW = datetime(2024, 7, 1, 3, 0, tzinfo=timezone.utc)
SOURCE = "ttyt-tambinh"
SITE = "http://ttyttambinh.vn"
# What the site's print views and pages carry around every story.
HEADER = ["TRUNG TÂM Y TẾ HUYỆN TAM BÌNH", "Hoạt động chuyên môn", "Trang chủ | Giới thiệu | Tin tức | Liên hệ"]
FOOTER = ["Ghi rõ nguồn Trung tâm Y tế huyện Tam Bình khi phát hành lại thông tin từ website này",
          "Địa chỉ: số 1 đường 2/9, thị trấn Tam Bình, tỉnh Vĩnh Long"]


def story(pair_id: str, side: str = "a") -> str:
    return PAIRS[pair_id][side].removeprefix("Hoạt động chuyên môn | ")


def learned_template() -> SiteTemplate:
    template = SiteTemplate(SOURCE)
    for i in range(8):
        lines = HEADER + [f"Bài viết số {i} của trung tâm"] + FOOTER
        template.observe(observe_page(parse_html("<html><body>" + "".join(f"<p>{x}</p>" for x in lines)
                                                 + "</body></html>")))
    return template


@pytest.fixture
def db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    save_template(db, learned_template())
    return db


def save(db, url, text, source=SOURCE, body=b"<html></html>"):
    page = FetchedPage(url=url, source=source, fetched_at=NOW, body=body, province="Vĩnh Long")
    return save_page(db, page, Extracted(url=url, title="t", published="2024-04-08", text=text, page_kind="article"))


def with_furniture(text: str, *extra: str) -> str:
    """The text as a page of the site reads when extraction kept its furniture."""
    return "\n".join([*HEADER, *extra, text, *FOOTER])


def test_the_stored_template_is_read_for_the_source(db):
    lines = stored_template_lines(db, SOURCE)
    assert "hoat dong chuyen mon" in lines and stored_template_lines(db, "other-source") == frozenset()


def test_print_view_naming_its_article_joins_it(db):
    article = save(db, f"{SITE}/tin-tuc/tap-huan-an-toan-thuc-pham-123.html", with_furniture(story("s05:typo")))
    printed = with_furniture(story("s05:typo"), "In ngày 09/04/2024 08:15",
                             f"URL của bản tin này: {SITE}/tin-tuc/tap-huan-an-toan-thuc-pham-123.html")
    outcome = save(db, f"{SITE}/print/tap-huan-an-toan-thuc-pham-123.html", printed)
    assert outcome.kind == DUPLICATE and outcome.article_id == article.article_id
    reason = db.execute("SELECT match_reason FROM pages WHERE url LIKE '%/print/%'").fetchone()[0]
    assert reason == "print-view"


def test_print_view_links_passed_by_the_caller(db):
    article = save(db, f"{SITE}/tin-tuc/bai-123.html", story("s05:typo"))
    printed = with_furniture(story("s05:typo"), "In ngày 09/04/2024 08:15")
    match = find_article(db, f"{SITE}/print/bai-123.html", fingerprint(printed), Sketch(printed), source=SOURCE,
                         links=[f"{SITE}/", f"{SITE}/tin-tuc/bai-123.html"])
    assert match.reason == "print-view" and match.article_id == article.article_id


def test_print_view_joins_the_page_it_links_to_before_a_closer_copy(db):
    # Two pages of the source hold the story (the article, and a re-post with a
    # typo fixed); the print view names the first: it joins that one.
    first = save(db, f"{SITE}/tin-tuc/bai-1.html", story("s05:typo", "a"))
    # The re-post is kept apart here (another source) so both articles exist.
    save(db, "http://other.vn/bai-9.html", story("s05:typo", "b") + "\nNguồn: TTYT Tam Bình", source="other")
    printed = with_furniture(story("s05:typo", "b"), f"URL của bản tin này: {SITE}/tin-tuc/bai-1.html")
    assert save(db, f"{SITE}/print/bai-1.html", printed).article_id == first.article_id


def test_print_view_without_a_link_joins_on_its_text_minus_the_template(db):
    article = save(db, f"{SITE}/tin-tuc/bai-123.html", story("s02:caption"))
    printed = with_furniture(story("s02:caption"), "Ngày đăng: 17/06/2024")
    outcome = save(db, f"{SITE}/tin-tuc/in/bai-123.html", printed)
    assert outcome.kind == DUPLICATE and outcome.article_id == article.article_id


def test_story_reposted_on_its_site_with_a_line_changed_joins(db):
    pair = PAIRS["s03:signature"]
    article = save(db, f"{SITE}/tin-tuc/bai-1.html", with_furniture(pair["a"]))
    outcome = save(db, f"{SITE}/tin-tuc/bai-1-moi.html", with_furniture(pair["b"]))
    assert outcome.kind == DUPLICATE and outcome.article_id == article.article_id


@pytest.mark.parametrize("pair_id", [p for p in PAIRS if p.endswith("twin:same-site")])
def test_template_twins_on_one_site_stay_apart(db, pair_id):
    pair = PAIRS[pair_id]
    save(db, f"{SITE}/tin-tuc/a.html", with_furniture(pair["a"]))
    assert save(db, f"{SITE}/tin-tuc/b.html", with_furniture(pair["b"])).kind == NEW


def test_print_view_of_another_story_does_not_join_the_page_it_links_to(db):
    save(db, f"{SITE}/tin-tuc/bai-1.html", story("s05:typo"))
    printed = with_furniture(story("s02:caption"), f"URL của bản tin này: {SITE}/tin-tuc/bai-1.html")
    assert save(db, f"{SITE}/print/bai-2.html", printed).kind == NEW


@pytest.mark.parametrize("pair_id", [p for p in PAIRS if p.endswith("twin:same-site")])
def test_without_a_template_template_twins_of_one_source_stay_apart(pair_id):
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    pair = PAIRS[pair_id]
    save(db, f"{SITE}/tin-tuc/a.html", with_furniture(pair["a"]))
    assert save(db, f"{SITE}/tin-tuc/b.html", with_furniture(pair["b"])).kind == NEW


def test_page_links_of_a_print_view(db):
    from archive.dedup import page_links

    body = (f"<html><body><a href='/'>Trang chủ</a><a href='javascript:print()'>In</a>"
            f"<a href='../tin-tuc/bai-123.html'>Xem bài gốc</a><a href='#top'>Lên đầu</a></body></html>").encode()
    links = page_links(body, f"{SITE}/print/bai-123.html")
    assert links == [f"{SITE}/", f"{SITE}/tin-tuc/bai-123.html"]
    article = save(db, f"{SITE}/tin-tuc/bai-123.html", story("s05:typo"))
    printed = with_furniture(story("s05:typo"))
    match = find_article(db, f"{SITE}/print/bai-123.html", fingerprint(printed), Sketch(printed), source=SOURCE,
                         links=links)
    assert match.article_id == article.article_id and match.reason == "print-view"
    assert page_links(b"%PDF-1.4", "http://x.vn/a.pdf") == []
