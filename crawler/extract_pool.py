"""Extraction in worker processes, shared by every crawler of the process.

trafilatura is CPU-bound: run inside Scrapy's reactor it stalls downloads and
leaves the other cores idle. Each worker is a plain child process
(`python -m crawler.extract_worker`) fed through its stdin and stdout from the
reactor's own event loop: no thread pickling and feeding it beside the reactor,
no forkserver or resource tracker (multiprocessing's pool had both, ~30 MB, and
two threads contending with the reactor for the GIL). A worker does all of a
page's CPU-bound work that depends on the page alone: extraction, the template
observation, and for an article what saving it needs (archive.storage.prepare).
The crawl's process does not import extraction unless it extracts in-process.

The pool is process-wide (one crawler per source would otherwise start its
own) and holds at most two pages per worker: one being read, one waiting, so a
worker never idles between pages while memory stays flat whatever the crawl's
size. A worker that dies (a page that crashes the parser, the OOM killer)
fails the page it was reading, with an error the crawl counts, and is started
again; the page queued behind it is read by its successor.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import pickle
import sys
from datetime import datetime

from archive.extraction.template import Observation, TemplateSnapshot
from archive.models import Extracted
from archive.registry import Hints
from crawler.frames import FRAME, framed
from archive.prepared import Prepared

log = logging.getLogger(__name__)
PAGES_PER_WORKER = 2

_pool: ExtractionPool | None = None
_users = 0


class ExtractionFailed(RuntimeError):
    """Extraction raised on a page (the worker's traceback is the message) or
    its worker died reading it."""


def worker_count(setting: str | int | None) -> int:
    """Worker processes for SOYTE_EXTRACT_WORKERS: "auto" (the default) one per
    core but one, as the crawl's own process (reactor, link judging, archive
    writes) needs the rest of a core, and at least one; 0 extraction in the
    crawl's own process (no worker); N N workers.

    Measured with bench/scale.py on 2 cores (the server on the same cores):
    see BENCHMARKS.md, scale.py."""
    if setting in (None, "", "auto"):
        return max(1, (os.cpu_count() or 1) - 1)
    try:
        workers = int(setting)
    except (TypeError, ValueError):
        workers = -1
    if workers < 0:
        raise ValueError(f"SOYTE_EXTRACT_WORKERS: auto, 0 (in-process) or a number of workers, not {setting!r}")
    return workers


class _Worker:
    """One worker process and the pages sent to it, answered in order."""

    def __init__(self, process: asyncio.subprocess.Process, on_death) -> None:
        self.process = process
        self.waiting: collections.deque[tuple[bytes, asyncio.Future]] = collections.deque()
        self.reader = asyncio.ensure_future(self._read_answers(on_death))

    @classmethod
    async def start(cls, on_death) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "crawler.extract_worker",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        return cls(process, on_death)

    async def send(self, job: bytes) -> asyncio.Future:
        answer = asyncio.get_running_loop().create_future()
        self.waiting.append((job, answer))
        try:
            self.process.stdin.write(framed(job))
            await self.process.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the worker died: its reader fails this page or hands it to the successor
        return answer

    async def _read_answers(self, on_death) -> None:
        stdout = self.process.stdout
        try:
            while True:
                size, = FRAME.unpack(await stdout.readexactly(FRAME.size))
                ok, value = pickle.loads(await stdout.readexactly(size))
                _, answer = self.waiting.popleft()
                if not answer.done():
                    answer.set_result(value) if ok else answer.set_exception(ExtractionFailed(value))
        except (asyncio.IncompleteReadError, ConnectionError):
            await self.process.wait()
            await on_death(self)

    def orphans(self) -> list[tuple[bytes, asyncio.Future]]:
        """After the worker died: the page it was reading fails; the pages
        queued behind it are returned, for another worker."""
        if self.waiting:
            _, answer = self.waiting.popleft()
            if not answer.done():
                answer.set_exception(ExtractionFailed(
                    f"the extraction worker died (exit status {self.process.returncode}) reading this page"))
        queued, self.waiting = list(self.waiting), collections.deque()
        return queued

    def close(self) -> None:
        if self.process.stdin and not self.process.stdin.is_closing():
            self.process.stdin.close()  # the worker finishes what it has and exits


class ExtractionPool:
    def __init__(self, size: int) -> None:
        self.size = size
        self.workers: list[_Worker] = []
        self.slots = asyncio.Semaphore(PAGES_PER_WORKER * size)
        self.starting = asyncio.Lock()
        self.closing = False
        self.restarts = 0

    async def run(self, job: tuple) -> tuple[Extracted, Observation | None, Prepared | None]:
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        async with self.slots:
            worker = await self._least_busy()
            return await (await worker.send(payload))

    async def _least_busy(self) -> _Worker:
        async with self.starting:
            while len(self.workers) < self.size:
                self.workers.append(await _Worker.start(self._replace))
        return min(self.workers, key=lambda w: len(w.waiting))

    async def _replace(self, worker: _Worker) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        queued = worker.orphans()
        if self.closing:
            return
        self.restarts += 1
        log.error("an extraction worker died (exit status %s); starting another", worker.process.returncode)
        if queued:
            successor = await self._least_busy()
            for job, answer in queued:
                resent = await successor.send(job)
                resent.add_done_callback(lambda done, answer=answer: _copy_outcome(done, answer))

    async def close(self) -> None:
        self.closing = True
        for worker in self.workers:
            worker.close()
        for worker in list(self.workers):
            try:
                await asyncio.wait_for(worker.process.wait(), timeout=10)
            except asyncio.TimeoutError:
                worker.process.kill()
        self.workers = []


def _copy_outcome(source: asyncio.Future, target: asyncio.Future) -> None:
    if target.done():
        return
    if source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def acquire(workers: int) -> ExtractionPool:
    """The process's pool (started with the first crawler that needs it)."""
    global _pool, _users
    if _pool is None:
        _pool = ExtractionPool(workers)
    _users += 1
    return _pool


async def release() -> None:
    """One crawler is done with the pool; the last one stops its workers."""
    global _pool, _users
    _users -= 1
    if _users == 0 and _pool is not None:
        pool, _pool = _pool, None
        await pool.close()


async def extract_in_pool(body: bytes, url: str, hints: Hints, fetched_at: datetime, content_type: str | None,
                          template: TemplateSnapshot | None
                          ) -> tuple[Extracted, Observation | None, Prepared | None]:
    return await _pool.run((body, url, hints, fetched_at, content_type, template))


def extract_here(body: bytes, url: str, hints: Hints, fetched_at: datetime, content_type: str | None,
                 template: TemplateSnapshot | None
                 ) -> tuple[Extracted, Observation | None, Prepared | None]:
    """The same in the crawl's own process (SOYTE_EXTRACT_WORKERS=0)."""
    from crawler.extract_worker import extract_and_observe

    return extract_and_observe(body, url, hints, fetched_at, content_type, template)
