"""Searching the archive: FTS5 match, filters, newest-first or by relevance.

The index itself folds diacritics (see schema.FOLDED_SQL), so a query is passed
to FTS5 as typed and `sqlite-utils search` behaves the same as this module.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from .errors import QueryError
from .provinces import current_province, legacy_province
from .text import nfc

_FTS_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchFilters:
    source: str | None = None
    province: str | None = None  # a province of today or a former one
    since: date | None = None
    until: date | None = None


def literal_query(query: str) -> str:
    """The query's words as plain terms (no FTS5 operators), for --literal."""
    return " ".join(f'"{w}"' for w in _FTS_WORD.findall(query))


def search(
    db: sqlite_utils.Database,
    query: str,
    filters: SearchFilters = SearchFilters(),
    *,
    rank: bool = False,
    limit: int = 20,
) -> list[dict]:
    """Articles matching `query`, newest first (or best first with `rank`)."""
    query = nfc(query).strip()
    if not query:
        raise QueryError("empty query")
    where, params = _filter_sql(filters)
    order = "articles_fts.rank" if rank else "a.published IS NULL, a.published DESC, a.id DESC"
    sql = f"""
        SELECT a.id, a.published, a.source, a.province, a.legacy_province, a.title, a.url,
               a.author, a.page_count,
               snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :query {where}
        ORDER BY {order} LIMIT :limit"""
    try:
        return list(db.query(sql, {"query": query, "limit": limit, **params}))
    except sqlite3.OperationalError as exc:
        if any(word in str(exc) for word in ("locked", "no such table", "disk", "readonly")):
            raise
        raise QueryError(f"cannot parse the query {query!r}: {exc}") from exc


def _filter_sql(filters: SearchFilters) -> tuple[str, dict]:
    clauses, params = [], {}
    if filters.source:
        clauses.append("a.source = :source")
        params["source"] = filters.source
    if filters.province:
        name = current_province(filters.province) or legacy_province(filters.province)
        if not name:
            raise QueryError(f"unknown province {filters.province!r}",
                             hint="use a province name, with or without diacritics: 'Đồng Nai' or 'dong nai'")
        clauses.append("(a.province = :province OR a.legacy_province = :province)")
        params["province"] = name
    if filters.since:
        clauses.append("a.published >= :since")
        params["since"] = filters.since.isoformat()
    if filters.until:
        clauses.append("a.published < :until")
        params["until"] = (filters.until + timedelta(days=1)).isoformat()
    return "".join(f" AND {c}" for c in clauses), params
