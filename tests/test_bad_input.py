"""Issue 7: bad input and bad conditions get one clear line, never a traceback,
and leave the archive as it was.

- the registry: every kind of malformed entry, and nothing crawled from a bad file;
- search: FTS5 syntax errors, unbalanced quotes, 10,000-character queries, SQL
  metacharacters, bytes that are not UTF-8; the query only ever reaches SQLite
  as a parameter;
- `soyte extract` on binary junk, an empty file, a 50 MB file;
- a missing or read-only archive, and a disk that fills up during a write;
- property tests: URL canonicalisation, the date reader;
- searching (soyte search, and a plain sqlite3 reader) while a crawl writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from archive_checks import assert_consistent
from builders.common import to_cp1258
from localserver import QuietHandler, serve
import sqlite_utils
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings, strategies as st

from archive.cli import main
from archive.extraction.dates import VN_TZ, parse_date_text
from archive.merge import MergeReport, merge_archive
from archive.models import Extracted, FetchedPage
from archive.registry import Hints, Source
from archive.schema import open_archive
from archive.search import search
from archive.storage import save_page
from archive.urls import canonical_url, host_of
from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites
from crawler.discovery import LinkJudge

ROOT = Path(__file__).parents[1]
DROP = "'; DROP TABLE articles; --"
PARAGRAPH = ("Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế huyện tổ chức tiêm chủng, giám sát "
             "và xử lý ổ dịch sốt xuất huyết, phun hóa chất diệt muỗi, hướng dẫn người dân diệt lăng quăng. ")


# --------------------------------------------------------------------------- helpers


def run(*args: str):
    """`soyte ARGS` in this process: (exit code, stdout, stderr, exception)."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr, result.exception


def assert_one_line_error(outcome, *needles: str) -> str:
    """Exit 2, an "Error: …" line (and perhaps a "Hint: …" line), no traceback."""
    code, out, err, exc = outcome
    assert exc is None or isinstance(exc, SystemExit), repr(exc)
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert lines and lines[0].startswith("Error: ") and len(lines) <= 2, err
    assert len(lines) == 1 or lines[1].startswith("Hint: "), err
    assert "Traceback" not in out + err and len(lines[0]) < 400, err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def soyte(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=kwargs.pop("timeout", 240), **kwargs)


def page(n: int, text: str, *, title: str | None = None, published: str = "2024-03-12T08:30:00+07:00",
         source: str = "soyte-x", body: bytes | None = None):
    fetched = FetchedPage(url=f"http://soyte.example.vn/tin-tuc/bai-viet-{n}.html", source=source,
                          fetched_at=dt.datetime(2024, 3, 13, 1, 0, tzinfo=dt.timezone.utc),
                          body=body or f"<p>{text}</p>".encode(), province="Nghệ An")
    return fetched, Extracted(url=fetched.url, title=title or f"Bài viết số {n} về y tế", published=published,
                              text=text, page_kind="article")


def build_archive(path: Path, n: int = 5) -> Path:
    db = open_archive(str(path))
    for i in range(n):
        save_page(db, *page(i, f"Đợt {i}: {PARAGRAPH * 3}"))
    save_page(db, *page(n, f"Ghi chú kỹ thuật: các chuỗi như {DROP} được lưu như văn bản. {PARAGRAPH}",
                        title="Cảnh báo nhập liệu độc hại"))
    db.close()
    return path


def snapshot(path: Path) -> dict:
    """What the archive holds, to compare before and after a failed command."""
    conn = sqlite3.connect(path)
    try:
        assert_consistent(conn)
        return {
            "tables": sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")),
            "articles": conn.execute("SELECT id, url, title, published, text, page_count FROM articles "
                                     "ORDER BY id").fetchall(),
            "pages": conn.execute("SELECT url, article_id, fingerprint FROM pages ORDER BY url").fetchall(),
            "fts": conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tiem' "
                                "ORDER BY rowid").fetchall(),
        }
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def archive_path(tmp_path) -> Path:
    return build_archive(tmp_path / "a.db")


class _Recorder(QuietHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        body = b"<html><head><title>x</title></head><body><a href='/tin-tuc'>Tin tuc</a></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    """A site that records every request: nothing may be crawled from a bad file."""
    handler = type("Recorder", (_Recorder,), {"hits": []})
    with serve(handler, "127.0.0.52") as server:
        yield handler, server.base


# --------------------------------------------------------------------------- the registry

GOOD = '[[source]]\nname = "good-site"\nurl = "{base}"\n\n'
BAD_ENTRIES = {
    # kind: (the bad [[source]] body, what the one line must say)
    "missing url": ('name = "bad-site"', "source 'bad-site': missing 'url'"),
    "url not http": ('name = "bad-site"\nurl = "ftp://soyte.example.vn/"', "source 'bad-site': 'url' is not an http(s) URL"),
    "url not a URL": ('name = "bad-site"\nurl = "soyte chấm vn"', "source 'bad-site': 'url' is not an http(s) URL"),
    "url not a string": ('name = "bad-site"\nurl = 42', "source 'bad-site': 'url' is not an http(s) URL"),
    "url with a bad port": ('name = "bad-site"\nurl = "http://soyte.example.vn:99999/"',
                            "source 'bad-site': 'url' is not a valid URL"),
    "start_urls not a list": ('name = "bad-site"\nurl = "http://x.vn/"\nstart_urls = 5',
                              "source 'bad-site': 'start_urls' must be a list"),
    "start_urls relative": ('name = "bad-site"\nurl = "http://x.vn/"\nstart_urls = ["/tin-tuc"]',
                            "source 'bad-site': 'start_urls' is not an http(s) URL"),
    "name not a slug": ('name = "Bad Site"\nurl = "http://x.vn/"', "source #2: 'name' must be a slug"),
    "name missing": ('url = "http://x.vn/"', "source #2: 'name' must be a slug"),
    "name not a string": ('name = 7\nurl = "http://x.vn/"', "source #2: 'name' must be a slug"),
    "name used twice": ('name = "good-site"\nurl = "http://y.vn/"', "source 'good-site': the name is used twice"),
    "unknown key": ('name = "bad-site"\nurl = "http://x.vn/"\ncolour = "red"', "source 'bad-site': unknown key 'colour'"),
    "unknown province": ('name = "bad-site"\nurl = "http://x.vn/"\nprovince = "Atlantis"',
                         "source 'bad-site': 'Atlantis' is not one of the 34"),
    "former province as province": ('name = "bad-site"\nurl = "http://x.vn/"\nprovince = "Quảng Nam"',
                                    "source 'bad-site': 'Quảng Nam' is not one of the 34"),
    "unknown legacy province": ('name = "bad-site"\nurl = "http://x.vn/"\nlegacy_province = "Atlantis"',
                                "source 'bad-site': legacy_province 'Atlantis'"),
    "provinces that disagree": ('name = "bad-site"\nurl = "http://x.vn/"\nlegacy_province = "Long An"\n'
                                'province = "Hà Nội"', "source 'bad-site': Long An became part of Tây Ninh"),
    "unknown kind": ('name = "bad-site"\nurl = "http://x.vn/"\nkind = "school"', "source 'bad-site': kind must be one of"),
    "allowed_domains not strings": ('name = "bad-site"\nurl = "http://x.vn/"\nallowed_domains = [1]',
                                    "source 'bad-site': 'allowed_domains' must be a list"),
    "title not a string": ('name = "bad-site"\nurl = "http://x.vn/"\ntitle = ["x"]', "source 'bad-site': 'title' must be a str"),
    "checked not a month": ('name = "bad-site"\nurl = "http://x.vn/"\nchecked = "11/2026"',
                            "source 'bad-site': 'checked' must be a month"),
    "evidence not a URL": ('name = "bad-site"\nurl = "http://x.vn/"\nevidence = "a friend said so"',
                           "source 'bad-site': 'evidence' is not an http(s) URL"),
    "hints not a table": ('name = "bad-site"\nurl = "http://x.vn/"\nhints = "x"', "source 'bad-site': 'hints' must be a table"),
    "unknown hint": ('name = "bad-site"\nurl = "http://x.vn/"\n[source.hints]\nfoo = "x"', "source 'bad-site': unknown hint 'foo'"),
    "hint of the wrong type": ('name = "bad-site"\nurl = "http://x.vn/"\n[source.hints]\ntitle = 3',
                               "source 'bad-site': hint 'title' must be a str"),
    "hint list of numbers": ('name = "bad-site"\nurl = "http://x.vn/"\n[source.hints]\nskip_url = [1, 2]',
                             "source 'bad-site': 'skip_url' must be a list"),
    "bad regular expression": ('name = "bad-site"\nurl = "http://x.vn/"\n[source.hints]\narticle_url = ["(unclosed"]',
                               "source 'bad-site': hint 'article_url' has a bad regular expression"),
}
BAD_FILES = {
    "not TOML": (b'[[source]\nname = "x"', "not valid TOML"),
    "empty": (b"", "no [[source]] tables"),
    "unknown top-level key": (b'sources = 1\n', "unknown top-level key 'sources'"),
    "source not a list of tables": (b'source = ["soyte-x"]\n', "source #1: not a table"),
    "not UTF-8": ('[[source]]\nname = "bad-site"\ntitle = "Sở Y tế"\nurl = "http://x.vn/"\n'.encode("cp1258",
                  errors="replace") + b"\xff\xfe", "not a UTF-8 text file"),
}


@pytest.mark.parametrize("kind", BAD_ENTRIES)
def test_every_malformed_entry_is_one_line_naming_the_source_and_nothing_is_crawled(kind, site, tmp_path):
    recorder, base = site
    body, message = BAD_ENTRIES[kind]
    sites = tmp_path / "mine.toml"
    sites.write_text(GOOD.format(base=base) + "[[source]]\n" + body + "\n", "utf-8")
    assert_one_line_error(run("sources", "--sites", str(sites)), str(sites), message)
    db = tmp_path / "a.db"
    before = len(recorder.hits)
    assert_one_line_error(run("crawl", "--sites", str(sites), "--db", str(db)), str(sites), message)
    assert len(recorder.hits) == before and not db.exists()


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_file_that_is_not_a_registry_is_one_line(kind, site, tmp_path):
    recorder, _ = site
    content, message = BAD_FILES[kind]
    sites = tmp_path / "mine.toml"
    sites.write_bytes(content)
    before = len(recorder.hits)
    for command in (["sources"], ["crawl", "--db", str(tmp_path / "a.db")]):
        assert_one_line_error(run(*command, "--sites", str(sites)), str(sites), message)
    assert len(recorder.hits) == before and not (tmp_path / "a.db").exists()


def test_a_missing_or_unreadable_sources_file_is_one_line(tmp_path):
    assert_one_line_error(run("sources", "--sites", str(tmp_path / "none.toml")), "cannot read the sources file")
    code, _, err, exc = run("sources", "--sites", str(tmp_path))  # click's own usage error
    assert code == 2 and isinstance(exc, SystemExit) and "is a directory" in err and "Traceback" not in err


# --------------------------------------------------------------------------- search

BAD_QUERIES = [
    '"tiêm chủng', 'tiêm"', '"', '""', '"""', "'", "(", ")", "(tiêm", "tiêm)", "AND", "OR OR", "NOT", "tiêm AND",
    "NEAR(", "NEAR(tiêm chủng", "NEAR(tiêm, x)", "*", "tiêm**", "^", "^tiêm", "title:", "nosuchcolumn:tiêm",
    "{title text}:", "-tiêm", "+", ":", ".", "..", "\\", "%", "_", "\x00", "tiêm\x00chủng", "\t\n", "🦠",
    DROP, '" OR 1=1 --', "x' OR '1'='1", "tiêm); DELETE FROM articles; --", "'); DROP TABLE articles_fts; --",
    "articles_fts MATCH '*'", "1; ATTACH DATABASE '/tmp/x.db' AS x; --", "\" UNION SELECT sql FROM sqlite_master --",
]
LONG_QUERIES = {
    "10,000 characters of one word": "tiêm " * 2000,
    "10,000 characters of syllables": " ".join(random.Random(7).choice(["y", "tế", "dịch", "sốt", "xã", "bệnh"])
                                               for _ in range(3000))[:10_000],
    "one 10,000-character word": "a" * 10_000,
    "10,000 characters of punctuation": ('"(*:^' * 2000),
    "10,000 random characters": "".join(random.Random(8).choice('abcđêơ"()*:^-+ 0123') for _ in range(10_000)),
}


@pytest.mark.parametrize("query", BAD_QUERIES + list(LONG_QUERIES.values()),
                         ids=[repr(q)[:40] for q in BAD_QUERIES] + list(LONG_QUERIES))
def test_search_answers_any_query_with_results_or_one_line(archive_path, query):
    before = snapshot(archive_path)
    for extra in ([], ["--rank"], ["--literal"], ["--json", "--source", query[:50]]):
        started = time.monotonic()
        code, out, err, exc = run("search", "--db", str(archive_path), *extra, "--", query)
        assert time.monotonic() - started < 20, (query[:40], extra)
        assert exc is None or isinstance(exc, SystemExit), (query[:40], extra, repr(exc))
        if code != 0:  # the --source variant also names a source the archive does not hold
            line = assert_one_line_error((code, out, err, exc))
            assert "query" in line or ("--source" in extra and "source" in line), line
    assert snapshot(archive_path) == before


def test_sql_metacharacters_are_searched_as_text(archive_path):
    code, out, _, _ = run("search", "--db", str(archive_path), "--literal", DROP)
    assert code == 0 and "Cảnh báo nhập liệu độc hại" in out
    code, out, _, _ = run("search", "--db", str(archive_path), '"DROP TABLE articles"')
    assert code == 0 and "Cảnh báo nhập liệu độc hại" in out
    assert len(snapshot(archive_path)["articles"]) == 6


def test_a_long_query_of_real_words_finds_the_articles(archive_path):
    code, out, _, _ = run("search", "--db", str(archive_path), LONG_QUERIES["10,000 characters of one word"], "--json")
    assert code == 0 and out.count('"title"') == 6


def test_search_input_reaches_sqlite_only_as_a_parameter(archive_path):
    statements = []
    db = sqlite_utils.Database(str(archive_path), tracer=lambda sql, params: statements.append((sql, params)))
    marker = "zq9marker"
    from archive.filters import ArticleFilter as SearchFilters
    for query in [f"{marker}{DROP}", f'"{marker}" OR 1=1', f"{marker}') UNION SELECT 1 --", f"{marker}*"]:
        for rank in (False, True):
            with contextlib.suppress(Exception):
                search(db, query, SearchFilters(source=f"{marker}'--"), rank=rank)
    assert statements
    assert not [sql for sql, _ in statements if marker in sql]
    assert [params for _, params in statements if marker in repr(params)]


def test_a_query_in_another_encoding_is_one_line(archive_path):
    # A terminal that is not UTF-8 sends bytes Python can only hold as lone surrogates.
    result = subprocess.run([sys.executable.encode(), b"-m", b"archive.cli", b"search", b"--db",
                             str(archive_path).encode(), to_cp1258("tiêm chủng")],
                            capture_output=True, cwd=ROOT, timeout=60)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and err.startswith("Error: the query is not UTF-8 text"), err
    assert "Traceback" not in err


def test_searching_an_article_with_a_huge_text_answers_in_seconds(tmp_path):
    # FTS5's snippet() is quadratic in a text's hits: 60,000 hits of "xã" took minutes.
    db = open_archive(str(tmp_path / "a.db"))
    save_page(db, *page(1, "Danh sách xã đạt chuẩn: " + "xã Kim Liên, " * 60_000, title="Danh sách xã đạt chuẩn"))
    save_page(db, *page(2, "Xã Nghi Lộc tổ chức tiêm chủng cho trẻ em. " + PARAGRAPH))
    db.close()
    started = time.monotonic()
    code, out, err, _ = run("search", "--db", str(tmp_path / "a.db"), "xã", "--json")
    assert code == 0 and out.count('"title"') == 2, err
    assert time.monotonic() - started < 10


# --------------------------------------------------------------------------- soyte extract


def test_extract_refuses_what_is_not_a_page(tmp_path):
    cases = {
        "empty.html": (b"", "not an HTML page (it is empty)"),
        "blank.html": (b"  \n\t\n", "not an HTML page (it is empty)"),
        "comment.html": (b"<!-- nothing here -->", "not an HTML page"),
        "junk.html": (random.Random(1).randbytes(20_000), "not an HTML page"),
        "zeros.html": (bytes(4096), "not an HTML page (it holds binary data)"),
        "report.html": (b"%PDF-1.4\n<< /Type /Catalog >>\n" + random.Random(2).randbytes(5000),
                        "not an HTML page (it is a PDF document)"),
        "photo.html": (b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(5000), "not an HTML page (it is an image)"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert_one_line_error(run("extract", str(path)), str(path), message)


def test_extract_refuses_a_50_mb_file_before_reading_it(tmp_path):
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.write(b"<html><body><h1>Trang rat lon</h1>")
        chunk = b"<p>Trung tam Y te huyen to chuc tiem chung.</p>\n" * 20_000
        while f.tell() < 50 * 2**20:
            f.write(chunk)
    assert_one_line_error(run("extract", str(huge)), str(huge), "MB is too big for a web page")


def test_extract_reads_an_xhtml_page_with_an_xml_declaration(tmp_path):
    path = tmp_path / "x.html"
    body = "".join(f"<p>Đoạn {i}: {PARAGRAPH}</p>" for i in range(3))
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
                    'Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Tiêm chủng mở rộng năm 2024</title>'
                    '</head><body><h1>Tiêm chủng mở rộng năm 2024</h1><div class="date">Ngày đăng: 05/06/2024 '
                    f'08:30</div><div class="content">{body}</div></body></html>', "utf-8")
    code, out, err, _ = run("extract", str(path), "--url", "http://cdc.example.vn/tiem-chung-mo-rong-nam-2024-12.html")
    assert code == 0 and '"title": "Tiêm chủng mở rộng năm 2024"' in out, err


# --------------------------------------------------------------------------- missing and read-only archives


@contextlib.contextmanager
def read_only(*paths: Path):
    """Make files and directories read-only for this process. Root ignores
    permission bits, so as root they are made immutable (chattr +i) instead;
    when neither works here, the test is skipped."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p in reversed(paths):
                p.chmod(modes[p])
        return
    if not shutil.which("chattr"):
        pytest.skip("running as root without chattr: cannot make a file read-only")
    done: list[Path] = []
    try:
        for p in paths:
            result = subprocess.run(["chattr", "+i", str(p)], capture_output=True, text=True)
            if result.returncode:
                pytest.skip(f"running as root and chattr +i fails here: {result.stderr.strip()}")
            done.append(p)
        yield
    finally:
        for p in reversed(done):
            subprocess.run(["chattr", "-i", str(p)], capture_output=True)


def test_a_missing_archive_is_one_line(tmp_path, site):
    recorder, base = site
    missing = str(tmp_path / "none.db")
    for command in (["search", "x"], ["stats"], ["health"], ["reextract"]):
        assert_one_line_error(run(*command, "--db", missing), "no archive at")
    assert not Path(missing).exists()
    sites = tmp_path / "s.toml"
    sites.write_text(GOOD.format(base=base), "utf-8")
    before = len(recorder.hits)
    for db in (str(tmp_path / "no" / "such" / "dir" / "a.db"), "/proc/no-such-dir/a.db"):
        assert_one_line_error(run("crawl", "--sites", str(sites), "--db", db), "no such directory")
        assert_one_line_error(run("merge", str(build_archive(tmp_path / "w.db")), "--into", db), "no such directory")
    assert len(recorder.hits) == before


def test_a_read_only_archive_is_read_and_never_written(tmp_path, site):
    recorder, base = site
    db = build_archive(tmp_path / "a.db")
    other = build_archive(tmp_path / "other.db")
    sites = tmp_path / "s.toml"
    sites.write_text(GOOD.format(base=base), "utf-8")
    before, hash_before, hits = snapshot(db), digest(db), len(recorder.hits)
    with read_only(db):
        code, out, err, _ = run("search", "--db", str(db), "tiem chung")
        assert code == 0 and "Bài viết số 1" in out, err
        assert run("stats", "--db", str(db))[0] == 0
        for command in (["crawl", "--sites", str(sites), "--db", str(db)], ["merge", str(other), "--into", str(db)],
                        ["reextract", "--db", str(db)]):
            assert_one_line_error(run(*command), str(db))
    assert len(recorder.hits) == hits  # the crawl fetched nothing it could not keep
    assert digest(db) == hash_before and snapshot(db) == before


def test_an_archive_in_a_read_only_directory_is_one_line_everywhere(tmp_path, site):
    recorder, base = site
    (tmp_path / "ro").mkdir()
    db = build_archive(tmp_path / "ro" / "a.db")
    other = build_archive(tmp_path / "other.db")
    sites = tmp_path / "s.toml"
    sites.write_text(GOOD.format(base=base), "utf-8")
    before, hits = snapshot(db), len(recorder.hits)
    with read_only(db, db.parent):
        for command in (["search", "tiem", "--db", str(db)], ["stats", "--db", str(db)],
                        ["crawl", "--sites", str(sites), "--db", str(db)], ["merge", str(other), "--into", str(db)],
                        ["reextract", "--db", str(db)]):
            code, out, err, exc = run(*command)
            assert exc is None or isinstance(exc, SystemExit), (command, repr(exc))
            if code:
                assert_one_line_error((code, out, err, exc), str(db))
            else:
                assert command[0] in ("search", "stats"), command
    assert len(recorder.hits) == hits
    assert snapshot(db) == before


# --------------------------------------------------------------------------- a full disk
#
# Two simulations, neither needing root: SQLite's own `PRAGMA max_page_count`
# (the database may not grow: SQLITE_FULL, "database or disk is full", exactly
# what a full disk gives, deterministic, in-process) for the library's
# transactions; and RLIMIT_FSIZE (the kernel refuses to write any file past a
# size: EFBIG, which SQLite reports as a disk I/O error) for whole commands in a
# child process. A tiny tmpfs would need root to mount; these work anywhere.


def fill_the_disk(db: sqlite_utils.Database) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_during_save_page_leaves_the_archive_as_it_was(archive_path):
    before = snapshot(archive_path)
    db = open_archive(str(archive_path))
    fill_the_disk(db)
    big = "Báo cáo tổng hợp số liệu tiêm chủng toàn tỉnh. " + " ".join(f"xã-{i}" for i in range(60_000))
    with pytest.raises(sqlite3.OperationalError, match="full"):
        save_page(db, *page(99, big, title="Báo cáo tổng hợp số liệu tiêm chủng"))
    # a new page of an existing article (joins it, updates page_count): also all or nothing
    with pytest.raises(sqlite3.OperationalError, match="full"):
        copy, extracted = page(98, f"Đợt 1: {PARAGRAPH * 3}", body=random.Random(5).randbytes(200_000))
        save_page(db, copy, extracted)
    db.close()
    assert snapshot(archive_path) == before
    db = open_archive(str(archive_path))  # and the archive works on when there is room again
    assert save_page(db, *page(99, big, title="Báo cáo tổng hợp số liệu tiêm chủng")).kind == "new"
    db.close()
    assert len(snapshot(archive_path)["articles"]) == len(before["articles"]) + 1


def test_full_disk_during_a_merge_keeps_every_finished_page_and_nothing_half_done(tmp_path):
    source = open_archive(str(tmp_path / "worker.db"))
    for i in range(40):
        save_page(source, *page(i, f"Bài {i}: {PARAGRAPH * 4}", body=random.Random(i).randbytes(30_000)))
    source.close()
    target = open_archive(str(tmp_path / "a.db"))
    fill_the_disk(target)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        merge_archive(target, open_archive(str(tmp_path / "worker.db"), create=False), MergeReport())
    target.close()
    partial = snapshot(tmp_path / "a.db")
    assert len(partial["articles"]) < 40 and len(partial["pages"]) == len(partial["articles"])


def limit_file_size(max_bytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return apply


def test_full_disk_during_soyte_merge_is_one_line_and_leaves_a_consistent_archive(tmp_path):
    source = open_archive(str(tmp_path / "worker.db"))
    for i in range(60):
        save_page(source, *page(i, f"Bài {i}: {PARAGRAPH * 4}", body=random.Random(i).randbytes(20_000)))
    source.close()
    target = tmp_path / "a.db"
    open_archive(str(target)).close()
    result = soyte("merge", str(tmp_path / "worker.db"), "--into", str(target),
                   preexec_fn=limit_file_size(target.stat().st_size + 256 * 1024))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert [line for line in lines if line.startswith("Error: ")] == [lines[-2]], lines
    assert "disk is full or failing" in lines[-2] and lines[-1].startswith("Hint: ")
    partial = snapshot(target)
    assert 0 < len(partial["articles"]) < 60 and len(partial["pages"]) == len(partial["articles"])
    again = soyte("merge", str(tmp_path / "worker.db"), "--into", str(target))  # room again: it goes on
    assert again.returncode == 0, again.stderr[-2000:]
    assert len(snapshot(target)["articles"]) == 60


@pytest.mark.parametrize("batch", [
    pytest.param(("1", "0.01"), id="a commit per page"),
    # Every page waits for the last commit, when the spider has already
    # finished: that failure must still make the run an archive error.
    pytest.param(("100000", "3600"), id="one commit at the end"),
])
def test_full_disk_stops_a_crawl_with_one_line_whenever_the_commit_fails(tmp_path, batch):
    pages, seconds = batch
    db = tmp_path / "a.db"
    open_archive(str(db)).close()
    with serve_sites(["cdc-joomla"]) as bases:
        sites = tmp_path / "s.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        result = soyte("crawl", "--sites", str(sites), "--db", str(db), "-s", "DOWNLOAD_DELAY=0",
                       "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"SOYTE_COMMIT_PAGES={pages}",
                       "-s", f"SOYTE_COMMIT_SECONDS={seconds}",
                       preexec_fn=limit_file_size(db.stat().st_size + 96 * 1024))
    snapshot(db)  # consistent whatever happened
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 2 and "disk" in result.stderr, (result.returncode, result.stderr[-1500:])


# --------------------------------------------------------------------------- property tests

HOSTS = st.sampled_from(["soyte.hanoi.gov.vn", "CDCNGHEAN.VN", "www.ttyt.example.gov.vn", "127.0.0.50",
                         "benhvien.example.vn.", "sởytế.vn", "XN--S-Y-T-5YA.VN", "[::1]"])
PORTS = st.sampled_from(["", ":80", ":443", ":8080", ":", ":99999", ":8o8o"])
TAILS = st.lists(st.characters(codec="utf-8") | st.sampled_from(
    list("/?#&=;%@:.\\ ") + [";jsessionid=ABC123", "/(S(abc))/", "?utm_source=x", "&sid=1", "%2F", "%zz", "../"]),
    max_size=30).map("".join)


@st.composite
def urls(draw) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    userinfo = draw(st.sampled_from(["", "user:pass@", "evil.com@"]))
    return f"{scheme}://{userinfo}{draw(HOSTS)}{draw(PORTS)}/{draw(TAILS)}"


def same_host(a: str, b: str) -> bool:
    return host_of(a) == host_of(b) and host_of(a) != ""


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(urls(), st.booleans())
@example("http://evil.com@soyte.example.vn/a", False)
@example("http://soyte.example.vn/\\@evil.com/", False)
@example("http://soyte.example.vn//evil.com/", False)
@example("http://sởytế.vn/Tin-Tuc", True)
def test_canonical_url_is_idempotent_and_never_leaves_the_host(url, case_insensitive):
    try:
        once = canonical_url(url, case_insensitive=case_insensitive)
    except ValueError:
        with pytest.raises(ValueError):  # only a URL with no valid form (a bad port, broken brackets) is refused
            urlsplit(url).port
        return
    assert canonical_url(once, case_insensitive=case_insensitive) == once
    assert same_host(once, url) or host_of(url) == ""
    judge = LinkJudge(Source(name="x", url="http://soyte.example.vn/",
                             allowed_domains=(host_of(url) or "soyte.example.vn",), hints=Hints()))
    assert judge.on_site(once) == judge.on_site(url)


NOWS = st.one_of(
    st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2095, 12, 31),
                 timezones=st.sampled_from([dt.timezone.utc, VN_TZ, dt.timezone(dt.timedelta(hours=-11)),
                                            dt.timezone(dt.timedelta(hours=14))])),
    st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2095, 12, 31)),  # naive: local time
)
NUM = st.integers(min_value=0, max_value=99999).map(str) | st.sampled_from(["00", "01", "09", "12", "13", "29",
                                                                             "30", "31", "32", "2024", "2099"])
DATE_TEXTS = st.one_of(
    st.text(max_size=120),
    st.builds("{}{}/{}/{}{}".format, st.sampled_from(["", "Ngày đăng: ", "(Thứ hai, ", "Cập nhật "]), NUM, NUM, NUM,
              st.sampled_from(["", " 08:30", " 25:61", " | 4:59 PM", " 8h15", ")", " lúc 14 giờ 30"])),
    st.builds("ngày {} tháng {} năm {}".format, NUM, NUM, NUM),
    st.builds("{}-{}-{}T{}:{}:00{}".format, NUM, NUM, NUM, NUM, NUM, st.sampled_from(["", "Z", "+07:00", "-25:00"])),
    st.builds("Chiều ngày {}/{}".format, NUM, NUM),
    st.builds("{} {} {}".format, NUM, st.sampled_from(["Jan", "mar", "December", "tháng 3"]), NUM),
)


@settings(max_examples=600, deadline=None)
@given(DATE_TEXTS, NOWS, st.none() | st.integers(min_value=-5, max_value=10_005))
@example("Ngày đăng: 31/12/2099 23:59", dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc), None)
@example("Chiều ngày 29/2", dt.datetime(2023, 3, 1, 0, 30, tzinfo=VN_TZ), None)
@example("19/12", dt.datetime(2024, 12, 18, 23, 0, tzinfo=dt.timezone.utc), 9999)
@example("2024-03-01T08:00:00+25:00", dt.datetime(2024, 3, 2), None)  # an offset of a day or more: it crashed
def test_the_date_reader_never_crashes_and_never_returns_a_future_date(text, now, default_year):
    value = parse_date_text(text, now=now, default_year=default_year)
    if value is None:
        return
    local_now = now.astimezone(VN_TZ) if now.tzinfo else now.replace(tzinfo=VN_TZ)
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None and value <= local_now, (text, now, value)
    else:
        assert value <= local_now.date(), (text, now, value)


# --------------------------------------------------------------------------- concurrency


def test_searching_while_a_crawl_writes_never_meets_a_locked_archive(tmp_path):
    """`soyte search`, the library's search and a plain sqlite3 reader in a loop
    for as long as a crawl writes. (The plain reader keeps Python's default 5 s
    busy timeout: with none at all, an open that meets the instant in which a
    closing connection checkpoints the WAL fails at once; any timeout rides it out.)"""
    db_path = tmp_path / "live.db"
    problems: list[str] = []
    counts = {"soyte search": 0, "library search": 0, "sqlite3 read": 0}
    with serve_sites() as bases:
        sites = tmp_path / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        crawl = subprocess.Popen([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db",
                                  str(db_path), "-s", "DOWNLOAD_DELAY=0.02", "-s", "AUTOTHROTTLE_ENABLED=False"],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        stop = threading.Event()
        started = time.monotonic()

        def in_process_readers() -> None:
            while not stop.is_set():
                if not db_path.exists():
                    time.sleep(0.01)
                    continue
                step = "sqlite3 read"
                try:
                    conn = sqlite3.connect(db_path)
                    conn.execute("SELECT count(*), max(id) FROM articles").fetchone()
                    conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'y'").fetchone()
                    conn.close()
                    counts[step] += 1
                    step = "library search"
                    archive = open_archive(str(db_path), create=False)
                    search(archive, "y tế")
                    archive.close()
                    counts[step] += 1
                except Exception as exc:  # noqa: BLE001 - every failure is collected
                    if "no such table" not in str(exc):  # the crawl has not shaped the archive yet
                        problems.append(f"{step}: {exc!r} at {time.monotonic() - started:.2f}s, {counts}")

        reader = threading.Thread(target=in_process_readers, daemon=True)
        reader.start()
        try:
            while crawl.poll() is None:
                result = soyte("search", "--db", str(db_path), "y tế", "--json", timeout=120)
                if result.returncode == 0:
                    counts["soyte search"] += 1
                elif "no archive at" not in result.stderr:
                    problems.append(f"soyte search: {result.stderr.strip()[-300:]}")
        finally:
            stop.set()
            reader.join(timeout=30)
            out, err = crawl.communicate(timeout=300)
    assert crawl.returncode == 0, err[-2000:]
    assert not [p for p in problems if "locked" in p or "busy" in p], problems[:5]
    assert not problems, problems[:5]
    assert counts["soyte search"] >= 2 and counts["sqlite3 read"] >= 20, counts
    assert "locked" not in out + err
