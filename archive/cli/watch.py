"""`soyte watch` (saved searches and their Atom feeds) and `soyte digest`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import ArchiveError
from ..matching import KINDS
from ..schema import open_archive
from ..watches import add_watch, atom_feed, digest, get_watch, list_watches, parse_duration, remove_watch
from .app import main
from .options import db_option, province_option, source_option


@main.group("watch")
def watch() -> None:
    """Saved searches: add, list, remove, and each one's Atom feed.

    A watch is a query (as for `soyte search`: words and "phrases", diacritics
    optional) with optional filters, kept in the archive. `soyte digest` reports
    what is new for every watch.

    \b
    Examples:
      soyte watch add sxh "sot xuat huyet" --province "Vĩnh Long"
      soyte watch list
      soyte watch feed sxh -o sxh.atom
      soyte watch remove sxh
    """


@watch.command("add")
@click.argument("name")
@click.argument("query")
@db_option()
@province_option()
@source_option()
@click.option("--kind", type=click.Choice(KINDS), help="Only sources of this kind of unit.")
def watch_add(name, query, db, province, source, kind) -> None:
    """Save QUERY as the watch NAME.

    \b
    Example:
      soyte watch add tay-chan-mieng '"tay chân miệng"' --kind cdc
    """
    archive = open_archive(db, create=False)
    w = add_watch(archive, name, query, province=province, source=source, kind=kind)
    click.echo(f"watch {w.name!r} saved: {w.describe()}")


@watch.command("list")
@db_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def watch_list(db, as_json) -> None:
    """List the watches."""
    archive = open_archive(db, create=False)
    watches = list_watches(archive)
    if as_json:
        click.echo(json.dumps([w.__dict__ for w in watches], ensure_ascii=False, indent=2))
        return
    if not watches:
        click.echo("(no watch yet: `soyte watch add NAME QUERY`)")
        return
    click.echo(f"{'name':20}  {'last digest':20}  query (filters)")
    for w in watches:
        click.echo(f"{w.name:20}  {(w.marked or '-')[:16].replace('T', ' '):20}  {w.describe()}")


@watch.command("remove")
@click.argument("name")
@db_option()
def watch_remove(name, db) -> None:
    """Remove the watch NAME (and its digest bookkeeping)."""
    archive = open_archive(db, create=False)
    remove_watch(archive, name)
    click.echo(f"watch {name!r} removed")


@watch.command("feed")
@click.argument("name")
@db_option()
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="The file to write (default: stdout).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000), help="Entries in the feed.")
def watch_feed(name, db, output, limit) -> None:
    """The newest matches of the watch NAME as an Atom 1.0 feed.

    \b
    Example:
      soyte watch feed sxh -o /var/www/feeds/sxh.atom
    """
    archive = open_archive(db, create=False)
    body = atom_feed(archive, get_watch(archive, name), limit=limit)
    if output == "-":
        click.echo(body.decode("utf-8"), nl=False)
        return
    part = Path(output + ".part")
    try:
        part.write_bytes(body)
        os.replace(part, output)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ArchiveError(f"{output}: cannot write ({exc.strerror})") from exc
    click.echo(f"feed of {name!r} written to {output}", err=True)


@main.command("digest")
@db_option()
@click.option("--since", "since_text", metavar="DURATION",
              help="New means first archived in the last DURATION (90m, 24h, 7d) "
                   "[default: since the last --mark, or 24h]")
@click.option("--mark", is_flag=True, help="Record the articles listed as sent: the next digest leaves them out.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def digest_command(db, since_text, mark, fmt) -> None:
    """What is new for every watch since the last digest, for cron mail.

    Prints nothing (and exits 0) when nothing is new, so cron mails only news.

    \b
    Example:
      soyte digest --db archive.db --mark
      soyte digest --since 7d --format json
    """
    since = parse_duration(since_text) if since_text else None
    archive = open_archive(db, create=False, writable=mark)
    found = digest(archive, since=since, mark=mark)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for group in found:
        n = len(group["articles"])
        click.echo(f"== {group['watch']}: {n} new article{'s' * (n != 1)} — {group['query']}")
        for a in group["articles"]:
            when = (a["published"] or "")[:16].replace("T", " ")
            click.echo(f"{when:16}  {a['province'] or '?':14}  {a['source']:20}  {a['title']}")
            click.echo(f"{'':16}  {a['url']}")
        click.echo("")
