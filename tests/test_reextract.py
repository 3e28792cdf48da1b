from click.testing import CliRunner

from archive.cli import main
from archive.models import Extracted, FetchedPage
from archive.reextract import reextract
from archive.schema import open_archive
from archive.search import search
from archive.storage import save_page, utc_now

HTML = ("<html><head><title>Tiêm vắc xin sởi cho trẻ em toàn tỉnh - CDC</title></head><body>"
        "<ul class='menu'><li><a href='/'>Trang chủ</a></li></ul>"
        "<h1 class='title'>Tiêm vắc xin sởi cho trẻ em toàn tỉnh</h1><div class='date'>Ngày đăng: 05/06/2025 08:30</div>"
        + "".join(f"<p>Đoạn {i}: Trung tâm Kiểm soát bệnh tật tỉnh triển khai chiến dịch tiêm vắc xin sởi cho trẻ.</p>"
                  for i in range(5)) + "</body></html>").encode()
URL = "http://cdc.vn/tiem-vac-xin-soi-cho-tre-em-toan-tinh-12.html"


def old_extraction():
    """What an older, worse extractor had stored: the menu as title, no date."""
    return Extracted(url=URL, title="Trang chủ", published=None, text="Trang chủ\nĐoạn 0", page_kind="article")


def archive_with_old_page(path):
    db = open_archive(str(path))
    save_page(db, FetchedPage(url=URL, source="cdc-x", fetched_at=utc_now(), body=HTML), old_extraction())
    return db


def test_reextract_updates_pages_articles_and_search(tmp_path):
    db = archive_with_old_page(tmp_path / "a.db")
    assert not search(db, '"vắc xin sởi"')
    report = reextract(db)
    assert (report.pages, report.titles_changed, report.dates_changed, report.bodies_changed) == (1, 1, 1, 1)
    (article,) = list(db.query("SELECT * FROM articles"))
    assert article["title"] == "Tiêm vắc xin sởi cho trẻ em toàn tỉnh"
    assert article["published"] == "2025-06-05T08:30:00+07:00"
    assert [r["id"] for r in search(db, '"vac xin soi"')] == [article["id"]]
    assert db.execute("SELECT count(*) FROM pages WHERE article_id = ?", [article["id"]]).fetchone()[0] == 1
    db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
    assert reextract(db).titles_changed == 0  # idempotent


def test_reextract_command_reports_changes(tmp_path):
    archive_with_old_page(tmp_path / "a.db").close()
    result = CliRunner().invoke(main, ["reextract", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0
    assert "1 pages re-extracted: 1 titles, 1 dates, 1 bodies" in result.output


def test_reextract_only_one_source(tmp_path):
    db = archive_with_old_page(tmp_path / "a.db")
    assert reextract(db, source="other").pages == 0


def test_worker_processes_give_the_same_result(tmp_path):
    one = archive_with_old_page(tmp_path / "one.db")
    two = archive_with_old_page(tmp_path / "two.db")
    reextract(one, workers=1)
    reextract(two, workers=2)
    fields = "SELECT url, title, published, author, text, page_count FROM articles"
    assert list(one.query(fields)) == list(two.query(fields))
