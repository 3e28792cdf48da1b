"""Extraction in worker processes gives exactly what the one-process path gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from crawler.demo.run import demo_sources_toml
from crawler.demo.server import serve_sites

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json").read_text("utf-8"))


def archived(db_path) -> tuple[set, set]:
    db = sqlite_utils.Database(db_path)
    pages = {tuple(r.values()) for r in db.query("SELECT url, title, published, author, text, fingerprint FROM pages")}
    groups = {frozenset(r["urls"].split("\n")) for r in db.query(
        "SELECT group_concat(url, char(10)) AS urls FROM pages GROUP BY article_id")}
    # What the workers prepare for the writer (text hash, shingles, word pairs,
    # disease mentions) must give the rows the writer would have made itself.
    mentions = {tuple(r.values()) for r in db.query(
        "SELECT a.url, m.disease, m.kind, m.cases, m.deaths, m.field, m.sentence, m.start, m.[end], m.matched "
        "FROM mentions m JOIN articles a ON a.id = m.article_id")}
    return pages, groups | {("mentions", frozenset(mentions))}


def test_worker_processes_change_nothing(tmp_path):
    with serve_sites() as bases:
        sites = tmp_path / "sites.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        results = {}
        for workers in ("1", "2"):
            db = tmp_path / f"w{workers}.db"
            run = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", str(db),
                                  "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
                                  "-s", f"SOYTE_EXTRACT_WORKERS={workers}"], capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, run.stderr[-2000:]
            results[workers] = archived(db)
    pages_one, groups_one = results["1"]
    pages_two, groups_two = results["2"]
    assert len(pages_one) == sum(len(s["pages"]) for s in EXPECTED["stories"])
    assert pages_one == pages_two
    assert groups_one == groups_two
