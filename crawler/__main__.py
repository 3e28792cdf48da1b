"""`python -m crawler crawl|demo`: the crawling half of the `soyte` command.

`soyte crawl` and `soyte demo` run this module in a child process, so the
archive package never imports Scrapy.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from archive.errors import SoyteError
from archive.registry import load_registry
from crawler.pipelines import ARCHIVE_ERROR
from crawler.runner import crawl_sources, project_settings


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="-s")
        out[name.strip()] = value
    return out


def _summary(results) -> None:
    click.echo("\nsource                      pages  new  duplicates  known  errors  finished")
    totals = dict.fromkeys(("pages_fetched", "articles_new", "duplicates", "known", "errors"), 0)
    for r in results:
        c = r.counts
        click.echo(f"{r.source:26} {c['pages_fetched']:6} {c['articles_new']:4} {c['duplicates']:11} "
                   f"{c['known']:6} {c['errors']:7}  {r.finish_reason}")
        for k in totals:
            totals[k] += c[k]
    click.echo(f"{'total':26} {totals['pages_fetched']:6} {totals['articles_new']:4} {totals['duplicates']:11} "
               f"{totals['known']:6} {totals['errors']:7}")


@click.group()
def main() -> None:
    """Crawler entry points (use `soyte crawl` / `soyte demo`)."""


@main.command()
@click.option("--sites", type=click.Path(dir_okay=False), help="A sources TOML file instead of the shipped registry.")
@click.option("--source", "sources", multiple=True, help="Crawl only this source (repeatable).")
@click.option("--db", default="archive.db", show_default=True, help="The archive to write.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting.")
@click.option("--refresh", is_flag=True, help="Fetch known articles again, to catch corrections.")
def crawl(sites, sources, db, settings, refresh) -> None:
    """Crawl sources into the archive."""
    try:
        registry = load_registry(sites)
        overrides = {"SOYTE_ARCHIVE": db, "SOYTE_QUIET_SCRAPY": "True"} | _overrides(settings)
        results = crawl_sources(registry, list(sources), sites, project_settings(overrides), refresh=refresh)
    except SoyteError as exc:
        click.echo(f"Error: {exc}", err=True)
        if exc.hint:
            click.echo(f"Hint: {exc.hint}", err=True)
        sys.exit(2)
    _summary(results)
    failed = [r.source for r in results if r.finish_reason == ARCHIVE_ERROR]
    if failed:
        click.echo(f"Error: cannot write the archive {db} (disk full, I/O error or read-only); "
                   f"stopped: {', '.join(failed)}", err=True)
        click.echo("Hint: free some space or fix the file, then run again: it goes on where it stopped", err=True)
        sys.exit(2)


@main.command()
@click.option("--db", default="demo.db", show_default=True, help="The demo archive (recreated).")
def demo(db) -> None:
    """Serve the bundled demo sites on 127.0.0.1 and crawl them into DB."""
    from crawler.demo.run import demo_sources_toml
    from crawler.demo.server import serve_sites

    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    with serve_sites() as base_urls, tempfile.TemporaryDirectory() as tmp:
        sites_file = Path(tmp) / "demo-sources.toml"
        sites_file.write_text(demo_sources_toml(base_urls), "utf-8")
        click.echo(f"Serving {len(base_urls)} demo sites on 127.0.0.1; crawling them into {db} …")
        overrides = {"SOYTE_ARCHIVE": db, "SOYTE_QUIET_SCRAPY": "True", "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
                     "SOYTE_PROGRESS_INTERVAL": "2"}
        results = crawl_sources(load_registry(sites_file), [], str(sites_file), project_settings(overrides))
    _summary(results)


if __name__ == "__main__":
    main()
