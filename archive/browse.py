"""Browsing the archive in Datasette: the views and the `sources` table it reads,
and the shipped Datasette configuration (metadata, templates, plugin).

Datasette facets and searches one table or view. The archive's tables do not
hold a source's kind (it is in the registry) nor an article's year, and the
`pages` table holds the raw HTML, so `prepare_for_browsing` writes into the
archive:
- `sources`: one row per source, from the registry (or the user's sources
  file), plus any source the archive holds that the registry lacks;
- `articles_browse`: articles with their kind and year, without the long text
  and the folded search column (search goes through `articles_fts`);
- `pages_browse`: pages without the raw HTML and headers.
They are rewritten on every `soyte browse`, so they follow the registry and any
change to their definition. Nothing else in the archive reads them.
"""

from __future__ import annotations

import re
import sqlite3
from importlib.resources import files
from pathlib import Path

import sqlite_utils
import yaml

from .errors import ArchiveError
from .registry import Registry

# The database name the shipped metadata is written for; `datasette_metadata`
# re-keys it to the name Datasette gives the archive (its file name's stem).
METADATA_DATABASE = "archive"

# A source the registry does not describe: its kind guessed from its name, as
# the registry's names go (soyte-…, cdc-…, ttyt-…, bv…-…).
_KIND_FROM_NAME = (
    (re.compile(r"^(soyte|so-y-te|syt)\b"), "so-y-te"),
    (re.compile(r"^cdc\b"), "cdc"),
    (re.compile(r"^(ttyt|trungtamyte)\b"), "ttyt"),
    (re.compile(r"^(bv\w*|benhvien\w*|benh-vien)\b"), "benh-vien"),
)

SOURCES_SQL = """
    CREATE TABLE IF NOT EXISTS sources (
        name TEXT PRIMARY KEY,
        title TEXT,
        kind TEXT,
        province TEXT,
        legacy_province TEXT,
        url TEXT,
        in_registry INTEGER NOT NULL DEFAULT 0
    )"""

VIEWS = {
    "articles_browse": """
        CREATE VIEW articles_browse AS
        SELECT a.published, a.title, a.source, s.kind, a.province, a.legacy_province,
               substr(a.published, 1, 4) AS year, a.author, a.page_count, a.url, a.id
        FROM articles a LEFT JOIN sources s ON s.name = a.source""",
    "pages_browse": """
        CREATE VIEW pages_browse AS
        SELECT p.id, p.article_id, p.url, p.source, p.fetched_at, p.status, p.title, p.published,
               p.author, p.province, p.legacy_province, p.match_reason
        FROM pages p""",
}


def guess_kind(name: str) -> str | None:
    for pattern, kind in _KIND_FROM_NAME:
        if pattern.match(name):
            return kind
    return None


def source_rows(db: sqlite_utils.Database, registry: Registry) -> list[dict]:
    """The `sources` table's rows: the registry's sources, then the archive's others."""
    rows = {s.name: {"name": s.name, "title": s.title, "kind": s.kind or guess_kind(s.name),
                     "province": s.province, "legacy_province": s.legacy_province, "url": s.url,
                     "in_registry": 1}
            for s in registry.sources}
    held = db.execute("""SELECT source, max(province), max(legacy_province) FROM articles GROUP BY source
                         UNION ALL SELECT DISTINCT source, NULL, NULL FROM crawl_runs""").fetchall()
    for name, province, legacy in held:
        if name not in rows:
            rows[name] = {"name": name, "title": None, "kind": guess_kind(name), "province": province,
                          "legacy_province": legacy, "url": None, "in_registry": 0}
        elif rows[name]["province"] is None and province:
            rows[name] |= {"province": province, "legacy_province": legacy}
    return list(rows.values())


def prepare_for_browsing(db: sqlite_utils.Database, registry: Registry, path: str = "") -> None:
    """Write the `sources` table and the browse views into the archive.

    A read-only archive that already has them is browsed as it is."""
    try:
        with db.conn:
            db.execute(SOURCES_SQL)
            db.execute("DELETE FROM sources")
            db["sources"].insert_all(source_rows(db, registry))
            for name, sql in VIEWS.items():
                db.execute(f"DROP VIEW IF EXISTS [{name}]")
                db.execute(sql)
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) and {"sources", *VIEWS} <= set(db.table_names() + db.view_names()):
            return
        raise ArchiveError(f"{path or 'the archive'}: cannot add the browsing views ({exc})",
                           hint="`soyte browse` writes a `sources` table and two views into the archive: "
                                "make it writable, or copy it to a writable place") from exc


def datasette_dir() -> Path:
    """The shipped Datasette configuration: metadata.yaml, templates/, plugins/."""
    return Path(str(files("archive").joinpath("data/datasette")))


def datasette_metadata(database_name: str) -> dict:
    """The shipped metadata, keyed to the name Datasette gives the archive."""
    from datasette.utils import tilde_encode  # Datasette's own encoding of names in URLs

    text = (datasette_dir() / "metadata.yaml").read_text("utf-8")
    text = text.replace(f'href="/{METADATA_DATABASE}/', f'href="/{tilde_encode(database_name)}/')
    metadata = yaml.safe_load(text)
    databases = metadata.get("databases", {})
    if METADATA_DATABASE in databases and database_name != METADATA_DATABASE:
        databases[database_name] = databases.pop(METADATA_DATABASE)
    return metadata
