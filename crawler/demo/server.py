"""Serve the bundled demo sites on loopback, so crawls and tests never need the internet.

Each site lives in `sites/<name>/`: a `site.json` with the site's metadata and a
route table, and the files the routes point at. The server is deliberately dumb:
it serves stored bytes as they are (one page is windows-1258 and must stay so),
substitutes `{{BASE_URL}}` where a route says so (sitemaps, feeds and robots.txt
need absolute URLs, and the port is only known at run time), and renders one
dynamic page: the endless "Lịch công tác" calendar.

Usage::

    with serve_sites() as bases:          # {'cdc-nukeviet': 'http://127.0.0.11:41234/', ...}
        ...

or `python -m crawler.demo.server` to browse them by hand.
"""

from __future__ import annotations

import contextlib
import hashlib
import datetime as dt
import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

log = logging.getLogger(__name__)

SITES_DIR = Path(__file__).parent / "sites"
BASE_PLACEHOLDER = b"{{BASE_URL}}"
_JSESSIONID = re.compile(r";jsessionid=[^/?#]*", re.I)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid)$", re.I)
_META_KEYS = ("name", "title", "platform", "province", "legacy_province", "kind", "case_insensitive")


def normalise_target(target: str, case_insensitive: bool = False) -> str:
    """The lookup key of a request target ("path?query").

    Java portals put `;jsessionid=` in links until the cookie is set, and share
    buttons add tracking parameters; neither changes the page. IIS ignores letter
    case, so case-insensitive sites compare everything lowercased. The remaining
    query parameters are sorted so their order never matters.
    """
    if case_insensitive:
        target = target.lower()
    parts = urlsplit(target)
    path = _JSESSIONID.sub("", parts.path) or "/"
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    query = urlencode(sorted(params))
    return f"{path}?{query}" if query else path


@dataclass(frozen=True)
class Site:
    """One demo site as loaded from its `site.json`."""

    name: str
    root: Path
    meta: dict
    case_insensitive: bool
    routes: dict[str, dict]  # normalised "path?query" -> route
    by_path: dict[str, dict]  # normalised path -> route, for routes with any_query
    not_found: dict

    def lookup(self, target: str) -> dict | None:
        """The route serving `target`: an exact match first, then an any-query route by path."""
        key = normalise_target(target, self.case_insensitive)
        route = self.routes.get(key)
        if route is None:
            route = self.by_path.get(key.partition("?")[0])
        return route

    def read(self, route: dict) -> bytes:
        return (self.root / route["file"]).read_bytes()


@cache
def _load(name: str) -> Site:
    root = SITES_DIR / name
    data = json.loads((root / "site.json").read_text("utf-8"))
    ci = bool(data.get("case_insensitive", False))
    routes: dict[str, dict] = {}
    by_path: dict[str, dict] = {}
    for target, route in data["routes"].items():
        key = normalise_target(target, ci)
        routes[key] = route
        if route.get("any_query"):
            by_path[key.partition("?")[0]] = route
    return Site(name, root, data, ci, routes, by_path, data["not_found"])


def site_names() -> list[str]:
    """Names of the bundled sites, in a fixed order (the order of their loopback addresses)."""
    return sorted(p.parent.name for p in SITES_DIR.glob("*/site.json"))


def site_info(name: str) -> dict:
    """A site's metadata: name, title, platform, province, legacy_province, kind, and
    case_insensitive (IIS: the site serves one page under any letter case)."""
    meta = _load(name).meta
    return {key: meta.get(key) for key in _META_KEYS}


# --------------------------------------------------------------------------- calendar

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu")
_AGENDA = (
    "07h30: Giao ban Ban Giám đốc",
    "08h00: Kiểm tra công tác phòng, chống dịch tại các xã",
    "14h00: Họp Hội đồng thuốc và điều trị",
    "08h00: Dự hội nghị trực tuyến của Bộ Y tế",
    "14h00: Làm việc với đoàn kiểm tra an toàn thực phẩm",
    "07h30: Tiếp công dân định kỳ",
    "14h00: Sinh hoạt chi bộ",
)


def _week_monday(week: int) -> dt.date | None:
    """Monday of week `week`, counting week 1 from Monday 1 January 2024; None when out of range."""
    try:
        return dt.date(2024, 1, 1) + dt.timedelta(weeks=week - 1)
    except OverflowError:
        return None


def _calendar_rows(week: int) -> str:
    """A deterministic agenda for any week number, so the trap never runs dry."""
    monday = _week_monday(week)
    rows = []
    for i, day in enumerate(_WEEKDAYS):
        date = ""
        if monday is not None:
            with contextlib.suppress(OverflowError):
                date = (monday + dt.timedelta(days=i)).strftime(" %d/%m/%Y")
        items = [_AGENDA[(week * 3 + i * 2 + k) % len(_AGENDA)] for k in range(2)]
        cells = "<br>".join(items)
        rows.append(f"<tr><td>{day}{date}</td><td>{cells}</td></tr>")
    return "\n".join(rows)


def render_calendar(template: bytes, query: str, default_week: int) -> bytes:
    """Fill the calendar template for `?tuan=N` (any integer); prev/next links go on forever."""
    params = dict(parse_qsl(query, keep_blank_values=True))
    try:
        week = int(params.get("tuan", default_week))
    except ValueError:
        week = default_week
    values = {
        b"{{TUAN}}": str(week).encode(),
        b"{{PREV}}": str(week - 1).encode(),
        b"{{NEXT}}": str(week + 1).encode(),
        b"{{ROWS}}": _calendar_rows(week).encode("utf-8"),
    }
    for placeholder, value in values.items():
        template = template.replace(placeholder, value)
    return template


# --------------------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    """Serves one site; `site` is set on a per-site subclass."""

    site: Site

    def version_string(self) -> str:
        """The platform's usual Server header, so responses look like the real stacks."""
        return str(self.site.meta.get("server", "demo"))

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def _base_url(self) -> bytes:
        host = self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]
        return f"http://{host}".encode("ascii", "replace")

    def _respond(self, with_body: bool) -> None:
        route = self.site.lookup(self.path)
        if route is None:
            route = self.site.not_found
        body = self.site.read(route)
        if route.get("dynamic") == "calendar":
            body = render_calendar(body, urlsplit(self.path).query, int(route.get("default_week", 1)))
        if route.get("template"):
            body = body.replace(BASE_PLACEHOLDER, self._base_url())
        status = int(route.get("status", 200))
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if status == 200 and self.headers.get("If-None-Match") == etag:
            # Conditional requests, as most real servers answer them: a crawl
            # that kept the validator gets "not modified" and no body.
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        if status == 200:
            self.send_header("ETag", etag)
        self.send_header("Content-Type", route.get("content_type", "text/html; charset=utf-8"))
        self.send_header("Content-Length", str(len(body)))
        for key, value in route.get("headers", {}).items():
            self.send_header(key, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Route the per-request lines to logging instead of stderr."""
        log.debug("%s %s", self.site.name, format % args)


def _start(site: Site, address: str) -> tuple[ThreadingHTTPServer, threading.Thread]:
    handler = type(f"Handler_{site.name}", (_Handler,), {"site": site})
    server = ThreadingHTTPServer((address, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"demo-{site.name}", daemon=True)
    thread.start()
    return server, thread


@contextlib.contextmanager
def serve_sites(names: Iterable[str] | None = None) -> Iterator[dict[str, str]]:
    """Serve the bundled demo sites on loopback; yields {site_name: base_url}, e.g.
    {'cdc-nukeviet': 'http://127.0.0.11:41234/'}.

    Each site gets its own address 127.0.0.(10+i) (i = its index in site_names()),
    so sites never share a host, and an ephemeral port. Everything is shut down and
    closed on exit; the context manager can be entered again in the same process.
    """
    all_names = site_names()
    wanted = list(all_names if names is None else names)
    unknown = [n for n in wanted if n not in all_names]
    if unknown:
        raise KeyError(f"no such demo site: {', '.join(unknown)}")
    running: list[tuple[ThreadingHTTPServer, threading.Thread]] = []
    bases: dict[str, str] = {}
    try:
        for name in wanted:
            address = f"127.0.0.{10 + all_names.index(name)}"
            server, thread = _start(_load(name), address)
            running.append((server, thread))
            host, port = server.server_address[:2]
            bases[name] = f"http://{host}:{port}/"
            log.info("demo site %s at %s", name, bases[name])
        yield bases
    finally:
        for server, thread in running:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


def main() -> None:
    """Serve all demo sites until interrupted, printing their addresses."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with serve_sites() as bases:
        for name, base in bases.items():
            print(f"{name:22} {base}")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
