"""The leaks a naive extractor let through on real pages (shared/seeds) are removed;
captions and closing bylines, which belong to the article, stay."""

from pathlib import Path

import pytest

from archive.extraction.body import clean_lines

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("0*.txt"))
LEAKS = ("Tiếng Việt | English", "Chia sẻ bài viết", "Trả lời",
         "Email của bạn sẽ không được hiển thị công khai", "18/02/2020 - 21:04")


@pytest.mark.skipif(not SEEDS, reason="shared/seeds not beside the repository")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_leaks_are_removed_and_article_kept(seed):
    raw = seed.read_text("utf-8")
    lines = [line for line in raw.splitlines() if line.strip()]
    title = next(line for line in lines if len(line.split()) > 5)
    cleaned = clean_lines(raw, title)
    for leak in LEAKS:
        assert leak not in cleaned
    for keep in ("Ảnh:", "BÉ HAI", "THANH HOÀNG", "Ngọc Mận - Huỳnh Hương"):
        if keep in raw:
            assert keep in cleaned
    assert not cleaned.startswith(title)
    assert len(cleaned) > 0.8 * len(raw) - 400


def test_related_list_ends_the_article():
    text = "Đoạn một của bài.\nĐoạn hai.\nCác tin khác\nHội nghị khác ngày 12/3\nTin khác nữa"
    assert clean_lines(text, None) == "Đoạn một của bài.\nĐoạn hai."


def test_breadcrumb_and_counters_go():
    text = "Trang chủ > Tin tức > Hoạt động ngành\nNội dung bài viết.\nĐã xem: 374\nLượt truy cập: 1.234.567"
    assert clean_lines(text, None) == "Nội dung bài viết."


# --- evidence, not class names (issue 15) --------------------------------------------------------------------------

from archive.extraction import extract  # noqa: E402
from archive.text import clean_text  # noqa: E402

_PROSE = ("Trung tâm Y tế huyện đã tổ chức tiêm vắc xin sởi cho {n} trẻ em tại các trạm y tế xã, "
          "đồng thời hướng dẫn phụ huynh theo dõi trẻ sau tiêm và đưa trẻ đến cơ sở y tế khi có dấu hiệu bất thường.")


def _page(article: str, *, side: str = "") -> str:
    menu = "".join(f"<li><a href='/muc-{k}'>Chuyên mục {k}</a></li>" for k in range(12))
    return (f"<html><head><title>Tin tức</title></head><body><nav><ul>{menu}</ul></nav>"
            f"<div class='row'><div class='col-main'><h1>Tiêm vắc xin sởi cho trẻ em tại các xã vùng sâu</h1>"
            f"<div class='time'>12/03/2024</div>{article}</div>{side}</div>"
            f"<footer><p>Bản quyền thuộc về Trung tâm Y tế huyện</p></footer></body></html>")


def test_a_section_of_prose_classed_like_chrome_stays():
    """A theme's class words ("Ads", an id "nav_…") on a block of the article's
    prose do not delete it: only named chrome that acts as chrome goes."""
    body = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in (120, 130))
    body += (f"<section class='Report__Section Report__Section--Ads' id='Fazit'><h3 id='nav_ket_qua'>Kết quả đợt tiêm</h3>"
             f"<p>{_PROSE.format(n=999)}</p></section>")
    ex = extract(_page(f"<div class='content'>{body}</div>"), "https://ttyt.example.vn/tin/tiem-soi-12.html")
    assert "cho 999 trẻ em" in ex.text and "Kết quả đợt tiêm" in ex.text


def test_named_chrome_that_is_mostly_links_goes():
    related = "".join(f"<li><a href='/tin/bai-{k}.html'>Bài viết liên quan số {k} về công tác tiêm chủng mở rộng</a></li>"
                      for k in range(8))
    body = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in (120, 130, 140))
    ex = extract(_page(f"<div class='content'>{body}<div class='related-box'><ul>{related}</ul></div></div>"),
                 "https://ttyt.example.vn/tin/tiem-soi-12.html")
    assert "cho 140 trẻ em" in ex.text and "Bài viết liên quan số 3" not in ex.text


def test_a_side_column_portlet_after_the_story_goes():
    """A hotline box in the page's right-hand column, which trafilatura reads as
    content, lies past the story's region (headline + densest text)."""
    body = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in (120, 130, 140))
    side = ("<div class='col-side'><div class='portlet'><div class='portlet-title'>Đường dây nóng</div>"
            "<p>Phản ánh chất lượng khám chữa bệnh: 0968.115.208</p></div></div>")
    ex = extract(_page(f"<div class='content'>{body}</div>", side=side), "https://ttyt.example.vn/tin/tiem-soi-12.html")
    assert "cho 140 trẻ em" in ex.text and "0968.115.208" not in ex.text


def test_a_source_line_closing_a_vietnamese_body_stays():
    body = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in (120, 130, 140))
    body += "<div style='text-align: right;'><strong><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh</em></strong></div>"
    ex = extract(_page(f"<div class='content'>{body}</div>"), "https://ttyt.example.vn/tin/tiem-soi-12.html")
    assert ex.text.endswith("Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh")


def test_prose_before_the_headline_is_not_taken_for_a_breadcrumb():
    summary = _PROSE.format(n=77)
    text = f"{summary}\nLịch tiêm chủng tháng 3\nNội dung thông báo."
    assert clean_lines(text, "Lịch tiêm chủng tháng 3").startswith(summary)
    assert clean_lines("Trang chủ\nLịch tiêm chủng tháng 3\nNội dung thông báo.", "Lịch tiêm chủng tháng 3") == (
        "Nội dung thông báo.")


def test_soft_hyphens_and_word_joiners_leave_the_text():
    assert clean_text("tiêm\u00adchủng vắc\u2060xin \ufeffsởi") == "tiêmchủng vắcxin sởi"
    assert clean_text("wol\u00adlen") == "wollen"


def test_a_lone_label_over_the_text_goes():
    assert clean_lines("- Ngày đăng:\n- Cập nhật: 17/11/2023\nNội dung bài viết.", None) == "Nội dung bài viết."
