"""Article ids in publication order.

An article's id (its rowid, and so its rowid in the FTS index) is its
publication time in seconds, times SLOTS, plus a free slot. FTS5 walks its index
in rowid order, so "newest first" becomes a backwards walk that stops after one
page of results, however common the words and however large the archive, with
no second index. Articles without a date are keyed by when they were first seen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import sqlite_utils

SLOTS = 1000  # articles that may share one second
VN_TZ = timezone(timedelta(hours=7))


def moment(value: str) -> datetime:
    """An ISO date or datetime as an aware datetime (a date alone: its midnight in Vietnam)."""
    parsed = datetime.fromisoformat(value)
    if len(value) <= 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), VN_TZ)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


def date_key(published: str | None, first_seen: str) -> int:
    """The lowest id for an article of this date."""
    try:
        when = moment(published) if published else moment(first_seen)
    except ValueError:
        when = moment(first_seen)
    return int(when.timestamp()) * SLOTS


def new_article_id(db: sqlite_utils.Database, published: str | None, first_seen: str) -> int:
    base = date_key(published, first_seen)
    while True:
        top = db.execute("SELECT max(id) FROM articles WHERE id BETWEEN ? AND ?", [base, base + SLOTS - 1]).fetchone()[0]
        if top is None:
            return base
        if top < base + SLOTS - 1:
            return top + 1
        base += SLOTS  # a full second: the next one is as good for ordering


def rekey_if_needed(db: sqlite_utils.Database, article_id: int) -> int:
    """Give an article whose date changed (an earlier copy was found, or it was
    re-extracted) an id in its new place; returns the id it has now."""
    published, first_seen = db.execute("SELECT published, first_seen FROM articles WHERE id = ?",
                                       [article_id]).fetchone()
    if date_key(published, first_seen) // SLOTS == article_id // SLOTS:
        return article_id
    new_id = new_article_id(db, published, first_seen)
    from .schema import ARTICLE_COLUMNS  # here: schema is built on this module's neighbours

    columns = ", ".join(c for c in ARTICLE_COLUMNS if c != "id")
    db.execute(f"INSERT INTO articles (id, {columns}) SELECT ?, {columns} FROM articles WHERE id = ?",
               [new_id, article_id])
    db.execute("UPDATE pages SET article_id = ? WHERE article_id = ?", [new_id, article_id])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    return new_id
