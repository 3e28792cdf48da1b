"""Re-running the current extractor over the raw pages already in the archive,
so an extraction improvement reaches articles crawled before it."""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from .extraction import extract
from .registry import Hints
from .neardup import Sketch, index_page
from .doubtful import forget_doubtful, record_doubtful
from .extraction.template import SiteTemplate
from .mentions import fill_mentions
from .models import FetchedPage
from .prepared import decompress
from .storage import refresh_article, save_page
from .templates import learn_template
from .text import fingerprint

log = logging.getLogger(__name__)
_BATCH = 200
_CHUNK = 20  # pages per task sent to a worker
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
    promoted: list[str] = field(default_factory=list)  # doubtful pages that now read as articles
    still_doubtful: int = 0


def reextract(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    hints_for: Callable[[str], Hints | None] = lambda name: None,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> ReextractReport:
    """Extract every stored page again and update pages, their articles and the
    FTS index. With `workers` > 1 (and an archive file), worker processes read
    the pages, extract and compare; this process only writes what changed."""
    report = ReextractReport()
    total = db.execute(*_count_sql(source)).fetchone()[0]
    path = _file_of(db)
    # Each source's template, learned again from its stored pages.
    sources = [source] if source else [r[0] for r in db.execute("SELECT DISTINCT source FROM pages")]
    templates = {name: learn_template(db, name) for name in sources}
    with _runner(workers if path else 1, path, db) as submit:
        in_flight: deque = deque()
        for batch in _batches(db, source):
            hints = {name: (hints_for(name), templates.get(name)) for name in {row["source"] for row in batch}}
            in_flight.append(submit([row["id"] for row in batch], hints))
            if len(in_flight) > _WINDOW:  # workers keep going while this process writes
                _write(db, in_flight.popleft()(), report, progress, total)
        while in_flight:
            _write(db, in_flight.popleft()(), report, progress, total)
    _promote_doubtful(db, source, hints_for, templates, report)
    fill_mentions(db)  # articles read by no or an older mention extractor (SIGNALS_VERSION)
    return report


def _promote_doubtful(db: sqlite_utils.Database, source: str | None, hints_for, templates: dict,
                      report: ReextractReport) -> None:
    """Judge the doubtful pages again; archive those that now read as articles
    (through the same dedup decision as a crawl) and forget them as doubtful."""
    if "doubtful_pages" not in db.table_names():
        return
    where, params = ("WHERE source = ?", [source]) if source else ("", [])
    for row in list(db.query(f"SELECT * FROM doubtful_pages {where} ORDER BY fetched_at", params)):
        template = templates.get(row["source"]) or learn_template(db, row["source"])
        templates[row["source"]] = template
        content_type = json.loads(row["headers"] or "{}").get("Content-Type")
        body = decompress(row["html"])
        fetched_at = datetime.fromisoformat(row["fetched_at"])
        result = extract(body, row["url"], hints=hints_for(row["source"]), fetched_at=fetched_at,
                         content_type=content_type, template=template)
        page = FetchedPage(url=row["url"], source=row["source"], fetched_at=fetched_at, body=body,
                           status=row["status"] or 200, headers=json.loads(row["headers"] or "{}"),
                           province=row["province"], legacy_province=row["legacy_province"])
        with db.atomic():
            if result.is_article:
                save_page(db, page, result)
                forget_doubtful(db, row["url"])
                report.promoted.append(row["url"])
            else:
                record_doubtful(db, page, result)
                report.still_doubtful += 1


@dataclass(frozen=True)
class _Outcome:
    page_id: int
    url: str
    article_id: int
    is_article: bool
    changed: dict  # field -> new value; empty when nothing changed


def _write(db: sqlite_utils.Database, outcomes: list[_Outcome], report: ReextractReport,
           progress: Callable[[int, int], None] | None, total: int) -> None:
    with db.atomic():  # one transaction per batch (sqlite-utils 4: `with conn` is not one)
        touched = set()
        for outcome in outcomes:
            report.pages += 1
            if not outcome.is_article:
                report.not_articles_now.append(outcome.url)
            if outcome.changed:
                _count_changes(report, outcome.changed)
                db["pages"].update(outcome.page_id, outcome.changed)
                if "text" in outcome.changed:  # near-duplicates are found on the current text
                    index_page(db, outcome.page_id, Sketch(outcome.changed["text"]))
                touched.add(outcome.article_id)
        for article_id in touched:
            refresh_article(db, article_id)
    if progress:
        progress(report.pages, total)


def _count_changes(report: ReextractReport, changed: dict) -> None:
    report.titles_changed += "title" in changed
    report.dates_changed += "published" in changed
    report.bodies_changed += "text" in changed
    report.authors_changed += "author" in changed


@contextlib.contextmanager
def _runner(workers: int, path: str | None, db: sqlite_utils.Database):
    """A function that takes page ids (and hints) and returns a callable giving their outcomes."""
    if workers <= 1:
        yield lambda ids, hints: (lambda: _reextract_pages(db.conn, ids, hints))
        return
    # forkserver: callers may run threads, which fork does not survive safely.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        def submit(ids: list[int], hints: dict):
            futures = [pool.submit(_reextract_in_worker, path, ids[i:i + _CHUNK], hints)
                       for i in range(0, len(ids), _CHUNK)]
            return lambda: [outcome for future in futures for outcome in future.result()]
        yield submit


_worker_conn: sqlite3.Connection | None = None


def _reextract_in_worker(path: str, ids: list[int], hints: dict) -> list[_Outcome]:
    """In a worker: read the pages itself (WAL lets it read while the parent
    writes), so only small outcomes cross between processes."""
    global _worker_conn
    if _worker_conn is None:
        _worker_conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return _reextract_pages(_worker_conn, ids, hints)


def _reextract_pages(conn: sqlite3.Connection, ids: list[int], hints: dict) -> list[_Outcome]:
    columns = ("id", "url", "source", "fetched_at", "headers", "html", "article_id", *_FIELDS)
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM pages WHERE id IN ({marks}) ORDER BY id", ids)
    return [_reextract_row(dict(zip(columns, row)), *hints.get(row[2], (None, None))) for row in rows]


def _reextract_row(row: dict, hints: Hints | None, template: SiteTemplate | None = None) -> _Outcome:
    content_type = json.loads(row["headers"] or "{}").get("Content-Type")
    result = extract(decompress(row["html"]), row["url"], hints=hints,
                     fetched_at=datetime.fromisoformat(row["fetched_at"]), content_type=content_type,
                     template=template)
    new = {"title": result.title, "published": result.published, "author": result.author, "text": result.text}
    changed = {k: v for k, v in new.items() if row[k] != v}
    if changed:
        changed["fingerprint"] = fingerprint(result.text)
    return _Outcome(row["id"], row["url"], row["article_id"], result.is_article, changed)


def _file_of(db: sqlite_utils.Database) -> str | None:
    """The archive's file, or None for an in-memory database."""
    for _, name, file in db.execute("PRAGMA database_list"):
        if name == "main" and file:
            return file
    return None


def _count_sql(source: str | None) -> tuple[str, list]:
    if source:
        return "SELECT count(*) FROM pages WHERE source = ?", [source]
    return "SELECT count(*) FROM pages", []


def _batches(db: sqlite_utils.Database, source: str | None) -> Iterator[list[dict]]:
    """Page ids in order, a batch at a time (keyset paging: memory stays flat)."""
    last_id = 0
    where = "AND source = :source" if source else ""
    while True:
        rows = list(db.query(f"SELECT id, source FROM pages WHERE id > :last {where} ORDER BY id LIMIT {_BATCH}",
                             {"last": last_id, "source": source}))
        if not rows:
            return
        yield rows
        last_id = rows[-1]["id"]
