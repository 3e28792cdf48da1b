"""What earlier crawls fetched from each source (the seen_urls table): the
memory that makes a nightly run cheap on a site that did not change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils


@dataclass(frozen=True)
class SeenUrl:
    kind: str  # article | listing | other
    etag: str | None
    last_modified: str | None


def load_seen(db: sqlite_utils.Database, source: str) -> dict[str, SeenUrl]:
    """Every URL of `source` fetched before, with its kind and validators."""
    rows = db.execute("SELECT url, kind, etag, last_modified FROM seen_urls WHERE source = ?", [source])
    return {url: SeenUrl(kind, etag, modified) for url, kind, etag, modified in rows}


def record_seen(db: sqlite_utils.Database, url: str, source: str, kind: str, status: int,
                headers: dict[str, str], fetched_at: datetime) -> None:
    """Remember one fetched URL (inside the caller's transaction)."""
    when = fetched_at.isoformat()
    db.execute(
        """INSERT INTO seen_urls (url, source, kind, status, etag, last_modified, first_seen, last_fetched)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, status = excluded.status,
               etag = excluded.etag, last_modified = excluded.last_modified,
               last_fetched = excluded.last_fetched""",
        [url, source, kind, status, _header(headers, "ETag"), _header(headers, "Last-Modified"), when, when])


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
