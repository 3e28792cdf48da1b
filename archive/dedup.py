"""The archive's one dedup decision: which existing article, if any, a page belongs to.

Every path that adds a page (crawl, re-extraction, merge, `soyte dedup --rebuild`)
asks this function, so a new way of matching joins here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import sqlite_utils

from .neardup import THRESHOLD, Sketch, best_match, jaccard, strip_template
from .urls import canonical_url, looks_like_print


@dataclass(frozen=True)
class Match:
    article_id: int
    # same-url | same-text | print-view | similar-text (None: where storage puts an article's first page)
    reason: str | None
    similarity: float | None = None  # similar-text, print-view: Jaccard of the two pages' shingles


def find_article(
    db: sqlite_utils.Database,
    url: str,
    fingerprint: str | None,
    sketch: Sketch | None = None,
    *,
    source: str | None = None,
    threshold: float = THRESHOLD,
    before: int | None = None,
    links: Iterable[str] = (),
    template: frozenset[str] | None = None,
    title: str | None = None,
) -> Match | None:
    """The article this page is a copy of: the same canonical URL; else the same
    normalised text under another URL (print view, another site's copy); else,
    for a print view, the page of its source it links to (`links`: the page's
    hrefs, and any URL its text names: "URL của bản tin này: …"); else, given
    the page's `sketch`, a near-duplicate (see archive/neardup.py): on another
    source, or on the same source once the source's template is taken out of
    both texts. `template`: the source's template lines (None: the template
    stored in the archive, when it has one). `title`: the page's headline
    (a same-source re-post before the template is known must repeat it).
    `before`: judge as the archive
    stood when page `before` arrived (only pages with a smaller id), which is
    how a rebuild replays it."""
    bound, params = ("AND id < ?", [before]) if before is not None else ("", [])
    row = db.execute(f"SELECT article_id FROM pages WHERE url = ? {bound}", [url, *params]).fetchone()
    if row:
        return Match(row[0], "same-url")
    if fingerprint:
        row = db.execute(f"SELECT article_id FROM pages WHERE fingerprint = ? {bound} ORDER BY id LIMIT 1",
                         [fingerprint, *params]).fetchone()
        if row:
            return Match(row[0], "same-text")
    if template is None:
        template = stored_template_lines(db, source)
    if source and looks_like_print(url):
        found = _linked_article(db, url, source, sketch, links, template, bound, params)
        if found:
            return found
    near = best_match(db, sketch, source=source, threshold=threshold, before=before,
                      template=template, title=title) if sketch else None
    return Match(near.article_id, "similar-text", round(near.similarity, 4)) if near else None


# --- print views ------------------------------------------------------------------------------

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+")
_MIN_CONTAINED = 0.5  # of the smaller text's shingles found in the other: the print view shows the article


def _linked_article(db, url: str, source: str, sketch: Sketch | None, links: Iterable[str],
                    template: frozenset[str], bound: str, params: list) -> Match | None:
    """A print view joins the archived page of its source it links to, when
    their texts (minus the template) show one story; the first such link wins."""
    named = list(links) + (_URL_IN_TEXT.findall(sketch.text) if sketch else [])
    seen = {url}
    for link in named:
        try:
            target = canonical_url(link.rstrip(".,;:)]}"))
        except ValueError:
            continue
        if target in seen:
            continue
        seen.add(target)
        row = db.execute(f"SELECT article_id, text FROM pages WHERE url = ? AND source = ? {bound}",
                         [target, source, *params]).fetchone()
        if row is None:
            continue
        similarity = _shown_in(sketch, row[1] or "", template)
        if similarity is not None:
            return Match(row[0], "print-view", round(similarity, 4))
    return None


def _shown_in(sketch: Sketch | None, text: str, template: frozenset[str]) -> float | None:
    """Jaccard of the two texts minus the template when the smaller one's
    shingles lie mostly in the other (a print view adds a header, a date line,
    the article's URL); 0.0 for texts too short to judge (the link decides)."""
    if sketch is None:
        return 0.0
    a, b = Sketch(strip_template(sketch.text, template)), Sketch(strip_template(text, template))
    if not (a.eligible and b.eligible):
        return 0.0
    shared = len(a.shingles & b.shingles)
    if shared < _MIN_CONTAINED * min(len(a.shingles), len(b.shingles)):
        return None
    return jaccard(a.shingles, b.shingles)


def page_links(body: bytes | str, url: str) -> list[str]:
    """The absolute hrefs of a page, in order (for `find_article(links=...)`
    on a print view); none when the body is not HTML."""
    from urllib.parse import urljoin

    from .extraction.decode import decode_html
    from .extraction.dom import parse_html
    from .errors import ExtractionError

    try:
        root = parse_html(body if isinstance(body, str) else decode_html(body, None))
    except (ExtractionError, ValueError):
        return []
    out = []
    for href in root.xpath("//a/@href"):
        href = href.strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            try:
                out.append(urljoin(url, href))
            except ValueError:
                continue
    return out


# --- the source's template --------------------------------------------------------------------

_TEMPLATES: dict = {}  # (database file, source) -> (updated, lines): read again only when it changed


def stored_template_lines(db: sqlite_utils.Database, source: str | None) -> frozenset[str]:
    """The template lines of `source` kept in the archive (archive/templates.py),
    empty when it has none or too few pages to trust."""
    if not source or "site_templates" not in db.table_names():
        return frozenset()
    row = db.execute("SELECT updated, pages FROM site_templates WHERE source = ?", [source]).fetchone()
    if row is None:
        return frozenset()
    key = (id(db.conn), source)
    cached = _TEMPLATES.get(key)
    if cached is not None and cached[0] == tuple(row):
        return cached[1]
    from .extraction.template import SiteTemplate

    full = db.execute("SELECT * FROM site_templates WHERE source = ?", [source]).fetchone()
    columns = [d[0] for d in db.execute("SELECT * FROM site_templates LIMIT 0").description]
    lines = SiteTemplate.from_row(dict(zip(columns, full))).template_lines()
    if len(_TEMPLATES) > 256:
        _TEMPLATES.clear()
    _TEMPLATES[key] = (tuple(row), lines)
    return lines
