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

The pair index is written by triggers calling `soyte_pairs()`, a function each
connection that writes articles registers (`register_functions`; the archive's
own `open_archive`/`ensure_db_shape` do). A connection without it can still
read everything, but cannot write articles: better than an index that silently
falls out of step. Deleting from a contentless FTS5 table needs the exact pairs
that were indexed, so changing `pair_text` means rebuilding the table (drop it;
`ensure_db_shape` builds it again).
"""

from __future__ import annotations

import re
import sqlite3

import sqlite_utils

PAIRS_TABLE = "articles_pairs"
PAIR_FUNCTION = "soyte_pairs"

# Words as FTS5's unicode61 tokenizer cuts them (letters and digits; "_" is the
# pair's own joint). Where the two disagree Python splits finer, which keeps
# every pair FTS5 sees adjacent as adjacent here too.
_WORD = re.compile(r"[^\W_]+")
_KEYWORDS = frozenset({"AND", "OR", "NOT", "NEAR"})
# A query of plain words and "quoted phrases" only (implicitly ANDed); anything
# else (OR, NOT, NEAR, columns, prefixes, groups) takes the plain path.
_SIMPLE_QUERY = re.compile(r'^\s*(?:(?:"[^"]*"|[^\W_]+)\s*)+$')
_ITEM = re.compile(r'"([^"]*)"|([^\W_]+)')

SCHEMA_SQL = f"""
CREATE VIRTUAL TABLE [{PAIRS_TABLE}] USING FTS5 (
    [pairs], content='', detail=none,
    tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
);
CREATE TRIGGER [{PAIRS_TABLE}_ai] AFTER INSERT ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) VALUES (new.id, {PAIR_FUNCTION}(new.title, new.text));
END;
CREATE TRIGGER [{PAIRS_TABLE}_ad] AFTER DELETE ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] ([{PAIRS_TABLE}], rowid, [pairs])
  VALUES ('delete', old.id, {PAIR_FUNCTION}(old.title, old.text));
END;
CREATE TRIGGER [{PAIRS_TABLE}_au] AFTER UPDATE OF [title], [text] ON [articles] BEGIN
  INSERT INTO [{PAIRS_TABLE}] ([{PAIRS_TABLE}], rowid, [pairs])
  VALUES ('delete', old.id, {PAIR_FUNCTION}(old.title, old.text));
  INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) VALUES (new.id, {PAIR_FUNCTION}(new.title, new.text));
END;
"""
TRIGGERS = tuple(f"{PAIRS_TABLE}_{suffix}" for suffix in ("ai", "ad", "au"))
FILL_SQL = f"INSERT INTO [{PAIRS_TABLE}] (rowid, [pairs]) SELECT id, {PAIR_FUNCTION}(title, text) FROM articles"


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


def has_pairs_index(db: sqlite_utils.Database) -> bool:
    return PAIRS_TABLE in db.table_names()
