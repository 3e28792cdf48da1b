"""A crawl killed with SIGKILL at random moments loses nothing it archived, leaves
a consistent archive, and the next run finishes the job without duplicates."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from archive.urls import canonical_url
from archive_checks import assert_consistent
from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites, site_info

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json").read_text("utf-8"))
KILLS = 20


def check_consistent(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        assert_consistent(conn)  # page counts too: each save is one transaction
        return conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.OperationalError as exc:  # killed before the schema existed
        assert "no such table" in str(exc)
        return 0
    finally:
        conn.close()


def wait_until_gone(group: int) -> None:
    """SIGKILL is delivered at once but a dying process may hold the archive
    lock a moment longer; the next run should not race it."""
    for _ in range(200):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"process group {group} survived SIGKILL")


def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    rng = random.Random(20261123)
    db_path = tmp_path / "k.db"
    with serve_sites() as bases:
        sites = tmp_path / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        crawl = [sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", str(db_path),
                 "-s", "DOWNLOAD_DELAY=0.05", "-s", "AUTOTHROTTLE_ENABLED=False"]
        archived = 0
        for _ in range(KILLS):
            proc = subprocess.Popen(crawl, start_new_session=True, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.8, 2.6))
            os.killpg(proc.pid, signal.SIGKILL)  # the soyte process, its crawler child and workers
            proc.wait()
            wait_until_gone(proc.pid)
            now = check_consistent(db_path)
            assert now >= archived  # nothing archived is ever lost
            archived = now
        final = subprocess.run(crawl, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr[-2000:]
    assert check_consistent(db_path) == sum(len(s["pages"]) for s in EXPECTED["stories"])
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(EXPECTED["stories"])
    article_of = dict(conn.execute("SELECT url, article_id FROM pages"))
    for story in EXPECTED["stories"]:
        ids = {article_of[canonical_url(bases[p["site"]].rstrip("/") + p["path"],
                                        case_insensitive=bool(site_info(p["site"]).get("case_insensitive")))]
               for p in story["pages"]}
        assert len(ids) == 1, story["id"]
