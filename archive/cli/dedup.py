"""`soyte duplicates` and `soyte dedup`: the clusters of pages that are one story."""

from __future__ import annotations

import json

import click

from ..clusters import duplicate_clusters, rebuild_clusters
from ..errors import DedupError
from ..lock import archive_lock
from ..neardup import THRESHOLD
from ..schema import open_archive
from .app import main
from .options import db_option, json_option, show_progress


@main.command("duplicates")
@db_option()
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1_000_000), help="Clusters to show.")
@json_option()
def duplicates(db: str, limit: int, as_json: bool) -> None:
    """Articles with more than one page, newest first: every page's URL and
    source, how it joined the article (same-text, similar-text and the
    similarity), and the page the article shows (marked *).

    \b
    Example:
      soyte duplicates --db archive.db --limit 20
      soyte duplicates --json | jq '.[0].pages'
    """
    clusters = duplicate_clusters(open_archive(db, create=False), limit)
    if as_json:
        click.echo(json.dumps(clusters, ensure_ascii=False, indent=2))
        return
    if not clusters:
        click.echo("(no article has more than one page)")
    for cluster in clusters:
        click.echo(f"article {cluster['article_id']}  {cluster['title']}  [{len(cluster['pages'])} pages]")
        for page in cluster["pages"]:
            click.echo(f"  {'*' if page['shown'] else ' '} {page['source']:22} {_how(page):20} {page['url']}")


def _how(page: dict) -> str:
    if page["match_reason"] == "similar-text":
        return f"similar-text {page['similarity']:.2f}"
    return page["match_reason"] or "first page"


@main.command("dedup")
@click.option("--rebuild", is_flag=True, help="Recompute every cluster over the whole archive.")
@click.option("--threshold", default=THRESHOLD, show_default=True, type=click.FloatRange(0, 1, min_open=True),
              help="Jaccard similarity of two pages' 5-syllable shingles from which they may be one story.")
@db_option()
def dedup(rebuild: bool, threshold: float, db: str) -> None:
    """Recompute which pages are one article, from the page texts stored in the archive.

    Every page is judged again, in the order it was archived, by the same rule as
    a crawl (same URL, same text, or near-duplicate text on another site).
    Articles that split or merge get their page count and shown version again;
    the search index follows. It runs in one transaction: stopped or failed
    midway, the archive keeps its previous clusters.

    \b
    Example:
      soyte dedup --rebuild --db archive.db
      soyte dedup --rebuild --threshold 0.6 && soyte duplicates
    """
    if not rebuild:
        raise DedupError("nothing to do: `soyte dedup` needs --rebuild")
    archive = open_archive(db, create=False)
    with archive_lock(db):
        report = rebuild_clusters(archive, threshold=threshold, progress=show_progress)
    click.echo("", err=True)
    click.echo(f"{report.pages} pages: {report.articles_before} articles before, {report.articles_after} now; "
               f"{report.moved} pages changed article; {report.clusters} articles have more than one page.")
