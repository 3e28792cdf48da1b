"""`soyte health`, `soyte stats` and `soyte merge`: the archive's runs and
sources, and folding workers' archives together."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ArchiveError
from ..health import source_health
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
    target = open_archive(into, writable=True)
    report = MergeReport()
    with archive_lock(into):
        for path in archives:
            if Path(path).resolve() == Path(into).resolve():
                raise ArchiveError(f"{path} is the target archive", hint="name each worker archive once, not --into")
            merge_archive(target, open_archive(path, create=False), report)
            click.echo(f"{path}: merged", err=True)
    click.echo(f"{report.pages} pages merged: {report.new_articles} new articles, {report.duplicates} pages joined "
               f"existing articles, {report.known} already in {into}; {report.runs} run records copied.")


@main.command()
@db_option()
@sources_file_option("Report these sources (default: the shipped registry).")
@click.option("--recent", default=7, show_default=True, type=click.IntRange(1, 1000), help="Runs to look back over.")
def health(db, sources_file, recent) -> None:
    """Each source's recent crawls; exits 1 when a source is flagged (for cron mail).

    Flags: a failed last run; a site that answers but whose new pages no longer
    read as articles (a layout change); no new article in the last RECENT runs.

    \b
    Example:
      soyte health --db archive.db || echo "a source needs a look"
    """
    archive = open_archive(db, create=False)
    report = source_health(archive, load_registry(sources_file).names(), recent=recent)
    click.echo(f"{'source':24} {'runs':>4}  {'last success':16}  {'new per run (newest first)':28} {'fail':>4}  status")
    for h in report:
        status = "; ".join(h.flags) if h.flags else ("ok" if h.runs else "not crawled yet")
        per_run = " ".join(str(n) for n in h.new_per_run)
        click.echo(f"{h.source:24} {h.runs:4}  {(h.last_success or '-')[:16]:16}  {per_run:28} {h.failures:4}  "
                   f"{'FLAG: ' if h.flags else ''}{status}")
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
