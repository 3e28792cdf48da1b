"""`soyte search`."""

from __future__ import annotations

import json
import sys

import click

from ..errors import QueryError
from ..filters import ArticleFilter
from ..query import literal_query
from ..schema import open_archive
from ..search import search
from .app import main
from .options import date_range_options, db_option, json_option, province_option, raw_option, source_option


@main.command("search")
@click.argument("query")
@db_option()
@source_option()
@province_option()
@date_range_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--rank", is_flag=True, help="Best match first instead of newest first.")
@raw_option()
@click.option("--literal", is_flag=True, help="Every word on its own: quotes do not make phrases.")
@json_option()
def search_command(query, db, source, province, since, until, limit, rank, raw, literal, as_json) -> None:
    """Full-text search, with or without diacritics.

    QUERY is words and "quoted phrases", as in a search engine: every word must
    match, punctuation is no syntax ("COVID-19", "TP.HCM" and "27/2/2025" work
    as typed). AND, OR, NOT, NEAR, prefix* and column filters are SQLite FTS5
    syntax, read only with --raw.

    \b
    Examples:
      soyte search "tiêm chủng" --province "Nghệ An" --since 2024-01-01
      soyte search "dang vien" --rank --json
      soyte search --raw 'sởi OR "bạch hầu"'
    """
    query = typed_text(query)
    filters = ArticleFilter(source=source, province=province, since=since, until=until)
    archive = open_archive(db, create=False)
    marks = (MARK_OPEN, MARK_CLOSE) if not as_json else ("[", "]")
    rows = search(archive, literal_query(query) if literal else query, filters, rank=rank, limit=limit,
                  raw=raw and not literal, marks=marks)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print_results(rows)


def typed_text(query: str) -> str:
    """The query as text. Bytes that are not UTF-8 (a terminal in another
    encoding) reach Python as lone surrogates, which SQLite cannot take."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(f"the query is not UTF-8 text ({exc.reason} at character {exc.start + 1})",
                         hint="set your terminal to UTF-8, or type the words without diacritics") from None
    return query


# Matched words in a snippet: characters article text never holds, shown bold
# on a terminal and as [...] when the output is piped.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def print_results(rows: list[dict]) -> None:
    if not rows:
        click.echo("(no articles found)")
        return
    bold = sys.stdout.isatty()
    for row in rows:
        published = (row.get("published") or "")[:16].replace("T", " ")
        pages = f" [{row['page_count']} pages]" if row.get("page_count", 1) > 1 else ""
        click.echo(f"{published:16}  {row['source']:20}  {row['title']}{pages}")
        if row.get("snippet"):
            click.echo(f"{'':16}  {_marked(' '.join(row['snippet'].split()), bold)}")
        click.echo(f"{'':16}  {row['url']}")


def _marked(snippet: str, bold: bool) -> str:
    if bold:
        return snippet.replace(MARK_OPEN, "\x1b[1m").replace(MARK_CLOSE, "\x1b[0m")
    return snippet.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")
