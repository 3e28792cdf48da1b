"""How long `soyte` takes to start: `--version`, and a search of the demo archive.

    python bench/startup.py [--runs 9] [--db demo.db]

Each command runs --runs times; the median wall time is printed beside the
baseline measured in the same run, a bare `python -c pass`, and their ratio.
The demo archive is made with `soyte demo --db DB` first when it is missing.
Target (issue 17): `soyte search` on the demo archive well under a second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", default="demo.db")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        subprocess.run([sys.executable, "-m", "archive.cli", "demo", "--db", args.db], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    soyte = [sys.executable, "-m", "archive.cli"]
    baseline = median_seconds([sys.executable, "-c", "pass"], args.runs)
    print(f"baseline `python -c pass`: {baseline * 1000:.0f} ms (median of {args.runs})")
    for label, cmd in (("soyte --version", soyte + ["--version"]),
                       ("soyte search (demo)", soyte + ["search", "--db", args.db, "tiem chung"]),
                       ("soyte search --help", soyte + ["search", "--help"])):
        seconds = median_seconds(cmd, args.runs)
        print(f"{label:24} {seconds * 1000:6.0f} ms   {seconds / baseline:5.1f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
