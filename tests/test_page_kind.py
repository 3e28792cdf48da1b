"""Issue 15: the article container survives class words, page kind from several
signals with a place for doubt, a source template learned from its pages."""

from archive.doubtful import record_doubtful
from archive.extraction import extract
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
    assert got.is_doubtful
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


# --- Articles beside teasers (issue 15): headline + a story of its own ------------------------

WORDS = ("Trung tâm Y tế huyện phối hợp với các trạm y tế xã tổ chức tiêm chủng cho trẻ em dưới năm tuổi "
         "tại các điểm tiêm cố định và lưu động trên địa bàn").split()  # 26 words


def prose(n: int, start: int = 0) -> str:
    return " ".join(WORDS[(start + i) % len(WORDS)] for i in range(n)) + "."


def related(items: int, intro_words: int = 3, date: bool = True) -> str:
    return "<div class='box'>" + "".join(
        f"<div class='it'><h3><a href='/tin-khac-{i}.html'>Tiêu đề bài khác số {i} về phòng chống dịch bệnh mùa mưa</a>"
        f"</h3>{'<span>1' + str(i) + '/04/2024</span>' if date else ''}<p>{prose(intro_words, i)}</p></div>"
        for i in range(items)) + "</div>"


def short_notice(url_title: str) -> tuple[bytes, str]:
    title = "Thông báo tạm ngừng tiêm chủng dịch vụ trong dịp nghỉ lễ 30/4 và 1/5"
    html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='story'><p>{prose(50)}</p><p>{prose(50, 7)}</p></div>"
            f"{related(5)}<div class='side'>" + "".join(f"<span>0{i}/03/2024</span>" for i in range(1, 5))
            + "</div></body></html>")
    return html.encode(), url_title


def test_short_notice_beside_dated_teasers_is_an_article_when_its_url_names_it():
    # el-03: 100 words and a related box of five dated teasers holding as many.
    body, _ = short_notice("")
    got = extract(body, "https://ttytcangiuoc.vn/thong-bao-tam-ngung-tiem-chung-dich-vu-trong-dip-nghi-le-30-4-va-1-5/")
    assert got.is_article, got.explain
    assert "URL names the headline" in got.explain["page_kind"]
    # The same page under a section's URL stays a listing: nothing says it is a post.
    assert extract(body, "https://ttytcangiuoc.vn/tin-tuc/").page_kind == "listing"


def test_long_story_outside_the_teasers_is_an_article():
    # Three paragraphs that each hold a headline-length link make a "teaser run"
    # of the story itself; 150+ words of prose outside any teaser settle it.
    linked = "".join(f"<p>{prose(120, i)} Xem thêm <a href='/bai-{i}.html'>bài viết về tiêm chủng mở rộng cho trẻ em</a> "
                     f"{prose(10, i)}</p>" for i in range(3))
    own = " ".join(f"Kết quả tiêm ở xã số {k} đạt tỷ lệ cao." for k in range(20))  # 180 words no teaser holds
    html = (f"<html><body><h1>Tiêm chủng mở rộng năm 2024</h1><div class='story'><p>{own}</p>"
            f"{linked}</div></body></html>").encode()
    got = extract(html, "https://cdc.vn/tin-tuc/bai-12345.html")
    assert got.is_article, got.explain
    assert "outside the teasers" in got.explain["page_kind"]


def test_listing_with_whole_intro_paragraphs_stays_a_listing():
    html = (f"<html><body><h1>Tin hoạt động</h1>{related(8, intro_words=40)}</body></html>").encode()
    got = extract(html, "https://cdc.vn/tin-hoat-dong/")
    assert got.page_kind == "listing", got.explain


def test_short_post_at_a_dated_permalink_is_an_article():
    title = "Ministerium für Club-Kultur informiert über neue Regeln"
    html = (f"<html><body><h2>{title}</h2><div class='entry'><p>{prose(34)}</p></div></body></html>").encode()
    got = extract(html, "https://die-partei.net/luebeck/2012/05/31/ministerium-fur-club-kultur-informiert/")
    assert got.is_article and got.published == "2012-05-31", got.explain
    # Under a URL with no date and no other date, 35 words are too few to tell it from a form.
    assert not extract(html, "https://die-partei.net/luebeck/ministerium/").is_article


def _naive_teaser_groups(anchors: dict) -> dict:
    """The definition, pair by pair: an item's container is its link's nearest
    ancestor holding another headline link."""
    items: dict = {}
    for a in anchors:
        child, node = a, a.getparent()
        while node is not None and node.tag not in ("body", "html"):
            if any(other is not a and any(x is node for x in other.iterancestors()) for other in anchors):
                items.setdefault(node, set()).add(child)
                break
            child, node = node, node.getparent()
    return items


def test_teaser_groups_counted_once_equal_the_pairwise_definition():
    import random

    from archive.extraction.classify import headline_anchors, teaser_groups

    rng = random.Random(15)
    for _ in range(40):
        def tree(depth: int) -> str:
            if depth == 0 or rng.random() < 0.3:
                return (f"<a href='/bai-{rng.randrange(99)}.html'>Tiêu đề bài viết về tiêm chủng số {rng.randrange(9)}</a>"
                        if rng.random() < 0.5 else "<span>chữ</span>")
            return f"<div>{''.join(tree(depth - 1) for _ in range(rng.randrange(1, 4)))}</div>"
        root = parse_html(f"<html><body>{tree(5)}{tree(4)}</body></html>")
        anchors = headline_anchors(root, "http://cdc.vn/trang.html")
        assert teaser_groups(anchors) == _naive_teaser_groups(anchors)
