"""`soyte extract` (one page, as the archive would hold it) and `soyte reextract`."""

from __future__ import annotations

import json
import os
import socket
import urllib.request
from pathlib import Path

import click

from ..errors import ExtractionError
from ..extraction.decode import MAX_PAGE_BYTES, sniff_not_html
from ..lock import archive_lock
from ..registry import load_registry
from ..schema import open_archive
from .app import main
from .options import db_option, show_progress, source_option, sources_file_option

USER_AGENT = "soyte/0.1 (archive of Vietnamese provincial health news)"
_NOT_HTML_WHY = {"empty": "it is empty", "pdf": "it is a PDF document", "image": "it is an image",
                 "binary": "it holds binary data"}


@main.command("extract")
@click.argument("file_or_url")
@click.option("--url", help="The page's URL (for a saved file; used for links and the title slug).")
@source_option("Use this registry source's extraction hints.")
@sources_file_option("Sources file for --source.")
@click.option("--explain", is_flag=True, help="Also show which rule found each field, and the page kind.")
def extract_command(file_or_url, url, source, sources_file, explain) -> None:
    """Show what the archive would hold for one page, as JSON.

    \b
    Example:
      soyte extract saved-page.html --url https://cdcnghean.vn/tin-hoat-dong/abc-123.html --explain
    """
    body, content_type, page_url = _read_page(file_or_url, url)
    if kind := sniff_not_html(body):
        raise ExtractionError(f"{file_or_url}: not an HTML page "
                              f"({_NOT_HTML_WHY.get(kind, f'it looks like a {kind} file')})")
    from ..extraction.extractor import NOT_HTML, extract  # trafilatura: imported only by the commands that read pages

    hints = load_registry(sources_file).get(source).hints if source else None
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
            raise _fetch_error(file_or_url, exc) from exc
    path = Path(file_or_url)
    if not path.is_file():
        raise ExtractionError(f"no such file: {file_or_url}")
    _check_size(file_or_url, path.stat().st_size)  # before reading it
    try:
        return path.read_bytes(), None, url or path.resolve().as_uri()
    except OSError as exc:
        raise ExtractionError(f"cannot read {file_or_url}: {exc.strerror}") from exc


def _fetch_error(url: str, exc: OSError) -> ExtractionError:
    """What went wrong fetching `url`, in words that say what to do."""
    reason = getattr(exc, "reason", exc)  # urllib wraps socket errors in URLError
    if isinstance(reason, socket.gaierror):
        return ExtractionError(f"cannot fetch {url}: its host name does not resolve ({reason.strerror})",
                               hint="check the network connection (is this machine online?) and the URL's spelling; "
                                    "or save the page and pass the file with --url")
    if isinstance(reason, (ConnectionRefusedError, TimeoutError, socket.timeout)):
        return ExtractionError(f"cannot fetch {url}: the site did not answer ({reason})",
                               hint="the site may be down or this machine offline; try again later, "
                                    "or save the page and pass the file with --url")
    return ExtractionError(f"cannot fetch {url}: {exc}", hint="save the page and pass the file with --url")


def _check_size(name: str, size: int) -> None:
    """Pages bigger than the crawler ever downloads (DOWNLOAD_MAXSIZE) are refused."""
    if size > MAX_PAGE_BYTES:
        raise ExtractionError(f"{name}: {size / 2**20:.0f} MB is too big for a web page "
                              f"(the limit is {MAX_PAGE_BYTES // 2**20} MB)")


@main.command()
@db_option()
@source_option("Only this source's pages.")
@sources_file_option("Sources file whose hints to use (default: the shipped registry).")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(0, 64),
              help="Extraction processes (0: one per core).")
def reextract(db, source, sources_file, workers) -> None:
    """Run the current extractor over the raw pages stored in the archive.

    Updates pages and articles (the search index follows) and reports how many
    titles, dates and bodies changed: how an extraction improvement reaches an
    archive crawled before it.

    \b
    Example:
      soyte reextract --db archive.db --source cdc-nghean
    """
    from ..reextract import reextract as reextract_pages

    archive = open_archive(db, create=False, writable=True)
    registry = load_registry(sources_file)
    known = set(registry.names())

    def hints_for(name: str):
        return registry.get(name).hints if name in known else None

    with archive_lock(db):
        report = reextract_pages(archive, source=source, hints_for=hints_for, progress=show_progress,
                                 workers=workers or os.cpu_count() or 1)
    click.echo("", err=True)
    click.echo(f"{report.pages} pages re-extracted: {report.titles_changed} titles, {report.dates_changed} dates, "
               f"{report.bodies_changed} bodies and {report.authors_changed} authors changed.")
    if report.not_articles_now:
        click.echo(f"{len(report.not_articles_now)} pages no longer read as articles (kept; check them):")
        for url in report.not_articles_now[:20]:
            click.echo(f"  {url}")
