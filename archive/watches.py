"""Saved searches ("watches"): a query and filters kept in the archive's
`watches` table, their newest matches as an Atom feed, and a digest of what is
new since the last one.

A watch matches as `soyte search` does (archive/matching.py): the same query
language, diacritics optional, province today's or former, a source the
archive holds, and a kind of unit (so-y-te, cdc, ttyt, benh-vien).

Digest bookkeeping: an article is new for a watch when it was first archived
after the watch's last `--mark`ed digest (less an hour, for pages a running
crawl was committing when the digest ran), or within `since` when given or
when the watch was never marked (default 24 hours), and no marked digest of
that watch has listed it (`watch_sent`): never listed twice, never missed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

import sqlite_utils

from .article_ids import moment
from .errors import SoyteError
from .filters import ArticleFilter, province_name
from .matching import check_kind, match_sql, run_checked
from .search import fts_query

DEFAULT_SINCE = timedelta(hours=24)
MARK_SLACK = timedelta(hours=1)
FEED_SIZE = 50
SUMMARY_CHARS = 400
_NAME = re.compile(r"^[\w][\w.-]{0,63}$")


class WatchError(SoyteError):
    """A watch that does not exist, or one that cannot be saved as given."""


@dataclass(frozen=True)
class Watch:
    name: str
    query: str
    province: str | None = None
    source: str | None = None
    kind: str | None = None
    created: str = ""
    marked: str | None = None  # the last `soyte digest --mark`

    @property
    def filters(self) -> ArticleFilter:
        return ArticleFilter(source=self.source, province=self.province)

    def describe(self) -> str:
        extra = [f"{k} {v}" for k, v in (("province", self.province), ("source", self.source),
                                          ("kind", self.kind)) if v]
        return self.query + (f"  ({', '.join(extra)})" if extra else "")


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def add_watch(db: sqlite_utils.Database, name: str, query: str, *, province: str | None = None,
              source: str | None = None, kind: str | None = None, now: datetime | None = None) -> Watch:
    if not _NAME.match(name):
        raise WatchError(f"bad watch name {name!r}",
                         hint="use letters, digits, '-', '_' or '.' (it names the feed: NAME.atom), e.g. sot-xuat-huyet")
    fts_query(query)  # an empty query is refused now, not at the first digest
    watch = Watch(name, query.strip(), province_name(province) if province else None, source, check_kind(kind),
                  (now or utc_now()).isoformat())
    watch.filters.where(db, "a")  # a source the archive does not hold is a typo, as in `soyte search`
    if get_watch(db, name, missing_ok=True):
        raise WatchError(f"a watch named {name!r} exists already",
                         hint=f"`soyte watch remove {name}` first, or pick another name")
    with db.atomic():
        db["watches"].insert(asdict(watch))
    return watch


def get_watch(db: sqlite_utils.Database, name: str, *, missing_ok: bool = False) -> Watch | None:
    row = db.execute("SELECT name, query, province, source, kind, created, marked FROM watches WHERE name = ?",
                     [name]).fetchone()
    if row:
        return Watch(*row)
    if missing_ok:
        return None
    from .registry import unknown_name_hint

    raise WatchError(f"no watch named {name!r}",
                     hint=unknown_name_hint(name, [w.name for w in list_watches(db)], "`soyte watch list` lists them"))


def list_watches(db: sqlite_utils.Database) -> list[Watch]:
    return [Watch(*row) for row in db.execute(
        "SELECT name, query, province, source, kind, created, marked FROM watches ORDER BY name")]


def remove_watch(db: sqlite_utils.Database, name: str) -> None:
    get_watch(db, name)
    with db.atomic():
        db.execute("DELETE FROM watches WHERE name = ?", [name])
        db.execute("DELETE FROM watch_sent WHERE watch = ?", [name])


_ROW_SQL = """SELECT a.id, a.title, a.url, a.published, a.first_seen, a.source, a.province, a.legacy_province,
                     substr(a.text, 1, {chars}) AS summary
              FROM articles a WHERE a.id IN ({ids}) {extra} ORDER BY {order}"""
_COLUMNS = ("id", "title", "url", "published", "first_seen", "source", "province", "legacy_province", "summary")


def newest_matches(db: sqlite_utils.Database, watch: Watch, limit: int = FEED_SIZE) -> list[dict]:
    """The watch's newest matches by publication date (article ids follow it)."""
    ids, params = match_sql(db, watch.query, watch.filters, kind=watch.kind)
    return _rows(db, f"SELECT id FROM ({ids}) ORDER BY id DESC LIMIT {int(limit)}", "", params, "a.id DESC")


def new_matches(db: sqlite_utils.Database, watch: Watch, *, since: timedelta | None = None,
                now: datetime | None = None) -> list[dict]:
    """The watch's matches not reported yet (see the module's docstring), oldest archived first."""
    now = now or utc_now()
    if since is not None:
        start = now - since
    elif watch.marked:
        start = datetime.fromisoformat(watch.marked) - MARK_SLACK
    else:
        start = now - DEFAULT_SINCE
    ids, params = match_sql(db, watch.query, watch.filters, kind=watch.kind)
    extra = ("AND a.first_seen > :start AND a.id NOT IN (SELECT article_id FROM watch_sent WHERE watch = :watch)")
    return _rows(db, ids, extra, params | {"start": start.isoformat(), "watch": watch.name}, "a.first_seen, a.id")


def _rows(db: sqlite_utils.Database, ids_sql: str, extra: str, params: dict, order: str) -> list[dict]:
    sql = _ROW_SQL.format(chars=SUMMARY_CHARS, ids=ids_sql, extra=extra, order=order)
    return [dict(zip(_COLUMNS, row)) for row in run_checked(db, sql, params)]


def digest(db: sqlite_utils.Database, *, since: timedelta | None = None, mark: bool = False,
           now: datetime | None = None) -> list[dict]:
    """Per watch, its new matches: [{"watch", "query", "articles": […]}], watches
    with nothing new left out. With `mark`, they are recorded as sent and each
    watch's mark moves to `now`."""
    now = now or utc_now()
    out = []
    watches = list_watches(db)
    found = {w.name: new_matches(db, w, since=since, now=now) for w in watches}
    for w in watches:
        if found[w.name]:
            out.append({"watch": w.name, "query": w.describe(), "articles": found[w.name]})
    if mark:
        with db.atomic():
            for w in watches:
                db["watch_sent"].insert_all(({"watch": w.name, "article_id": a["id"], "sent": now.isoformat()}
                                             for a in found[w.name]), ignore=True)
                db.execute("UPDATE watches SET marked = ? WHERE name = ?", [now.isoformat(), w.name])
    return out


def parse_duration(text: str) -> timedelta:
    """'24h', '7d', '2w', '90m' -> a timedelta."""
    match = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text or "")
    if not match:
        raise WatchError(f"cannot read the duration {text!r}", hint="write a number and a unit: 90m, 24h, 7d, 2w")
    value, unit = int(match.group(1)), match.group(2)
    return timedelta(**{{"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[unit]: value})


# --- the Atom feed ---------------------------------------------------------------------------------

def _when(row: dict) -> datetime:
    for value in (row.get("published"), row.get("first_seen")):
        if value:
            try:
                return moment(value)
            except ValueError:
                continue
    return utc_now()


def atom_feed(db: sqlite_utils.Database, watch: Watch, *, self_url: str | None = None,
              limit: int = FEED_SIZE) -> bytes:
    """The watch's newest matches as an Atom 1.0 document (feedgen)."""
    from feedgen.feed import FeedGenerator  # only the feed commands need it

    rows = newest_matches(db, watch, limit)
    fg = FeedGenerator()
    fg.id(f"urn:soyte:watch:{watch.name}")
    fg.title(f"soyte — {watch.name}: {watch.query}")
    fg.subtitle(f"Tin y tế mới khớp “{watch.describe()}” · Newest health news matching it")
    fg.language("vi")
    fg.generator("soyte")
    if self_url:
        fg.link(href=self_url, rel="self", type="application/atom+xml")
    fg.author({"name": "soyte"})
    updated = max((_first_seen(r) for r in rows), default=None) or datetime.fromisoformat(watch.created)
    fg.updated(updated)
    for row in rows:
        fe = fg.add_entry(order="append")
        fe.id(f"urn:soyte:article:{row['id']}")
        fe.title(row["title"] or row["url"])
        fe.link(href=row["url"], rel="alternate", type="text/html")
        fe.published(_when(row))
        fe.updated(_first_seen(row) or _when(row))
        place = row["province"] or "?"
        if row["legacy_province"] and row["legacy_province"] != row["province"]:
            place += f" ({row['legacy_province']})"
        summary = " ".join((row["summary"] or "").split())
        if len(summary) >= SUMMARY_CHARS - 1:
            summary = summary[:SUMMARY_CHARS - 40].rsplit(" ", 1)[0] + " …"
        fe.summary(f"{place} · {row['source']} — {summary}")
        fe.category(term=place, label=f"Tỉnh · Province: {place}")
        fe.author({"name": row["source"]})
    return fg.atom_str(pretty=True)


def _first_seen(row: dict) -> datetime | None:
    try:
        value = datetime.fromisoformat(row["first_seen"])
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
