"""Exports of the archive: articles as JSON Lines or CSV, raw pages as WARC 1.1.

Every function takes an open archive and a file object and streams: nothing is
held in memory beyond one row, and nothing touches the network.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from importlib.metadata import version
from typing import BinaryIO, Iterator, TextIO

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .errors import QueryError
from .filters import ArticleFilter
from .schema import ARTICLE_COLUMNS
from .search import fts_query
from .prepared import decompress

# An article's columns, then the URLs of all its pages.
EXPORT_COLUMNS = (*ARTICLE_COLUMNS, "page_urls")
CSV_URL_SEPARATOR = "\n"  # page URLs in one CSV cell, one per line
FORMATS = ("jsonl", "csv", "warc")

# Kept response headers that no longer describe the stored body: Scrapy stored
# it decoded (no gzip, no chunks), so a replay must not decode it again.
_STALE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def _where(db: sqlite_utils.Database, filters: ArticleFilter, alias: str) -> tuple[str, dict]:
    """SQL conditions on the rows of table `alias` (articles or pages: both have
    source, province, legacy_province and published), and the query's."""
    where, params = filters.where(db, alias)
    if filters.query and filters.query.strip():
        article_id = "id" if alias == "a" else "article_id"
        where += f" AND {alias}.{article_id} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :query)"
        params["query"] = fts_query(filters.query, raw=filters.raw_query)
    return (" WHERE " + where.removeprefix(" AND ")) if where else "", params


def _rows(db: sqlite_utils.Database, sql: str, params: dict, query: str | None) -> Iterator[sqlite3.Row]:
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        cursor.execute(sql, params)
        yield from cursor
    except sqlite3.OperationalError as exc:
        if query and not any(word in str(exc) for word in ("locked", "no such table", "disk", "readonly")):
            raise QueryError(f"cannot parse the query {query!r}: {exc}",
                             hint="leave out --raw to search the words as typed, or fix the FTS5 syntax") from exc
        raise
    finally:
        cursor.close()


def articles(db: sqlite_utils.Database, filters: ArticleFilter = ArticleFilter()) -> Iterator[dict]:
    """The articles that match, in publication order, each with `page_urls`:
    the URLs of every page it appeared on, the shown page first."""
    where, params = _where(db, filters, "a")
    sql = f"SELECT {', '.join(f'a.{c}' for c in ARTICLE_COLUMNS)} FROM articles a{where} ORDER BY a.id"
    for row in _rows(db, sql, params, filters.query):
        article = dict(row)
        article["page_urls"] = [url for (url,) in db.execute(
            "SELECT url FROM pages WHERE article_id = ? ORDER BY url != ?, id", [article["id"], article["url"]])]
        yield article


def write_jsonl(db: sqlite_utils.Database, out: TextIO, filters: ArticleFilter = ArticleFilter()) -> int:
    """One JSON object per line per article (UTF-8, no escaping of Vietnamese)."""
    count = 0
    for article in articles(db, filters):
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(db: sqlite_utils.Database, out: TextIO, filters: ArticleFilter = ArticleFilter()) -> int:
    """A header row, then one row per article; page URLs one per line in their
    cell. Starts with a UTF-8 byte order mark, so Excel reads it as UTF-8:
    write to a text stream opened with encoding="utf-8", newline=""."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for article in articles(db, filters):
        article["page_urls"] = CSV_URL_SEPARATOR.join(article["page_urls"])
        writer.writerow([article[c] for c in EXPORT_COLUMNS])
        count += 1
    return count


def warc_date(fetched_at: str) -> str:
    """A stored `fetched_at` (ISO 8601) as a WARC-Date: UTC, ending in Z
    (with microseconds only when the time has them, as WARC 1.1 allows)."""
    moment = datetime.fromisoformat(fetched_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def http_headers(status: int | None, headers_json: str | None, body_length: int):
    """The HTTP status line and headers of a WARC response record: the headers
    the crawl kept, with the body's real length (it is stored decoded)."""
    status = status or 200
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    kept = json.loads(headers_json) if headers_json else {}
    pairs = [(k, str(v)) for k, v in kept.items() if k.lower() not in _STALE_HEADERS]
    if not any(k.lower() == "content-type" for k, _ in pairs):
        pairs.append(("Content-Type", "text/html"))
    pairs.append(("Content-Length", str(body_length)))
    return StatusAndHeaders(f"{status} {reason}".strip(), pairs, protocol="HTTP/1.1")


def write_warc(db: sqlite_utils.Database, out: BinaryIO, filters: ArticleFilter = ArticleFilter(),
               *, gzip: bool = True, filename: str = "soyte.warc.gz") -> int:
    """WARC 1.1: a warcinfo record, then one response record per stored page
    (its raw HTML as fetched, WARC-Date = when it was fetched, WARC-Target-URI =
    its canonical URL). Filters apply to each page's own source, province and
    date; a query selects the pages of the matching articles."""
    writer = WARCWriter(out, gzip=gzip, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": f"soyte/{version('soyte')} warcio/{version('warcio')}",
        "format": "WARC File Format 1.1",
        "description": ("Pages of the soyte archive of Vietnamese provincial health news. Bodies are stored "
                        "decoded (no Content-Encoding / Transfer-Encoding); Content-Length is the stored length."),
    }))
    where, params = _where(db, filters, "p")
    sql = f"SELECT p.id, p.url, p.fetched_at, p.status, p.headers, p.html FROM pages p{where} ORDER BY p.id"
    count = 0
    for page in _rows(db, sql, params, filters.query):
        body = decompress(page["html"])
        record = writer.create_warc_record(
            page["url"], "response", payload=BytesIO(body), length=None,
            warc_headers_dict={"WARC-Date": warc_date(page["fetched_at"])},
            http_headers=http_headers(page["status"], page["headers"], len(body)))
        writer.write_record(record)
        count += 1
    return count
