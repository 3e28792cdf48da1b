"""The word-pair index: phrase searches through it give exactly what FTS5 alone
gives, and it stays in step with every way articles are written."""

import random

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.article_ids import rekey_if_needed
from archive.pairs import PAIRS_TABLE, pair_text, pairs_query
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
    indexed = db.execute(f"SELECT count(*) FROM {PAIRS_TABLE}").fetchone()[0]
    assert indexed == db["articles"].count


def test_an_archive_made_before_the_pair_index_gets_it(tmp_path):
    path = str(tmp_path / "old.db")
    db = open_archive(path)
    rng = random.Random(9)
    for i in range(40):
        insert_article(db, 3_000_000 + i, random_text(rng, 5), random_text(rng, 40))
    db.execute(f"DROP TABLE {PAIRS_TABLE}")  # as README says to: its triggers stay behind
    db.close()
    db = open_archive(path)
    assert PAIRS_TABLE in db.table_names()
    for query in queries(rng, 40):
        assert [r["id"] for r in search(db, query)] == plain_fts(db, query), query


def test_a_writer_without_the_pair_function_is_refused_and_changes_nothing(tmp_path):
    path = str(tmp_path / "a.db")
    insert_article(open_archive(path), 4_000_000, "Tiêm chủng", "xã Bình Hòa")
    foreign = sqlite_utils.Database(path)  # e.g. the sqlite-utils CLI
    with pytest.raises(Exception, match="soyte_pairs"):
        insert_article(foreign, 4_000_001, "Khác", "bình hòa")
    db = open_archive(path)
    assert db["articles"].count == 1
    assert [r["id"] for r in search(db, '"xã bình hòa"')] == [4_000_000]


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
    from archive.search import SearchFilters

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
