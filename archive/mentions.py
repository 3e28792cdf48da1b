"""Keeping the `mentions` table filled: the diseases each article names, with
the counts it states (archive/signals reads the text; this module stores it).

- `keep_mentions`: an article's rows, written again from its shown title and
  text; storage calls it when an article is created or its title or text
  changes (inside the same transaction).
- `fill_mentions`: every article not read yet, or read by an older
  SIGNALS_VERSION (`soyte reextract`, `soyte signals`).

`mentions_read` records which articles were read and by which version, so an
article that names no disease is not read again and again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .signals import SIGNALS_VERSION, mention_rows, split_sentences

if TYPE_CHECKING:  # extraction workers load this module; they never open a database
    import sqlite_utils

_BATCH = 500
# The extractor's time grows with the square of a sentence's length: a 6 MB
# statistics page ("xã Kim Liên, " 60,000 times, no full stop) would hold a
# crawl for hours. Such texts are read up to MAX_TEXT characters, and a
# "sentence" longer than MAX_SENTENCE (a list, a table dump) is read in pieces
# of about PIECE characters. Offsets stay those of the text (a space becomes a
# line break), so the stored start/end still point into the article's text.
MAX_TEXT = 100_000
MAX_SENTENCE = 2_000
PIECE = 1_000


def readable(text: str | None) -> str:
    """The article's text as the mention extractor reads it (see above)."""
    text = (text or "")[:MAX_TEXT]
    if len(text) <= MAX_SENTENCE:
        return text
    chars: list[str] | None = None
    for offset, sentence in split_sentences(text):
        if len(sentence) <= MAX_SENTENCE:
            continue
        chars = chars or list(text)
        end = offset + len(sentence)
        for cut in range(offset + PIECE, end, PIECE):
            space = text.find(" ", cut, end)
            if space != -1:
                chars[space] = "\n"
    return "".join(chars) if chars else text


def keep_mentions(db: sqlite_utils.Database, article_id: int, title: str | None = None,
                  text: str | None = None, *, old_id: int | None = None, rows: list[dict] | None = None) -> None:
    """Replace the article's rows with those of its current title and text
    (read from the archive when not given). `old_id`: the id it had before a
    re-key, whose rows go too. `rows`: that title and text's rows, read
    beforehand (storage.prepare, in the crawl's workers), their article_id to fill."""
    if rows is None and title is None and text is None:
        row = db.execute("SELECT title, text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return
        title, text = row
    for stale in {article_id, old_id} - {None}:
        forget_mentions(db, stale)
    if rows is None:
        rows = mention_rows(article_id, title, readable(text))
    else:
        rows = [row | {"article_id": article_id} for row in rows]
    if rows:
        db["mentions"].insert_all(rows)
    db.execute("INSERT INTO mentions_read (article_id, version) VALUES (?, ?)", [article_id, SIGNALS_VERSION])


def is_read(db: sqlite_utils.Database, article_id: int) -> bool:
    """Whether the current extractor has read the article."""
    return db.execute("SELECT 1 FROM mentions_read WHERE article_id = ? AND version = ?",
                      [article_id, SIGNALS_VERSION]).fetchone() is not None


def forget_mentions(db: sqlite_utils.Database, article_id: int) -> None:
    """Drop an article's rows (before its id changes or it goes away)."""
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM mentions_read WHERE article_id = ?", [article_id])


def unread_count(db: sqlite_utils.Database) -> int:
    """Articles not read yet by this SIGNALS_VERSION."""
    return db.execute(f"SELECT count(*) FROM articles a WHERE {_UNREAD}", [SIGNALS_VERSION]).fetchone()[0]


_UNREAD = ("NOT EXISTS (SELECT 1 FROM mentions_read r WHERE r.article_id = a.id AND r.version = ?)")


def fill_mentions(db: sqlite_utils.Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Read every article not read by this SIGNALS_VERSION (and drop the rows of
    articles another tool deleted); returns how many articles were read."""
    total = unread_count(db)
    done = 0
    with db.atomic():
        db.execute("DELETE FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)")
        db.execute("DELETE FROM mentions_read WHERE article_id NOT IN (SELECT id FROM articles)")
    while True:
        rows = db.execute(f"SELECT a.id, a.title, a.text FROM articles a WHERE {_UNREAD} ORDER BY a.id LIMIT {_BATCH}",
                          [SIGNALS_VERSION]).fetchall()
        if not rows:
            return done
        with db.atomic():  # a batch at a time: a stopped run keeps what it read
            for article_id, title, text in rows:
                keep_mentions(db, article_id, title, text)
        done += len(rows)
        if progress:
            progress(done, total)
