"""Search speed on a large synthetic archive.

    python bench/search.py [--articles 1000000] [--rebuild]

Builds (once; cached under /tmp) an archive of N articles recombined from the
demo sites' real sentences, with place and person names drawn from a long-tailed
list so that rare, medium and very common words all exist; then times a fixed
mix of queries (rare / medium / very common words and phrases, with and without
diacritics), newest-first and ranked, and prints p50/p95 and the archive's bytes
per article (and how much of it the two full-text indexes take). Targets at 1,000,000 articles: newest-first p95 <= 20 ms, ranked
p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import pairs  # noqa: E402
from archive.article_ids import SLOTS, date_key  # noqa: E402
from archive.schema import open_archive  # noqa: E402
from archive.search import search  # noqa: E402

SYLLABLES = ("an bình hòa phước thạnh lợi tân long mỹ phú đông tây nam bắc trung hưng thuận khánh lộc "
             "thành quang minh đức hiệp hải sơn giang châu hà linh vĩnh định hậu cát nghĩa").split()
QUERIES = {
    "very common": ["y tế", "y te", "trung tâm", "trung tam", '"hội nghị"', "dang vien", "đảng viên", "năm"],
    "medium": ['"tiêm chủng"', '"tiem chung"', "sốt xuất huyết", '"sot xuat huyet"', "lăng quăng", "lang quang",
               "tay chân miệng", '"an toàn thực phẩm"', "vắc xin sởi", "bệnh lao"],
    "rare": [],  # filled with generated names
}


def sentences() -> list[str]:
    out = []
    for stories in (ROOT / "crawler" / "demo" / "sites").glob("*/stories.txt"):
        for block in stories.read_text("utf-8").split("\n\n"):
            if len(block) > 150 and not block.startswith(("#", "=", "!", "|", "~")):
                out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", block) if len(s) > 40]
    return out


def names(rng: random.Random, count: int) -> list[str]:
    made = set()
    while len(made) < count:
        made.add(f"{rng.choice(('xã', 'ấp', 'phường', 'bác sĩ', 'bệnh viện'))} "
                 f"{rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()}")
    return sorted(made)


def build(path: Path, articles: int) -> None:
    rng = random.Random(20261123)
    pool, places = sentences(), names(rng, 40_000)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_archive(str(path))
    conn = db.conn
    start, used = time.time(), set()
    conn.execute("BEGIN")
    for i in range(articles):
        place = places[min(int(rng.paretovariate(0.8)) - 1, len(places) - 1) if rng.random() < 0.5
                       else rng.randrange(len(places))]
        body = [rng.choice(pool) for _ in range(rng.randint(5, 10))]
        body.insert(rng.randrange(len(body)), f"Tại {place}, đoàn công tác đã kiểm tra và hướng dẫn người dân.")
        published = time.strftime("%Y-%m-%dT%H:%M:00+07:00", time.gmtime(1420070400 + rng.randrange(11 * 365 * 86400)))
        key = date_key(published, "")
        while key in used:
            key += 1
        used.add(key)
        conn.execute("INSERT INTO articles (id, url, title, published, text, source, province, first_seen, page_count)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                     (key, f"http://site{i % 80}.example.vn/tin-tuc/{i}.html", " ".join(body[0].split()[:12]),
                      published, "\n".join(body), f"source-{i % 80}", "Nghệ An", "2026-11-01T00:00:00+00:00"))
        if i % 100_000 == 99_999:
            pairs.drain(conn)  # the word-pair index follows in the same transaction, as in a crawl
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"  {i + 1} articles, {time.time() - start:.0f} s", flush=True)
    pairs.drain(conn)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('optimize')")
    db.close()


def rare_queries(path: Path) -> list[str]:
    rng = random.Random(7)
    places = names(random.Random(20261123), 40_000)
    return [f'"{places[i]}"' for i in rng.sample(range(20_000, 40_000), 8)]


def time_queries(db, queries: list[str], rank: bool, repeats: int = 3) -> list[float]:
    times = []
    for query in queries:
        search(db, query, rank=rank, limit=20)  # warm the page cache once
        for _ in range(repeats):
            start = time.perf_counter()
            search(db, query, rank=rank, limit=20)
            times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(f"/tmp/soyte-search-bench-{args.articles}.db")
    if args.rebuild or not path.exists():
        print(f"building {path} ({args.articles} articles) …", flush=True)
        build(path, args.articles)
    db = open_archive(str(path), create=False)
    QUERIES["rare"] = rare_queries(path)
    all_queries = [q for group in QUERIES.values() for q in group]
    size = path.stat().st_size
    sizes = dict(db.execute("SELECT CASE WHEN name LIKE 'articles_pairs%' THEN 'pairs' WHEN name LIKE 'articles_fts%' "
                            "THEN 'fts' ELSE 'rest' END, sum(pgsize) FROM dbstat GROUP BY 1").fetchall())
    print(f"{args.articles} articles, {size / 1e9:.2f} GB, {size / args.articles:.0f} bytes per article "
          f"(FTS5 index {sizes.get('fts', 0) / args.articles:.0f}, word-pair index {sizes.get('pairs', 0) / args.articles:.0f})")
    for rank, target in ((False, 20), (True, 300)):
        times = time_queries(db, all_queries, rank)
        by_group = {g: statistics.median(time_queries(db, qs, rank, 1)) for g, qs in QUERIES.items()}
        groups = ", ".join(f"{g} {ms:.1f}" for g, ms in by_group.items())
        print(f"{'ranked' if rank else 'newest-first':12} p50 {statistics.median(times):7.1f} ms  "
              f"p95 {p95(times):7.1f} ms  (target <= {target} ms)   median by kind: {groups}")


if __name__ == "__main__":
    main()
