"""Extraction in worker processes gives exactly what the one-process path gives."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from archive.registry import Hints
from crawler.extract_pool import ExtractionFailed, ExtractionPool

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
        for workers in ("0", "2"):
            db = tmp_path / f"w{workers}.db"
            run = subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", str(db),
                                  "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
                                  "-s", f"SOYTE_EXTRACT_WORKERS={workers}"], capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, run.stderr[-2000:]
            results[workers] = archived(db)
    pages_one, groups_one = results["0"]
    pages_two, groups_two = results["2"]
    assert len(pages_one) == sum(len(s["pages"]) for s in EXPECTED["stories"])
    assert pages_one == pages_two
    assert groups_one == groups_two


def _loaded_by(module: str) -> set[str]:
    heavy = ("numpy", "sqlite_utils", "scrapy", "twisted", "datasketch", "trafilatura", "justext", "htmldate")
    code = f"import sys, {module}; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    return set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())


def test_each_process_loads_only_what_its_part_needs():
    """Memory is counted per process: a worker holds extraction, not the
    archive's database layer or numpy; the crawl's process holds Scrapy and the
    archive, not extraction."""
    assert _loaded_by("crawler.extract_worker") == {"trafilatura", "justext", "htmldate"}
    crawl = _loaded_by("crawler.pipelines, crawler.spiders.news, crawler.extract_pool")
    assert {"scrapy", "sqlite_utils"} <= crawl and not crawl & {"trafilatura", "justext", "htmldate"}


PAGE = (("<html><head><title>Tin</title></head><body><h1>Hội nghị tổng kết công tác y tế năm 2024 của tỉnh</h1>"
         "<p>" + " ".join(["Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm."] * 20) + "</p></body></html>").encode(),
        "http://so.example.vn/tin-tuc/hoi-nghi-123.html", Hints(), datetime(2024, 5, 1, tzinfo=timezone.utc),
        "text/html; charset=utf-8", None)


def test_a_worker_that_dies_fails_its_page_and_is_replaced():
    """The page being read when its worker died is an error the crawl counts;
    the page queued behind it is read by the worker started in its place."""

    async def scenario():
        pool = ExtractionPool(1)
        assert (await pool.run(PAGE))[0].is_article  # the worker is up
        worker = pool.workers[0]
        os.kill(worker.process.pid, signal.SIGSTOP)  # both pages reach it, neither is read
        reading, queued = asyncio.ensure_future(pool.run(PAGE)), asyncio.ensure_future(pool.run(PAGE))
        while len(worker.waiting) < 2:
            await asyncio.sleep(0.01)
        os.kill(worker.process.pid, signal.SIGKILL)
        outcomes = await asyncio.gather(reading, queued, return_exceptions=True)
        after = await pool.run(PAGE)
        await pool.close()
        return outcomes, after, pool.restarts, worker.process.returncode

    (failed, resent), after, restarts, status = asyncio.run(scenario())
    assert isinstance(failed, ExtractionFailed) and "died" in str(failed)
    assert resent[0].is_article and after[0].is_article
    assert restarts == 1 and status == -signal.SIGKILL


def test_a_page_that_breaks_extraction_is_an_error_and_the_worker_goes_on():
    async def scenario():
        pool = ExtractionPool(1)
        broken = await asyncio.gather(pool.run((None, *PAGE[1:])), return_exceptions=True)
        after = await pool.run(PAGE)
        await pool.close()
        return broken[0], after, pool.restarts

    broken, after, restarts = asyncio.run(scenario())
    assert isinstance(broken, ExtractionFailed) and "Traceback" in str(broken)
    assert after[0].is_article and restarts == 0


def test_a_page_in_an_error_line_is_named_not_dumped():
    """Scrapy logs an item whose processing failed (a dead worker) with the item's repr."""
    from archive.models import FetchedPage

    page = FetchedPage(url="http://so.example.vn/a.html", source="s", fetched_at=PAGE[3], body=PAGE[0])
    assert "so.example.vn/a.html" in repr(page) and "Hội nghị".encode() not in repr(page).encode()
    assert "<html>" not in repr(page)
