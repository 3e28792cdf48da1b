"""Crawl throughput at scale: soyte against a naive one-process crawler, same run.

    python bench/scale.py                          # 5,000 and 20,000 articles (about 20 minutes on 2 cores)
    python bench/scale.py --sizes 2000 --skip-naive  # a quick check (about a minute)
    python bench/scale.py --pager all              # the fixture before issue 20's flatness work
    python bench/scale.py --sizes 5000 --profile   # also where soyte's time goes (cProfile of the crawl process)

Each size: a NukeViet-like fixture site of N articles (bench/fixture_site.py,
60 dead menu links and N/20 listing pages besides; `--pager window`, the
default, gives each listing a NukeViet pager: first, last, the 5 pages around
it, previous and next; `--pager all` links every listing page from every
listing, so the links judged per listing grow with N) on 127.0.0.1, politeness
off, page budget lifted; the machine's cores are shared with the site's server,
which runs in this process. Crawlers, interleaved (repeats alternate them):

- naive: what a user writes first — one Scrapy process following the site's
  links, calling trafilatura.bare_extraction inline on every page, hashing the
  text (sha1) and inserting title, date, text, hash and URL into SQLite
  (WAL, one commit per page, exact-hash dedup by a UNIQUE index).
- soyte: `soyte crawl` (fetch, link judging, extraction in the worker pool,
  near-duplicate dedup, FTS5 and word-pair indexes, seen_urls, backlog).

pages/s = pages the server answered with 200 / wall time of the whole command
(start-up included). Peak memory: every 0.25 s, the sum over the command's
process tree (the `soyte` command, the crawler child and every extraction
worker) of RSS, and of PSS (proportional set size, which shares a
page common to several processes among them: RSS counts the workers' shared
library pages once per worker); the peak of each sum is reported.
CPU: user+system seconds of each process of the tree, read from /proc at the
end of the run (the last sample before it exited).

Targets (issue 20): soyte >= 1.5 x the naive pages/s at every size; soyte's
pages/s at the largest size within 10 % of the smallest; peak RSS <= 250 MB;
exactly one article per story (N articles, N pages).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fixture_site import PAGERS, ROOT, FixtureSite, serve, sources_file  # noqa: E402

NO_POLITENESS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                 "-s", "SOYTE_MAX_PAGES=200000", "-s", "LOG_LEVEL=WARNING"]
TICK = 0.25
_CLK = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- the naive crawler


def naive_main(url: str, db_path: str) -> None:
    """Scrapy + inline trafilatura + a text hash, writing SQLite: one process."""
    from urllib.parse import urlsplit

    import scrapy
    import trafilatura
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, title TEXT, date TEXT, text TEXT, "
                 "hash TEXT UNIQUE)")

    class NaiveSpider(scrapy.Spider):
        name = "naive"
        start_urls = [url]
        netloc = urlsplit(url).netloc
        links = LinkExtractor()

        def parse(self, response):
            doc = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
            text = doc.text if doc is not None else None
            if text:
                digest = hashlib.sha1(text.encode()).hexdigest()
                conn.execute("INSERT OR IGNORE INTO pages VALUES (?, ?, ?, ?, ?)",
                             [response.url, doc.title, doc.date, text, digest])
                conn.commit()
            for link in self.links.extract_links(response):
                if urlsplit(link.url).netloc == self.netloc:
                    yield response.follow(link.url, callback=self.parse)

    process = CrawlerProcess({
        "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
    })
    process.crawl(NaiveSpider)
    process.start()
    conn.close()


# --------------------------------------------------------------------------- measuring a process tree


def _tree(root: int) -> list[tuple[int, int | None]]:
    """(pid, parent pid) of a process and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, stack = [], [(root, None)]
    while stack:
        pid, parent = stack.pop()
        out.append((pid, parent))
        stack.extend((child, pid) for child in children.get(pid, []))
    return out


def _sample(pid: int) -> tuple[int, int, float, str] | None:
    """(RSS kB, PSS kB, CPU s, command line) of one process."""
    try:
        rollup = (Path(f"/proc/{pid}/smaps_rollup")).read_text()
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    fields = {line.split(":")[0]: line.split()[1] for line in rollup.splitlines()[1:] if ":" in line}
    cpu = (int(stat[11]) + int(stat[12])) / _CLK
    return int(fields.get("Rss", 0)), int(fields.get("Pss", 0)), cpu, cmd


def _role(cmd: str, parent_role: str | None) -> str:
    if "crawler.extract_worker" in cmd:
        return "worker"
    if " -m crawler " in cmd or "cProfile" in cmd:
        return "crawler"
    if "archive.cli" in cmd:
        return "soyte command"
    return "naive" if "naive" in cmd else cmd[:40]


def run_measured(cmd: list[str]) -> dict:
    """Run `cmd`; its wall time, peak summed RSS and PSS (MB) and CPU seconds by role."""
    start, own_cpu = time.perf_counter(), time.process_time()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0.0
    cpu: dict[int, tuple[str, float]] = {}
    role_peak: dict[str, float] = {}
    while proc.poll() is None:
        rss = pss = 0
        roles: dict[int, str] = {}
        for pid, parent in _tree(proc.pid):
            sample = _sample(pid)
            if sample is None:
                continue
            rss, pss = rss + sample[0], pss + sample[1]
            # A process that is exiting shows no command line: it keeps the role it had.
            roles[pid] = cpu[pid][0] if pid in cpu and not sample[3] else _role(sample[3], roles.get(parent))
            cpu[pid] = (roles[pid], sample[2])
            role_peak[roles[pid]] = max(role_peak.get(roles[pid], 0.0), sample[0] / 1024)
        peak_rss, peak_pss = max(peak_rss, rss / 1024), max(peak_pss, pss / 1024)
        time.sleep(TICK)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    if proc.returncode:
        raise SystemExit(f"{cmd} failed ({proc.returncode}):\n{stderr[-3000:]}")
    # The fixture site's server runs in this process (threads), beside the sampler.
    by_role: dict[str, float] = {"server (+ sampler)": time.process_time() - own_cpu}
    for role, seconds in cpu.values():
        by_role[role] = by_role.get(role, 0.0) + seconds
    return {"wall": wall, "rss": peak_rss, "pss": peak_pss, "cpu": by_role, "role_rss": role_peak}


# --------------------------------------------------------------------------- one size


def _fresh(db: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def soyte_cmd(sites: Path, db: Path, extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "archive.cli", "crawl", "--sources", str(sites), "--db", str(_fresh(db)),
            *NO_POLITENESS, *extra]


def profile_cmd(sites: Path, db: Path, out: Path, extra: list[str]) -> list[str]:
    """The crawl process itself (what `soyte crawl` runs as its child), under cProfile."""
    settings = dict(pair.split("=", 1) for pair in (NO_POLITENESS + extra)[1::2])
    request = {"command": "crawl", "db": str(_fresh(db)), "sources_file": str(sites), "sources": [],
               "settings": settings, "refresh": False}
    return [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "crawler", json.dumps(request),
            str(out) + ".result.json"]


def answered(site: FixtureSite) -> int:
    return sum(1 for _, status in site.log if status == 200)


def check_stories(db: Path, articles: int) -> str:
    conn = sqlite3.connect(db)
    n_articles, n_pages = conn.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM pages)").fetchone()
    multi = conn.execute("SELECT count(*) FROM articles WHERE page_count <> 1").fetchone()[0]
    conn.close()
    ok = n_articles == articles and n_pages == articles and multi == 0
    return f"{n_articles} articles, {n_pages} pages, {multi} with more than one page ({'ok' if ok else 'NOT ok'})"


def bench_size(size: int, repeats: int, tmp: Path, extra: list[str], skip_naive: bool, pager: str) -> dict:
    site = FixtureSite(size, pager=pager)
    server = serve(site)
    sites = sources_file(server, tmp / f"scale{size}.toml")
    runs: dict[str, list[dict]] = {"naive": [], "soyte": []}
    try:
        for _ in range(repeats):
            if not skip_naive:
                site.log.clear()
                run = run_measured([sys.executable, __file__, "naive", server.base, str(_fresh(tmp / "naive.db"))])
                run["pages"] = answered(site)
                runs["naive"].append(run)
                print(f"  {size} naive: {_line(run)}", flush=True)
            site.log.clear()
            run = run_measured(soyte_cmd(sites, tmp / "soyte.db", extra))
            run["pages"] = answered(site)
            run["stories"] = check_stories(tmp / "soyte.db", size)
            runs["soyte"].append(run)
            print(f"  {size} soyte: {_line(run)}; {run['stories']}", flush=True)
    finally:
        server.stop()
    return {name: _summary(rs) for name, rs in runs.items() if rs}


def _line(run: dict) -> str:
    cpu = ", ".join(f"{role} {s:.0f}" for role, s in sorted(run["cpu"].items()))
    return (f"{run['pages']} pages in {run['wall']:.1f} s = {run['pages'] / run['wall']:.1f} pages/s, "
            f"peak RSS {run['rss']:.0f} MB (PSS {run['pss']:.0f}), CPU s: {cpu}; peak RSS of one process by role: "
            + ", ".join(f"{role} {mb:.0f}" for role, mb in sorted(run.get("role_rss", {}).items())))


def _summary(runs: list[dict]) -> dict:
    rates = [r["pages"] / r["wall"] for r in runs]
    median = statistics.median(rates)
    best = min(runs, key=lambda r: abs(r["pages"] / r["wall"] - median))
    return {"rate": median, "rates": rates, "rss": max(r["rss"] for r in runs), "pss": max(r["pss"] for r in runs),
            "pages": best["pages"], "wall": best["wall"], "cpu": best["cpu"], "stories": best.get("stories"),
            "role_rss": {role: max(r["role_rss"].get(role, 0.0) for r in runs) for role in best["role_rss"]}}


def profile_size(size: int, tmp: Path, extra: list[str], top: int, pager: str) -> None:
    import pstats

    site = FixtureSite(size, pager=pager)
    server = serve(site)
    sites = sources_file(server, tmp / f"prof{size}.toml")
    out = tmp / f"prof{size}.pstats"
    try:
        run = run_measured(profile_cmd(sites, tmp / "prof.db", out, extra))
    finally:
        server.stop()
    run["pages"] = answered(site)
    print(f"  {size} soyte under cProfile: {_line(run)}")
    stats = pstats.Stats(str(out))
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "naive":
        naive_main(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--pager", choices=PAGERS, default="window",
                        help="the listings' pager: window (first, last, 5 around, prev/next) or all (every page)")
    parser.add_argument("--skip-naive", action="store_true", help="soyte only")
    parser.add_argument("--profile", action="store_true", help="profile soyte's crawl process instead")
    parser.add_argument("--top", type=int, default=40, help="with --profile: functions shown")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for soyte's crawl (repeatable)")
    args = parser.parse_args()
    extra = [x for pair in args.settings for x in ("-s", pair)]
    results = {}
    with tempfile.TemporaryDirectory(prefix="soyte-scale-") as tmp:
        for size in args.sizes:
            if args.profile:
                profile_size(size, Path(tmp), extra, args.top, args.pager)
            else:
                results[size] = bench_size(size, args.repeats, Path(tmp), extra, args.skip_naive, args.pager)
    if results:
        print(report(results, args))


def report(results: dict, args) -> str:
    lines = ["| articles | crawler | pages | wall (s) | pages/s | vs naive | peak RSS (MB) | peak PSS (MB) | CPU s by process |",
             "|---|---|---|---|---|---|---|---|---|"]
    for size, by_crawler in results.items():
        naive = by_crawler.get("naive")
        for name, r in by_crawler.items():
            cpu = ", ".join(f"{role} {s:.0f}" for role, s in sorted(r["cpu"].items()))
            ratio = f"{r['rate'] / naive['rate']:.2f}" if naive else "-"
            lines.append(f"| {size} | {name} | {r['pages']} | {r['wall']:.1f} | {r['rate']:.1f} | {ratio} | "
                         f"{r['rss']:.0f} | {r['pss']:.0f} | {cpu} |")
    sizes = sorted(results)
    lines.append("")
    lines.append(f"pager: {args.pager}; load average at the end: {os.getloadavg()[0]:.1f} (1 min), "
                 f"{os.getloadavg()[1]:.1f} (5 min)")
    for size, by_crawler in results.items():
        for name, r in by_crawler.items():
            lines.append(f"- {size} {name}: peak RSS of one process by role (MB): "
                         + ", ".join(f"{role} {mb:.0f}" for role, mb in sorted(r["role_rss"].items())))
    for size in sizes:
        s = results[size]["soyte"]
        lines.append(f"- {size}: {s['stories']}")
    if len(sizes) > 1:
        first, last = results[sizes[0]]["soyte"]["rate"], results[sizes[-1]]["soyte"]["rate"]
        lines.append(f"- soyte pages/s at {sizes[-1]} / at {sizes[0]}: {last / first:.2f} (target >= 0.90)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
