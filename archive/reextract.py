"""Re-running the current extractor over the raw pages already in the archive,
so an extraction improvement reaches articles crawled before it."""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from .extraction import extract
from .models import Extracted
from .registry import Hints
from .storage import decompress, refresh_article
from .text import fingerprint

log = logging.getLogger(__name__)
_BATCH = 200
_CHUNK = 8  # pages per task sent to a worker
_WINDOW = 2  # batches extracted ahead of the one being written
_FIELDS = ("title", "published", "author", "text")


@dataclass
class ReextractReport:
    pages: int = 0
    titles_changed: int = 0
    dates_changed: int = 0
    bodies_changed: int = 0
    authors_changed: int = 0
    not_articles_now: list[str] = field(default_factory=list)  # kept, listed for a person to judge


def reextract(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    hints_for: Callable[[str], Hints | None] = lambda name: None,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> ReextractReport:
    """Extract every stored page again and update pages, their articles and the
    FTS index. With `workers` > 1 extraction runs in that many processes; this
    process only reads and writes the archive."""
    report = ReextractReport()
    total = db.execute(*_count_sql(source)).fetchone()[0]
    with _extractor(workers) as submit:
        in_flight: deque = deque()
        for batch in _batches(db, source):
            # Keep workers busy while this process writes the previous batch.
            in_flight.append((batch, submit([_job(row, hints_for(row["source"])) for row in batch])))
            if len(in_flight) > _WINDOW:
                _write(db, *in_flight.popleft(), report, progress, total)
        while in_flight:
            _write(db, *in_flight.popleft(), report, progress, total)
    return report


def _write(db, batch: list[dict], results: Callable[[], list[Extracted]], report: ReextractReport,
           progress: Callable[[int, int], None] | None, total: int) -> None:
    with db.conn:
        touched = {_apply(db, row, result, report) for row, result in zip(batch, results())}
        for article_id in touched - {None}:
            refresh_article(db, article_id)
    if progress:
        progress(report.pages, total)


@contextlib.contextmanager
def _extractor(workers: int):
    """A function that takes a batch of jobs and returns a callable giving their results."""
    if workers <= 1:
        yield lambda jobs: (lambda: [_extract_job(job) for job in jobs])
        return
    # forkserver: callers may run threads, which fork does not survive safely.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        def submit(jobs: list[tuple]):
            futures = [pool.submit(_extract_chunk, jobs[i:i + _CHUNK]) for i in range(0, len(jobs), _CHUNK)]
            return lambda: [result for future in futures for result in future.result()]
        yield submit


def _extract_chunk(jobs: list[tuple]) -> list[Extracted]:
    return [_extract_job(job) for job in jobs]


def _job(row: dict, hints: Hints | None) -> tuple:
    """What a worker needs: the compressed page (smaller to pass), URL, fetch time, type, hints."""
    content_type = json.loads(row["headers"] or "{}").get("Content-Type")
    return row["html"], row["url"], row["fetched_at"], content_type, hints


def _extract_job(job: tuple) -> Extracted:
    html, url, fetched_at, content_type, hints = job
    return extract(decompress(html), url, hints=hints, fetched_at=datetime.fromisoformat(fetched_at),
                   content_type=content_type)


def _count_sql(source: str | None) -> tuple[str, list]:
    if source:
        return "SELECT count(*) FROM pages WHERE source = ?", [source]
    return "SELECT count(*) FROM pages", []


def _batches(db: sqlite_utils.Database, source: str | None) -> Iterator[list[dict]]:
    """Pages in id order, a batch at a time (keyset paging: memory stays flat)."""
    last_id = 0
    where = "AND source = :source" if source else ""
    while True:
        rows = list(db.query(
            f"SELECT id, url, source, fetched_at, headers, html, article_id, {', '.join(_FIELDS)} FROM pages "
            f"WHERE id > :last {where} ORDER BY id LIMIT {_BATCH}", {"last": last_id, "source": source}))
        if not rows:
            return
        yield rows
        last_id = rows[-1]["id"]


def _apply(db: sqlite_utils.Database, row: dict, result: Extracted, report: ReextractReport) -> int | None:
    """Update one page from its new extraction; returns its article's id if it changed."""
    report.pages += 1
    if not result.is_article:
        report.not_articles_now.append(row["url"])
    new = {"title": result.title, "published": result.published, "author": result.author, "text": result.text}
    changed = {k: v for k, v in new.items() if row[k] != v}
    if not changed:
        return None
    report.titles_changed += "title" in changed
    report.dates_changed += "published" in changed
    report.bodies_changed += "text" in changed
    report.authors_changed += "author" in changed
    db["pages"].update(row["id"], changed | {"fingerprint": fingerprint(result.text)})
    return row["article_id"]
