"""`soyte browse` (Datasette on the archive) and `soyte export` (JSONL, CSV, WARC)."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from ..browse import datasette_dir, datasette_metadata, prepare_for_browsing
from ..errors import BrowseError, ExportError
from ..export import FORMATS, write_csv, write_jsonl, write_warc
from ..filters import ArticleFilter
from ..registry import load_registry
from ..schema import open_archive
from .app import main
from .options import date_range_options, db_option, province_option, raw_option, source_option, sources_file_option

# Datasette's defaults (facets 200 ms, queries 1 s) are made for small tables;
# a national archive needs a little longer for facet counts over a search.
DATASETTE_SETTINGS = {"facet_time_limit_ms": "1000", "sql_time_limit_ms": "3000"}


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one article per line; csv: for spreadsheets (UTF-8 with BOM); warc: the raw pages.")
@db_option(help="The archive to read.")
@source_option()
@province_option()
@date_range_options
@click.option("--query", "-q", help='Only articles matching this search, as for `soyte search` ("dang vien").')
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="The file to write (default: stdout). WARC is gzipped per record when it ends in .gz.")
@raw_option()
def export(fmt, db, source, province, since, until, query, output, raw) -> None:
    """Export articles (JSONL, CSV) or the raw pages (WARC 1.1).

    JSONL and CSV hold one article per row: id, url, title, published, author,
    text, source, province, legacy_province, first_seen, page_count and
    page_urls (every page it appeared on; one per line in a CSV cell). The CSV
    starts with a UTF-8 byte order mark so Excel shows Vietnamese correctly.

    WARC holds one response record per stored page: the raw HTML as fetched,
    with its fetch time as WARC-Date and the HTTP headers the crawl kept. With
    WARC the filters apply to each page's own source, province and date.

    \b
    Example:
      soyte export --db archive.db --format jsonl --province "Nghệ An" --since 2024-01-01 > nghean.jsonl
      soyte export --db archive.db --format csv --query "sot xuat huyet" -o sot-xuat-huyet.csv
      soyte export --db archive.db --format warc --source cdc-nghean -o cdc-nghean.warc.gz
    """
    archive = open_archive(db, create=False)
    filters = ArticleFilter(source=source, province=province, since=since, until=until, query=query, raw_query=raw)
    to_stdout = output == "-"
    if fmt == "warc" and to_stdout and sys.stdout.isatty():
        raise ExportError("a WARC file is binary: not written to a terminal",
                          hint="pass --output FILE.warc.gz, or redirect stdout to a file")
    with _destination(output, binary=fmt == "warc") as out:
        if fmt == "jsonl":
            count, what = write_jsonl(archive, out, filters), "articles"
        elif fmt == "csv":
            count, what = write_csv(archive, out, filters), "articles"
        else:
            gzip = not to_stdout and output.endswith(".gz")
            count, what = write_warc(archive, out, filters, gzip=gzip, filename=Path(output).name), "pages"
    click.echo(f"{count} {what} exported{'' if to_stdout else ' to ' + output}.", err=True)


@contextmanager
def _destination(output: str, *, binary: bool):
    """A stream to stdout, or to `output` written beside it and renamed into
    place once complete (a failed export leaves no half file)."""
    if output == "-":
        raw = sys.stdout.buffer  # click.get_binary_stream is deprecated (Click 8.5)
        if binary:
            yield raw
            raw.flush()
            return
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield stream
        finally:
            stream.flush()
            stream.detach()
        return
    path = Path(output)
    part = path.with_name(path.name + ".part")
    try:
        handle = open(part, "wb") if binary else open(part, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"{output}: cannot write ({exc.strerror})") from exc
    try:
        with handle:
            yield handle
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


@main.command("browse")
@db_option(help="The archive to browse.")
@sources_file_option("Your own sources file, for the sources' titles and kinds (default: the shipped registry).")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to serve on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="The port to serve on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open it in your web browser.")
def browse(db, sources_file, host, port, open_browser) -> None:
    """Browse and search the archive in your web browser, with Datasette.

    Articles newest first, with facets on province, source, kind and year; the
    search box finds words with or without diacritics ("dang vien" finds
    "đảng viên"); click a title to read the article; ready-made queries: new
    articles of the last days by province, one story and all its pages,
    sources that stopped publishing. Stop it with Ctrl+C.

    It writes a `sources` table and two views (articles_browse, pages_browse)
    into the archive, and leaves the rest untouched.

    \b
    Example:
      soyte browse --db archive.db --open
      soyte browse --db demo.db --port 8002
    """
    archive = open_archive(db, create=False)
    prepare_for_browsing(archive, load_registry(sources_file), db)
    archive.conn.close()
    if port:
        _check_port(host, port)
    name = Path(db).stem
    config = datasette_dir()
    with tempfile.TemporaryDirectory(prefix="soyte-browse-") as tmp:
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata(name), ensure_ascii=False), "utf-8")
        args = [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(metadata),
                "--template-dir", str(config / "templates"), "--plugins-dir", str(config / "plugins"),
                "--host", host, "--port", str(port)]
        args += [a for key, value in DATASETTE_SETTINGS.items() for a in ("--setting", key, value)]
        args += ["--open"] if open_browser else []
        if port:
            from datasette.utils import tilde_encode

            click.echo(f"Articles: http://{host}:{port}/{tilde_encode(name)}/articles_browse  (Ctrl+C to stop)",
                       err=True)
        _run_until_stopped(args)


def _check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise BrowseError(f"cannot serve on {host}:{port} ({exc.strerror})") from exc


def _run_until_stopped(args: list[str]) -> None:
    """Run Datasette; Ctrl+C or a SIGTERM to soyte stops it too."""
    child = subprocess.Popen(args)
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        code = child.wait()
    except KeyboardInterrupt:
        code = 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
    if code:
        raise BrowseError(f"Datasette stopped with exit code {code}", hint="see its message above")


# `soyte serve`: the same command under the name Datasette users expect.
main.add_command(click.Command("serve", params=browse.params, callback=browse.callback, help=browse.help,
                      short_help="Same as browse.", hidden=True))
