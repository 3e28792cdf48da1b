"""Searching the archive: FTS5 match, filters, newest-first or by relevance.

A query is words and "quoted phrases" (query.py) unless `raw`, when it is FTS5
syntax. The index itself folds diacritics (see schema.FOLDED_SQL), so
`sqlite-utils search` finds what this module finds.
"""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils

from . import pairs as pair_index
from .errors import QueryError
from .filters import ArticleFilter
from .pairs import PAIRS_TABLE, PENDING_TABLE, pairs_query
from .query import words_query
from .schema import FTS_TOKENIZE
from .snippets import FOLDED_MARK, best_snippet_sql, restore_folded
from .text import nfc

RANK_WINDOW = 20_000  # matches scored by --rank, newest first
PAIR_CANDIDATES_MAX = 2_000  # a phrase in more articles than this is common: no need for the pair index
_CHUNK = 40  # candidates checked per statement, newest first


def fts_query(typed: str, *, raw: bool = False) -> str:
    """What FTS5 is asked: the typed words and phrases, or (raw) the query as typed."""
    if not raw:
        return words_query(typed)
    query = nfc(typed).strip()
    if not query:
        raise QueryError("empty query", hint='type words or "a phrase"')
    return query


def search(
    db: sqlite_utils.Database,
    query: str,
    filters: ArticleFilter = ArticleFilter(),
    *,
    rank: bool = False,
    limit: int = 20,
    raw: bool = False,
    marks: tuple[str, str] = ("[", "]"),
    rank_window: int = RANK_WINDOW,
) -> list[dict]:
    """Articles matching `query`, newest first (or best first with `rank`),
    each with a `snippet` of its text around the match, the matched words
    between `marks`.

    Newest first walks the index backwards (article ids follow publication
    order, see article_ids) and stops after `limit` rows. Ranking scores every
    match, so with `rank` it scores the newest `rank_window` matches only: exact
    for all but the commonest words, and bounded in time on any archive."""
    query = fts_query(query, raw=raw)
    try:
        rows = _matches(db, query, filters, rank=rank, limit=limit, rank_window=rank_window, marks=marks)
    except sqlite3.OperationalError as exc:
        if any(word in str(exc) for word in ("locked", "no such table", "disk", "readonly")):
            raise
        hint = ("fix the FTS5 syntax, or leave out --raw to search the words as typed" if raw else None)
        raise QueryError(f"cannot parse the query {_shown(query)}: {exc}", hint=hint) from exc
    for row in rows:
        if row["snippet"] and row["snippet"].startswith(FOLDED_MARK):
            title, text = db.execute("SELECT title, text FROM articles WHERE id = ?", [row["id"]]).fetchone()
            row["snippet"] = restore_folded(row["snippet"], title, text, marks)
    return rows


def _matches(db: sqlite_utils.Database, query: str, filters: ArticleFilter, *, rank: bool, limit: int,
             rank_window: int, marks: tuple[str, str]) -> list[dict]:
    where, params = filters.where(db, "a", id_column="articles_fts.rowid")
    params |= {"query": query, "limit": limit, "mark_open": marks[0], "mark_close": marks[1]}
    candidates = _phrase_candidates(db, query, filters)
    if candidates == []:
        return []  # a phrase whose word pairs are in no article
    if candidates is not None and not rank:
        return _check_candidates(db, candidates, filters.where(db, "a", id_column="a.id")[0], params)
    if rank and candidates is not None:
        # Ranking needs the whole archive's word statistics, so it runs on the
        # main index; every match is a candidate, so the walk starts at the oldest.
        where += " AND articles_fts.rowid >= :oldest_candidate"
        params["oldest_candidate"] = candidates[-1]
    elif rank:
        where += _rank_window_sql(db, query, where, params, rank_window)
    return list(db.query(_select_sql("articles_fts", where, "articles_fts.rank" if rank else
                                     "articles_fts.rowid DESC"), params))


def _shown(query: str, most: int = 80) -> str:
    """The query for an error line: a 10,000-character paste stays one readable line."""
    return repr(query if len(query) <= most else query[:most] + "…")


# FTS5's snippet() takes time quadratic in the hits of the query in one text: a
# 6 MB statistics page with a common word held a search for minutes. Such
# texts show their beginning instead (CASE evaluates only the branch it takes).
SNIPPET_MAX_CHARS = 50_000

_CHECK = "soyte_phrase_check"
_CHECK_TABLE_SQL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_CHECK} USING fts5(title, text, search_folded, "
                    f"tokenize='{FTS_TOKENIZE}')")


def _select_sql(fts: str, where: str, order: str, fts_name: str = "articles_fts") -> str:
    """The result rows of a match in `fts` (the archive's index, or the temporary check table)."""
    return f"""
    SELECT a.id, a.published, a.source, a.province, a.legacy_province, a.title, a.url, a.author, a.page_count,
           CASE WHEN length(a.text) <= {SNIPPET_MAX_CHARS} THEN {best_snippet_sql(fts_name)}
                ELSE substr(a.text, 1, 120) || '…' END AS snippet
    FROM {fts} JOIN articles a ON a.id = {fts_name}.rowid
    WHERE {fts_name} MATCH :query {where}
    ORDER BY {order} LIMIT :limit"""


def _phrase_candidates(db: sqlite_utils.Database, query: str, filters: ArticleFilter) -> list[int] | None:
    """Newest first, the articles that hold every word pair of the query's
    phrases (see pairs.py), and those other tools changed since the pair index
    was last in step, when they are few; None for queries without a phrase,
    for common phrases (the plain walk is fast for them) and for archives
    without a whole pair index."""
    pairs = pairs_query(query)
    kind = pair_index.index_kind(db) if pairs else pair_index.NONE
    if kind == pair_index.NONE:
        return None
    keys = filters.id_bounds()
    bounds = "".join(f" AND {{id}} {op} :{key}" for op, key in ((">=", "since_key"), ("<", "until_key")) if key in keys)
    matching = (f"SELECT rowid FROM {PAIRS_TABLE} WHERE {PAIRS_TABLE} MATCH :pairs {bounds.format(id='rowid')} "
                f"ORDER BY rowid DESC LIMIT {PAIR_CANDIDATES_MAX + 1}")
    params = keys | {"pairs": pairs}
    if kind == pair_index.IN_STEP:  # an earlier version's index, on an archive this one could not upgrade
        rows = db.execute(matching, params).fetchall()
        return None if len(rows) > PAIR_CANDIDATES_MAX else [row[0] for row in rows]
    # One read transaction, so one snapshot: the marker that says the index is
    # whole, the matching articles and the pending ones (an article a drain
    # moves from the pending list into the index is in one or the other).
    with db.atomic():
        if not db.execute(f"SELECT 1 FROM {PAIRS_TABLE} WHERE {PAIRS_TABLE} MATCH ?",
                          [f'"{pair_index.BUILT}"']).fetchone():
            return None  # emptied by an FTS5 'rebuild' (sqlite-utils rebuild-fts) until soyte builds it again
        rows = db.execute(matching, params).fetchall()
        if len(rows) > PAIR_CANDIDATES_MAX:
            return None
        pending = db.execute(f"SELECT article_id FROM {PENDING_TABLE} WHERE 1 {bounds.format(id='article_id')} "
                             f"ORDER BY article_id DESC LIMIT {PAIR_CANDIDATES_MAX + 1}", keys).fetchall()
    if not pending:  # the usual case
        return [row[0] for row in rows]
    candidates = sorted({row[0] for row in rows + pending}, reverse=True)
    return None if len(candidates) > PAIR_CANDIDATES_MAX else candidates


def _check_candidates(db: sqlite_utils.Database, candidates: list[int], where: str, params: dict) -> list[dict]:
    """Run the query itself over the candidates, newest first, a chunk at a time
    until `limit` rows are found. The main index cannot be asked about a few
    rowids cheaply (each costs a seek in every word's doclist, 2-9 ms at a
    million articles), so the chunk's articles are indexed in a small temporary
    FTS5 table of the same shape and the query runs there unchanged: the same
    tokenizer, columns and syntax give the same matches, and the snippet."""
    found: list[dict] = []
    # Committed at the end: writing the temporary table opens a transaction,
    # which left open would pin this connection to an old snapshot of the archive.
    with db.atomic():
        db.execute(_CHECK_TABLE_SQL)
        for start in range(0, len(candidates), _CHUNK):
            db.execute(f"DELETE FROM temp.{_CHECK}")
            db.execute(f"INSERT INTO temp.{_CHECK} (rowid, title, text, search_folded) SELECT a.id, a.title, a.text, "
                       f"a.search_folded FROM articles a WHERE a.id IN (SELECT value FROM json_each(:chunk)) {where}",
                       params | {"chunk": json.dumps(candidates[start:start + _CHUNK])})
            found += db.query(_select_sql(f"temp.{_CHECK}", "", f"{_CHECK}.rowid DESC", fts_name=_CHECK),
                              params | {"limit": params["limit"] - len(found)})
            if len(found) >= params["limit"]:
                break
        db.execute(f"DELETE FROM temp.{_CHECK}")
    return found


def _rank_window_sql(db: sqlite_utils.Database, query: str, where: str, params: dict, window: int) -> str:
    # Without filters the walk needs no article rows (the join cost 30 ms of 20,000 look-ups).
    join = "JOIN articles a ON a.id = articles_fts.rowid" if where else ""
    row = db.execute(f"""SELECT articles_fts.rowid FROM articles_fts {join}
                         WHERE articles_fts MATCH :query {where}
                         ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET {window - 1}""", params).fetchone()
    if row is None:
        return ""
    params["window_start"] = row[0]
    return " AND articles_fts.rowid >= :window_start"
