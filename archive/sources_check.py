"""`soyte sources --check`: is each source's start page still there?

The one module in `archive/` that does network I/O; nothing else imports it but
the CLI. Each start page is fetched (HEAD, then GET when HEAD is refused) with a
timeout and the project's User-Agent, a few sources at a time, following no
redirect by itself: redirects are followed here hop by hop, so the report can say
where a site went. Results:

- reachable:  answered 2xx at the registered URL;
- redirected: answered 2xx after one or more redirects, with the final URL;
- gone:       404/410, or a name that no longer resolves (or a refused
              connection) while other sources answer;
- error:      anything else (timeout, TLS failure, 403, 5xx): try again later.

When no source answers at all, nothing can be judged gone: the machine is
offline (or its DNS is down), and `check_sources` raises NetworkUnreachable.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin

from .errors import NetworkUnreachable
from .registry import Source

USER_AGENT = "soyte/0.1 (archive of Vietnamese provincial health news; registry check)"
MAX_HOPS = 5
GONE_STATUSES = (404, 410)


@dataclass(frozen=True)
class CheckResult:
    name: str
    url: str
    state: str  # reachable | redirected | gone | error
    status: int | None = None  # the last HTTP status seen
    location: str | None = None  # the final URL, when redirected
    detail: str = ""

    def line(self) -> str:
        where = f" -> {self.location}" if self.location else ""
        status = f" {self.status}" if self.status else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.name:24} {self.state:10}{status}{where}{detail}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # let the 3xx surface as an HTTPError: we follow by hand


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_NoRedirect())


def _request_once(opener, url: str, method: str, timeout: float) -> tuple[int, str | None]:
    """One request: (status, Location header or None). Raises OSError family on failure."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)
            return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code, exc.headers.get("Location") if exc.headers else None


def _fetch(opener, url: str, timeout: float) -> tuple[int, str | None]:
    """HEAD first; GET when the server refuses or mishandles HEAD."""
    try:
        status, location = _request_once(opener, url, "HEAD", timeout)
    except (OSError, http.client.HTTPException) as exc:
        if _is_gone(exc):
            raise
        return _request_once(opener, url, "GET", timeout)
    if status in (400, 403, 405, 501) or status >= 500:
        return _request_once(opener, url, "GET", timeout)
    return status, location


def _is_gone(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, (socket.gaierror, ConnectionRefusedError))


def classify_error(exc: BaseException) -> tuple[str, str]:
    """(state, detail) for a request that raised instead of answering."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        return "gone", "no such host (DNS)"
    if isinstance(reason, ConnectionRefusedError):
        return "gone", "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "error", "timed out"
    if isinstance(reason, ssl.SSLError):
        return "error", f"TLS: {getattr(reason, 'reason', None) or reason}"
    return "error", str(reason) or type(reason).__name__


def check_source(source: Source, timeout: float = 15.0) -> CheckResult:
    """Fetch one source's start page, following redirects by hand."""
    opener = _opener()
    url = source.url
    status: int | None = None
    try:
        for _ in range(MAX_HOPS + 1):
            status, location = _fetch(opener, url, timeout)
            if 300 <= status < 400 and location:
                url = urljoin(url, location)
                continue
            break
        else:
            return CheckResult(source.name, source.url, "error", status, url, "too many redirects")
    except (OSError, http.client.HTTPException, ValueError) as exc:
        state, detail = classify_error(exc)
        moved = url if url != source.url else None
        return CheckResult(source.name, source.url, state, status if moved else None, moved, detail)
    moved = url if url != source.url else None
    if status in GONE_STATUSES:
        return CheckResult(source.name, source.url, "gone", status, moved)
    if 200 <= status < 300:
        return CheckResult(source.name, source.url, "reachable" if not moved else "redirected", status, moved)
    return CheckResult(source.name, source.url, "error", status, moved, f"HTTP {status}")


def check_sources(sources: Iterable[Source], *, workers: int = 4, timeout: float = 15.0,
                  on_result: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    """Check sources a few at a time; results in the registry's order."""
    sources = list(sources)
    unanswered: list[CheckResult] = []  # shown at the end, once it is known whether anything answered
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(check_source, s, timeout) for s in sources]
        results = []
        for future in futures:
            result = future.result()
            results.append(result)
            if result.status is None:
                unanswered.append(result)
            elif on_result:
                on_result(result)
    if results and len(unanswered) == len(results):
        if len(results) > 1:
            raise NetworkUnreachable(f"none of the {len(results)} sources answered (first: {results[0].detail}): "
                                     "the network looks down, so no source is reported gone")
        results = unanswered = [_unsure(results[0])]  # one source, no answer: offline and gone look the same
    for result in unanswered:
        if on_result:
            on_result(result)
    return results


def _unsure(result: CheckResult) -> CheckResult:
    return CheckResult(result.name, result.url, "error", None, result.location,
                       f"{result.detail}; with nothing else to compare, it may be this machine that is offline")
