"""Is each source still healthy? Read from its recent crawl_runs rows.

A nightly crawl that silently stops finding articles is worse than one that
fails loudly; these flags are what an operator is mailed about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils


@dataclass
class SourceHealth:
    source: str
    runs: int = 0
    last_run: str | None = None
    last_success: str | None = None
    new_per_run: list[int] = field(default_factory=list)  # newest first
    failures: int = 0
    flags: list[str] = field(default_factory=list)


def source_health(db: sqlite_utils.Database, sources: list[str], *, recent: int = 7) -> list[SourceHealth]:
    """Health of each named source (and of any other source with runs in the archive)."""
    names = list(dict.fromkeys(sources + [r[0] for r in db.execute("SELECT DISTINCT source FROM crawl_runs")]))
    return [_health(db, name, recent) for name in names]


def _health(db: sqlite_utils.Database, source: str, recent: int) -> SourceHealth:
    runs = list(db.query("SELECT * FROM crawl_runs WHERE source = ? AND finished IS NOT NULL "
                         "ORDER BY started DESC, id DESC", [source]))
    health = SourceHealth(source, runs=len(runs))
    if not runs:
        return health
    window = runs[:recent]
    health.last_run = runs[0]["started"]
    health.last_success = next((r["started"] for r in runs if _succeeded(r)), None)
    health.new_per_run = [r["articles_new"] for r in window]
    health.failures = sum(not _succeeded(r) for r in window)
    health.flags = _flags(runs, window)
    return health


def _succeeded(run: dict) -> bool:
    answered = (run["pages_fetched"] or 0) - (run["errors"] or 0)
    return run["finish_reason"] == "finished" and answered > 0


def _flags(runs: list[dict], window: list[dict]) -> list[str]:
    last, flags = runs[0], []
    if not _succeeded(last):
        flags.append(f"last run failed ({last['finish_reason']}, {last['pages_fetched']} pages, "
                     f"{last['errors']} errors)")
    if (last["article_candidates"] or 0) >= 3 and not last["article_pages"]:
        flags.append(f"layout changed? {last['article_candidates']} new article pages fetched, none read as an article")
    elif _succeeded(last) and not last["article_links"] and any(r["article_links"] for r in runs[1:]):
        flags.append("layout changed? the site answers but its pages no longer link to articles")
    had_yield = any(r["articles_new"] for r in runs[len(window):])
    if len(runs) > len(window) and had_yield and not any(r["articles_new"] for r in window):
        flags.append(f"no new article in the last {len(window)} runs")
    return flags
