"""`soyte crawl` and `soyte demo`.

Crawling runs in a child process (`python -m crawler`), so the archive package
never imports Scrapy: the options are validated here and handed over as JSON;
the child sends back each source's figures, or the error to show (it checks
the sources and the archive before it fetches anything). This process waits
for it holding as little as it can: what reads the archive (sqlite_utils,
numpy) is imported only once the child has finished.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from ..errors import CrawlError, NetworkUnreachable, SoyteError
from .app import fail, main
from .options import db_option, source_option, sources_file_option


def _settings(ctx: click.Context, param: click.Parameter, pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def run_crawler(request: dict) -> list[dict]:
    """Run `python -m crawler` on a validated request; each source's figures."""
    with tempfile.TemporaryDirectory(prefix="soyte-crawl-") as tmp:
        result_file = Path(tmp) / "result.json"
        code = subprocess.call([sys.executable, "-m", "crawler", json.dumps(request), str(result_file)])
        if not result_file.exists():
            raise CrawlError(f"the crawler stopped with exit code {code} before it could report")
        result = json.loads(result_file.read_text("utf-8"))
    if "error" in result:
        error = SoyteError(result["error"], hint=result.get("hint"))
        error.exit_code = result.get("exit_code", SoyteError.exit_code)
        raise error
    return result["results"]


@main.command()
@sources_file_option()
@source_option("Crawl only this source (repeatable). Default: every source.", multiple=True)
@db_option(help="The archive to write.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", callback=_settings,
              help="A Scrapy setting, as for `scrapy crawl -s`.")
@click.option("--refresh", is_flag=True, help="Also fetch known articles again; changed text is kept as a new version.")
@click.option("--verbose", is_flag=True, help="Also Scrapy's own log lines, with tracebacks.")
def crawl(sources_file, source_names, db, settings, refresh, verbose) -> None:
    """Crawl sources into the archive.

    \b
    Example:
      soyte crawl --source cdc-nghean
      soyte crawl --sources my-sites.toml -s DOWNLOAD_DELAY=0 --db mirror.db
      soyte crawl --refresh --source cdc-nghean

    Exit status: 0 when every source answered; 1 when some could not be
    reached (each is named, with why); 3 when none could (the network looks
    down); 2 for a usage or archive error.
    """
    results = run_crawler({"command": "crawl", "db": db, "sources_file": sources_file, "verbose": verbose,
                           "sources": list(source_names), "settings": settings, "refresh": refresh})
    print_summary(results)
    fail_if_unwritable(results, db)
    report_unreachable(results, sources_file)


def fail_if_unwritable(results: list[dict], db: str) -> None:
    from ..runs import ARCHIVE_ERROR

    failed = [r["source"] for r in results if r["finish_reason"] == ARCHIVE_ERROR]
    if failed:
        fail(f"cannot write the archive {db} (disk full, I/O error or read-only); stopped: {', '.join(failed)}",
             "free some space or fix the file, then run again: it goes on where it stopped")


def report_unreachable(results: list[dict], sources_file: str | None) -> None:
    """One line per source that could not be reached (its host, why), and the
    exit status that says how much of the crawl failed."""
    from ..registry import load_registry
    from ..runs import is_unreachable
    from ..urls import host_of

    unreachable = [r for r in results if is_unreachable(r["finish_reason"])]
    if not unreachable:
        return
    registry = load_registry(sources_file)  # here only now: the crawler's process checked it before the crawl
    for r in unreachable:
        host = host_of(registry.get(r["source"]).url)
        click.echo(f"Error: {r['source']}: cannot reach {host}: {r['finish_reason']}", err=True)
    if len(unreachable) == len(results):
        fail(f"no source could be reached ({len(results)} tried): the network looks down",
             "check this machine's connection (DNS, proxy, firewall), then run it again; nothing was marked gone",
             NetworkUnreachable.exit_code)
    click.echo(f"{len(unreachable)} of {len(results)} sources could not be reached; the others were crawled. "
               "`soyte health` keeps flagging them until they answer again.", err=True)
    raise SystemExit(1)


def print_summary(results: list[dict]) -> None:
    columns = ("pages_fetched", "articles_new", "duplicates", "known", "errors")
    click.echo("\nsource                      pages  new  duplicates  known  errors  finished")
    totals_row = dict.fromkeys(columns, 0)
    for r in results:
        c = r["counts"]
        click.echo(f"{r['source']:26} {c['pages_fetched']:6} {c['articles_new']:4} {c['duplicates']:11} "
                   f"{c['known']:6} {c['errors']:7}  {r['finish_reason']}")
        for flag in r.get("flags") or ():
            click.echo(f"{'':26} FLAG: {flag}")
        for k in columns:
            totals_row[k] += c[k]
    click.echo(f"{'total':26} {totals_row['pages_fetched']:6} {totals_row['articles_new']:4} "
               f"{totals_row['duplicates']:11} {totals_row['known']:6} {totals_row['errors']:7}")


@main.command()
@db_option(default="demo.db", help="The demo archive (recreated each run).")
def demo(db) -> None:
    """Serve the bundled demo sites on 127.0.0.1, crawl them, and search the result.

    \b
    Example:
      soyte demo && soyte search --db demo.db "dang vien"
    """
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    click.echo(f"Serving the demo sites on 127.0.0.1; crawling them into {db} …")
    print_summary(run_crawler({"command": "demo", "db": db}))
    show_demo_archive(db)


def show_demo_archive(db: str) -> None:
    from ..schema import open_archive
    from ..search import search
    from ..stats import totals
    from .search import print_results

    archive = open_archive(db, create=False)
    counts = totals(archive)
    click.echo(f"\n{db}: {counts['articles']} articles from {counts['pages']} pages.")
    for query in ('"tiêm chủng"', '"dang vien"'):
        click.echo(f"\n$ soyte search --db {db} --limit 5 '{query}'")
        print_results(search(archive, query, limit=5))
    click.echo(f"\nTry: sqlite-utils search {db} articles 'sot xuat huyet' -c title -c published")
