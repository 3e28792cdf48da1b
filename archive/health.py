"""Is each source still healthy? Read from its recent crawl_runs rows, and from
what the archive still holds to do (crawl_backlog) or gave up on (url_failures).

A nightly crawl that silently stops finding articles, or never found any, is
worse than one that fails loudly; these flags are what an operator is mailed
about. `health_lines` is the report as `soyte health` prints it; the crawl's
end-of-run table shows the same flags (crawler.runner.SourceResult.flags).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from .backlog import backlog_size, failure_counts

SUCCESS_REASONS = ("finished", "page_cap")  # page_cap: the run ended at SOYTE_MAX_PAGES, its backlog kept
REJECTED_SHARE = 0.10  # article-like pages not read as articles, above this share of them, are flagged
MIN_COUNT = 3  # fewer than this many pages or links is not a pattern


@dataclass
class SourceHealth:
    source: str
    runs: int = 0
    last_run: str | None = None
    last_success: str | None = None
    new_per_run: list[int] = field(default_factory=list)  # newest first
    failures: int = 0
    flags: list[str] = field(default_factory=list)
    articles: int = 0  # article pages the archive holds for the source
    backlog_listings: int = 0  # listing pages left to fetch (crawl_backlog)
    backlog_articles: int = 0  # article links left to fetch (crawl_backlog)
    dead_links: dict[str, int] = field(default_factory=dict)  # article links remembered as failing, by error


def source_health(db: sqlite_utils.Database, sources: list[str] | None = None, *, recent: int = 7,
                  only: bool = False) -> list[SourceHealth]:
    """Health of the sources the archive holds (runs, pages or a backlog), and
    of each of `sources` (a sources file's names: those not crawled yet show as
    such). `only`: just `sources`."""
    names = list(sources or [])
    if not only:
        names += [r[0] for r in db.execute("SELECT source FROM crawl_runs UNION SELECT source FROM pages "
                                           "UNION SELECT source FROM crawl_backlog ORDER BY 1")]
    return [_health(db, name, recent) for name in dict.fromkeys(names)]


def _health(db: sqlite_utils.Database, source: str, recent: int) -> SourceHealth:
    runs = list(db.query("SELECT * FROM crawl_runs WHERE source = ? AND finished IS NOT NULL "
                         "ORDER BY started DESC, id DESC", [source]))
    health = SourceHealth(source, runs=len(runs))
    health.articles = db.execute("SELECT count(*) FROM pages WHERE source = ?", [source]).fetchone()[0]
    health.backlog_listings, health.backlog_articles = backlog_size(db, source)
    health.dead_links = failure_counts(db, source)
    if not runs:
        return health
    window = runs[:recent]
    health.last_run = runs[0]["started"]
    health.last_success = next((r["started"] for r in runs if _succeeded(r)), None)
    health.new_per_run = [r["articles_new"] for r in window]
    health.failures = sum(not _succeeded(r) for r in window)
    health.flags = _flags(runs, window, health)
    return health


def _succeeded(run: dict) -> bool:
    answered = (run["pages_fetched"] or 0) - (run["errors"] or 0)
    return run["finish_reason"] in SUCCESS_REASONS and answered > 0


def _flags(runs: list[dict], window: list[dict], health: SourceHealth) -> list[str]:
    last, flags = runs[0], []
    if not _succeeded(last):
        flags.append(f"last run failed ({last['finish_reason']}, {last['pages_fetched']} pages, "
                     f"{last['errors']} errors)")
    layout_changed = (last["article_candidates"] or 0) >= MIN_COUNT and not last["article_pages"]
    if layout_changed:
        flags.append(f"layout changed? {last['article_candidates']} new article pages fetched, none read as an article")
    elif _succeeded(last) and not last["article_links"] and any(r["article_links"] for r in runs[1:]):
        flags.append("layout changed? the site answers but its pages no longer link to articles")
    had_yield = any(r["articles_new"] for r in runs[len(window):])
    if len(runs) > len(window) and had_yield and not any(r["articles_new"] for r in window):
        flags.append(f"no new article in the last {len(window)} runs")
    flags += _lost_flags(runs, health, layout_changed)
    return flags


def _lost_flags(runs: list[dict], health: SourceHealth, layout_changed: bool) -> list[str]:
    """What is still lost: no article ever, article links that fail, a backlog,
    article-like pages not archived."""
    last, flags = runs[0], []
    ever = health.articles or any((r["articles_new"] or 0) + (r["article_pages"] or 0) for r in runs)
    dead = sum(health.dead_links.values())
    if not ever:
        tried = sum((r["article_candidates"] or 0) + (r["article_errors"] or 0) for r in runs)
        flags.append(f"no article archived yet ({len(runs)} run{'s' * (len(runs) != 1)}, {tried} article links "
                     f"fetched, {dead} failing)")
    errors = max(dead, last["article_errors"] or 0)
    if errors >= MIN_COUNT and errors > health.articles:
        kinds = health.dead_links or json.loads(last["error_kinds"] or "{}")
        flags.append(f"most article links fail: {errors} of {errors + health.articles} "
                     f"({_breakdown(kinds)})")
    if health.backlog_listings or health.backlog_articles or last["finish_reason"] == "page_cap":
        flags.append(f"backlog: {health.backlog_listings:,} listing pages, ~{health.backlog_articles:,} article links"
                     + (" (last run hit the page cap)" if last["finish_reason"] == "page_cap" else ""))
    judged = next((r for r in runs if r["article_candidates"]), None)
    if judged is not None and not layout_changed:
        rejected, candidates = judged["candidates_rejected"] or 0, judged["article_candidates"] or 0
        if rejected >= MIN_COUNT and rejected >= REJECTED_SHARE * candidates:
            kinds = json.loads(judged["rejected_kinds"] or "{}")
            flags.append(f"{rejected} of {candidates} pages linked as articles did not read as one "
                         f"(read as {_breakdown(kinds)}): articles not archived?")
    return flags


def _breakdown(kinds: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:4])


def health_lines(report: list[SourceHealth]) -> list[str]:
    """The report as `soyte health` prints it: a header and a row per source
    (flags on the row; each further flag on a line of its own below it)."""
    lines = [f"{'source':24} {'runs':>4}  {'last success':16}  {'new per run (newest first)':28} {'fail':>4}  status"]
    for h in report:
        per_run = " ".join(str(n) for n in h.new_per_run)
        if h.flags:
            status = f"FLAG: {h.flags[0]}"
        elif not h.runs:
            status = "not crawled yet"
        else:
            status = "ok" + (f" ({sum(h.dead_links.values())} dead article links remembered)" if h.dead_links else "")
        lines.append(f"{h.source:24} {h.runs:4}  {(h.last_success or '-')[:16]:16}  {per_run:28} {h.failures:4}  "
                     f"{status}")
        lines += [f"{'':24} {'':4}  {'':16}  {'':28} {'':4}  FLAG: {flag}" for flag in h.flags[1:]]
    return lines
