import json

import pytest
from click.testing import CliRunner

from archive.cli import main
from archive.models import Extracted, FetchedPage
from archive.schema import open_archive
from archive.storage import save_page, utc_now


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output + (result.stderr if hasattr(result, "stderr") else "")


@pytest.fixture
def archive_path(tmp_path):
    path = str(tmp_path / "a.db")
    db = open_archive(path)
    text = "Sở Y tế tổ chức hội nghị tổng kết công tác tiêm chủng mở rộng năm 2024 với đảng viên toàn ngành."
    save_page(db, FetchedPage(url="http://a.vn/1", source="soyte-x", fetched_at=utc_now(), body=b"<p>x</p>",
                              province="Nghệ An"),
              Extracted(url="", title="Tổng kết tiêm chủng", published="2024-12-20", text=text, page_kind="article"))
    db.close()
    return path


def test_sources_lists_the_registry():
    code, out = run("sources")
    assert code == 0 and "cdc-nghean" in out and "valid" in out


def test_sources_refuses_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text('[[source]]\nname = "x"\n', "utf-8")
    code, out = run("sources", "--sites", str(bad))
    assert code == 2
    lines = out.strip().splitlines()
    assert lines[0] == f"Error: {bad}: source 'x': missing 'url'" and lines[1].startswith("Hint:")
    assert "Traceback" not in out


def test_crawl_refuses_unknown_source_before_fetching():
    code, out = run("crawl", "--source", "no-such-site")
    assert code == 2 and "no source named 'no-such-site'" in out


def test_search_table_and_json(archive_path):
    code, out = run("search", "--db", archive_path, "tiem chung")
    assert code == 0 and "Tổng kết tiêm chủng" in out and "http://a.vn/1" in out
    code, out = run("search", "--db", archive_path, "dang vien", "--json", "--province", "nghe an")
    assert code == 0 and json.loads(out)[0]["title"] == "Tổng kết tiêm chủng"


def test_bad_query_gets_one_line_and_a_hint(archive_path):
    code, out = run("search", "--db", archive_path, '"tiêm chủng')  # typed: an open quote is no syntax
    assert code == 0 and "Tổng kết tiêm chủng" in out
    code, out = run("search", "--db", archive_path, '"tiêm chủng', "--raw")
    assert code == 2 and out.startswith("Error: cannot parse the query") and "Hint:" in out
    assert "Traceback" not in out
    code, out = run("search", "--db", archive_path, '"tiêm chủng', "--literal")
    assert code == 0 and "Tổng kết tiêm chủng" in out


def test_search_on_a_missing_archive_is_an_error(tmp_path):
    code, out = run("search", "--db", str(tmp_path / "none.db"), "x")
    assert code == 2 and "no archive" in out


def test_stats(archive_path):
    code, out = run("stats", "--db", archive_path)
    assert code == 0 and "soyte-x" in out and "Nghệ An" in out


def test_extract_a_saved_page(tmp_path):
    page = tmp_path / "p.html"
    body = "".join(f"<p>Đoạn {i}: Trung tâm Kiểm soát bệnh tật tỉnh triển khai chiến dịch tiêm vắc xin sởi cho trẻ.</p>"
                   for i in range(5))
    page.write_text(f"<html><head><title>Tiêm vắc xin sởi cho trẻ em toàn tỉnh - CDC</title></head><body>"
                    f"<div class='menu'><a href='/'>Trang chủ</a></div><h1 class='title'>Tiêm vắc xin sởi cho trẻ em toàn tỉnh</h1>"
                    f"<div class='date'>Ngày đăng: 05/06/2025 08:30</div><div class='content'>{body}</div></body></html>",
                    "utf-8")
    code, out = run("extract", str(page), "--url", "http://cdc.vn/tiem-vac-xin-soi-cho-tre-em-toan-tinh-12.html",
                    "--explain")
    data = json.loads(out)
    assert code == 0
    assert data["title"] == "Tiêm vắc xin sởi cho trẻ em toàn tỉnh"
    assert data["published"] == "2025-06-05T08:30:00+07:00"
    assert data["text"].startswith("Đoạn 0") and "Trang chủ" not in data["text"]
    assert data["page_kind"] == "article"


def test_extract_missing_file_is_an_error():
    code, out = run("extract", "/no/such/file.html")
    assert code == 2 and "no such file" in out


def test_every_command_is_found_by_its_module_alone():
    """`soyte CMD` imports only CMD's module (app.COMMAND_MODULES): a command
    left out of the table, or a module of commands it does not name, would
    load everything, or be missing from `soyte --help`."""
    from pathlib import Path

    from archive.cli import main
    from archive.cli.app import COMMAND_MODULES

    package = Path(main.callback.__code__.co_filename).parent
    registering = {p.stem for p in package.glob("*.py") if "@main." in p.read_text("utf-8")}
    assert registering == set(COMMAND_MODULES.values())
    for name, command in main.commands.items():
        assert COMMAND_MODULES.get(name) == command.callback.__module__.rsplit(".", 1)[-1], name


def test_a_bad_worker_count_is_one_line_before_anything_is_fetched(tmp_path):
    import subprocess
    import sys

    sites = tmp_path / "s.toml"
    sites.write_text('[[source]]\nname = "x"\nurl = "http://127.0.0.1:9/"\n', "utf-8")
    run = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db",
                          str(tmp_path / "a.db"), "-s", "SOYTE_EXTRACT_WORKERS=two"], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.startswith("Error: SOYTE_EXTRACT_WORKERS") and "Traceback" not in run.stderr
    assert "Hint:" in run.stderr
