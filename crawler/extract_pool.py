"""Extraction in worker processes, shared by every crawler of the process.

trafilatura is CPU-bound: run inside Scrapy's reactor it stalls downloads and
leaves the second core idle. The pool is process-wide (one crawler per source
would otherwise start its own), started with forkserver (forking a process that
runs a reactor and threads is unsafe), and bounded by a semaphore so at most
two pages per worker wait in it: memory stays flat whatever the crawl's size.

A worker does all of a page's CPU-bound work that depends on the page alone:
extraction, the template observation, and for an article what saving it needs
(archive.storage.prepare: text hash, near-duplicate shingles, word pairs,
disease mentions, compressed HTML). The crawl's own process, which runs the
reactor, then only judges links and writes. The crawl's process does not
import extraction (trafilatura, justext, htmldate: ~25 MB) unless it extracts
in-process (SOYTE_EXTRACT_WORKERS=1).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime

from archive.extraction.template import Observation, TemplateSnapshot
from archive.models import Extracted
from archive.registry import Hints
from archive.storage import Prepared, prepare
from archive.templates import observation_of

_pool: ProcessPoolExecutor | None = None
_slots: asyncio.Semaphore | None = None
_users = 0


def worker_count(setting: int) -> tuple[int, bool]:
    """(worker processes, whether extraction runs in the pool) for SOYTE_EXTRACT_WORKERS:
    0 (the default) one worker per core, 1 in the crawl's own process (no
    pool), N > 1 N workers.

    Measured on 2 cores with bench/scale.py (5,000 articles, the server on the
    same cores): 2 workers 54.3 pages/s, a pool of one worker 43.3 (that
    worker, ~19 ms of CPU a page, is then the bottleneck) and ~90 MB less;
    under a load average of ~3 the two gave the same pages/s."""
    workers = setting if setting > 0 else (os.cpu_count() or 1)
    return workers, workers > 1


def _warm_up() -> None:
    from archive.extraction import extract

    extract(b"<html><body><h1>x</h1></body></html>", "http://localhost/")


def acquire(workers: int) -> ProcessPoolExecutor:
    global _pool, _slots, _users
    if _pool is None:
        context = multiprocessing.get_context("forkserver")
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)
        _slots = asyncio.Semaphore(2 * workers)
    _users += 1
    return _pool


def release() -> None:
    global _pool, _slots, _users
    _users -= 1
    if _users == 0 and _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool, _slots = None, None


async def extract_in_pool(body: bytes, url: str, hints: Hints, fetched_at: datetime, content_type: str | None,
                          template: TemplateSnapshot | None
                          ) -> tuple[Extracted, Observation | None, Prepared | None]:
    async with _slots:
        future = _pool.submit(extract_and_observe, body, url, hints, fetched_at, content_type, template)
        return await asyncio.wrap_future(future)


def extract_and_observe(body: bytes, url: str, hints: Hints, fetched_at: datetime, content_type: str | None,
                        template: TemplateSnapshot | None
                        ) -> tuple[Extracted, Observation | None, Prepared | None]:
    """The page's fields, read with what is known of its source, what the
    page adds to that knowledge (its lines and <title> parts), and for an
    article what saving it needs (None for other pages), all off the crawl's
    own process when this runs in the pool."""
    from archive.extraction import extract

    extracted = extract(body, url, hints=hints, fetched_at=fetched_at, content_type=content_type, template=template)
    prepared = prepare(body, extracted) if extracted.is_article else None
    return extracted, observation_of(body, content_type), prepared
