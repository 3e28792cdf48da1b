"""The `mentions` table's rows for one article (its shape is archive/schema.py's, tables as data)."""

from __future__ import annotations

from dataclasses import asdict

from .extract import extract_mentions

# Bump when the lexicon or the rules change: `soyte reextract` (or a later
# `soyte signals`) can then rebuild the rows of articles extracted before.
SIGNALS_VERSION = "signals-1"


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
