"""One row per source per crawl run, so a run's outcome outlives its log."""

from __future__ import annotations

import json
from datetime import datetime

import sqlite_utils


def start_run(db: sqlite_utils.Database, source: str, started: datetime) -> int:
    with db.conn:
        return db["crawl_runs"].insert({"source": source, "started": started.isoformat()}).last_pk


_COUNTS = ("pages_fetched", "articles_new", "duplicates", "known", "errors", "article_pages", "article_links",
           "article_candidates", "not_modified", "ignored", "not_html", "retried")


def finish_run(db: sqlite_utils.Database, run_id: int, finished: datetime, counts: dict, reason: str) -> None:
    fields = {k: counts.get(k, 0) for k in _COUNTS}
    fields["error_kinds"] = json.dumps(counts.get("error_kinds") or {}, sort_keys=True)
    fields["fault_kinds"] = json.dumps(counts.get("fault_kinds") or {}, sort_keys=True, ensure_ascii=False)
    with db.conn:
        db["crawl_runs"].update(run_id, fields | {"finished": finished.isoformat(), "finish_reason": reason})


# A source's finish reason when the archive could not be written (disk full,
# I/O error, read-only): the crawl of that source stopped.
ARCHIVE_ERROR = "archive_error"
