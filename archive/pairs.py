"""An index of adjacent word pairs, so a rare phrase is found fast however
common its words.

Vietnamese words are syllables, and a rare phrase is made of common ones: in
"xã Bình Hòa Phước" every syllable is in a tenth of the archive, so FTS5 walks
all their doclists and compares positions, 60-180 ms at a million articles.
Each adjacent pair ("binh_hoa") is rare, though. `articles_pairs` indexes the
pairs of every article (no positions, no copy of the text: 40 % of the size of
the main index); a phrase query first asks it which articles hold all the phrase's
pairs, and FTS5 checks only those. Common phrases, whose candidates are many,
keep the plain backwards walk, which is already fast for them.

Cutting a text into pairs takes Python, but the archive must stay writable by
any SQLite tool (sqlite-utils, the sqlite3 shell, Datasette plugins). So the
triggers on `articles` are plain SQL: they only note which articles changed in
`articles_pairs_pending`, with the title and text the pair index holds for them
(deleting from an index that keeps no text needs the exact values indexed).
soyte brings the index in step (`drain`): each saved page in its own
transaction (storage.save_page), and every open of an archive it may write
(schema.ensure_db_shape). Until then a search counts every pending article as a
candidate, so it stays exact even on a read-only archive another tool changed.

FTS5 cannot 'rebuild' a table without content, and `sqlite-utils rebuild-fts`
rebuilds every FTS5 table. So the pair index names an external content, the
empty view `articles_pairs_source`: a rebuild succeeds and empties the index.
A marker row (`BUILT`, a token no pair can be) tells soyte the index is whole;
without it searches take the plain path, and the next open that may write
builds the index again (~5 minutes a million articles). Changing `pair_text`
means building it again too: drop `articles_pairs`.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # extraction workers load this module; they never open a database
    import sqlite_utils


log = logging.getLogger(__name__)

PAIRS_TABLE = "articles_pairs"
PENDING_TABLE = "articles_pairs_pending"
SOURCE_VIEW = "articles_pairs_source"
PAIR_FUNCTION = "soyte_pairs"
# The marker row: a token with two joints, which no pair of words makes, at a
# rowid that is no article's (ids are publication times, see article_ids).
BUILT, BUILT_ROWID = "soyte__pairs__built", 0

# Words as FTS5's unicode61 tokenizer cuts them (letters and digits; "_" is the
# pair's own joint). Where the two disagree Python splits finer, which keeps
# every pair FTS5 sees adjacent as adjacent here too.
_WORD = re.compile(r"[^\W_]+")
_KEYWORDS = frozenset({"AND", "OR", "NOT", "NEAR"})
# A query of plain words and "quoted phrases" only (implicitly ANDed); anything
# else (OR, NOT, NEAR, columns, prefixes, groups) takes the plain path.
_SIMPLE_QUERY = re.compile(r'^\s*(?:(?:"[^"]*"|[^\W_]+)\s*)+$')
_ITEM = re.compile(r'"([^"]*)"|([^\W_]+)')

# Every statement as SQLite stores it in sqlite_master, so an archive whose
# pair index differs in any way (an older version's, a dropped trigger) is seen
# and built again.
_SCHEMA: dict[str, str] = {
    SOURCE_VIEW: f"CREATE VIEW [{SOURCE_VIEW}] (rowid, pairs) AS SELECT NULL, NULL WHERE 0",
    PAIRS_TABLE: f"""CREATE VIRTUAL TABLE [{PAIRS_TABLE}] USING FTS5 (
    [pairs], content=[{SOURCE_VIEW}], detail=none,
    tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
)""",
    # One row per article whose pairs the index may not hold: `indexed` says
    # whether the index holds the article, as indexed_title and indexed_text.
    PENDING_TABLE: f"""CREATE TABLE [{PENDING_TABLE}] (
    article_id INTEGER PRIMARY KEY,
    indexed INTEGER NOT NULL,
    indexed_title TEXT,
    indexed_text TEXT
)""",
}
# The first change to an article since the index was in step notes what the
# index holds for it; later ones add nothing. "WHERE NOT EXISTS", not "OR IGNORE":
# the conflict clause of the statement that fires a trigger (INSERT OR REPLACE)
# overrides the trigger's own.
_NOTE = f"INSERT INTO [{PENDING_TABLE}] (article_id, indexed, indexed_title, indexed_text)"
_UNNOTED = f"NOT EXISTS (SELECT 1 FROM [{PENDING_TABLE}] WHERE article_id = {{}})"
TRIGGERS: dict[str, str] = {
    # An INSERT OR REPLACE deletes the row it replaces without firing delete
    # triggers: note that row before.
    f"{PAIRS_TABLE}_bi": f"""CREATE TRIGGER [{PAIRS_TABLE}_bi] BEFORE INSERT ON [articles] BEGIN
  {_NOTE} SELECT id, 1, title, text FROM [articles] WHERE id = new.id AND {_UNNOTED.format('new.id')};
END""",
    f"{PAIRS_TABLE}_ai": f"""CREATE TRIGGER [{PAIRS_TABLE}_ai] AFTER INSERT ON [articles] BEGIN
  {_NOTE} SELECT new.id, 0, NULL, NULL WHERE {_UNNOTED.format('new.id')};
END""",
    f"{PAIRS_TABLE}_ad": f"""CREATE TRIGGER [{PAIRS_TABLE}_ad] AFTER DELETE ON [articles] BEGIN
  {_NOTE} SELECT old.id, 1, old.title, old.text WHERE {_UNNOTED.format('old.id')};
END""",
    # Likewise an UPDATE OR REPLACE that moves an article onto another's id.
    f"{PAIRS_TABLE}_bu": f"""CREATE TRIGGER [{PAIRS_TABLE}_bu] BEFORE UPDATE OF [id] ON [articles] BEGIN
  {_NOTE} SELECT id, 1, title, text FROM [articles]
    WHERE id = new.id AND new.id IS NOT old.id AND {_UNNOTED.format('new.id')};
END""",
    f"{PAIRS_TABLE}_au": f"""CREATE TRIGGER [{PAIRS_TABLE}_au] AFTER UPDATE OF [id], [title], [text] ON [articles] BEGIN
  {_NOTE} SELECT old.id, 1, old.title, old.text WHERE {_UNNOTED.format('old.id')};
  {_NOTE} SELECT new.id, 0, NULL, NULL WHERE {_UNNOTED.format('new.id')};
END""",
}
# Triggers of earlier versions, which called soyte_pairs() (no archive can keep them:
# another tool could not write articles).
_OLD_TRIGGERS = tuple(f"{PAIRS_TABLE}_{suffix}" for suffix in ("ai", "ad", "au"))

_FILL_SQL = f"INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) SELECT id, {PAIR_FUNCTION}(title, text) FROM articles"
_DRAIN_SQL = (
    f"""INSERT INTO [{PAIRS_TABLE}] ([{PAIRS_TABLE}], rowid, [pairs])
        SELECT 'delete', article_id, {PAIR_FUNCTION}(indexed_title, indexed_text) FROM [{PENDING_TABLE}] WHERE indexed""",
    f"""INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs])
        SELECT a.id, {PAIR_FUNCTION}(a.title, a.text) FROM [{PENDING_TABLE}] p JOIN articles a ON a.id = p.article_id""",
    f"DELETE FROM [{PENDING_TABLE}]",
)


def _words(value: str) -> list[str]:
    # đ is a letter of its own to FTS5; folded here as the search_folded column
    # does, so "dang vien" and "đảng viên" give the same pairs.
    return _WORD.findall(value.replace("đ", "d").replace("Đ", "D"))


def pair_text(title: str | None, text: str | None) -> str:
    """The article's adjacent word pairs, "a_b b_c …" (FTS5 folds case and tone marks)."""
    words = _words(f"{title or ''}\n{text or ''}")
    return " ".join(f"{a}_{b}" for a, b in zip(words, words[1:]))


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(PAIR_FUNCTION, 2, pair_text, deterministic=True)


def pairs_query(query: str) -> str | None:
    """The pair-index query every match of `query` must satisfy, or None when
    `query` has no phrase of two words or more, or uses other FTS5 syntax."""
    if not _SIMPLE_QUERY.match(query):
        return None
    pairs: list[str] = []
    for phrase, bare in _ITEM.findall(query):
        if bare in _KEYWORDS:
            return None
        words = _words(phrase)
        pairs += [f'"{a}_{b}"' for a, b in zip(words, words[1:])]
    return " ".join(dict.fromkeys(pairs)) or None


# How a search may use the pair index (see index_kind).
NONE, IN_STEP, WITH_PENDING = "none", "in step", "with pending"


def index_kind(db: sqlite_utils.Database) -> str:
    """NONE: no pair index a search can trust (none, or its triggers are gone);
    IN_STEP: an earlier version's, kept exact by triggers calling soyte_pairs()
    (a read-only archive this version could not upgrade); WITH_PENDING: this
    version's, exact but for the articles in PENDING_TABLE, and only while its
    BUILT marker is there (the search checks it in the read transaction that reads the index)."""
    names = set(_stored(db.conn, [PAIRS_TABLE, PENDING_TABLE, *TRIGGERS]))
    if PAIRS_TABLE not in names:
        return NONE
    if PENDING_TABLE in names:
        return WITH_PENDING if set(TRIGGERS) <= names else NONE
    return IN_STEP if set(_OLD_TRIGGERS) <= names else NONE


def _stored(conn: sqlite3.Connection, names: list[str]) -> dict[str, str]:
    """The SQL sqlite_master holds for those of `names` that exist."""
    return dict(conn.execute(f"SELECT name, sql FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})",
                             names))


def needs_rebuild(conn: sqlite3.Connection) -> bool:
    """Whether `sync` would build the index whole (reads only)."""
    return not _whole(conn)


def has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"SELECT EXISTS (SELECT 1 FROM [{PENDING_TABLE}])").fetchone()[0] == 1


def _whole(conn: sqlite3.Connection) -> bool:
    """Whether the pair index has this version's exact shape, triggers and BUILT marker."""
    return _stored(conn, [*_SCHEMA, *TRIGGERS]) == _SCHEMA | TRIGGERS and _built(conn)


def _built(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"SELECT EXISTS (SELECT 1 FROM [{PAIRS_TABLE}] WHERE [{PAIRS_TABLE}] MATCH ?)",
                        [f'"{BUILT}"']).fetchone()[0] == 1


def sync(conn: sqlite3.Connection) -> None:
    """Bring the pair index in step with `articles`: build it whole when it is
    missing, of an older shape, or emptied (by an FTS5 'rebuild'), else index
    what changed since (`drain`). Call inside a write transaction, on a
    connection with register_functions."""
    if _whole(conn):
        drain(conn)
        return
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    if articles:  # an archive of an earlier version, or rebuilt by another tool: ~5 minutes a million articles
        log.warning("building the phrase index of %d articles", articles)
    for name in (*TRIGGERS, *_OLD_TRIGGERS):
        conn.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    conn.execute(f"DROP TABLE IF EXISTS [{PAIRS_TABLE}]")
    conn.execute(f"DROP TABLE IF EXISTS [{PENDING_TABLE}]")
    conn.execute(f"DROP VIEW IF EXISTS [{SOURCE_VIEW}]")
    for sql in (*_SCHEMA.values(), *TRIGGERS.values()):
        conn.execute(sql)
    conn.execute(_FILL_SQL)
    conn.execute(f"INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) VALUES (?, ?)", [BUILT_ROWID, BUILT])


def drain(conn: sqlite3.Connection) -> int:
    """Index the articles changed since the index was last in step (by soyte
    or by any other tool); returns how many. Call inside the write transaction
    that changed them, so they land together, on a connection with
    register_functions."""
    count = conn.execute(f"SELECT count(*) FROM [{PENDING_TABLE}]").fetchone()[0]
    if not count or not _built(conn):  # an index emptied by an FTS5 'rebuild' waits for `sync` to build it whole
        return 0
    for sql in _DRAIN_SQL:
        conn.execute(sql)
    return count


@contextmanager
def kept_in_step(db: sqlite_utils.Database) -> Iterator[None]:
    """Drain when the block ends without an error: `with db.atomic(), kept_in_step(db):`
    indexes the block's changes in its transaction, before the commit."""
    yield
    drain(db.conn)
