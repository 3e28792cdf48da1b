"""Consistency checks on an archive file, shared by the crash and bad-input tests."""

from __future__ import annotations

import sqlite3


def assert_consistent(conn: sqlite3.Connection) -> None:
    """SQLite and FTS5 integrity, no page without its article, page counts right."""
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
    orphans = conn.execute("SELECT count(*) FROM pages WHERE article_id NOT IN (SELECT id FROM articles)")
    assert orphans.fetchone()[0] == 0
    miscounted = conn.execute("SELECT count(*) FROM articles a WHERE page_count != "
                              "(SELECT count(*) FROM pages p WHERE p.article_id = a.id)")
    assert miscounted.fetchone()[0] == 0
