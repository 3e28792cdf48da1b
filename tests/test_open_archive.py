"""The archive stays open to other SQLite tools: they can write `articles`
(sqlite-utils' Python API and CLI, Python's sqlite3, the sqlite3 shell) and
rebuild its full-text indexes (`sqlite-utils rebuild-fts`), and soyte's search,
phrase queries included (the word-pair path), finds what they wrote and
nothing they deleted; so does `sqlite-utils search`."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest
import sqlite_utils

from archive import pairs
from archive.models import Extracted, FetchedPage
from archive.pairs import PAIRS_TABLE, PENDING_TABLE
from archive.schema import open_archive
from archive.search import search
from archive.storage import save_page
from test_pairs import assert_index_exact, insert_article, plain_fts, queries, random_text

NOW = datetime(2024, 6, 1, 3, 0, tzinfo=timezone.utc)
PHRASE = '"xã bình hòa phước"'  # a phrase: searched through the word-pair index


def ids(rows) -> list[int]:
    return [r["id"] for r in rows]


def cli(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "sqlite_utils", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def sqlite_utils_search(path: str, query: str) -> list[int]:
    return [row["id"] for row in json.loads(cli("search", path, "articles", query, "-c", "id") or "[]")]


def archive_with_articles(path: str) -> sqlite_utils.Database:
    """Three articles saved by soyte (a crawl's save_page), one holding the phrase."""
    db = open_archive(path)
    for n, text in enumerate(["Tiêm chủng tại xã Bình Hòa Phước.", "Hội nghị y tế tỉnh.", "Sốt xuất huyết ở Bình Hòa."]):
        save_page(db, FetchedPage(url=f"http://a.vn/{n}", source="cdc-a", fetched_at=NOW, body=b"<html/>"),
                  Extracted(url="", title=f"Tin {n}", published=f"2024-0{n + 1}-10", text=text, page_kind="article"))
    return db


def no_foreign_triggers_call_soyte(db) -> None:
    sql = " ".join(row[0] for row in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"))
    assert pairs.PAIR_FUNCTION not in sql


def test_save_page_keeps_the_pair_index_in_step_in_its_transaction(tmp_path):
    db = archive_with_articles(str(tmp_path / "a.db"))
    assert db.execute(f"SELECT count(*) FROM {PENDING_TABLE}").fetchone()[0] == 0
    assert_index_exact(db)
    no_foreign_triggers_call_soyte(db)
    # What another tool wrote meanwhile is indexed by soyte's next save.
    foreign = sqlite_utils.Database(str(tmp_path / "a.db"))
    insert_article(foreign, 1_800_000_000_000, "Khác", "xã Bình Hòa Phước nữa")
    save_page(db, FetchedPage(url="http://a.vn/9", source="cdc-a", fetched_at=NOW, body=b"<html/>"),
              Extracted(url="", title="Tin 9", published="2024-05-10", text="Khám sức khỏe.", page_kind="article"))
    assert_index_exact(db)


def test_sqlite_utils_python_api_writes(tmp_path):
    path = str(tmp_path / "a.db")
    mine = archive_with_articles(path)
    (original,) = ids(search(mine, PHRASE))
    foreign = sqlite_utils.Database(path)  # never registered soyte's function
    foreign["articles"].insert_all([
        {"url": "http://b.vn/1", "title": "Xã Bình Hòa Phước", "text": "Tiêm vắc xin sởi.", "source": "b",
         "first_seen": "2026-01-01"},
        {"url": "http://b.vn/2", "title": "Khác", "text": "Không có cụm từ.", "source": "b", "first_seen": "2026-01-01"},
    ])
    added, other = [row[0] for row in foreign.execute("SELECT id FROM articles WHERE source = 'b' ORDER BY id")]
    foreign["articles"].update(other, {"text": "Giờ có: xã Bình Hòa Phước."})
    foreign["articles"].upsert({"id": added, "url": "http://b.vn/1", "title": "Đổi tên", "source": "b",
                                "first_seen": "2026-01-01"}, pk="id")  # the title no longer holds the phrase
    foreign["articles"].delete(original)
    # Not drained yet: a search on any connection counts pending articles as candidates.
    for db in (foreign, mine):
        assert ids(search(db, PHRASE)) == [other]
        assert ids(search(db, '"vắc xin sởi"')) == [added]
    assert sqlite_utils_search(path, PHRASE) == [other]
    db = open_archive(path)  # drains
    assert_index_exact(db)
    assert ids(search(db, PHRASE)) == [other]
    for query in queries(random.Random(3), 30):
        assert ids(search(db, query)) == plain_fts(db, query), query


def test_sqlite_utils_cli_writes(tmp_path):
    path = str(tmp_path / "a.db")
    archive_with_articles(path).close()
    row = {"url": "http://c.vn/1", "title": "Tin từ công cụ khác", "text": "Đợt tiêm chủng ở xã Bình Hòa Phước.",
           "source": "c", "first_seen": "2026-01-01", "published": "2026-01-01"}
    cli("insert", path, "articles", "-", stdin=json.dumps([row]))
    (added,) = [r["id"] for r in json.loads(cli("query", path, "SELECT id FROM articles WHERE source = 'c'"))]
    cli("query", path, "UPDATE articles SET text = 'Bình Hòa Phước, không phải xã' WHERE url = 'http://a.vn/0'")
    cli("query", path, "DELETE FROM articles WHERE url = 'http://a.vn/2'")
    assert sqlite_utils_search(path, PHRASE) == [added]
    foreign = sqlite_utils.Database(path)
    assert ids(search(foreign, PHRASE)) == [added]
    assert ids(search(foreign, '"sốt xuất huyết"')) == []
    db = open_archive(path)
    assert_index_exact(db)
    assert ids(search(db, PHRASE)) == [added]
    assert ids(search(db, '"bình hòa phước"')) == [added, db.execute(
        "SELECT id FROM articles WHERE url = 'http://a.vn/0'").fetchone()[0]]


def test_python_sqlite3_writes_including_replace_and_id_changes(tmp_path):
    path = str(tmp_path / "a.db")
    mine = archive_with_articles(path)
    first, second, third = [row[0] for row in mine.execute("SELECT id FROM articles ORDER BY id")]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO articles (id, url, title, text, source, first_seen) VALUES (?, ?, ?, ?, 'p', 'f')",
                         [(third + 10, "http://p.vn/1", "Một", "Xã Bình Hòa Phước họp."),
                          (third + 20, "http://p.vn/2", "Hai", "Không.")])
        # INSERT OR REPLACE deletes the row it replaces without delete triggers (articles_fts,
        # shaped as sqlite-utils makes it, keeps the old words); the pair index does not.
        conn.execute("INSERT OR REPLACE INTO articles (id, url, title, text, source, first_seen) "
                     "VALUES (?, 'http://a.vn/0', 'Thay', 'Hội nghị.', 'p', 'f')", [first])
        conn.execute("UPDATE articles SET id = ? WHERE id = ?", [third + 30, third + 20])
        conn.execute("UPDATE OR REPLACE articles SET id = ? WHERE id = ?", [second, third + 30])
        conn.execute("UPDATE articles SET title = 'Xã Bình Hòa Phước' WHERE id = ?", [second])
    for db in (sqlite_utils.Database(path), mine):
        assert ids(search(db, PHRASE)) == [third + 10, second]
    db = open_archive(path)
    assert_index_exact(db)
    assert ids(search(db, PHRASE)) == [third + 10, second]
    assert ids(search(db, '"sốt xuất huyết"')) == [third]


def test_sqlite3_shell_writes(tmp_path):
    shell = shutil.which("sqlite3")
    if shell is None:
        print("skipped: no sqlite3 command-line shell (apt-get install -y sqlite3)")
        pytest.skip("no sqlite3 command-line shell (apt-get install -y sqlite3)")
    path = str(tmp_path / "a.db")
    archive_with_articles(path).close()
    done = subprocess.run([shell, path, """
        INSERT INTO articles (url, title, text, source, first_seen) VALUES ('http://s.vn/1', 'Shell', 'Xã Bình Hòa Phước.', 's', 'f');
        UPDATE articles SET text = 'Đã sửa.' WHERE url = 'http://a.vn/0';
        DELETE FROM articles WHERE url = 'http://a.vn/1';"""], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    (added,) = [row[0] for row in sqlite3.connect(path).execute("SELECT id FROM articles WHERE source = 's'")]
    assert ids(search(sqlite_utils.Database(path), PHRASE)) == [added]
    assert sqlite_utils_search(path, PHRASE) == [added]
    db = open_archive(path)
    assert_index_exact(db)
    assert ids(search(db, PHRASE)) == [added]


def test_sqlite_utils_rebuild_fts_and_other_fts_tools(tmp_path):
    path = str(tmp_path / "a.db")
    archive_with_articles(path).close()
    assert {row["table"] for row in json.loads(cli("tables", path, "--fts5"))} == {"articles_fts", PAIRS_TABLE}
    cli("rebuild-fts", path)  # every FTS table, the pair index included
    cli("insert", path, "articles", "-", stdin=json.dumps(
        [{"url": "http://r.vn/1", "title": "Sau", "text": "Xã Bình Hòa Phước.", "source": "r", "first_seen": "f"}]))
    expected = [row[0] for row in sqlite3.connect(path).execute(
        "SELECT id FROM articles WHERE text LIKE '%xã Bình Hòa Phước%' ORDER BY id DESC")]
    assert len(expected) == 2
    # The emptied pair index is not trusted: searches take the plain path...
    assert ids(search(sqlite_utils.Database(path), PHRASE)) == expected
    assert sorted(sqlite_utils_search(path, PHRASE)) == sorted(expected)
    db = open_archive(path)  # ...until soyte builds it again
    assert_index_exact(db)
    assert ids(search(db, PHRASE)) == expected
    assert db["articles"].detect_fts() == "articles_fts"
    cli("rebuild-fts", path, "articles")
    cli("optimize", path)
    # sqlite-utils may even replace articles_fts with its own; the pair index does not mind.
    cli("enable-fts", path, "articles", "title", "text", "search_folded", "--fts5", "--create-triggers",
        "--tokenize", "unicode61 remove_diacritics 2", "--replace")
    cli("insert", path, "articles", "-", stdin=json.dumps(
        [{"url": "http://r.vn/2", "title": "Nữa", "text": "Xã Bình Hòa Phước.", "source": "r", "first_seen": "f"}]))
    db = open_archive(path)
    assert_index_exact(db)
    assert len(ids(search(db, PHRASE))) == 3


# The pair index as the previous version made it: triggers calling soyte_pairs().
OLD_PAIRS_SQL = f"""
CREATE VIRTUAL TABLE [{PAIRS_TABLE}] USING FTS5 (
    [pairs], content='', detail=none,
    tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
);
CREATE TRIGGER [{PAIRS_TABLE}_ai] AFTER INSERT ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) VALUES (new.id, soyte_pairs(new.title, new.text));
END;
CREATE TRIGGER [{PAIRS_TABLE}_ad] AFTER DELETE ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] ([{PAIRS_TABLE}], rowid, [pairs])
  VALUES ('delete', old.id, soyte_pairs(old.title, old.text));
END;
CREATE TRIGGER [{PAIRS_TABLE}_au] AFTER UPDATE OF [title], [text] ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] ([{PAIRS_TABLE}], rowid, [pairs])
  VALUES ('delete', old.id, soyte_pairs(old.title, old.text));
  INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) VALUES (new.id, soyte_pairs(new.title, new.text));
END;
"""


def old_archive(path: str) -> None:
    """An archive as the previous version left it, with articles written through its triggers."""
    db = open_archive(path)
    for name in (*pairs.TRIGGERS, PAIRS_TABLE, PENDING_TABLE, pairs.SOURCE_VIEW):
        kind = "TRIGGER" if name in pairs.TRIGGERS else "VIEW" if name == pairs.SOURCE_VIEW else "TABLE"
        db.execute(f"DROP {kind} [{name}]")
    db.conn.executescript(OLD_PAIRS_SQL)
    rng = random.Random(21)
    for i in range(40):
        insert_article(db, 7_000_000 + i, random_text(rng, 5), random_text(rng, 40))
    db["articles"].update(7_000_003, {"text": "xã Bình Hòa Phước"})
    db.execute("DELETE FROM articles WHERE id = 7000005")
    db.conn.commit()
    db.close()


def test_an_archive_of_the_previous_version_is_upgraded_on_open(tmp_path):
    path = str(tmp_path / "old.db")
    old_archive(path)
    with pytest.raises(sqlite3.OperationalError, match="soyte_pairs"):  # what issue 16 is about
        insert_article(sqlite_utils.Database(path), 7_000_100, "Khác", "xã Bình Hòa Phước")
    # Read-only (here: a read-only connection, so no upgrade), its index is still used as it is.
    readonly = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    assert pairs.index_kind(readonly) == pairs.IN_STEP
    assert 7_000_003 in ids(search(readonly, PHRASE)) and ids(search(readonly, PHRASE)) == plain_fts(readonly, PHRASE)
    readonly.close()
    db = open_archive(path)
    no_foreign_triggers_call_soyte(db)
    assert pairs.index_kind(db) == pairs.WITH_PENDING and not pairs.needs_rebuild(db.conn)
    assert_index_exact(db)
    rng = random.Random(4)
    for query in queries(rng, 30) + [PHRASE]:
        assert ids(search(db, query)) == plain_fts(db, query), query
    insert_article(sqlite_utils.Database(path), 7_000_100, "Khác", "xã Bình Hòa Phước")
    db = open_archive(path)
    assert ids(search(db, PHRASE))[0] == 7_000_100 and ids(search(db, PHRASE)) == plain_fts(db, PHRASE)


def test_an_open_does_not_wait_for_another_writer_to_drain(tmp_path):
    """A search opening the archive while another process holds the write lock
    leaves the pending articles pending (they are candidates) instead of waiting."""
    path = str(tmp_path / "a.db")
    archive_with_articles(path).close()
    insert_article(sqlite_utils.Database(path), 1_800_000_000_000, "Khác", "xã Bình Hòa Phước")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        db = open_archive(path, create=False)
        assert db.execute(f"SELECT count(*) FROM {PENDING_TABLE}").fetchone()[0] == 1
        first = db.execute("SELECT id FROM articles WHERE url = 'http://a.vn/0'").fetchone()[0]
        assert ids(search(db, PHRASE)) == [1_800_000_000_000, first]
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
    finally:
        writer.execute("ROLLBACK")
    assert_index_exact(open_archive(path, create=False))
