"""Does the page cap ever cut a site for ever? (issue 14)

Serves a Liferay-like fixture site of N articles (tests/lostsites.py BigSite:
windowed pager, session ids and `_redirect=` in links) on 127.0.0.1 and crawls
it with a small cap (SOYTE_MAX_PAGES=100 by default, three times smaller than
the site), run after run, until the archive holds every article. Prints each
run's requests (all the server answered, robots.txt included), articles fetched,
articles archived and finish reason. Targets: complete in <= 4 runs, no article
fetched twice, every run within the cap. Other settings are the defaults
except DOWNLOAD_DELAY=0 and AutoThrottle off (loopback).

    python bench/backlog.py [--articles 300] [--cap 100] [--kill-after 40]

--kill-after N also kills the second run (SIGKILL) after N requests, to show a
killed run resumes from the backlog.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from lostsites import BigSite  # noqa: E402

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]


def crawl(sources: Path, db: Path, cap: int, site: BigSite, kill_after: int | None = None) -> None:
    command = [sys.executable, "-m", "archive.cli", "crawl", "--sources", str(sources), "--db", str(db), *FAST,
               "-s", f"SOYTE_MAX_PAGES={cap}"]
    if kill_after is None:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        return
    proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while proc.poll() is None and len(site.hits) < kill_after:
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--cap", type=int, default=100)
    parser.add_argument("--kill-after", type=int, default=None)
    parser.add_argument("--max-runs", type=int, default=8)
    args = parser.parse_args()
    fetched: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp, BigSite(args.articles) as site:
        sources, db = Path(tmp) / "big.toml", Path(tmp) / "big.db"
        sources.write_text(site.sources_toml("big-liferay"), "utf-8")
        print(f"fixture site: {args.articles} articles, {site.pages} listing pages; SOYTE_MAX_PAGES={args.cap}")
        print("run  requests  articles fetched  archived  finish reason       backlog left (listings, articles)")
        complete_after = None
        for run in range(1, args.max_runs + 1):
            kill = args.kill_after if run == 2 else None
            crawl(sources, db, args.cap, site, kill)
            hits = site.take_hits()
            articles = [t.split("?")[0] for t, s in hits if "/view_content/" in t and s == 200]
            fetched.update(articles)
            conn = sqlite3.connect(db)
            archived = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            reason = conn.execute("SELECT coalesce(finish_reason, 'killed') FROM crawl_runs ORDER BY id DESC"
                                  ).fetchone()[0]
            left = conn.execute("SELECT sum(kind != 'article'), sum(kind = 'article') FROM crawl_backlog").fetchone()
            conn.close()
            print(f"{run:3}  {len(hits):8}  {len(articles):16}  {archived:8}  {reason:18}  "
                  f"{left[0] or 0}, {left[1] or 0}")
            if archived == args.articles and complete_after is None:
                complete_after = run
                break
        twice = sum(1 for n in fetched.values() if n > 1)
        print(f"complete after {complete_after} runs (target <= 4); articles fetched twice: {twice} (target 0)")


if __name__ == "__main__":
    main()
