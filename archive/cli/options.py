"""Options shared by several commands, each declared once here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import click

Decorator = Callable[[Callable], Callable]


def db_option(default: str = "archive.db", help: str = "The archive.") -> Decorator:
    return click.option("--db", default=default, show_default=True, help=help)


def sources_file_option(help: str = "Your own sources TOML file instead of the shipped registry.") -> Decorator:
    # A file of *sources* (the registry's entries); --sites is its older name.
    return click.option("--sources", "--sites", "sources_file", type=click.Path(dir_okay=False), help=help)


def source_option(help: str = "Only this source.", multiple: bool = False) -> Decorator:
    if multiple:
        return click.option("--source", "source_names", multiple=True, help=help)
    return click.option("--source", help=help)


def province_option() -> Decorator:
    return click.option("--province", help="Only this province (today's or a former one; diacritics optional).")


def date_range_options(func: Callable) -> Callable:
    """--since and --until, as dates (YYYY-MM-DD)."""
    func = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), callback=_as_day,
                        help="Published on or before (YYYY-MM-DD).")(func)
    return click.option("--since", type=click.DateTime(["%Y-%m-%d"]), callback=_as_day,
                        help="Published on or after (YYYY-MM-DD).")(func)


def _as_day(ctx: click.Context, param: click.Parameter, value: datetime | None) -> date | None:
    return value.date() if value else None


def json_option(help: str = "Print JSON instead of a table.") -> Decorator:
    return click.option("--json", "as_json", is_flag=True, help=help)


def show_progress(done: int, total: int) -> None:
    """A progress callback for long archive-wide commands (to stderr, one line)."""
    click.echo(f"\r{done}/{total} pages", nl=False, err=True)


def raw_option() -> Decorator:
    return click.option("--raw", is_flag=True,
                        help="Read the query as SQLite FTS5 syntax: AND, OR, NOT, NEAR, prefix*, column filters.")
