"""Issue 15: the article container survives class words, page kind from several
signals with a place for doubt, a source template learned from its pages."""

from archive.doubtful import record_doubtful
from archive.extraction import extract
from archive.extraction.extractor import is_doubtful
from archive.extraction.template import SiteTemplate, observe_page
from archive.extraction.dom import parse_html
from archive.models import FetchedPage
from archive.reextract import reextract
from archive.schema import open_archive
from archive.storage import utc_now

PARAS = "".join(f"<p>Đoạn {i}: Trung tâm Kiểm soát bệnh tật tỉnh triển khai chiến dịch tiêm vắc xin sởi cho trẻ em "
                f"tại các xã vùng sâu, vùng xa trong tháng này.</p>" for i in range(6))
URL = "http://cdc.vn/tiem-vac-xin-soi-cho-tre-em-12.html"


def page(container_class: str, date: str = "<div class='date'>Ngày đăng: 05/06/2025 08:30</div>") -> bytes:
    return (f"<html><head><title>Tiêm vắc xin sởi cho trẻ em - CDC</title></head><body>"
            f"<ul class='menu'><li><a href='/'>Trang chủ</a></li></ul>"
            f"<div class='{container_class}'><h1>Tiêm vắc xin sởi cho trẻ em</h1>{date}{PARAS}</div>"
            f"<footer>Địa chỉ: 1 đường A</footer></body></html>").encode()


def test_container_named_like_chrome_is_kept():
    for cls in ("elementor-widget elementor-widget-theme-post-content", "content-with-sidebar-wrp",
                "l-sidebar-fixed l-article-body-segment", "widget Blog", "article-body pagination-first",
                "rating-box"):
        got = extract(page(cls), URL)
        assert got.is_article, (cls, got.explain)
        assert "Đoạn 5" in got.text and "Đoạn 0" in got.text, cls
        assert "Địa chỉ" not in got.text


def test_no_date_is_an_article_with_unknown_date():
    got = extract(page("post", date=""), URL)
    assert got.is_article and got.published is None
    assert "date unknown" in got.explain["page_kind"]


def test_listing_of_teasers():
    items = "".join(f"<div class='item'><h3><a href='/bai-{i}.html'>Tiêu đề bài viết số {i} về tiêm chủng mở rộng</a></h3>"
                    f"<span>0{i}/06/2025</span><p>Tóm tắt ngắn của bài {i}.</p></div>" for i in range(1, 8))
    html = f"<html><body><h1>Tin tức hoạt động</h1><div class='list'>{items}</div></body></html>".encode()
    got = extract(html, "http://cdc.vn/tin-tuc")
    assert got.page_kind == "listing", got.explain


def test_doubtful_page_is_kept_and_promoted(tmp_path):
    db = open_archive(str(tmp_path / "a.db"))
    body = page("post")
    got = extract(body, URL)
    got.page_kind = "other"  # what an older, worse extractor said
    got.explain["doubtful"] = "test"
    assert is_doubtful(got)
    fetched = FetchedPage(url=URL, source="cdc-x", fetched_at=utc_now(), body=body)
    assert record_doubtful(db, fetched, got)
    assert db["doubtful_pages"].count == 1
    report = reextract(db)
    assert report.promoted == [URL]
    assert db["doubtful_pages"].count == 0
    assert db["articles"].count == 1


def test_template_lines_and_site_name():
    template = SiteTemplate("cdc-x")
    for i in range(6):
        html = (f"<html><head><title>Bài {i} - TRUNG TÂM KIỂM SOÁT BỆNH TẬT</title></head><body>"
                f"<div class='x'>Số lượt người xem: 13</div><p>Bài riêng {i}</p></body></html>")
        template.observe(observe_page(parse_html(html)))
    assert "so luot nguoi xem: 13" in template.template_lines()
    assert "trung tam kiem soat benh tat" in template.site_names()
    extra = "<p>Số lượt người xem: 13</p><p>Hết bài.</p></div><footer>".encode()
    got = extract(page("post").replace(b"</div><footer>", extra), URL, template=template)
    assert "Số lượt người xem" not in got.text
