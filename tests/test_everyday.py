"""Commands that never surprise (issue 17): clear errors for what people get wrong."""

from __future__ import annotations

import socket

import pytest

from click.testing import CliRunner

from archive.cli import main

BAD_SOURCES = """
[[source]]
name = "Bad Name"
url = "https://a.example.vn/"

[[source]]
name = "good-one"
url = "https://b.example.vn/"

[[source]]
name = "ftp-one"
url = "ftp://c.example.vn/"

[[source]]
name = "kind-one"
url = "https://d.example.vn/"
kind = "nope"
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_a_sources_file_with_several_errors_reports_all(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(BAD_SOURCES, "utf-8")
    result = run("sources", "--sources", str(path))
    assert result.exit_code == 2
    assert "3 entries have problems" in result.output
    for problem in ("'name' must be a slug", "'ftp-one': 'url' is not an http(s) URL", "kind must be one of"):
        assert problem in result.output
    assert "good-one" not in result.output and "Traceback" not in result.output


def test_an_unknown_source_name_hints_at_close_ones():
    result = run("crawl", "--source", "cdc-ngean", "--db", "/nonexistent-dir/x.db")
    assert result.exit_code == 2
    assert "no source named 'cdc-ngean'" in result.output and "did you mean 'cdc-nghean'" in result.output


def test_extract_of_a_url_offline_says_the_network_is_unreachable(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    result = run("extract", "https://soyte.example.vn/tin-tuc/bai-viet-1.html")
    assert result.exit_code == 2
    assert "does not resolve" in result.output and "check the network connection" in result.output


def test_extract_of_a_url_that_refuses_says_the_site_did_not_answer():
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    result = run("extract", f"http://127.0.0.1:{port}/bai-viet.html")
    assert result.exit_code == 2 and "did not answer" in result.output


OFFLINE_SOURCES = "".join(f'[[source]]\nname = "site-{n}"\nurl = "https://soyte{n}.example.vn/"\n\n' for n in range(3))


def test_sources_check_offline_says_the_network_is_down_and_marks_nothing_gone(tmp_path, monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    path = tmp_path / "s.toml"
    path.write_text(OFFLINE_SOURCES, "utf-8")
    result = run("sources", "--sources", str(path), "--check", "--timeout", "2")
    assert result.exit_code == 3, result.output
    assert "the network looks down" in result.output and "gone" not in result.output.replace(
        "no source is reported gone", "")


def test_one_unanswered_source_is_not_called_gone(tmp_path, monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    path = tmp_path / "s.toml"
    path.write_text(OFFLINE_SOURCES.split("\n\n")[0] + "\n", "utf-8")
    result = run("sources", "--sources", str(path), "--check", "--timeout", "2")
    assert result.exit_code == 0 and "error" in result.output and "offline" in result.output
    assert " gone " not in result.output


# --- search takes what people type --------------------------------------------------------------

from datetime import datetime, timezone  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from archive.errors import QueryError  # noqa: E402
from archive.models import Extracted, FetchedPage, PageKind  # noqa: E402
from archive.schema import open_archive  # noqa: E402
from archive.search import search  # noqa: E402
from archive.storage import save_page  # noqa: E402

TITLES = ["Hà Nội ghi nhận 312 ca COVID-19 trong tuần", "Tiêm vắc-xin sởi, bạch hầu tại TP.HCM ngày 27/2/2025",
          "Sở Y tế: họp bàn phòng chống tay-chân-miệng (35% tăng)", "Đảng viên \"gương mẫu\" [tiêu biểu] * năm 2024",
          "Chủ động phòng, chống dịch sốt xuất huyết"]
TYPED = ["COVID-19", "vắc-xin", "tay-chân-miệng", "TP.HCM", "Sở Y tế: họp", "sởi, bạch hầu", "27/2/2025", "35%"]


@pytest.fixture(scope="module")
def typed_archive(tmp_path_factory):
    db = open_archive(str(tmp_path_factory.mktemp("typed") / "a.db"))
    for n, title in enumerate(TITLES):
        url = f"http://soyte.example.vn/tin/{n}"
        save_page(db, FetchedPage(url=url, source="soyte-x", fetched_at=datetime.now(timezone.utc), body=b"<p/>"),
                  Extracted(url=url, title=title, published=f"2025-0{n + 1}-01", page_kind=PageKind.ARTICLE,
                            text=f"{title}. Nội dung bài viết số {n} về công tác y tế dự phòng của tỉnh."))
    return db


@pytest.mark.parametrize("typed", TYPED)
def test_what_people_type_finds_the_article_that_says_it(typed_archive, typed):
    rows = search(typed_archive, typed)
    assert rows and any(typed.split()[0].rstrip(":,").lower() in r["title"].lower() for r in rows), typed


def test_covid_19_finds_both_spellings(typed_archive):
    assert search(typed_archive, "COVID 19") and search(typed_archive, "covid-19")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
       | st.text(alphabet='"()*:^-+.,/%\'\\ NEARORANDNOTtiêmchủng0123', max_size=40))
def test_any_typed_query_gives_results_or_a_query_error_never_sqlite(typed_archive, typed):
    try:
        search(typed_archive, typed)
        search(typed_archive, typed, rank=True)
    except QueryError as exc:
        assert "no word to search for" in str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(TITLES), st.randoms(use_true_random=False))
def test_an_articles_title_typed_in_any_case_finds_it(typed_archive, title, rnd):
    typed = "".join(c.upper() if rnd.random() < 0.3 else c for c in title)
    assert title in [r["title"] for r in search(typed_archive, typed, limit=50)]


# --- read-only commands never write ------------------------------------------------------------

import hashlib  # noqa: E402
import sqlite3  # noqa: E402


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["search", "x"], ["stats"], ["health"], ["export"], ["duplicates"]])
@pytest.mark.parametrize("content", ["empty", "other-database", "not-sqlite"])
def test_a_read_only_command_on_a_file_that_is_no_archive_changes_nothing(tmp_path, command, content):
    path = tmp_path / "x.db"
    if content == "empty":
        path.write_bytes(b"")
    elif content == "other-database":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
            conn.execute("INSERT INTO notes VALUES ('mine')")
    else:
        path.write_bytes(b"a text file, not a database\n" * 40)
    before = _digest(path)
    result = run(*command[:1], "--db", str(path), *command[1:])
    assert result.exit_code == 2 and "is not a soyte archive" in result.output, result.output
    assert _digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]


def test_a_crawl_does_not_take_over_another_programs_database(tmp_path):
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = _digest(path)
    result = run("crawl", "--db", str(path), "--source", "cdc-nghean")
    assert result.exit_code == 2 and "SQLite database of something else" in result.output
    assert _digest(path) == before


# --- results say why they matched; filters that cannot match are errors -------------------------

def test_search_results_show_the_matched_words_marked_when_piped(typed_archive):
    path = typed_archive.conn.execute("PRAGMA database_list").fetchone()[2]
    result = run("search", "--db", path, "sot xuat huyet")
    assert result.exit_code == 0
    assert "[sốt] [xuất] [huyết]" in result.output  # CliRunner's output is not a terminal: brackets


def test_since_after_until_is_an_error_for_search_and_export(typed_archive):
    path = typed_archive.conn.execute("PRAGMA database_list").fetchone()[2]
    for command in (["search", "y tế"], ["export"]):
        result = run(*command, "--db", path, "--since", "2025-03-01", "--until", "2025-01-01")
        assert result.exit_code == 2 and "--since 2025-03-01 is after --until 2025-01-01" in result.output


def test_a_query_error_in_export_hints_at_the_query_not_the_db(typed_archive):
    path = typed_archive.conn.execute("PRAGMA database_list").fetchone()[2]
    result = run("export", "--db", path, "--raw", "--query", '"unterminated')
    assert result.exit_code == 2 and "cannot parse the query" in result.output
    assert "--db" not in result.output.split("Hint:", 1)[1] and "--raw" in result.output.split("Hint:", 1)[1]
