"""The archive's shape, as data, and `ensure_db_shape` to create or complete it.

`ensure_db_shape` is repeatable: run on a new file it creates everything, run on
an existing archive it adds only what is missing, so every command can call it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path

import sqlite_utils

from . import pairs
from .errors import ArchiveError

log = logging.getLogger(__name__)

# Tone marks are folded by FTS5's unicode61 tokenizer, but đ/Đ is a letter of its
# own there, so "dang vien" would miss "đảng viên". A virtual generated column
# carries title and text with đ→d; it costs no storage in `articles`, and as a
# real column the FTS index, its triggers and FTS5 integrity-check all work, so
# plain `sqlite-utils search` and Datasette find both spellings.
FOLDED_SQL = (
    "replace(replace(coalesce(title, '') || char(10) || coalesce(text, ''), 'đ', 'd'), 'Đ', 'D')"
)

TABLES: dict[str, str] = {
    "articles": f"""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            title TEXT,
            published TEXT,
            author TEXT,
            text TEXT,
            source TEXT NOT NULL,
            province TEXT,
            legacy_province TEXT,
            first_seen TEXT NOT NULL,
            page_count INTEGER NOT NULL DEFAULT 1,
            search_folded TEXT GENERATED ALWAYS AS ({FOLDED_SQL}) VIRTUAL
        )""",
    "pages": """
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            status INTEGER,
            headers TEXT,
            fingerprint TEXT,
            html BLOB,
            title TEXT,
            published TEXT,
            author TEXT,
            text TEXT,
            province TEXT,
            legacy_province TEXT,
            match_reason TEXT
        )""",
    "crawl_runs": """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            pages_fetched INTEGER DEFAULT 0,
            articles_new INTEGER DEFAULT 0,
            duplicates INTEGER DEFAULT 0,
            known INTEGER DEFAULT 0,
            errors INTEGER DEFAULT 0,
            finish_reason TEXT
        )""",
    # Earlier versions of a page whose text changed (a --refresh found a
    # correction): the page and its article show the latest.
    "page_versions": """
        CREATE TABLE page_versions (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id),
            fetched_at TEXT NOT NULL,
            fingerprint TEXT,
            html BLOB,
            title TEXT,
            published TEXT,
            author TEXT,
            text TEXT
        )""",
    # Every URL a crawl fetched, articles or not, with what it was and the
    # validators the server gave: the next run skips known articles and asks
    # listings "changed since?" instead of downloading them again.
    "seen_urls": """
        CREATE TABLE seen_urls (
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            status INTEGER,
            etag TEXT,
            last_modified TEXT,
            first_seen TEXT NOT NULL,
            last_fetched TEXT NOT NULL
        )""",
    # What is left to crawl of each source (archive/backlog.py): every link a
    # run decided to fetch and has not fetched yet (written with the page it was
    # found on), and links left over when the run hit SOYTE_MAX_PAGES. Later
    # runs continue it; a killed run resumes from it.
    "crawl_backlog": """
        CREATE TABLE crawl_backlog (
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            fetch_url TEXT NOT NULL,
            kind TEXT NOT NULL,
            hops INTEGER NOT NULL DEFAULT 0,
            trap INTEGER NOT NULL DEFAULT 0,
            empty INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            PRIMARY KEY (source, url)
        ) WITHOUT ROWID""",
    # Permanent redirects (301, 308) seen by a crawl: a link to `url` is the
    # page archived under `target`.
    "url_redirects": """
        CREATE TABLE url_redirects (
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            target TEXT NOT NULL,
            status INTEGER,
            seen TEXT NOT NULL,
            PRIMARY KEY (source, url)
        ) WITHOUT ROWID""",
    # Links that failed after their retries (404/410, refused, 5xx, timeouts):
    # not asked again before retry_after, a back-off that grows with attempts.
    "url_failures": """
        CREATE TABLE url_failures (
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            fetch_url TEXT NOT NULL,
            kind TEXT NOT NULL,
            hops INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL,
            permanent INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 1,
            first_failed TEXT NOT NULL,
            last_failed TEXT NOT NULL,
            retry_after TEXT NOT NULL,
            PRIMARY KEY (source, url)
        ) WITHOUT ROWID""",
    # Pages judged a listing or "other" that have a headline and a long body
    # (archive/doubtful.py): raw HTML and verdict, for `soyte reextract` to
    # judge again and promote the articles among them.
    "doubtful_pages": """
        CREATE TABLE doubtful_pages (
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            status INTEGER,
            headers TEXT,
            html BLOB,
            kind TEXT NOT NULL,
            verdict TEXT,
            title TEXT,
            words INTEGER,
            province TEXT,
            legacy_province TEXT
        )""",
    # Each source's template (archive/templates.py): lines and <title> parts
    # that recur on its pages, with how many pages it has seen.
    "site_templates": """
        CREATE TABLE site_templates (
            source TEXT PRIMARY KEY,
            pages INTEGER NOT NULL,
            lines TEXT,
            titles TEXT,
            updated TEXT
        )""",
    # Near-duplicate matching (archive/neardup.py): each page's MinHash
    # signature (128 uint32, 512 bytes), to check a candidate without its text…
    "minhash_signatures": """
        CREATE TABLE minhash_signatures (
            page_id INTEGER PRIMARY KEY REFERENCES pages(id),
            signature BLOB NOT NULL
        )""",
    # …and its 32 band hashes, looked up by (band, hash) for every new page. The
    # primary key is that index (WITHOUT ROWID: one B-tree, half the size of a
    # table plus an index); page_id in it makes each row unique and lets a page's
    # rows be deleted by key, from its stored signature.
    "minhash_bands": """
        CREATE TABLE minhash_bands (
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            page_id INTEGER NOT NULL,
            PRIMARY KEY (band, hash, page_id)
        ) WITHOUT ROWID""",
    # Disease mentions (archive/signals, kept by archive/mentions.py): one row
    # per disease named in an article, with the counts it states. Deleting an
    # article deletes its rows (a dedup rebuild merges articles away).
    "mentions": """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            disease TEXT NOT NULL,
            disease_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            negated INTEGER NOT NULL DEFAULT 0,
            cases INTEGER,
            cases_max INTEGER,
            deaths INTEGER,
            deaths_max INTEGER,
            hospitalised INTEGER,
            hospitalised_max INTEGER,
            change TEXT,
            period TEXT,
            place TEXT,
            field TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            start INTEGER NOT NULL,
            [end] INTEGER NOT NULL,
            matched TEXT NOT NULL,
            carried INTEGER NOT NULL DEFAULT 0,
            version TEXT NOT NULL
        )""",
    # Which articles the mention extractor has read, and which version of it:
    # an article with no row here (or an older version) is read again by
    # `soyte reextract` and `soyte signals`; it also tells "read, no disease
    # named" from "not read yet".
    "mentions_read": """
        CREATE TABLE mentions_read (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL
        )""",
    # Saved searches (archive/watches.py): `soyte watch`, `soyte digest`, the feeds.
    "watches": """
        CREATE TABLE watches (
            name TEXT PRIMARY KEY,
            query TEXT NOT NULL,
            province TEXT,
            source TEXT,
            kind TEXT,
            created TEXT NOT NULL,
            marked TEXT
        )""",
    # The articles a `soyte digest --mark` reported for each watch: never listed again.
    "watch_sent": """
        CREATE TABLE watch_sent (
            watch TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            sent TEXT NOT NULL,
            PRIMARY KEY (watch, article_id)
        ) WITHOUT ROWID""",
}

def columns_of(table: str) -> tuple[str, ...]:
    """The columns of a table as TABLES declares it (generated columns included)."""
    body = TABLES[table].split("(", 1)[1]
    names = re.findall(r"^\s*\[?(\w+)\]?\s+[A-Z]", body, re.M)
    return tuple(n for n in names if n not in ("PRIMARY", "FOREIGN", "UNIQUE", "CHECK"))


# An article's stored columns (its virtual search_folded is the index's business),
# and what it takes from the page it shows: the columns pages and articles share.
ARTICLE_COLUMNS = tuple(c for c in columns_of("articles") if c != "search_folded")
SHOWN_FIELDS = tuple(c for c in ARTICLE_COLUMNS if c in columns_of("pages") and c != "id")


# Columns added after a table first shipped: ensure_db_shape adds them to
# archives created before.
ADDED_COLUMNS: dict[str, dict[str, str]] = {
    "pages": {
        "similarity": "REAL",  # Jaccard similarity to the page it matched, for match_reason similar-text
    },
    "crawl_runs": {
        "article_pages": "INTEGER DEFAULT 0",  # fetched pages that read as articles
        "article_links": "INTEGER DEFAULT 0",  # article links seen on fetched pages, new or known
        "article_candidates": "INTEGER DEFAULT 0",  # pages fetched as article links (200 answers)
        "not_modified": "INTEGER DEFAULT 0",  # conditional requests answered 304
        "error_kinds": "TEXT",  # JSON: {"http_503": 2, "TimeoutError": 1}
        # Faults the crawl survived (none of them is in `errors`):
        "ignored": "INTEGER DEFAULT 0",  # requests not made on purpose: off-site, robots.txt, redirect loops
        "not_html": "INTEGER DEFAULT 0",  # answers that were no HTML page: PDFs, images, empty bodies
        "retried": "INTEGER DEFAULT 0",  # retries of 5xx answers, timeouts and resets (whatever their end)
        "fault_kinds": "TEXT",  # JSON: {"ignored/offsite": 1, "not_html/pdf": 2, "decode/wrong_charset": 1, …}
        # What a run left or lost (issue 14):
        "article_errors": "INTEGER DEFAULT 0",  # article links that ended in an error (404, refused, …)
        "candidates_rejected": "INTEGER DEFAULT 0",  # pages fetched as article links that did not read as one
        "rejected_kinds": "TEXT",  # JSON: {"listing": 3, "other": 2}
        "skipped_dead": "INTEGER DEFAULT 0",  # links not asked again: they failed before (back-off)
        "deferred": "INTEGER DEFAULT 0",  # links left in the backlog because the run hit SOYTE_MAX_PAGES
        "backlog_fed": "INTEGER DEFAULT 0",  # backlog links and failures due again that this run fetched
        "frontier": "INTEGER DEFAULT 0",  # 1: the run kept its unfetched links in crawl_backlog as it went
    },
}

INDEXES: dict[str, list[tuple[str, ...]]] = {
    "articles": [("published",), ("source", "published"), ("province",)],
    "pages": [("fingerprint",), ("article_id",), ("source",)],
    "crawl_runs": [("source", "started")],
    "seen_urls": [("source", "kind")],
    "page_versions": [("page_id",)],
    "doubtful_pages": [("source",)],
    "mentions": [("article_id",), ("disease", "kind")],
    # minhash_bands: its primary key (band, hash, page_id) is the look-up index.
}

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# Same names and shape as sqlite-utils' own `enable_fts(create_triggers=True)`,
# so its tools recognise them; the update trigger fires only when indexed text
# changes, so bookkeeping updates (page_count) do not rewrite the index.
_FTS_SQL = f"""
CREATE VIRTUAL TABLE [articles_fts] USING FTS5 (
    [title], [text], [search_folded],
    tokenize='{FTS_TOKENIZE}',
    content=[articles]
);
CREATE TRIGGER [articles_ai] AFTER INSERT ON [articles] BEGIN
  INSERT INTO [articles_fts] (rowid, [title], [text], [search_folded])
  VALUES (new.rowid, new.[title], new.[text], new.[search_folded]);
END;
CREATE TRIGGER [articles_ad] AFTER DELETE ON [articles] BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title], [text], [search_folded])
  VALUES('delete', old.rowid, old.[title], old.[text], old.[search_folded]);
END;
CREATE TRIGGER [articles_au] AFTER UPDATE OF [title], [text] ON [articles] BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title], [text], [search_folded])
  VALUES('delete', old.rowid, old.[title], old.[text], old.[search_folded]);
  INSERT INTO [articles_fts] (rowid, [title], [text], [search_folded])
  VALUES (new.rowid, new.[title], new.[text], new.[search_folded]);
END;
"""


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create whatever tables, indexes and full-text index the archive lacks."""
    db.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed
    # process loses nothing committed (only a power cut could lose the last
    # commits), and a crawl no longer waits on one fsync per page.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    pairs.register_functions(db.conn)  # the pair index is written with it (pairs.drain)
    if not _shape_missing(db):
        if pairs.has_pending(db.conn):
            _drain_pairs_if_free(db)
        return  # the usual case: nothing to write (so a read-only archive opens too)
    # One process shapes at a time, in one transaction: a search that opens an
    # archive a crawl is creating waits for it (busy_timeout), then finds it
    # done, instead of creating the same table twice.
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = set(db.table_names())
        for name, sql in TABLES.items():
            if name not in existing:
                conn.execute(sql)
        for table, columns in ADDED_COLUMNS.items():
            have = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
            for column, decl in columns.items():
                if column not in have:
                    conn.execute(f"ALTER TABLE [{table}] ADD COLUMN [{column}] {decl}")
        for table, indexes in INDEXES.items():
            for columns in indexes:
                conn.execute(f"CREATE INDEX IF NOT EXISTS [{_index_name(table, columns)}] ON [{table}] "
                             f"({', '.join(f'[{c}]' for c in columns)})")
        if "articles_fts" not in existing:
            for statement in _statements(_FTS_SQL):
                conn.execute(statement)
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')")
        pairs.sync(conn)  # builds it, or upgrades an earlier version's, or indexes what other tools wrote
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def _drain_pairs_if_free(db: sqlite_utils.Database) -> None:
    """Index the articles another tool (or a soyte command that does not drain)
    changed, if the archive can be written right now. Otherwise leave them: a
    search counts them as candidates until a write drains them."""
    conn = db.conn
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout=0")  # another writer at work: not worth waiting for
    try:
        conn.execute("BEGIN IMMEDIATE")
        pairs.drain(conn)
        conn.commit()
    except sqlite3.OperationalError as exc:
        if not any(word in str(exc) for word in ("locked", "busy", "readonly")):
            raise
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.execute(f"PRAGMA busy_timeout={int(timeout)}")


def _index_name(table: str, columns: tuple[str, ...]) -> str:
    return f"idx_{table}_{'_'.join(columns)}"  # sqlite-utils' naming, as earlier archives have them


def _shape_missing(db: sqlite_utils.Database) -> bool:
    """Whether any table, column, index or full-text index is missing or out of shape (reads only)."""
    existing = set(db.table_names())
    if not set(TABLES) <= existing or "articles_fts" not in existing or pairs.needs_rebuild(db.conn):
        return True
    for table, columns in ADDED_COLUMNS.items():
        if not set(columns) <= {row[1] for row in db.execute(f"PRAGMA table_info([{table}])")}:
            return True
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    return any(_index_name(t, c) not in indexes for t, cols in INDEXES.items() for c in cols)


def _statements(script: str) -> list[str]:
    """A script's statements one by one (executescript would commit the open transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.strip(" ;\n")]


def open_archive(path: str, *, create: bool = True, writable: bool = False) -> sqlite_utils.Database:
    """Open (and shape) the archive at `path`.

    An archive this process may not write (a read-only file or mount) still
    opens for reading when it is already shaped. `writable` checks up front that
    it can be written, so a crawl or a merge fails at once with one clear line
    instead of on every page."""
    if not create and not Path(path).exists():
        raise ArchiveError(f"no archive at {path}")
    if not Path(path).parent.is_dir():
        raise ArchiveError(f"{path}: no such directory {str(Path(path).parent)!r}")
    if Path(path).exists():
        _check_is_archive(path, create=create)
    try:
        if not Path(path).exists():
            _create_whole(path)
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA busy_timeout=30000")
        try:
            ensure_db_shape(db)
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc) or not {"articles", "pages", "articles_fts"} <= set(db.table_names()):
                raise
            if writable:
                raise ArchiveError(f"{path}: the archive is read-only ({exc})",
                                   hint="check the file's and its directory's permissions, or pass another --db")
        if writable:
            _check_writable(db, path)
    except Exception as exc:  # sqlite3.DatabaseError: not a database, read-only, …
        if isinstance(exc, ArchiveError):
            raise
        if "unable to open database file" in str(exc) and Path(path).exists():
            raise ArchiveError(f"{path}: cannot open the archive ({exc}): SQLite needs to create "
                               f"{Path(path).name}-wal and -shm beside it",
                               hint="make its directory writable, or copy the archive to a writable place") from exc
        raise ArchiveError(f"{path}: cannot open as an archive ({exc})") from exc
    return db


def _check_is_archive(path: str, *, create: bool) -> None:
    """Refuse, before anything is written, a file that is not an archive: a
    command that only reads never turns one into an archive, and a crawl never
    adds its tables to another program's database (an empty file it may fill)."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" not in str(exc) and "malformed" not in str(exc):
            return  # cannot look (a read-only directory, a lock): opening says what is wrong
        raise ArchiveError(f"{path} is not a soyte archive (not an SQLite database: {exc})") from None
    if {"articles", "pages"} <= tables or (create and not tables):
        return
    what = ("an empty file" if not tables else
            f"an SQLite database of something else ({len(tables)} table{'s' * (len(tables) > 1)} of its own)")
    raise ArchiveError(f"{path} is not a soyte archive: it is {what}, left as it was",
                       hint="check the --db path; `soyte crawl --db NEW.db` or `soyte demo` creates an archive")


def _create_whole(path: str) -> None:
    """A new archive appears whole: shaped under a temporary name, then linked
    into place. While SQLite creates a file and switches it to WAL, a reader
    that opens it gets "database is locked"; this way a reader finds either no
    archive or a complete one."""
    tmp = f"{path}.new-{os.getpid()}"
    db = sqlite_utils.Database(tmp)
    try:
        ensure_db_shape(db)
    finally:
        db.close()  # the last connection: its WAL is checkpointed into the file
    try:
        os.link(tmp, path)  # never replaces an archive another process made meanwhile
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if not Path(path).exists():
            os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            Path(leftover).unlink(missing_ok=True)


def _check_writable(db: sqlite_utils.Database, path: str) -> None:
    """Write something and take it back: fails on a read-only file or mount."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE main.[_soyte_write_check] (x)")
    except sqlite3.OperationalError as exc:
        raise ArchiveError(f"{path}: cannot write the archive ({exc})",
                           hint="check the file's and its directory's permissions and free space, "
                                "or pass another --db") from exc
    finally:
        if conn.in_transaction:
            conn.rollback()
