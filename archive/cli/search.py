"""`soyte search`."""

from __future__ import annotations

import json

import click

from ..errors import QueryError
from ..schema import open_archive
from ..search import SearchFilters, literal_query, search
from .app import main
from .options import date_range_options, db_option, json_option, province_option, source_option


@main.command("search")
@click.argument("query")
@db_option()
@source_option()
@province_option()
@date_range_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--rank", is_flag=True, help="Best match first instead of newest first.")
@click.option("--literal", is_flag=True, help="Search the words as typed, ignoring FTS5 operators and quotes.")
@json_option()
def search_command(query, db, source, province, since, until, limit, rank, literal, as_json) -> None:
    """Full-text search, with or without diacritics; "quoted phrases" work.

    \b
    Examples:
      soyte search "tiêm chủng" --province "Nghệ An" --since 2024-01-01
      soyte search "dang vien" --rank --json
    """
    query = typed_text(query)
    archive = open_archive(db, create=False)
    filters = SearchFilters(source=source, province=province, since=since, until=until)
    rows = search(archive, literal_query(query) if literal else query, filters, rank=rank, limit=limit)
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


def print_results(rows: list[dict]) -> None:
    if not rows:
        click.echo("(no articles found)")
        return
    for row in rows:
        published = (row.get("published") or "")[:16].replace("T", " ")
        pages = f" [{row['page_count']} pages]" if row.get("page_count", 1) > 1 else ""
        click.echo(f"{published:16}  {row['source']:20}  {row['title']}{pages}")
        click.echo(f"{'':16}  {row['url']}")
