"""A crawl that fails says so (issue 17): one line per source that could not
be reached, no traceback, a finish reason that says why, exit status 1 when
some sources failed and 3 when all did; a host that accepts connections and
never answers is given up after SOYTE_SOURCE_TIMEOUT, saying what it waited on."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import pytest
import sqlite_utils

from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]


def crawl(tmp_path, sources: str, *extra: str) -> subprocess.CompletedProcess:
    path = tmp_path / "sources.toml"
    path.write_text(sources, "utf-8")
    return subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sources", str(path), "--db",
                           str(tmp_path / "a.db"), *FAST, *extra], capture_output=True, text=True, timeout=300)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def refused(name: str) -> str:
    return f'[[source]]\nname = "{name}"\nurl = "http://127.0.0.1:{closed_port()}/"\n\n'


def test_all_sources_unreachable_is_exit_3_with_one_line_each_and_no_traceback(tmp_path):
    result = crawl(tmp_path, refused("dead-one") + refused("dead-two"))
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    for name in ("dead-one", "dead-two"):
        assert f"Error: {name}: cannot reach 127.0.0.1: unreachable (connection refused)" in result.stderr
    assert "the network looks down" in result.stderr
    runs = list(sqlite_utils.Database(tmp_path / "a.db").query("SELECT source, finish_reason FROM crawl_runs"))
    assert {r["finish_reason"] for r in runs} == {"unreachable (connection refused)"}
    assert len(result.stderr.splitlines()) < 40  # a line or a few per source, not pages of retries


def test_some_sources_unreachable_is_exit_1_and_the_others_are_crawled(tmp_path):
    with serve_sites(["cdc-nukeviet"]) as bases:
        result = crawl(tmp_path, demo_sources_toml(bases) + refused("dead-one"))
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Error: dead-one: cannot reach" in result.stderr and "1 of 2 sources could not be reached" in result.stderr
    assert "Traceback" not in result.stderr
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert db.execute("SELECT count(*) FROM articles WHERE source = 'cdc-nukeviet'").fetchone()[0] > 0


@pytest.fixture
def silent_host():
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held, stop = [], threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_host_that_never_answers_is_given_up_and_says_what_it_waited_on(tmp_path, silent_host):
    # Without the watchdog: robots.txt and the start page, 3 tries of 10 s each, 60 s
    # at least. With it: the request in flight ends (10 s at most), nothing more is asked.
    started = time.monotonic()
    result = crawl(tmp_path, f'[[source]]\nname = "silent"\nurl = "{silent_host}"\n',
                   "-s", "SOYTE_SOURCE_TIMEOUT=4", "-s", "DOWNLOAD_TIMEOUT=10", "-s", "RETRY_TIMES=2",
                   "-s", "SOYTE_PROGRESS_INTERVAL=1")
    assert time.monotonic() - started < 40
    assert result.returncode == 3, result.stderr[-2000:]
    assert f"waiting on {silent_host}" in result.stderr  # progress says what it waits on
    assert "no answer for" in result.stderr and "giving up on this source" in result.stderr
    assert "Error: silent: cannot reach 127.0.0.1: unresponsive" in result.stderr
    assert "Traceback" not in result.stderr
