"""One local HTTP server for tests and benchmarks: loopback, a free port, a background thread.

    with serve(MyHandler) as site:       # a BaseHTTPRequestHandler subclass (QuietHandler: no access log)
        crawl(site.base)                 # "http://127.0.0.1:41234/"; site.url("/tin-tuc"), site.port

Leaving the `with` (or `stop()`) shuts the server down, closes its socket and
joins its thread.

(`crawler/demo/server.py`, the demo sites of `soyte demo`, is the product's own
server and does not use this.)
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that writes no access log."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class LocalServer:
    """A threaded HTTP server on `host`, port chosen by the system, serving until `stop()`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1", *,
                 server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer, poll_interval: float = 0.5,
                 name: str = "localserver") -> None:
        self.server = server_class((host, 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": poll_interval},
                                       name=name, daemon=True)
        self.thread.start()

    @property
    def host(self) -> str:
        return self.server.server_address[0]

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def base(self) -> str:
        """"http://host:port/"."""
        return f"http://{self.host}:{self.port}/"

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, close the socket, join the thread (once; later calls do nothing)."""
        if self.thread.is_alive():
            self.server.shutdown()
            self.server.server_close()
            self.thread.join(timeout)

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1", **kw: object) -> LocalServer:
    """Start a LocalServer (see its arguments); use it as a context manager or call stop()."""
    return LocalServer(handler, host, **kw)  # type: ignore[arg-type]
