"""The `soyte` command line. Errors from the archive become one line and a hint."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import urllib.request
from datetime import date
from pathlib import Path

import click

from .errors import ArchiveError, ExtractionError, QueryError, SoyteError
from .extraction import extract
from .extraction.decode import MAX_PAGE_BYTES, sniff_not_html
from .extraction.extractor import NOT_HTML
from .reextract import reextract as reextract_pages
from .health import source_health
from .merge import MergeReport, merge_archive
from .lock import archive_lock
from .coverage import coverage, coverage_lines
from .registry import load_registry
from .schema import open_archive
from .search import SearchFilters, literal_query, search
from .stats import articles_per_province, articles_per_source, last_runs, totals

USER_AGENT = "soyte/0.1 (archive of Vietnamese provincial health news)"


class SoyteGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SoyteError as exc:
            _fail(ctx, str(exc), exc.hint)
        except sqlite3.Error as exc:
            # A write that failed mid-command (disk full, read-only, locked):
            # SQLite rolled the failing transaction back; what was committed stays.
            _fail(ctx, *_archive_problem(exc))


def _fail(ctx: click.Context, message: str, hint: str | None) -> None:
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    if hint:
        click.echo(f"Hint: {hint}", err=True)
    ctx.exit(2)


def _archive_problem(exc: sqlite3.Error) -> tuple[str, str]:
    text = str(exc)
    if "full" in text or "disk I/O" in text:
        return (f"cannot write the archive: the disk is full or failing ({text}); the step that failed was "
                "not saved, everything before it was",
                "free some space, then run the command again: it goes on where it stopped")
    if "readonly" in text or "read-only" in text:
        return f"the archive is read-only ({text})", "check the file's permissions, or pass another --db"
    if "locked" in text or "busy" in text:
        return f"the archive is busy ({text})", "another process holds it; wait for it to finish"
    if "malformed" in text or "not a database" in text:
        return f"the archive is damaged or not an archive ({text})", "check the --db path; keep a copy of the file"
    return f"archive error ({text})", "check the --db path"


@click.group(cls=SoyteGroup)
@click.version_option(package_name="soyte")
def main() -> None:
    """soyte: crawl Vietnamese provincial health news into a searchable SQLite archive.

    \b
    Start with the offline demo:   soyte demo
    Then search it:                soyte search --db demo.db "tiem chung"
    """


def _run_crawler(args: list[str]) -> None:
    """Crawling runs in a child process (`python -m crawler`): the archive
    package never imports Scrapy."""
    code = subprocess.call([sys.executable, "-m", "crawler", *args])
    if code:
        sys.exit(code)


@main.command()
@click.option("--sites", type=click.Path(dir_okay=False), help="Your own sources TOML file instead of the shipped registry.")
@click.option("--source", "sources", multiple=True, help="Crawl only this source (repeatable). Default: every source.")
@click.option("--db", default="archive.db", show_default=True, help="The archive to write.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting, as for `scrapy crawl -s`.")
@click.option("--refresh", is_flag=True, help="Also fetch known articles again; changed text is kept as a new version.")
def crawl(sites, sources, db, settings, refresh) -> None:
    """Crawl sources into the archive.

    \b
    Example:
      soyte crawl --source cdc-nghean
      soyte crawl --sites my-sites.toml -s DOWNLOAD_DELAY=0 --db mirror.db
      soyte crawl --refresh --source cdc-nghean
    """
    registry = load_registry(sites)
    for name in sources:
        registry.get(name)
    # A missing directory or a read-only archive fails here, in one line, before
    # anything is fetched (the crawler would otherwise fetch pages it cannot keep).
    open_archive(db, writable=True).close()
    args = ["crawl", "--db", db] + (["--sites", sites] if sites else [])
    args += [a for name in sources for a in ("--source", name)]
    args += [a for pair in settings for a in ("-s", pair)]
    _run_crawler(args + (["--refresh"] if refresh else []))


@main.command()
@click.option("--db", default="demo.db", show_default=True, help="The demo archive (recreated each run).")
def demo(db) -> None:
    """Serve the bundled demo sites on 127.0.0.1, crawl them, and search the result.

    \b
    Example:
      soyte demo && soyte search --db demo.db "dang vien"
    """
    _run_crawler(["demo", "--db", db])
    archive = open_archive(db, create=False)
    counts = totals(archive)
    click.echo(f"\n{db}: {counts['articles']} articles from {counts['pages']} pages.")
    for query in ('"tiêm chủng"', '"dang vien"'):
        click.echo(f"\n$ soyte search --db {db} --limit 5 '{query}'")
        _print_table(search(archive, query, limit=5))
    click.echo(f"\nTry: sqlite-utils search {db} articles 'sot xuat huyet' -c title -c published")


@main.command("extract")
@click.argument("file_or_url")
@click.option("--url", help="The page's URL (for a saved file; used for links and the title slug).")
@click.option("--source", help="Use this registry source's extraction hints.")
@click.option("--sites", type=click.Path(dir_okay=False), help="Sources file for --source.")
@click.option("--explain", is_flag=True, help="Also show which rule found each field, and the page kind.")
def extract_command(file_or_url, url, source, sites, explain) -> None:
    """Show what the archive would hold for one page, as JSON.

    \b
    Example:
      soyte extract saved-page.html --url https://cdcnghean.vn/tin-hoat-dong/abc-123.html --explain
    """
    body, content_type, page_url = _read_page(file_or_url, url)
    if kind := sniff_not_html(body):
        what = {"empty": "it is empty", "pdf": "it is a PDF document", "image": "it is an image",
                "binary": "it holds binary data"}.get(kind, f"it looks like a {kind} file")
        raise ExtractionError(f"{file_or_url}: not an HTML page ({what})")
    hints = load_registry(sites).get(source).hints if source else None
    result = extract(body, page_url, hints=hints, content_type=content_type)
    if result.explain.get("page_kind", "").startswith(NOT_HTML):
        raise ExtractionError(f"{file_or_url}: {result.explain['page_kind']}")
    out = result.as_json()
    if explain:
        out |= {"page_kind": result.page_kind, "explain": result.explain}
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def _read_page(file_or_url: str, url: str | None) -> tuple[bytes, str | None, str]:
    if file_or_url.startswith(("http://", "https://")):
        request = urllib.request.Request(file_or_url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read(MAX_PAGE_BYTES + 1)
                _check_size(file_or_url, len(body))
                return body, response.headers.get("Content-Type"), url or response.geturl()
        except OSError as exc:
            raise ExtractionError(f"cannot fetch {file_or_url}: {exc}") from exc
    path = Path(file_or_url)
    if not path.is_file():
        raise ExtractionError(f"no such file: {file_or_url}")
    _check_size(file_or_url, path.stat().st_size)  # before reading it
    try:
        return path.read_bytes(), None, url or path.resolve().as_uri()
    except OSError as exc:
        raise ExtractionError(f"cannot read {file_or_url}: {exc.strerror}") from exc


def _check_size(name: str, size: int) -> None:
    """Pages bigger than the crawler ever downloads (DOWNLOAD_MAXSIZE) are refused."""
    if size > MAX_PAGE_BYTES:
        raise ExtractionError(f"{name}: {size / 2**20:.0f} MB is too big for a web page "
                              f"(the limit is {MAX_PAGE_BYTES // 2**20} MB)")


@main.command("search")
@click.argument("query")
@click.option("--db", default="archive.db", show_default=True)
@click.option("--source", help="Only this source.")
@click.option("--province", help="Only this province (today's or a former one; diacritics optional).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--rank", is_flag=True, help="Best match first instead of newest first.")
@click.option("--literal", is_flag=True, help="Search the words as typed, ignoring FTS5 operators and quotes.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def search_command(query, db, source, province, since, until, limit, rank, literal, as_json) -> None:
    """Full-text search, with or without diacritics; "quoted phrases" work.

    \b
    Examples:
      soyte search "tiêm chủng" --province "Nghệ An" --since 2024-01-01
      soyte search "dang vien" --rank --json
    """
    query = _typed_text(query)
    archive = open_archive(db, create=False)
    filters = SearchFilters(source=source, province=province, since=_date(since), until=_date(until))
    rows = search(archive, literal_query(query) if literal else query, filters, rank=rank, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(rows)


def _typed_text(query: str) -> str:
    """The query as text. Bytes that are not UTF-8 (a terminal in another
    encoding) reach Python as lone surrogates, which SQLite cannot take."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(f"the query is not UTF-8 text ({exc.reason} at character {exc.start + 1})",
                         hint="set your terminal to UTF-8, or type the words without diacritics") from None
    return query


def _date(value) -> date | None:
    return value.date() if value else None


def _print_table(rows: list[dict]) -> None:
    if not rows:
        click.echo("(no articles found)")
        return
    for row in rows:
        published = (row.get("published") or "")[:16].replace("T", " ")
        pages = f" [{row['page_count']} pages]" if row.get("page_count", 1) > 1 else ""
        click.echo(f"{published:16}  {row['source']:20}  {row['title']}{pages}")
        click.echo(f"{'':16}  {row['url']}")


@main.command()
@click.option("--db", default="archive.db", show_default=True)
@click.option("--source", help="Only this source's pages.")
@click.option("--sites", type=click.Path(dir_okay=False), help="Sources file whose hints to use (default: the shipped registry).")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(0, 64),
              help="Extraction processes (0: one per core).")
def reextract(db, source, sites, workers) -> None:
    """Run the current extractor over the raw pages stored in the archive.

    Updates pages and articles (the search index follows) and reports how many
    titles, dates and bodies changed: how an extraction improvement reaches an
    archive crawled before it.

    \b
    Example:
      soyte reextract --db archive.db --source cdc-nghean
    """
    archive = open_archive(db, create=False, writable=True)
    registry = load_registry(sites)
    known = set(registry.names())

    def hints_for(name: str):
        return registry.get(name).hints if name in known else None

    def progress(done: int, total: int) -> None:
        click.echo(f"\r{done}/{total} pages", nl=False, err=True)

    with archive_lock(db):
        report = reextract_pages(archive, source=source, hints_for=hints_for, progress=progress,
                                 workers=workers or os.cpu_count() or 1)
    click.echo("", err=True)
    click.echo(f"{report.pages} pages re-extracted: {report.titles_changed} titles, {report.dates_changed} dates, "
               f"{report.bodies_changed} bodies and {report.authors_changed} authors changed.")
    if report.not_articles_now:
        click.echo(f"{len(report.not_articles_now)} pages no longer read as articles (kept; check them):")
        for url in report.not_articles_now[:20]:
            click.echo(f"  {url}")


@main.command()
@click.option("--sites", type=click.Path(dir_okay=False), help="Check and list this file instead of the shipped registry.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--check", is_flag=True, help="Fetch each source's start page: reachable, redirected (where) or gone.")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds per request for --check.")
def sources(sites, as_json, check, timeout) -> None:
    """List (and validate) the source registry, with coverage by province.

    \b
    Examples:
      soyte sources
      soyte sources --sites my-sites.toml
      soyte sources --check          # needs a network
    """
    registry = load_registry(sites)
    if check:
        _check_sources(registry, timeout, as_json)
        return
    if as_json:
        rows = [{"name": s.name, "url": s.url, "title": s.title, "kind": s.kind, "province": s.province,
                 "legacy_province": s.legacy_province, "platform": s.platform, "evidence": s.evidence,
                 "checked": s.checked} for s in registry.sources]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for s in registry.sources:
        province = s.province or "-"
        if s.legacy_province and s.legacy_province != s.province:
            province += f" (was {s.legacy_province})"
        click.echo(f"{s.name:22} {s.kind or '-':10} {province:30} {s.url}")
    click.echo(f"\n{len(registry.sources)} sources in {registry.path}: valid.\n")
    for line in coverage_lines(coverage(registry.sources)):
        click.echo(line)


def _check_sources(registry, timeout: float, as_json: bool) -> None:
    from .sources_check import check_sources  # the only network I/O of archive/

    def show(result) -> None:
        if not as_json:
            click.echo(result.line())

    results = check_sources(registry.sources, timeout=timeout, on_result=show)
    if as_json:
        click.echo(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2))
        return
    counts: dict[str, int] = {}
    for result in results:
        counts[result.state] = counts.get(result.state, 0) + 1
    click.echo("\n" + ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) + ".")


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
@click.option("--db", default="archive.db", show_default=True)
@click.option("--sites", type=click.Path(dir_okay=False), help="Report these sources (default: the shipped registry).")
@click.option("--recent", default=7, show_default=True, type=click.IntRange(1, 1000), help="Runs to look back over.")
def health(db, sites, recent) -> None:
    """Each source's recent crawls; exits 1 when a source is flagged (for cron mail).

    Flags: a failed last run; a site that answers but whose new pages no longer
    read as articles (a layout change); no new article in the last RECENT runs.

    \b
    Example:
      soyte health --db archive.db || echo "a source needs a look"
    """
    archive = open_archive(db, create=False)
    report = source_health(archive, load_registry(sites).names(), recent=recent)
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
@click.option("--db", default="archive.db", show_default=True)
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


# Commands that live in their own modules register here, one line each.
from .dedup_cli import duplicates  # noqa: E402
main.add_command(duplicates)
from .dedup_cli import dedup  # noqa: E402
main.add_command(dedup)
from .export_cli import browse, export, serve  # noqa: E402
main.add_command(browse)
main.add_command(serve)
main.add_command(export)


if __name__ == "__main__":
    main()
