"""The word-pair index: phrase searches through it give exactly what FTS5 alone
gives, and it stays in step with every way articles are written, by soyte or
by a connection that never registered soyte's function."""

import random
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import pairs
from archive.article_ids import rekey_if_needed
from archive.pairs import PAIRS_TABLE, PENDING_TABLE, pair_text, pairs_query
from archive.schema import ensure_db_shape, open_archive
from archive.search import search

# A small vocabulary, so phrases recur and near-misses ("bình hòa" apart) abound.
VOCAB = "xã bình hòa hoà phước đông đồng dong đảng dang viên y tế tiêm chủng 19 Covid".split()


def plain_fts(db, query: str, limit: int = 20) -> list[int]:
    """What FTS5 alone returns, newest first: the reference."""
    return [r[0] for r in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                     "ORDER BY rowid DESC LIMIT ?", [query, limit])]


def insert_article(db, article_id: int, title: str, text: str) -> None:
    db["articles"].insert({"id": article_id, "url": f"http://a.vn/{article_id}", "title": title, "text": text,
                           "source": "s", "first_seen": "2026-01-01T00:00:00+00:00", "published": None})


def drain(db) -> None:
    with db.atomic():
        pairs.drain(db.conn)


def index_rows(db, table: str = PAIRS_TABLE, schema: str = "main") -> set[tuple[str, int]]:
    """The index's (pair, article) entries, read with fts5vocab."""
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.[vocab_{schema}_{table}] "
               f"USING fts5vocab({schema}, {table}, 'instance')")
    return {(term, doc) for term, doc in db.execute(f"SELECT term, doc FROM temp.[vocab_{schema}_{table}]")
            if term != pairs.BUILT}


def assert_index_exact(db) -> None:
    """Nothing pending, and the pair index holds exactly the pairs of the
    articles as they are now: the same entries as an index built afresh."""
    assert db.execute(f"SELECT count(*) FROM {PENDING_TABLE}").fetchone()[0] == 0
    with db.atomic():  # ended, so the connection keeps no old snapshot of the archive
        db.execute("CREATE VIRTUAL TABLE temp.fresh USING fts5(pairs, content='', detail=none, "
                   "tokenize=\"unicode61 remove_diacritics 2 tokenchars '_'\")")
        db.conn.executemany("INSERT INTO temp.fresh (rowid, pairs) VALUES (?, ?)",
                            [(i, pair_text(t, x)) for i, t, x in db.execute("SELECT id, title, text FROM articles")])
        try:
            assert index_rows(db) == index_rows(db, "fresh", "temp")
        finally:
            db.execute("DROP TABLE temp.vocab_temp_fresh")
            db.execute("DROP TABLE temp.fresh")
        assert db.execute(f"SELECT count(*) FROM {PAIRS_TABLE}_docsize").fetchone()[0] == db["articles"].count + 1


def random_text(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        word = rng.choice(VOCAB)
        out.append(word.upper() if rng.random() < 0.05 else word)
        if rng.random() < 0.1:
            out[-1] += rng.choice([",", ".", "-", "\n", " –"])
    return " ".join(out)


def queries(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        phrase = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 4)))
        extra = rng.choice(["", f" {rng.choice(VOCAB)}", f' "{rng.choice(VOCAB)} {rng.choice(VOCAB)}"'])
        out.append(f'"{phrase}"{extra}')
    return out


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_phrase_search_through_pairs_equals_plain_fts(seed):
    rng = random.Random(seed)
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    for i in range(rng.randint(5, 80)):
        insert_article(db, 1_000_000 + i, random_text(rng, 6), random_text(rng, rng.randint(0, 60)))
        if rng.random() < 0.7:  # the rest stay pending: a search counts them as candidates
            drain(db)
    for query in queries(rng, 15):
        assert pairs_query(query) is not None
        expected = plain_fts(db, query)
        assert [r["id"] for r in search(db, query)] == expected, query
        every_match = set(plain_fts(db, query, 10**6))
        ranked = [r["id"] for r in search(db, query, rank=True)]
        assert set(ranked) <= every_match and len(ranked) == min(20, len(every_match)), query


def test_pairs_follow_updates_deletes_and_rekeys(db):
    rng = random.Random(5)
    ids = list(range(2_000_000, 2_000_060))
    for i in ids:
        insert_article(db, i, random_text(rng, 5), random_text(rng, 40))
    for i in ids[::3]:
        db["articles"].update(i, {"text": random_text(rng, 40)})
    for i in ids[1::5]:
        db["articles"].update(i, {"title": random_text(rng, 5), "page_count": 2})
    for i in ids[2::7]:
        db.execute("DELETE FROM articles WHERE id = ?", [i])
    moved = ids[4]
    db["articles"].update(moved, {"published": "2024-05-06T07:08:00+07:00"})
    new_id = rekey_if_needed(db, moved)
    assert new_id != moved
    for query in queries(rng, 60):
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query
    drain(db)
    for query in queries(rng, 30):
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query
    assert_index_exact(db)


WRITERS = ("soyte, drained", "soyte", "sqlite3", "sqlite-utils")


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_pairs_stay_exact_whoever_writes(seed):
    """Random inserts, updates, upserts, deletes and re-keys, each through soyte
    (draining in the same transaction, as save_page does, or not) or through a
    connection without soyte's function (sqlite3, sqlite-utils); searches
    between them, through soyte's connection and through a foreign one, equal
    FTS5 alone; after a drain the index is exact."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "a.db")
        soyte = open_archive(path)
        plain = sqlite3.connect(path, isolation_level=None)
        foreign = sqlite_utils.Database(path)
        ids: list[int] = []
        for step in range(rng.randint(10, 60)):
            writer = rng.choice(WRITERS)
            db = soyte if writer.startswith("soyte") else foreign
            op = rng.choice(["insert"] * 3 + ["text", "title", "count", "upsert", "delete", "rekey"]) if ids else "insert"
            target = rng.choice(ids) if ids else None
            if writer == "sqlite3":
                plain.execute("BEGIN")
                if op in ("insert", "upsert"):
                    ids.append(1_000_000 + step * 7)
                    plain.execute("INSERT INTO articles (id, url, title, text, source, first_seen) VALUES (?, 'u', ?, ?, 's', 'f')",
                                  [ids[-1], random_text(rng, 5), random_text(rng, rng.randint(0, 40))])
                elif op in ("text", "title"):
                    plain.execute(f"UPDATE articles SET {op} = ? WHERE id = ?", [random_text(rng, 30), target])
                elif op == "count":
                    plain.execute("UPDATE articles SET page_count = page_count + 1 WHERE id = ?", [target])
                elif op == "delete":
                    plain.execute("DELETE FROM articles WHERE id = ?", [target])
                    ids.remove(target)
                else:  # another tool moving an article to another id, as rekey_if_needed does (articles_fts's
                    # triggers, shaped as sqlite-utils makes them, do not follow an UPDATE of the id itself)
                    plain.execute("INSERT INTO articles (id, url, title, text, source, first_seen) "
                                  "SELECT ?, url, title, text, source, first_seen FROM articles WHERE id = ?",
                                  [2_000_000 + step, target])
                    plain.execute("DELETE FROM articles WHERE id = ?", [target])
                    ids[ids.index(target)] = 2_000_000 + step
                plain.execute("COMMIT")
                continue
            with db.atomic():
                if op == "insert":
                    ids.append(1_000_000 + step * 7)
                    insert_article(db, ids[-1], random_text(rng, 5), random_text(rng, rng.randint(0, 40)))
                elif op in ("text", "title"):
                    db["articles"].update(target, {op: random_text(rng, 30)})
                elif op == "count":
                    db["articles"].update(target, {"page_count": 3})
                elif op == "upsert":  # INSERT … ON CONFLICT DO UPDATE
                    db["articles"].upsert({"id": target, "url": "u", "title": random_text(rng, 4), "source": "s",
                                           "first_seen": "f"}, pk="id")
                elif op == "delete":
                    db.execute("DELETE FROM articles WHERE id = ?", [target])
                    ids.remove(target)
                else:
                    db["articles"].update(target, {"published": f"20{rng.randint(10, 25)}-01-02"})
                    ids[ids.index(target)] = rekey_if_needed(db, target)
                if writer == "soyte, drained":
                    pairs.drain(db.conn)
            if rng.random() < 0.2:
                for query in queries(rng, 3):
                    expected = plain_fts(soyte, query)
                    assert [r["id"] for r in search(soyte, query)] == expected, query
                    assert [r["id"] for r in search(foreign, query)] == expected, query
        for query in queries(rng, 10):
            expected = plain_fts(soyte, query)
            assert [r["id"] for r in search(foreign, query)] == expected, query
        soyte = open_archive(path)  # drains
        assert_index_exact(soyte)
        for query in queries(rng, 10):
            assert [r["id"] for r in search(soyte, query)] == plain_fts(soyte, query), query
        for conn in (soyte, foreign, plain):
            conn.close()


def test_an_archive_made_before_the_pair_index_gets_it(tmp_path):
    path = str(tmp_path / "old.db")
    db = open_archive(path)
    rng = random.Random(9)
    for i in range(40):
        insert_article(db, 3_000_000 + i, random_text(rng, 5), random_text(rng, 40))
    db.execute(f"DROP TABLE {PAIRS_TABLE}")  # how to have it built again (pairs.py): its triggers stay behind
    db.close()
    db = open_archive(path)
    assert PAIRS_TABLE in db.table_names()
    for query in queries(rng, 40):
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query


def test_a_writer_without_the_pair_function_is_followed(tmp_path):
    path = str(tmp_path / "a.db")
    insert_article(open_archive(path), 4_000_000, "Tiêm chủng", "xã Bình Hòa")
    foreign = sqlite_utils.Database(path)  # e.g. the sqlite-utils CLI: no soyte_pairs()
    insert_article(foreign, 4_000_001, "Khác", "bình hòa")
    assert [r["id"] for r in search(foreign, '"xã bình hòa"')] == [4_000_000]
    assert [r["id"] for r in search(foreign, '"bình hòa"')] == [4_000_001, 4_000_000]
    db = open_archive(path)
    assert db["articles"].count == 2
    assert_index_exact(db)
    assert [r["id"] for r in search(db, '"bình hòa"')] == [4_000_001, 4_000_000]


def test_an_index_emptied_by_an_fts5_rebuild_is_built_again(tmp_path):
    """`sqlite-utils rebuild-fts` rebuilds the pair index from its empty
    content: searches take the plain path meanwhile, soyte's drain leaves it
    alone, and the next open builds it whole."""
    path = str(tmp_path / "a.db")
    db = open_archive(path)
    rng = random.Random(13)
    for i in range(30):
        insert_article(db, 6_000_000 + i, random_text(rng, 5), random_text(rng, 30))
    drain(db)
    db.execute(f"INSERT INTO {PAIRS_TABLE}({PAIRS_TABLE}) VALUES('rebuild')")
    assert index_rows(db) == set()
    insert_article(db, 6_000_100, "Bình Hòa", "xã Bình Hòa Phước")
    db["articles"].update(6_000_001, {"text": "xã Bình Hòa"})
    drain(db)
    for query in queries(rng, 20) + ['"xã bình hòa"']:
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query
    db = open_archive(path)
    assert_index_exact(db)
    for query in queries(rng, 20) + ['"xã bình hòa"']:
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query


def test_pairs_query_shapes():
    assert pairs_query('"xã Bình Hòa"') == '"xã_Bình" "Bình_Hòa"'
    assert pairs_query('"đảng viên" tiêm') == '"dảng_viên"'
    assert pairs_query('"Covid-19 mới"') == '"Covid_19" "19_mới"'
    for plain in ("y tế", '"tiêm"', 'a OR "b c"', '"b c" NOT d', "tiêm*", 'title:"b c"', '("b c")', '"b c" NEAR d'):
        assert pairs_query(plain) is None, plain


def test_pair_text_folds_d_and_joins_neighbours():
    assert pair_text("Đảng viên", "y tế, xã") == "Dảng_viên viên_y y_tế tế_xã"
    assert pair_text(None, None) == ""


def test_a_phrase_search_leaves_no_transaction_open(tmp_path):
    """The check table is written; the connection must not stay in a
    transaction (it would keep reading an old snapshot of the archive)."""
    path = str(tmp_path / "a.db")
    db = open_archive(path)
    insert_article(db, 5_000_000, "Tiêm chủng", "xã Bình Hòa Phước")
    assert [r["id"] for r in search(db, '"xã bình hòa"')] == [5_000_000]
    assert not db.conn.in_transaction
    insert_article(open_archive(path), 5_000_001, "Khác", "xã Bình Hòa nữa")  # another process writes
    assert [r["id"] for r in search(db, '"xã bình hòa"')] == [5_000_001, 5_000_000]


def test_filters_apply_on_the_pair_path(db):
    """Dates bound the candidates, source filters the check: the same as FTS5 alone."""
    from datetime import date

    from archive.article_ids import new_article_id
    from archive.filters import ArticleFilter as SearchFilters

    rng = random.Random(11)
    for i in range(120):
        published = f"20{rng.randint(20, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00+07:00"
        db["articles"].insert({"id": new_article_id(db, published, ""), "url": f"http://a.vn/{i}",
                               "title": random_text(rng, 4), "text": random_text(rng, 30), "published": published,
                               "source": rng.choice(["a", "b"]), "first_seen": "2026-01-01T00:00:00+00:00"})
    filters = SearchFilters(source="a", since=date(2022, 1, 1), until=date(2024, 6, 30))
    for query in queries(rng, 40):
        expected = [r[0] for r in db.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
            "AND a.source = 'a' AND a.published >= '2022-01-01' AND a.published < '2024-07-01' "
            "ORDER BY a.id DESC LIMIT 20", [query])]
        assert [r["id"] for r in search(db, query, filters)] == expected, query
        drain(db)
        assert [r["id"] for r in search(db, query, filters)] == expected, query
