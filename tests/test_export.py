"""`soyte export`: JSONL and CSV of articles, WARC 1.1 of the raw pages, each read
back and compared with what the archive holds."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archive.cli import main
from archive.export import EXPORT_COLUMNS, articles, warc_date, write_warc
from archive.filters import ArticleFilter as ExportFilters
from archive.schema import ARTICLE_COLUMNS
from archive.models import Extracted, FetchedPage
from archive.schema import open_archive
from archive.prepared import decompress
from archive.storage import save_page

VN = timezone(timedelta(hours=7))
PARTY = ("Chiều 19/12, Đảng ủy Trung tâm Y tế huyện tổ chức hội nghị tổng kết công tác xây dựng Đảng. "
         "Toàn thể đảng viên tham dự.\nẢnh: Quang cảnh hội nghị")
DENGUE = ("Tuần 23, toàn tỉnh ghi nhận 612 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ; "
          "14 ca sốt xuất huyết nặng.\nĐề nghị các xã, phường diệt lăng quăng, bọ gậy hằng tuần.")
MEASLES = "Sở Y tế triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ em từ 1 đến 10 tuổi trên địa bàn."


def html(title: str, text: str) -> bytes:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>" \
           f"<p>{text}</p></body></html>".encode()


def store(db, url, source, province, title, text, published, fetched_at, headers=None, legacy=None):
    save_page(db, FetchedPage(url=url, source=source, fetched_at=fetched_at, body=html(title, text),
                              headers=headers or {"Content-Type": "text/html; charset=utf-8"},
                              province=province, legacy_province=legacy),
              Extracted(url=url, title=title, published=published, text=text, page_kind="article"))


@pytest.fixture
def archive_path(tmp_path):
    path = str(tmp_path / "archive.db")
    db = open_archive(path)
    fetched = datetime(2024, 6, 13, 9, 30, 15, tzinfo=timezone.utc)
    store(db, "http://cdc.vinhlong.vn/tin/dang-uy-1", "cdc-vinhlong", "Vĩnh Long",
          "Đảng ủy TTYT tổng kết công tác Đảng", PARTY, "2023-12-19T16:00:00+07:00", fetched,
          # as Scrapy keeps them: the length of the gzipped body; the body is stored decoded
          headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                   "Content-Length": "812", "Server": "Microsoft-IIS/8.5", "Etag": '"9b94"'})
    # its print view: a second page of the same article, fetched in Vietnam time
    store(db, "http://cdc.vinhlong.vn/tin/dang-uy-1?print=1", "cdc-vinhlong", "Vĩnh Long",
          "Đảng ủy TTYT tổng kết công tác Đảng", PARTY, "2023-12-19T16:00:00+07:00",
          datetime(2024, 6, 13, 16, 31, 0, 250000, tzinfo=VN))
    store(db, "http://soyte.camau.gov.vn/sot-xuat-huyet-tuan-23", "soyte-camau", "Cà Mau",
          "Tình hình sốt xuất huyết tuần 23", DENGUE, "2024-06-12T08:15:00+07:00", fetched, legacy="Bạc Liêu")
    store(db, "http://soyte.camau.gov.vn/tiem-soi", "soyte-camau", "Cà Mau",
          "Tiêm bổ sung vắc xin sởi", MEASLES, "2024-09-05", fetched, legacy="Bạc Liêu")
    db.close()
    return path


def soyte(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def archive_rows(path: str) -> list[dict]:
    db = open_archive(path, create=False)
    rows = [dict(r) for r in db.query(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY id")]
    for row in rows:
        urls = [r["url"] for r in db.query("SELECT url FROM pages WHERE article_id = ?", [row["id"]])]
        row["page_urls"] = sorted(urls, key=lambda u: (u != row["url"], u))
    return rows


def test_jsonl_round_trips_to_the_same_rows(archive_path, tmp_path):
    out = tmp_path / "articles.jsonl"
    code, _, err = soyte("export", "--db", archive_path, "--format", "jsonl", "--output", str(out))
    assert code == 0, err
    assert "3 articles exported" in err
    exported = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    expected = archive_rows(archive_path)
    assert [list(row) for row in exported] == [list(EXPORT_COLUMNS)] * 3
    assert exported == expected
    party = next(row for row in exported if row["source"] == "cdc-vinhlong")
    assert party["page_count"] == 2 and party["page_urls"][0] == party["url"]  # the shown page first
    assert "Đảng ủy" in out.read_text("utf-8")  # no \u escapes: readable with any tool
    assert not list(tmp_path.glob("*.part"))


def test_jsonl_to_stdout_with_filters(archive_path):
    def titles(*args):
        code, out, err = soyte("export", "--db", archive_path, *args)
        assert code == 0, err
        return [json.loads(line)["title"] for line in out.splitlines()]

    assert titles("--query", "dang vien") == ["Đảng ủy TTYT tổng kết công tác Đảng"]  # đ folded
    assert titles("--query", "sot xuat huyet") == ["Tình hình sốt xuất huyết tuần 23"]
    assert titles("--province", "bac lieu") == ["Tình hình sốt xuất huyết tuần 23", "Tiêm bổ sung vắc xin sởi"]
    assert titles("--province", "Cà Mau", "--since", "2024-07-01") == ["Tiêm bổ sung vắc xin sởi"]
    assert titles("--until", "2024-06-12") == ["Đảng ủy TTYT tổng kết công tác Đảng",
                                                "Tình hình sốt xuất huyết tuần 23"]
    assert titles("--source", "cdc-vinhlong") == ["Đảng ủy TTYT tổng kết công tác Đảng"]
    code, _, err = soyte("export", "--db", archive_path, "--source", "nobody")
    assert code == 2 and "holds nothing of a source named 'nobody'" in err


def test_csv_has_a_bom_and_vietnamese_intact(archive_path, tmp_path):
    out = tmp_path / "articles.csv"
    code, _, err = soyte("export", "--db", archive_path, "--format", "csv", "-o", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,url,title,")  # UTF-8 BOM: Excel reads the file as UTF-8
    assert "Tình hình sốt xuất huyết tuần 23".encode() in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    expected = archive_rows(archive_path)
    assert [row["title"] for row in rows] == [row["title"] for row in expected]
    for row, want in zip(rows, expected):
        assert row["text"] == want["text"]  # line breaks kept inside the quoted cell
        assert row["page_urls"].split("\n") == want["page_urls"]
        assert int(row["id"]) == want["id"] and row["legacy_province"] == (want["legacy_province"] or "")


def test_csv_to_stdout(archive_path):
    code, out, err = soyte("export", "--db", archive_path, "--format", "csv", "--query", "tiem soi")
    assert code == 0, err
    assert out.startswith("\ufeffid,url,title")
    assert len(list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))) == 1


@pytest.mark.parametrize("name", ["pages.warc.gz", "pages.warc"])
def test_warc_reads_back_with_the_archived_bytes_dates_and_uris(archive_path, tmp_path, name):
    out = tmp_path / name
    code, _, err = soyte("export", "--db", archive_path, "--format", "warc", "-o", str(out))
    assert code == 0, err
    assert "4 pages exported" in err
    db = open_archive(archive_path, create=False)
    pages = {row["url"]: row for row in db.query("SELECT * FROM pages")}
    assert out.read_bytes()[:2] == (b"\x1f\x8b" if name.endswith(".gz") else b"WA")

    seen = []
    with open(out, "rb") as stream:
        for record in ArchiveIterator(stream, check_digests="raise"):
            assert record.rec_headers.protocol == "WARC/1.1"
            if record.rec_type == "warcinfo":
                assert not seen  # first
                seen.append("warcinfo")
                continue
            assert record.rec_type == "response"
            uri = record.rec_headers.get_header("WARC-Target-URI")
            page = pages[uri]
            body = record.raw_stream.read()
            assert body == decompress(page["html"])
            assert record.digest_checker.passed is not False
            moment = datetime.fromisoformat(page["fetched_at"]).astimezone(timezone.utc)
            date = record.rec_headers.get_header("WARC-Date")
            assert datetime.fromisoformat(date.replace("Z", "+00:00")) == moment
            assert record.http_headers.get_statuscode() == str(page["status"])
            assert record.http_headers.get_header("Content-Length") == str(len(body))
            assert record.http_headers.get_header("Content-Encoding") is None  # the body is stored decoded
            kept = json.loads(page["headers"])
            assert record.http_headers.get_header("Content-Type") == kept["Content-Type"]
            if "Server" in kept:
                assert record.http_headers.get_header("Server") == kept["Server"]
            seen.append(uri)
    assert seen[0] == "warcinfo" and sorted(seen[1:]) == sorted(pages)


def test_warc_dates():
    assert warc_date("2024-06-13T16:31:00+07:00") == "2024-06-13T09:31:00Z"
    assert warc_date("2024-06-13T09:30:15+00:00") == "2024-06-13T09:30:15Z"
    assert warc_date("2024-06-13T16:31:00.250000+07:00") == "2024-06-13T09:31:00.250000Z"


def test_warc_filters_apply_to_pages(archive_path):
    db = open_archive(archive_path, create=False)
    out = io.BytesIO()
    assert write_warc(db, out, ExportFilters(source="soyte-camau"), gzip=False) == 2
    out.seek(0)
    uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(out) if r.rec_type == "response"]
    assert sorted(uris) == ["http://soyte.camau.gov.vn/sot-xuat-huyet-tuan-23", "http://soyte.camau.gov.vn/tiem-soi"]
    assert write_warc(db, io.BytesIO(), ExportFilters(query="dang vien")) == 2  # both pages of the article


def test_export_function_streams_article_dicts(archive_path):
    db = open_archive(archive_path, create=False)
    rows = list(articles(db, ExportFilters(province="Vĩnh Long")))
    assert [r["page_count"] for r in rows] == [2] and len(rows[0]["page_urls"]) == 2


@pytest.mark.parametrize("args, message", [
    (["--province", "Atlantis"], "unknown province"),
    (["--raw", "--query", '"unterminated'], "cannot parse the query"),
    (["--output", "/no/such/dir/out.jsonl"], "cannot write"),
])
def test_errors_are_one_line_with_a_hint(archive_path, tmp_path, args, message):
    code, out, err = soyte("export", "--db", archive_path, *args)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Error: ") and message in lines[0]
    assert lines[1].startswith("Hint: ")
    assert not list(tmp_path.glob("**/*.part"))


def test_missing_archive(tmp_path):
    code, _, err = soyte("export", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no archive at" in err and not (tmp_path / "none.db").exists()


def test_help_has_examples():
    for command in ("export", "browse"):
        code, out, _ = soyte(command, "--help")
        assert code == 0 and "Example:" in out and f"soyte {command} --db" in out
