"""One row per source per crawl run, so a run's outcome outlives its log."""

from __future__ import annotations

import json
from datetime import datetime

import sqlite_utils


def start_run(db: sqlite_utils.Database, source: str, started: datetime, *, frontier: bool = False) -> int:
    """A run's row, before it fetches anything. `frontier`: the run keeps its
    unfetched links in crawl_backlog as it goes (archive/backlog.py)."""
    with db.atomic():
        return db["crawl_runs"].insert({"source": source, "started": started.isoformat(),
                                        "frontier": int(frontier)}).last_pk


_COUNTS = ("pages_fetched", "articles_new", "duplicates", "known", "errors", "article_pages", "article_links",
           "article_candidates", "not_modified", "ignored", "not_html", "retried", "article_errors",
           "candidates_rejected", "skipped_dead", "deferred", "backlog_fed")


def finish_run(db: sqlite_utils.Database, run_id: int, finished: datetime, counts: dict, reason: str) -> None:
    fields = {k: counts.get(k, 0) for k in _COUNTS}
    fields["error_kinds"] = json.dumps(counts.get("error_kinds") or {}, sort_keys=True)
    fields["fault_kinds"] = json.dumps(counts.get("fault_kinds") or {}, sort_keys=True, ensure_ascii=False)
    fields["rejected_kinds"] = json.dumps(counts.get("rejected_kinds") or {}, sort_keys=True)
    with db.atomic():
        db["crawl_runs"].update(run_id, fields | {"finished": finished.isoformat(), "finish_reason": reason})


# A source's finish reason when the archive could not be written (disk full,
# I/O error, read-only): the crawl of that source stopped.
ARCHIVE_ERROR = "archive_error"
UNREACHABLE = "unreachable"  # a run that finished without one answer: "unreachable (no such host)"
_WHY = (("resolve", "no such host"), ("dns", "no such host"), ("refused", "connection refused"),
        ("timeout", "timed out"), ("timedout", "timed out"), ("http_", "server errors"))


def unreachable_reason(error_kinds: dict[str, int]) -> str:
    """The finish reason of a run that got no answer at all, with why (its commonest error)."""
    if not error_kinds:
        return UNREACHABLE
    kind = max(error_kinds, key=error_kinds.get)
    why = next((text for needle, text in _WHY if needle in kind.lower()), kind)
    return f"{UNREACHABLE} ({why})"


def is_unreachable(reason: str | None) -> bool:
    return bool(reason) and (reason.startswith(UNREACHABLE) or reason == "unresponsive")
