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
