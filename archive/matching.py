"""Every article a query matches, for counting and for watches (search.py gives
one page of results with snippets; this gives the whole set as SQL).

The query is read as `soyte search` reads it (words and "phrases", or FTS5
syntax with `raw`), against the same index, so diacritics are optional both
ways. A source's kind (so-y-te, cdc, ttyt, benh-vien) is the one `soyte browse`
wrote into the archive's `sources` table (from the registry or your sources
file), else the shipped registry's, else guessed from the source's name as the
registry names them (soyte-…, cdc-…, ttyt-…, bv-…).
"""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils

from .errors import QueryError
from .filters import ArticleFilter
from .registry import KINDS
from .search import _shown, fts_query



def match_sql(db: sqlite_utils.Database, query: str, filters: ArticleFilter = ArticleFilter(), *,
              kind: str | None = None, raw: bool = False) -> tuple[str, dict]:
    """(SQL selecting the ids of the matching articles, its parameters)."""
    where, params = filters.where(db, "a", id_column="articles_fts.rowid")
    params["query"] = fts_query(query, raw=raw)
    if kind:
        params["kind_sources"] = json.dumps(sources_of_kind(db, kind))
        where += " AND a.source IN (SELECT value FROM json_each(:kind_sources))"
    sql = f"""SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
              WHERE articles_fts MATCH :query {where}"""
    return sql, params


def run_checked(db: sqlite_utils.Database, sql: str, params: dict, *, raw: bool = False) -> list:
    """Rows of a statement built on match_sql; an FTS5 syntax error is a QueryError."""
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if any(word in str(exc) for word in ("locked", "no such table", "disk", "readonly")):
            raise
        hint = "fix the FTS5 syntax, or leave out --raw to search the words as typed" if raw else None
        raise QueryError(f"cannot parse the query {_shown(params.get('query', ''))}: {exc}", hint=hint) from exc


def check_kind(kind: str | None) -> str | None:
    if kind and kind not in KINDS:
        raise QueryError(f"unknown kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    return kind


def source_kinds(db: sqlite_utils.Database) -> dict[str, str | None]:
    """Each source the archive holds -> its kind (see the module's docstring)."""
    from .browse import guess_kind
    from .registry import load_registry

    held = [row[0] for row in db.execute("SELECT DISTINCT source FROM articles")]
    written = {}
    if "sources" in db.table_names():
        written = {name: kind for name, kind in db.execute("SELECT name, kind FROM sources") if kind}
    try:
        registry = {s.name: s.kind for s in load_registry(None).sources if s.kind}
    except Exception:  # the registry is shipped; a broken install should not break a search
        registry = {}
    return {name: written.get(name) or registry.get(name) or guess_kind(name) for name in held}


def sources_of_kind(db: sqlite_utils.Database, kind: str) -> list[str]:
    return sorted(name for name, k in source_kinds(db).items() if k == check_kind(kind))
