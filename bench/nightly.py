"""How cheap is a nightly run on a site that did not change?

Serves a fixture site of N articles (NukeViet-like markup, realistic text
recombined from the demo stories; ETag and 304 like most real servers) on
127.0.0.1, crawls it twice into a fresh archive, and prints the requests of each
run, their ratio (target: second <= 10 % of first) and the article pages
downloaded again (target: 0). Then the same on a WordPress-like site whose
links lack the trailing slash the server adds (`/slug` -> 301 -> `/slug/`) and
whose "Tin liên quan" lists link deleted posts (404) and an old host that
refuses connections (tests/lostsites.py BrokenLinksSite): the second run must
know the redirected links and not ask the dead ones again. Then the same on
the bundled demo sites.

    python bench/nightly.py [--articles 300]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.fixture_site import FAST, ROOT, FixtureSite, serve, sources_file  # noqa: E402
from crawler.demo.run import demo_sources_toml  # noqa: E402
from crawler.demo.server import serve_sites  # noqa: E402
from lostsites import BrokenLinksSite  # noqa: E402

def crawl(sites: Path, db: Path) -> None:
    subprocess.run([sys.executable, "-m", "archive.cli", "crawl", "--sites", str(sites), "--db", str(db), *FAST,
                    "-s", "LOG_LEVEL=WARNING"], check=True, capture_output=True, cwd=ROOT)


def fixture_site_figures(articles: int, tmp: Path) -> None:
    site = FixtureSite(articles)
    server = serve(site)
    sites = sources_file(server, tmp / "fixture.toml")
    try:
        crawl(sites, tmp / "fixture.db")
        first, site.log = site.log, []
        crawl(sites, tmp / "fixture.db")
        second = site.log
    finally:
        server.stop()
    article_paths = {site.slug(n, t) for n, t, _, _ in site.articles}
    again = sum(1 for path, status in second if path in article_paths and status == 200)
    report(f"fixture site, {articles} articles", len(first), len(second),
           sum(1 for _, s in second if s == 304), again)


def broken_links_figures(articles: int, tmp: Path) -> None:
    with BrokenLinksSite(articles) as site:
        sites = tmp / "broken.toml"
        sites.write_text(site.sources_toml("broken-links"), "utf-8")
        crawl(sites, tmp / "broken.db")
        first = site.take_hits()
        crawl(sites, tmp / "broken.db")
        second = site.take_hits()
    again = sum(1 for path, status in second if path.strip("/") in site.by_slug and status == 200)
    report(f"slash redirects and dead links, {articles} articles", len(first), len(second),
           sum(1 for _, s in second if s == 304), again)
    print(f"    404 answers, first run {sum(1 for _, s in first if s == 404)}, second run "
          f"{sum(1 for _, s in second if s == 404)}; 301 answers, first {sum(1 for _, s in first if s == 301)}, "
          f"second {sum(1 for _, s in second if s == 301)}")


def demo_sites_figures(tmp: Path) -> None:
    import logging

    class Capture(logging.Handler):
        lines: list[str] = []

        def emit(self, record):
            self.lines.append(record.getMessage())

    capture = Capture()
    logger = logging.getLogger("crawler.demo.server")
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    with serve_sites() as bases:
        sites = tmp / "demo.toml"
        sites.write_text(demo_sources_toml(bases), "utf-8")
        crawl(sites, tmp / "demo.db")
        first, capture.lines = [line for line in capture.lines if '"GET' in line], []
        crawl(sites, tmp / "demo.db")
        second = [line for line in capture.lines if '"GET' in line]
    report("bundled demo sites (5 small sites)", len(first), len(second),
           sum(1 for line in second if '" 304 ' in line), None)


def report(name: str, first: int, second: int, not_modified: int, again: int | None) -> None:
    print(f"{name}:")
    print(f"  requests, first run      {first:6}")
    print(f"  requests, second run     {second:6}   ({second / first:.1%} of the first; target <= 10 %)")
    print(f"    of which 304 answers   {not_modified:6}")
    if again is not None:
        print(f"  article pages downloaded again: {again}   (target 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fixture_site_figures(args.articles, Path(tmp))
        broken_links_figures(120, Path(tmp))
        demo_sites_figures(Path(tmp))


if __name__ == "__main__":
    main()
