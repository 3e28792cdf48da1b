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
