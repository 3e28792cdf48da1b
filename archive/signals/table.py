"""The `mentions` table: its shape (for archive/schema.py) and its rows for one article."""

from __future__ import annotations

from dataclasses import asdict

from .extract import extract_mentions

# Bump when the lexicon or the rules change: `soyte reextract` (or a later
# `soyte signals`) can then rebuild the rows of articles extracted before.
SIGNALS_VERSION = "signals-1"

MENTIONS_SQL = """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
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
        )"""

MENTIONS_INDEXES = [("article_id",), ("disease", "kind")]


def mention_rows(article_id: int, title: str | None, text: str | None) -> list[dict]:
    """Rows of `mentions` for one article (replace the article's rows with them)."""
    rows = []
    for m in extract_mentions(title or "", text or ""):
        row = asdict(m)
        row["disease_name"] = row.pop("name")
        row["negated"] = int(row["negated"])
        row["carried"] = int(row["carried"])
        rows.append({"article_id": article_id, **row, "version": SIGNALS_VERSION})
    return rows
