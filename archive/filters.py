"""Which articles a command is about: one filter model for search, export and
watches (source, province, dates, and a full-text query for export).

`where()` gives SQL conditions on a table that has the articles' source,
province, legacy_province and published columns (articles, or pages), with
every value a parameter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from .article_ids import date_key
from .errors import QueryError
from .provinces import current_province, legacy_province
from .registry import unknown_name_hint


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    province: str | None = None  # a province of today or a former one, diacritics optional
    since: date | None = None  # published on or after
    until: date | None = None  # published on or before
    query: str | None = None  # a full-text query, as for `soyte search` (export's --query)
    raw_query: bool = False  # `query` is FTS5 syntax, not words and phrases

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"--since {self.since} is after --until {self.until}: no article can match",
                             hint="swap the two dates")

    def where(self, db: sqlite_utils.Database, alias: str, *, id_column: str | None = None) -> tuple[str, dict]:
        """(" AND …" conditions on the rows of `alias`, their parameters). With
        `id_column`, the date filters also bound the article ids (they follow
        publication order), so an index walk stops early."""
        clauses, params = [], {}
        if self.source:
            _check_source(db, self.source)
            clauses.append(f"{alias}.source = :source")
            params["source"] = self.source
        if self.province:
            clauses.append(f"({alias}.province = :province OR {alias}.legacy_province = :province)")
            params["province"] = province_name(self.province)
        if self.since:
            clauses.append(f"{alias}.published >= :since")
            params["since"] = self.since.isoformat()
        if self.until:
            clauses.append(f"{alias}.published < :until")
            params["until"] = (self.until + timedelta(days=1)).isoformat()
        if id_column:
            bounds = self.id_bounds()
            clauses += [f"{id_column} {op} :{key}" for op, key in ((">=", "since_key"), ("<", "until_key"))
                        if key in bounds]
            params |= bounds
        return "".join(f" AND {c}" for c in clauses), params

    def id_bounds(self) -> dict:
        """The article-id bounds of the date filters (ids follow publication order)."""
        bounds = {}
        if self.since:
            bounds["since_key"] = date_key(self.since.isoformat(), "")
        if self.until:
            bounds["until_key"] = date_key((self.until + timedelta(days=1)).isoformat(), "")
        return bounds


def province_name(value: str) -> str:
    """A province as a user typed it (today's or a former one, diacritics
    optional) -> its canonical name, or a QueryError."""
    name = current_province(value) or legacy_province(value)
    if not name:
        raise QueryError(f"unknown province {value!r}",
                         hint="use a province name, with or without diacritics: 'Đồng Nai' or 'dong nai'")
    return name


def _check_source(db: sqlite_utils.Database, source: str) -> None:
    """A source the archive holds nothing of is a typo more often than an empty result."""
    if db.execute("SELECT 1 FROM articles WHERE source = ? UNION ALL SELECT 1 FROM crawl_runs WHERE source = ? "
                  "LIMIT 1", [source, source]).fetchone():
        return
    known = [row[0] for row in db.execute("SELECT DISTINCT source FROM articles UNION SELECT source FROM crawl_runs")]
    raise QueryError(f"this archive holds nothing of a source named {source!r}",
                     hint=unknown_name_hint(source, known, "`soyte stats` lists the archive's sources"))
