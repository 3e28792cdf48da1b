"""Counts over the archive for `soyte stats`."""

from __future__ import annotations

import sqlite_utils


def articles_per_source(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("""
        SELECT a.source, a.province, count(*) AS articles,
               (SELECT count(*) FROM pages p WHERE p.source = a.source) AS pages,
               max(a.published) AS newest,
               (SELECT max(fetched_at) FROM pages p WHERE p.source = a.source) AS last_fetch
        FROM articles a GROUP BY a.source ORDER BY a.source"""))


def articles_per_province(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("""
        SELECT coalesce(province, '(none)') AS province, count(*) AS articles,
               count(DISTINCT source) AS sources
        FROM articles GROUP BY province ORDER BY articles DESC"""))


def last_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict]:
    return list(db.query("""
        SELECT source, started, finished, pages_fetched, articles_new, duplicates, known, errors,
               finish_reason
        FROM crawl_runs ORDER BY started DESC, id DESC LIMIT ?""", [limit]))


def totals(db: sqlite_utils.Database) -> dict:
    row = db.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM pages)").fetchone()
    return {"articles": row[0], "pages": row[1]}
