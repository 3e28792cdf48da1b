"""Commands that never surprise (issue 17): clear errors for what people get wrong."""

from __future__ import annotations

import socket

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
