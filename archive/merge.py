"""Folding archives written by separate workers into one, through the same
dedup decision as a crawl: no duplicate article, every page kept."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from .models import Extracted, FetchedPage, PageKind
from .prepared import decompress
from .storage import DUPLICATE, NEW, save_page

log = logging.getLogger(__name__)
_BATCH = 500


@dataclass
class MergeReport:
    pages: int = 0
    new_articles: int = 0
    duplicates: int = 0
    known: int = 0
    runs: int = 0


def merge_archive(target: sqlite_utils.Database, other: sqlite_utils.Database, report: MergeReport) -> None:
    """Add every page of `other` to `target` (oldest fetch first), and its run records."""
    for row in _pages(other):
        outcome = save_page(target, _fetched(row), _extracted(row))
        report.pages += 1
        if outcome.kind == NEW:
            report.new_articles += 1
        elif outcome.kind == DUPLICATE:
            report.duplicates += 1
        else:
            report.known += 1
    _copy_rows(target, other, report)


def _pages(db: sqlite_utils.Database) -> Iterator[dict]:
    last = ("", 0)
    while True:
        rows = list(db.query(
            "SELECT p.*, a.province AS a_province, a.legacy_province AS a_legacy FROM pages p "
            "JOIN articles a ON a.id = p.article_id WHERE (p.fetched_at, p.id) > (?, ?) "
            f"ORDER BY p.fetched_at, p.id LIMIT {_BATCH}", list(last)))
        if not rows:
            return
        yield from rows
        last = (rows[-1]["fetched_at"], rows[-1]["id"])


def _fetched(row: dict) -> FetchedPage:
    return FetchedPage(
        url=row["url"], source=row["source"], fetched_at=datetime.fromisoformat(row["fetched_at"]),
        body=decompress(row["html"]), status=row["status"] or 200, headers=json.loads(row["headers"] or "{}"),
        province=row.get("province") or row["a_province"],
        legacy_province=row.get("legacy_province") or row["a_legacy"])


def _extracted(row: dict) -> Extracted:
    return Extracted(url=row["url"], title=row["title"], published=row["published"], author=row["author"],
                     text=row["text"] or "", page_kind=PageKind.ARTICLE)


def _copy_rows(target: sqlite_utils.Database, other: sqlite_utils.Database, report: MergeReport) -> None:
    """Run records are history: copied as they are, once. seen_urls: the latest fetch wins."""
    with target.atomic():
        for run in other.query("SELECT * FROM crawl_runs ORDER BY id"):
            run.pop("id")
            if _has_run(target, run):  # merged before: a nightly re-merge must not count it twice
                continue
            target["crawl_runs"].insert(run)
            report.runs += 1
        for seen in other.query("SELECT * FROM seen_urls"):
            current = target.execute("SELECT last_fetched FROM seen_urls WHERE url = ?", [seen["url"]]).fetchone()
            if current is None or current[0] < seen["last_fetched"]:
                target["seen_urls"].upsert(seen, pk="url")


def _has_run(db: sqlite_utils.Database, run: dict) -> bool:
    """The same run of the same source: one source's runs never start at the same second."""
    return db.execute("SELECT 1 FROM crawl_runs WHERE source = ? AND started = ? AND finished IS ? LIMIT 1",
                      [run["source"], run["started"], run["finished"]]).fetchone() is not None
