"""Speed and scale of soyte against the obvious alternatives, in one run.

    python bench/speed.py [--pages 300] [--repeats 3] [--memory-pages 5000] [--search-articles 1000000]

Prints medians and ratios measured in the same run, and writes BENCHMARKS.md.
1. Crawl: a fixture site on 127.0.0.1, politeness off; soyte's full crawl
   (fetch, extract, dedup, archive, FTS) against (a) a bare Scrapy spider that
   follows the same links and does nothing and (b) one that calls
   trafilatura.bare_extraction per page. Targets: soyte <= 0.75 x (b), <= 2.5 x (a).
2. Memory: peak RSS of a crawl of --memory-pages pages, summed over the crawl's
   processes, and at a fifth of that size (target <= 400 MB, not growing).
3. Re-extraction of that larger archive: soyte with one worker process per core
   against the named baseline, one process calling plain trafilatura on the same
   stored pages (target >= 1.8 x its pages per second on 2 cores).
4. Search (bench/search.py) and dedup (bench/dedup.py), when present.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fixture_site import ROOT, FixtureSite, serve, sources_file  # noqa: E402

NO_POLITENESS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                 "-s", "SOYTE_MAX_PAGES=50000", "-s", "LOG_LEVEL=WARNING"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def soyte_crawl_cmd(sites: Path, db: Path, extra: list[str] | None = None) -> list[str]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return [sys.executable, "-m", "archive.cli", "crawl", "--sources", str(sites), "--db", str(db), *NO_POLITENESS,
            *(extra or [])]


def crawl_bench(pages: int, repeats: int, tmp: Path) -> dict:
    site = FixtureSite(pages)
    server = serve(site)
    sites = sources_file(server, tmp / "speed.toml")
    url = server.base
    times: dict[str, list[float]] = {"floor": [], "trafilatura": [], "soyte": []}
    try:
        for _ in range(repeats):  # interleaved, so machine noise hits all three alike
            times["floor"].append(timed([sys.executable, "bench/bare_spiders.py", "floor", url]))
            times["trafilatura"].append(timed([sys.executable, "bench/bare_spiders.py", "trafilatura", url]))
            site.log.clear()
            times["soyte"].append(timed(soyte_crawl_cmd(sites, tmp / "speed.db")))
            fetched = len(site.log)
    finally:
        server.stop()
    medians = {k: statistics.median(v) for k, v in times.items()}
    return {"pages": fetched, "medians": medians, "db": tmp / "speed.db",
            "vs_trafilatura": medians["soyte"] / medians["trafilatura"], "vs_floor": medians["soyte"] / medians["floor"]}


def trafilatura_rate(db: Path) -> float:
    """The named baseline: one process reading the same stored pages and calling
    plain trafilatura.bare_extraction on each (pages per second), with metadata
    as in crawl baseline (b) and bench/extraction.py: a user wants title and date."""
    import trafilatura

    from archive.prepared import decompress

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    start, pages, last = time.perf_counter(), 0, 0
    while rows := conn.execute("SELECT id, url, html FROM pages WHERE id > ? ORDER BY id LIMIT 200", [last]).fetchall():
        for _, url, body in rows:
            trafilatura.bare_extraction(decompress(body), url=url, with_metadata=True)
            pages += 1
        last = rows[-1][0]
    conn.close()
    return pages / (time.perf_counter() - start)


def soyte_rate(db: Path, workers: int) -> float:
    from archive.reextract import reextract
    from archive.schema import open_archive

    archive = open_archive(str(db))
    start = time.perf_counter()
    report = reextract(archive, workers=workers)
    rate = report.pages / (time.perf_counter() - start)
    archive.close()
    return rate


def reextract_bench(db: Path, repeats: int) -> dict:
    """Runs interleaved (trafilatura, soyte x 1, soyte x cores) so a noisy
    neighbour hits all three alike; medians."""
    cores = os.cpu_count() or 1
    runs: dict[str, list[float]] = {"trafilatura": [], "one": [], "all": []}
    for _ in range(repeats):
        runs["trafilatura"].append(trafilatura_rate(db))
        runs["one"].append(soyte_rate(db, 1))
        runs["all"].append(soyte_rate(db, cores))
        print(f"  re-extraction pages/s: { {k: round(v[-1], 1) for k, v in runs.items()} }", flush=True)
    rates = {k: statistics.median(v) for k, v in runs.items()}
    pages = sqlite3.connect(db).execute("SELECT count(*) FROM pages").fetchone()[0]
    return {**rates, "cores": cores, "pages": pages, "repeats": repeats, "ratio": rates["all"] / rates["trafilatura"],
            "scaling": rates["all"] / rates["one"]}


def tree_rss_mb(root_pid: int) -> float:
    """RSS of a process and all its descendants (from /proc), in MB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry.name), int(fields["PPid"])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 1024


def memory_bench(pages: int, tmp: Path) -> dict:
    peaks = {}
    for size in (pages // 5, pages):
        site = FixtureSite(size)
        server = serve(site)
        sites = sources_file(server, tmp / f"mem{size}.toml")
        proc = subprocess.Popen(soyte_crawl_cmd(sites, tmp / f"mem{size}.db"), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.25)
        server.stop()
        peaks[size] = (peak, len(site.log))
    return peaks, tmp / f"mem{pages}.db"


def optional_bench(script: str) -> str | None:
    path = ROOT / "bench" / script
    if not path.exists():
        return None
    result = subprocess.run([sys.executable, str(path)], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or result.stderr.strip()[-2000:]


def report(args, crawl: dict, reext: dict, memory: dict, extra: dict[str, str | None]) -> str:
    m = crawl["medians"]
    small, large = sorted(memory)
    lines = [
        "# Benchmarks", "",
        f"Command: `python bench/speed.py --pages {args.pages} --repeats {args.repeats} "
        f"--memory-pages {args.memory_pages}`  ",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"run {time.strftime('%Y-%m-%d %H:%M')} UTC. Medians of {args.repeats} runs, interleaved.", "",
        "## 1. Crawl (fixture site on 127.0.0.1, politeness off)", "",
        "| crawler | wall time (s) | ratio |", "|---|---|---|",
        f"| (a) bare Scrapy spider, follows links only | {m['floor']:.2f} | 1.00 |",
        f"| (b) bare Scrapy spider + trafilatura.bare_extraction | {m['trafilatura']:.2f} | {m['trafilatura'] / m['floor']:.2f} |",
        f"| soyte (fetch, extract, dedup, archive, FTS) | {m['soyte']:.2f} | {m['soyte'] / m['floor']:.2f} |", "",
        f"{crawl['pages']} pages. soyte / (b) = **{crawl['vs_trafilatura']:.2f}** (target <= 0.75); "
        f"soyte / (a) = **{crawl['vs_floor']:.2f}** (target <= 2.5).", "",
        "## 2. Re-extraction of stored pages", "",
        f"Over the {reext['pages']} stored pages of section 3's archive, medians of {reext['repeats']} interleaved runs.", "",
        "| re-extraction | pages/s | ratio |", "|---|---|---|",
        f"| baseline: one process, plain trafilatura.bare_extraction | {reext['trafilatura']:.1f} | 1.00 |",
        f"| soyte reextract, 1 process | {reext['one']:.1f} | {reext['one'] / reext['trafilatura']:.2f} |",
        f"| soyte reextract, {reext['cores']} worker processes | {reext['all']:.1f} | {reext['ratio']:.2f} |", "",
        f"soyte on {reext['cores']} cores / one trafilatura process = **{reext['ratio']:.2f}** (target >= 1.8); "
        f"soyte {reext['cores']} processes / soyte 1 = {reext['scaling']:.2f}.", "",
        "## 3. Memory (peak RSS of the crawl's processes, summed)", "",
        f"- {memory[small][1]} requests: {memory[small][0]:.0f} MB",
        f"- {memory[large][1]} requests: {memory[large][0]:.0f} MB (target <= 400 MB, flat)", "",
    ]
    for name, output in extra.items():
        lines += [f"## {name}", "", "```", output or f"(bench/{name} not present)", "```", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-pages", type=int, default=5000)
    parser.add_argument("--skip-extra", action="store_true", help="skip bench/search.py and bench/dedup.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        crawl = crawl_bench(args.pages, args.repeats, Path(tmp))
        print(f"crawl: {crawl}", flush=True)
        memory, large_db = memory_bench(args.memory_pages, Path(tmp))
        print(f"memory: {memory}", flush=True)
        # Re-extraction over the larger archive: the pool's start-up is then
        # amortised as it is on a real archive.
        reext = reextract_bench(large_db, args.repeats)
        print(f"reextract: {reext}", flush=True)
    extra = {} if args.skip_extra else {"search.py": optional_bench("search.py"), "dedup.py": optional_bench("dedup.py")}
    text = report(args, crawl, reext, memory, extra)
    (ROOT / "BENCHMARKS.md").write_text(text + "\n", "utf-8")
    print(text)


if __name__ == "__main__":
    main()
