"""Datasette plugin shipped with soyte (loaded by `soyte browse` through
--plugins-dir): titles in the articles view, and article ids in the pages view
and in query results, link to the article's own page, which the shipped
templates/row.html shows as a readable article; in the articles view the
original page's link shows only its site, so the titles keep the room."""

from urllib.parse import urlsplit

from datasette import hookimpl
from markupsafe import Markup, escape


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if table == "articles_browse" and column == "url" and isinstance(value, str):
        site = urlsplit(value).netloc or value
        return Markup(f'<a href="{escape(value)}" title="{escape(value)}">{escape(site)}&nbsp;↗</a>')
    if table == "articles_browse" and column == "title" and "id" in keys:
        article_id = row["id"]
    elif column == "article_id" and table in ("pages_browse", None):
        article_id = value
    else:
        return None
    href = datasette.urls.row(database, "articles", str(article_id))
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


# Matched words inside a snippet: control characters that article text never
# holds, turned into <mark> only after the rest of the snippet is escaped.
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    """When the articles view is searched, `soyte_snippets(display_rows)` gives
    each shown article's text around the match, the matched words marked (as
    `soyte search` shows them), so a result says why it matched."""
    search = request.args.get("_search") if request is not None else None
    if table != "articles_browse" or not search:
        return {}
    from datasette.utils import escape_fts

    from archive.snippets import FOLDED_MARK, best_snippet_sql, restore_folded  # as `soyte search` does

    query = search if request.args.get("_searchmode") == "raw" else escape_fts(search)

    async def soyte_snippets(display_rows) -> dict:
        ids = [cell["raw"] for row in display_rows for cell in row if cell["column"] == "id"]
        if not ids:
            return {}
        sql = (f"SELECT rowid, {best_snippet_sql('articles_fts', 'char(2)', 'char(3)')} "
               f"FROM articles_fts WHERE articles_fts MATCH :query "
               f"AND rowid IN ({', '.join(str(int(i)) for i in ids)})")
        try:
            rows = (await datasette.get_database(database).execute(sql, {"query": query})).rows
        except Exception:  # a raw query FTS5 refuses: Datasette reports it on the page already
            return {}
        folded = [row[0] for row in rows if (row[1] or "").startswith(FOLDED_MARK)]
        originals = {}
        if folded:
            originals = {r[0]: (r[1], r[2]) for r in (await datasette.get_database(database).execute(
                f"SELECT id, title, text FROM articles WHERE id IN ({', '.join(str(int(i)) for i in folded)})")).rows}
        return {row[0]: _marked(restore_folded(row[1], *originals.get(row[0], (None, None)), (_MARK_OPEN, _MARK_CLOSE)))
                for row in rows}

    return {"soyte_snippets": soyte_snippets}


def _marked(snippet: str | None) -> Markup:
    html = str(escape(snippet or ""))
    return Markup(html.replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>"))
