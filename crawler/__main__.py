"""`python -m crawler REQUEST RESULT_FILE`: the crawling half of `soyte crawl`
and `soyte demo`.

The `soyte` command validates its options and runs this in a child process
(the archive package never imports Scrapy). REQUEST is JSON: {"command":
"crawl"|"demo", "db", "sources_file", "sources", "settings", "refresh"}, or
{"command": "discover", ...} for `soyte sources --discover` (crawler/discover.py).
RESULT_FILE receives {"results": [each source's figures]} ([the discovery's
result] for discover) or {"error", "hint", "exit_code"}, which the command prints; this
module prints nothing itself (discover writes progress lines to stderr).
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from archive.errors import CrawlError, SoyteError
from archive.registry import load_registry
from archive.schema import open_archive
from crawler.extract_pool import worker_count
from crawler.runner import SourceResult, crawl_sources, project_settings

_QUIET = {"SOYTE_QUIET_SCRAPY": "True"}
_DEMO = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "SOYTE_PROGRESS_INTERVAL": "2"}


def crawl(request: dict) -> list[SourceResult]:
    sources_file, names = request.get("sources_file"), request.get("sources", [])
    registry = load_registry(sources_file)
    for name in names:
        registry.get(name)
    # A missing directory or a read-only or foreign archive fails here, in one
    # line, before anything is fetched (the crawl would fetch pages it cannot keep).
    open_archive(request["db"], writable=True).close()
    quiet = {} if request.get("verbose") else _QUIET
    settings = project_settings({"SOYTE_ARCHIVE": request["db"]} | quiet | request.get("settings", {}))
    try:
        worker_count(settings.get("SOYTE_EXTRACT_WORKERS"))
    except ValueError as exc:  # inside Scrapy it would be a traceback and a crawl that never started
        raise CrawlError(str(exc), hint="-s SOYTE_EXTRACT_WORKERS=auto, 0 (in-process) or N worker processes") from None
    return crawl_sources(registry, names, sources_file, settings, refresh=request.get("refresh", False))


def demo(request: dict) -> list[SourceResult]:
    """Serve the bundled demo sites on 127.0.0.1 and crawl them."""
    from crawler.demo.run import demo_sources_toml
    from crawler.demo.server import serve_sites

    with serve_sites() as base_urls, tempfile.TemporaryDirectory() as tmp:
        sources_file = Path(tmp) / "demo-sources.toml"
        sources_file.write_text(demo_sources_toml(base_urls), "utf-8")
        overrides = {"SOYTE_ARCHIVE": request["db"]} | _QUIET | _DEMO
        return crawl_sources(load_registry(sources_file), [], str(sources_file), project_settings(overrides))


def discover(request: dict) -> list[dict]:
    """Verify candidate sites live (`soyte sources --discover`)."""
    from crawler.discover import discover as run_discovery

    return [run_discovery(request)]


def main(argv: list[str]) -> int:
    request, result_file = json.loads(argv[0]), Path(argv[1])
    try:
        results = {"crawl": crawl, "demo": demo, "discover": discover}[request["command"]](request)
        outcome = {"results": [r if isinstance(r, dict) else asdict(r) for r in results]}
    except SoyteError as exc:
        outcome = {"error": str(exc), "hint": exc.hint, "exit_code": exc.exit_code}
    result_file.write_text(json.dumps(outcome, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
