import subprocess
import sys
from datetime import date, datetime, timezone

import pytest
import sqlite_utils

from archive.errors import ArchiveError, QueryError
from archive.models import Extracted, FetchedPage
from archive.schema import ensure_db_shape, open_archive
from archive.filters import ArticleFilter as SearchFilters
from archive.query import literal_query
from archive.search import search
from archive.prepared import decompress
from archive.storage import DUPLICATE, KNOWN, NEW, UPDATED, save_page

NOW = datetime(2024, 6, 1, 3, 0, tzinfo=timezone.utc)
TEXT = ("Chiều ngày 19/12, Đảng ủy Trung tâm Y tế huyện tổ chức hội nghị tổng kết công tác năm. "
        "Toàn thể đảng viên tham dự. Công tác tiêm chủng mở rộng đạt 98%.\nẢnh: Quang cảnh hội nghị\nBÉ HAI")


def page(url, source="cdc-a", body=b"<html>raw</html>", province="Đồng Nai"):
    return FetchedPage(url=url, source=source, fetched_at=NOW, body=body, province=province)


def article(text=TEXT, title="Đảng ủy TTYT tổng kết năm 2023", published="2023-12-19T16:00:00+07:00"):
    return Extracted(url="", title=title, published=published, text=text, page_kind="article")


def fts_ok(db):
    db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_shape_is_repeatable(db):
    ensure_db_shape(db)
    ensure_db_shape(db)
    assert {"articles", "pages", "crawl_runs", "articles_fts"} <= set(db.table_names())
    assert db["articles"].detect_fts() == "articles_fts"


def test_same_url_twice_is_one_article(db):
    first = save_page(db, page("http://a.vn/1"), article())
    again = save_page(db, page("http://a.vn/1"), article())
    assert (first.kind, again.kind) == (NEW, KNOWN)
    assert db["articles"].count == 1 and db["pages"].count == 1
    fts_ok(db)


def test_print_view_and_other_site_copy_join_the_article(db):
    original = save_page(db, page("http://a.vn/1"), article())
    printed = save_page(db, page("http://a.vn/1?p_p_state=pop_up"), article(text=TEXT.upper()))
    copied = save_page(db, page("http://b.vn/x", source="so-b"),
                       article(text="  " + TEXT.replace(". ", " . "), published="2023-12-21"))
    assert (printed.kind, copied.kind) == (DUPLICATE, DUPLICATE)
    assert printed.article_id == copied.article_id == original.article_id
    row = db["articles"].get(original.article_id)
    assert row["page_count"] == 3
    assert row["url"] == "http://a.vn/1"  # earliest published, not the print view
    fts_ok(db)


def test_earlier_copy_becomes_the_shown_version(db):
    save_page(db, page("http://b.vn/late", source="so-b", province="Tây Ninh"), article(published="2024-01-05"))
    save_page(db, page("http://a.vn/orig", source="cdc-a"), article(published="2023-12-19T16:00:00+07:00"))
    (row,) = list(db.query("SELECT * FROM articles"))
    assert (row["url"], row["source"], row["province"]) == ("http://a.vn/orig", "cdc-a", "Đồng Nai")


def test_changed_text_updates_page_and_index_and_keeps_the_old_version(db):
    save_page(db, page("http://a.vn/1"), article())
    outcome = save_page(db, page("http://a.vn/1"), article(text=TEXT + "\nĐính chính: sốt xuất huyết"))
    assert outcome.kind == UPDATED
    assert [r["id"] for r in search(db, "dinh chinh")] == [outcome.article_id]
    assert "Đính chính" in db["articles"].get(outcome.article_id)["text"]
    versions = list(db.query("SELECT page_id, text FROM page_versions"))
    assert versions == [{"page_id": outcome.page_id, "text": TEXT}]
    fts_ok(db)


def test_raw_html_is_kept_compressed(db):
    body = "<html><body>Sở Y tế</body></html>".encode() * 50
    save_page(db, page("http://a.vn/1", body=body), article())
    stored = db.execute("SELECT html FROM pages").fetchone()[0]
    assert len(stored) < len(body) and decompress(stored) == body


def test_ids_follow_publication_order_even_when_an_earlier_copy_redates_an_article(db):
    late = save_page(db, page("http://b.vn/late", source="so-b"), article(published="2024-05-01"))
    other = save_page(db, page("http://a.vn/other"), article(text="Sốt xuất huyết tăng.", published="2024-03-01"))
    assert late.article_id > other.article_id
    early = save_page(db, page("http://a.vn/orig"), article(published="2024-01-01"))
    assert early.kind == DUPLICATE and early.article_id < other.article_id
    assert db["articles"].count == 2 and db["pages"].count == 3
    assert {r["article_id"] for r in db.query("SELECT article_id FROM pages WHERE url LIKE '%orig' OR url LIKE '%late'")} == {early.article_id}
    assert [r["url"] for r in search(db, "y tế OR sốt", raw=True)] == ["http://a.vn/other", "http://a.vn/orig"]
    fts_ok(db)


def test_ranked_search_scores_the_newest_window(db):
    for n in range(6):
        save_page(db, page(f"http://a.vn/{n}"), article(text=f"Bài {n}: " + "tiêm chủng " * (n + 1),
                                                         published=f"2024-0{n + 1}-01"))
    best = [r["url"] for r in search(db, "tiêm", rank=True)]
    assert best[0] == "http://a.vn/5"
    window = [r["url"] for r in search(db, "tiêm", rank=True, rank_window=3)]
    assert sorted(window) == ["http://a.vn/3", "http://a.vn/4", "http://a.vn/5"]


def test_different_stories_stay_apart(db):
    save_page(db, page("http://a.vn/1"), article())
    other = save_page(db, page("http://a.vn/2"), article(text=TEXT.replace("98%", "95%")))
    assert other.kind == NEW and db["articles"].count == 2


@pytest.fixture
def filled(db):
    save_page(db, page("http://a.vn/1"), article())
    save_page(db, page("http://a.vn/2", source="cdc-b", province="Nghệ An"),
              article(text="Sốt xuất huyết tăng tại Đồng Nai, ngành y tế phun hóa chất diệt muỗi.",
                      title="Dịch sốt xuất huyết", published="2024-03-02"))
    return db


@pytest.mark.parametrize("query, expected", [
    ("dang vien", [1]), ("đảng viên", [1]), ("ĐẢNG VIÊN", [1]), ('"tiêm chủng"', [1]), ('"tiem chung"', [1]),
    ("dong nai", [2]), ("Đồng Nai", [2]), ('"sot xuat huyet"', [2]), ("y tế", [2, 1]), ('"chủng tiêm"', []),
])
def test_search_with_and_without_diacritics(filled, query, expected):
    assert [int(r["url"][-1]) for r in search(filled, query)] == expected


def test_filters(filled):
    def urls(filters):
        return [int(r["url"][-1]) for r in search(filled, "y tế", filters)]
    assert urls(SearchFilters(province="nghe an")) == [2]
    assert urls(SearchFilters(source="cdc-a")) == [1]
    assert urls(SearchFilters(since=date(2024, 1, 1))) == [2]
    assert urls(SearchFilters(until=date(2023, 12, 19))) == [1]
    assert urls(SearchFilters(until=date(2023, 12, 18))) == []
    with pytest.raises(QueryError, match="unknown province"):
        search(filled, "y tế", SearchFilters(province="Atlantis"))


@pytest.mark.parametrize("query", ['"tiêm', "AND", "y tế AND", "(dang"])
def test_unparseable_query_is_a_named_error(filled, query):
    with pytest.raises(QueryError):
        search(filled, query, raw=True)  # FTS5 syntax only when asked for
    assert search(filled, query + " vien") is not None  # typed, it is words
    assert search(filled, literal_query(query + " vien")) is not None


def test_sqlite_utils_search_folds_diacritics(tmp_path):
    path = str(tmp_path / "a.db")
    db = open_archive(path)
    save_page(db, page("http://a.vn/1"), article())
    db.close()
    for query in ("dang vien", '"tiêm chủng"', "tiem chung"):
        out = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", path, "articles", query,
                              "-c", "title"], capture_output=True, text=True, check=True).stdout
        assert "Đảng ủy TTYT" in out, query


def test_not_an_archive_is_a_named_error(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError):
        open_archive(str(bad))
    with pytest.raises(ArchiveError, match="no archive"):
        open_archive(str(tmp_path / "none.db"), create=False)
