from archive.registry import parse_registry
from crawler.discovery import ARTICLE, LISTING, PAGINATION, SKIP, TRAP, LinkJudge

SOURCE = parse_registry('[[source]]\nname = "s"\nurl = "http://so.example.vn/"\n').get("s")
HERE = "http://so.example.vn/tin-tuc/"


def kind(url, text="", here=HERE, source=SOURCE):
    return LinkJudge(source).judge(url, text, here).kind


def test_article_links_by_url_shape_or_headline_text():
    assert kind("http://so.example.vn/tin-tuc-su-kien/-/view_content/123-hoi-nghi") == ARTICLE
    assert kind("http://so.example.vn/tin-hoat-dong/trien-khai-tiem-chung-mo-rong-967814") == ARTICLE
    assert kind("http://so.example.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=28247") == ARTICLE
    assert kind("http://so.example.vn/2024/03/hoi-nghi/") == ARTICLE
    assert kind("http://so.example.vn/x?id=5", "Hội nghị sơ kết 6 tháng đầu năm 2024") == ARTICLE


def test_listings_pagination_traps_and_skips():
    assert kind("http://so.example.vn/tin-tuc-su-kien", "Tin tức") == LISTING
    assert kind("http://so.example.vn/tin-tuc/?page=2", "2") == PAGINATION
    assert kind("http://so.example.vn/tin-hoat-dong/page-4", "4", here="http://so.example.vn/tin-hoat-dong/") == PAGINATION
    assert kind("http://so.example.vn/tin-tuc/?_101_INSTANCE_x_cur=3", "3") == PAGINATION
    assert kind("http://so.example.vn/lich-cong-tac?tuan=12", "Tuần sau") == TRAP
    assert kind("http://so.example.vn/tag/sot-xuat-huyet/", "sốt xuất huyết") == TRAP
    assert kind("http://so.example.vn/tim-kiem?q=abc", "Tìm kiếm") == SKIP
    assert kind("http://so.example.vn/files/baocao.pdf", "Tải về báo cáo tổng kết năm") == SKIP
    assert kind("http://so.example.vn/en/news", "English") == SKIP
    assert kind("https://www.facebook.com/sharer.php?u=x", "Chia sẻ bài viết lên Facebook ngay") == SKIP
    assert kind("http://other.gov.vn/tin-tuc/bai-viet-hay-ve-y-te-123", "Bài viết hay về y tế tỉnh") == SKIP


def test_subdomains_of_the_source_are_on_site_and_hints_win():
    assert kind("http://www.so.example.vn/tin-tuc/trien-khai-tiem-chung-mo-rong-123") == ARTICLE
    hinted = parse_registry('[[source]]\nname = "s"\nurl = "http://so.example.vn/"\n'
                            '[source.hints]\narticle_url = ["/bai/"]\nskip_url = ["/cu/"]\n').get("s")
    assert kind("http://so.example.vn/bai/7", "x", source=hinted) == ARTICLE
    assert kind("http://so.example.vn/cu/trien-khai-tiem-chung-mo-rong-123", source=hinted) == SKIP


def test_links_are_canonicalised():
    judged = LinkJudge(SOURCE).judge("http://SO.example.vn:80/a;jsessionid=X1?utm_source=z#top", "", HERE)
    assert judged.url == "http://so.example.vn/a"


def test_a_judge_remembering_links_judges_each_page_as_a_fresh_one():
    """The memo keeps what a link is regardless of the page; pagination is
    still decided against each page (a pager's "2" on one listing is a link
    to another listing elsewhere), and an IIS switch folds case afresh."""
    links = [("http://so.example.vn/tin-tuc/?page=2", "2"), ("http://so.example.vn/tin-tuc/", "Tin tức"),
             ("http://so.example.vn/Tin-Tuc/trien-khai-tiem-chung-mo-rong-123", "Triển khai"),
             ("http://so.example.vn/tin-hoat-dong/page-4", "4"), ("http://other.vn/x", "x")]
    pages = [HERE, "http://so.example.vn/tin-tuc/?page=2", "http://so.example.vn/gioi-thieu", HERE]
    remembering = LinkJudge(SOURCE)
    for number, page in enumerate(pages):
        if number == 3:
            remembering.case_insensitive = True
        fresh = LinkJudge(SOURCE, case_insensitive=remembering.case_insensitive)
        for url, text in links:
            assert remembering.judge(url, text, page) == fresh.judge(url, text, page), (url, page)
    assert remembering.judge(*links[2], HERE).url.endswith("/tin-tuc/trien-khai-tiem-chung-mo-rong-123")
