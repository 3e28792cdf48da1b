"""Keeping each source's template (archive/extraction/template.py) in the
archive: loaded before a crawl or a re-extraction, updated as pages arrive,
learned again from the stored pages."""

from __future__ import annotations

import sqlite_utils

from .extraction.template import SiteTemplate, observation_of
from .prepared import decompress
from .storage import utc_now

TABLE = "site_templates"


def load_template(db: sqlite_utils.Database, source: str) -> SiteTemplate:
    """The source's stored template, or an empty one."""
    if TABLE in db.table_names():
        rows = list(db.query(f"SELECT * FROM {TABLE} WHERE source = ?", [source]))
        if rows:
            return SiteTemplate.from_row(rows[0])
    return SiteTemplate(source)


def save_template(db: sqlite_utils.Database, template: SiteTemplate) -> None:
    db[TABLE].upsert(template.as_row() | {"updated": utc_now().isoformat()}, pk="source")


def observe_html(template: SiteTemplate, body: bytes | str, content_type: str | None = None) -> None:
    """Count one page of the source into its template (a page that is not
    HTML is skipped)."""
    if (seen := observation_of(body, content_type)) is not None:
        template.observe(seen)


def learn_template(db: sqlite_utils.Database, source: str, *, limit: int = 200) -> SiteTemplate:
    """A source's template learned from its stored pages (articles and doubtful
    pages, the newest `limit`), saved, and returned."""
    template = SiteTemplate(source)
    rows = db.execute(
        "SELECT html FROM (SELECT id AS k, html, fetched_at FROM pages WHERE source = ? "
        "ORDER BY fetched_at DESC LIMIT ?)", [source, limit]).fetchall()
    if "doubtful_pages" in db.table_names():
        rows += db.execute("SELECT html FROM doubtful_pages WHERE source = ? ORDER BY fetched_at DESC LIMIT ?",
                           [source, limit]).fetchall()
    for (blob,) in rows:
        observe_html(template, decompress(blob))
    save_template(db, template)
    return template
