"""Canonical page URLs: one string per page, whatever form a link gave it.

The crawler canonicalises before Scrapy's duplicate filter and the archive keys
pages by the result, so a URL seen with a session id, a tracking parameter, a
Liferay `_redirect=`, a fragment or a default port is still one page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

_SESSION_IN_PATH = re.compile(r";(?:jsessionid|sessionid|phpsessid|sid)=[^/?#]*", re.I)
_ASPNET_COOKIELESS = re.compile(r"/\([A-Z]\([^)]*\)\)", re.I)  # /(S(abc123))/ in IIS paths
_DROP_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|_gl|mc_cid|mc_eid"
    r"|jsessionid|phpsessid|sessionid|sid|replytocom|.*_redirect|p_p_auth|_hsenc|_hsmi)$",
    re.I,
)
_PRINT_MARKERS = re.compile(
    r"(pop_up|viewmode=print|[?&]print=|tmpl=component|/print/|/in/|/bm/print/|[?&]in=1|/in-bai)", re.I
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SURROGATES = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=8192)
def canonical_url(url: str, *, case_insensitive: bool = False) -> str:
    """The page's canonical form. `case_insensitive` is for IIS sites, which serve
    one page under any letter case of its path. Cached: a site's menus and
    sidebars repeat the same links on every page (8,192 URLs: most article
    links come once or twice, and a cache as large as the site held ~20 MB
    of a 20,000-article crawl).

    Raises ValueError for a URL that has no valid form (a port out of range or
    not a number, broken IPv6 brackets): pages link such things."""
    url = _ASPNET_COOKIELESS.sub("", _SESSION_IN_PATH.sub("", url.strip()))
    if not url.isascii():
        url = _SURROGATES.sub("\ufffd", url)  # a lone surrogate cannot be encoded at all
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc}): {url[:200]!r}") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    path = parts.path or "/"
    url = urlunsplit((scheme, netloc, path, urlencode(query), ""))
    url = canonicalize_url(url, keep_fragments=False)
    if case_insensitive:
        netloc = urlsplit(url).netloc  # as canonicalize_url wrote it (an IDN host is punycode now)
        head, _, rest = url.partition(netloc)
        url = head + netloc + rest.lower()
    return url


# Dropped from the URL a crawl fetches, as well as from the key: session ids and
# Liferay's per-listing `_redirect=` (the server needs neither: the session rides
# on the cookie) and tracking parameters. Anything else the server may route on.
_DROP_WHEN_FETCHING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|_gl|mc_cid|mc_eid|jsessionid|phpsessid|sessionid"
    r"|.*_redirect|_hsenc|_hsmi)$", re.I)


@lru_cache(maxsize=8192)
def fetch_url(url: str) -> str:
    """The URL to fetch for a link: as the page wrote it (the query string in its
    order and letter case: ASP.NET, classic ASP and PHP portals, and caches
    keyed on the exact URL, answer 404 to any other), with the fragment, session
    ids and tracking parameters dropped and the percent-encoding made safe.

    Raises ValueError when the link has no valid form (as canonical_url)."""
    url = _SESSION_IN_PATH.sub("", url.strip())
    if not url.isascii():
        url = _SURROGATES.sub("\ufffd", url)
    url, _, _ = url.partition("#")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc}): {url[:200]!r}") from None
    if parts.query:
        kept = [p for p in parts.query.split("&") if p and not _DROP_WHEN_FETCHING.match(p.split("=", 1)[0])]
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))
    return safe_url_string(url)


def host_of(url: str) -> str:
    """Lower-case host without port, trailing dot and leading "www.", written as
    canonical_url writes it (punycode for an IDN host), so a link and its
    canonical form are on the same site; "" when the URL has no valid host."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    if not host.isascii():
        host = _ascii_host(host)
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=4096)
def _ascii_host(host: str) -> str:
    try:
        return (urlsplit(safe_url_string(f"http://{host}/")).hostname or host).lower()
    except ValueError:
        return host


def looks_like_print(url: str) -> bool:
    """Print views repeat an article; the archive never shows one when it has the page."""
    return bool(_PRINT_MARKERS.search(url))


class LinkJoiner:
    """urljoin(page, href) for the links of a site's pages. A site's menus and
    sidebars link the same pages from each of its pages: the target of an href
    that depends on the page's scheme and host only (a root-relative path, an
    absolute http(s) URL naming a host) is joined once per origin and
    remembered (`kept` of them; a plain dict emptied when full)."""

    def __init__(self, kept: int = 8192) -> None:
        self.kept = kept
        self._joined: dict[tuple[str, str, str], str | None] = {}
        self._origins: dict[str, tuple[str, str] | tuple[()]] = {}

    def join(self, page: str, href: str) -> str | None:
        """`href`'s absolute URL on `page` (the page's base URL); None when it is no URL."""
        key = self._key(page, href)
        if key is None:
            return join_url(page, href)
        joined = self._joined.get(key, _UNSEEN)
        if joined is _UNSEEN:
            if len(self._joined) >= self.kept:
                self._joined.clear()
            joined = self._joined[key] = join_url(page, href)
        return joined

    def _key(self, page: str, href: str) -> tuple[str, str, str] | None:
        """(the page's scheme, its host, href) when that is all the target depends on, else None."""
        if len(href) > 500:
            return None  # not kept: a few long hrefs (data, tracking) would fill the memo
        if "\t" in href or "\n" in href or "\r" in href:
            return None  # urlsplit drops these: "/\t/x" would read as "//x"
        if href[:1] == "/":
            if href[1:2] == "/":
                return None  # "//host/x", or "//" alone (the page's own path)
        elif href.startswith(("http://", "https://")):
            rest = href[href.index("//") + 2:]
            if not rest or rest[0] in "/?#":
                return None  # no host: the page's host (and path) are read
        else:
            return None
        origin = self._origins.get(page)
        if origin is None:
            origin = self._origins[page] = _origin(page)
            if len(self._origins) >= 256:
                self._origins.clear()
        return origin + (href,) if origin else None


_UNSEEN = object()


def _origin(page: str) -> tuple[str, str] | tuple[()]:
    try:
        parts = urlsplit(page)
    except ValueError:
        return ()
    return (parts.scheme, parts.netloc) if parts.scheme in ("http", "https") and parts.netloc else ()


def join_url(page: str, href: str) -> str | None:
    """urljoin, None for an href that is no URL ("http://[::1/x")."""
    try:
        return urljoin(page, href)
    except ValueError:
        return None
