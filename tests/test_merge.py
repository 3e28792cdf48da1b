"""Workers crawl disjoint shares of the sources into their own archives;
`soyte merge` folds them into one with the same dedup decision as a crawl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json").read_text("utf-8"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def soyte(*args):
    return subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True, timeout=300)


def test_merged_workers_equal_one_crawl(tmp_path):
    shares = {"w1": ["soyte-liferay", "cdc-joomla"], "w2": ["cdc-nukeviet", "ttyt-dnn", "benhvien-wordpress"]}
    with serve_sites() as bases:
        sites = tmp_path / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        for worker, names in shares.items():
            args = [a for n in names for a in ("--source", n)]
            result = soyte("crawl", "--sites", str(sites), "--db", str(tmp_path / f"{worker}.db"), *args, *FAST)
            assert result.returncode == 0, result.stderr[-2000:]
    target = tmp_path / "all.db"
    result = soyte("merge", str(tmp_path / "w1.db"), str(tmp_path / "w2.db"), "--into", str(target))
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(target)
    assert db["articles"].count == len(EXPECTED["stories"])
    assert db["pages"].count == sum(len(s["pages"]) for s in EXPECTED["stories"])
    copies = [s for s in EXPECTED["stories"] if any(p["role"] == "copy" for p in s["pages"])]
    multi_site = db.execute("SELECT count(*) FROM (SELECT article_id FROM pages GROUP BY article_id "
                            "HAVING count(DISTINCT source) > 1)").fetchone()[0]
    assert multi_site == len(copies)  # each cross-site copy joined its original across the two workers
    assert db["crawl_runs"].count == 5
    db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
    again = soyte("merge", str(tmp_path / "w1.db"), "--into", str(target))
    assert again.returncode == 0 and db["articles"].count == len(EXPECTED["stories"])
    assert "already in" in again.stdout
    assert db["crawl_runs"].count == 5  # a re-merge copies no run twice
    assert "0 run records copied" in again.stdout


def test_merge_into_itself_is_refused(tmp_path):
    db = tmp_path / "a.db"
    sqlite_utils.Database(db)["x"].insert({"a": 1})
    result = soyte("merge", str(db), "--into", str(db))
    assert result.returncode == 2 and "is the target archive" in result.stderr
