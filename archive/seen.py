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
                fetched_at: datetime) -> None:
    """Remember one fetched URL (inside the caller's transaction). Its validators
    are saved apart, by `save_validators`, only when the run finishes."""
    when = fetched_at.isoformat()
    db.execute(
        """INSERT INTO seen_urls (url, source, kind, status, first_seen, last_fetched)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, status = excluded.status,
               last_fetched = excluded.last_fetched""",
        [url, source, kind, status, when, when])


def save_validators(db: sqlite_utils.Database, validators: dict[str, tuple[str | None, str | None]]) -> None:
    """Store ETag/Last-Modified of a run's pages. Called only when a run
    finishes: after a killed run, a listing answered "not modified" would hide
    links the killed run never got to, so its listings are fetched in full."""
    with db.conn:
        db.conn.executemany("UPDATE seen_urls SET etag = ?, last_modified = ? WHERE url = ?",
                       [(etag, modified, url) for url, (etag, modified) in validators.items()])


def validators_of(headers: dict[str, str]) -> tuple[str | None, str | None]:
    return _header(headers, "ETag"), _header(headers, "Last-Modified")


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
