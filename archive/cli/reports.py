"""`soyte health`, `soyte stats` and `soyte merge`: the archive's runs and
sources, and folding workers' archives together."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ArchiveError
from ..health import health_lines, source_health
from ..lock import archive_lock
from ..merge import MergeReport, merge_archive
from ..registry import load_registry
from ..schema import open_archive
from ..stats import articles_per_province, articles_per_source, last_runs, totals
from .app import main
from .options import db_option, sources_file_option


@main.command()
@click.argument("archives", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--into", "into", required=True, type=click.Path(dir_okay=False), help="The archive to fold them into.")
def merge(archives, into) -> None:
    """Fold archives written by separate workers into one (same dedup as a crawl).

    \b
    Example:
      soyte merge worker1.db worker2.db --into archive.db
    """
    for path in archives:
        if Path(path).resolve() == Path(into).resolve():
            raise ArchiveError(f"{path} is the target archive", hint="name each worker archive once, not --into")
    target = open_archive(into, writable=True)
    report = MergeReport()
    with archive_lock(into):
        for path in archives:
            merge_archive(target, open_archive(path, create=False), report)
            click.echo(f"{path}: merged", err=True)
    click.echo(f"{report.pages} pages merged: {report.new_articles} new articles, {report.duplicates} pages joined "
               f"existing articles, {report.known} already in {into}; {report.runs} run records copied.")


@main.command()
@db_option()
@sources_file_option("Also report this file's sources (those not crawled yet show as such).")
@click.option("--recent", default=7, show_default=True, type=click.IntRange(1, 1000), help="Runs to look back over.")
def health(db, sources_file, recent) -> None:
    """Each source's recent crawls, and what is still lost; exits 1 when a
    source is flagged (for cron mail).

    Flags: a failed last run; a layout change (new pages no longer read as
    articles, or pages no longer link to articles); no new article in the last
    RECENT runs; no article archived yet; most article links fail; a backlog
    left by the page cap; pages linked as articles that did not read as one.
    It reports the sources the archive holds, and those of --sources FILE.

    \b
    Example:
      soyte health --db archive.db || echo "a source needs a look"
    """
    archive = open_archive(db, create=False)
    names = load_registry(sources_file).names() if sources_file else None
    report = source_health(archive, names, recent=recent)
    for line in health_lines(report):
        click.echo(line)
    flagged = [h.source for h in report if h.flags]
    if flagged:
        click.echo(f"\n{len(flagged)} source(s) flagged: {', '.join(flagged)}", err=True)
        sys.exit(1)


@main.command()
@db_option()
def stats(db) -> None:
    """Articles per source and province, and the last crawl runs.

    \b
    Example:
      soyte stats --db demo.db
    """
    archive = open_archive(db, create=False)
    counts = totals(archive)
    click.echo(f"{db}: {counts['articles']} articles, {counts['pages']} pages\n")
    click.echo(f"{'source':24} {'province':20} {'articles':>8} {'pages':>6}  {'newest':10}  last fetch")
    for row in articles_per_source(archive):
        click.echo(f"{row['source']:24} {row['province'] or '-':20} {row['articles']:8} {row['pages']:6}  "
                   f"{(row['newest'] or '')[:10]:10}  {(row['last_fetch'] or '')[:16]}")
    click.echo(f"\n{'province':24} {'articles':>8} {'sources':>8}")
    for row in articles_per_province(archive):
        click.echo(f"{row['province']:24} {row['articles']:8} {row['sources']:8}")
    runs = last_runs(archive)
    if runs:
        click.echo(f"\nlast runs:\n{'source':24} {'started':20} {'pages':>6} {'new':>5} {'dup':>5} {'errors':>6}  reason")
        for run in runs:
            click.echo(f"{run['source']:24} {run['started'][:19]:20} {run['pages_fetched']:6} "
                       f"{run['articles_new']:5} {run['duplicates']:5} {run['errors']:6}  {run['finish_reason'] or 'running'}")
