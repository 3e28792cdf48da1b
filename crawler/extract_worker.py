"""`python -m crawler.extract_worker`: one extraction worker of a crawl.

It reads jobs from its stdin and answers on its stdout, in order, each a
length-prefixed pickle (crawler/frames.py; crawler/extract_pool.py is the other end): a job is
the arguments of `extract_and_observe`, an answer `(True, result)` or
`(False, traceback text)`. It ends when its stdin closes: when the crawl ends,
or when the crawl's process dies, however it died.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
import traceback
from datetime import datetime
from typing import BinaryIO

from archive.extraction import extract
from archive.extraction.template import Observation, TemplateSnapshot, observation_of
from archive.models import Extracted
from archive.prepared import Prepared, prepare
from archive.registry import Hints
from crawler.frames import framed, read_frame


def extract_and_observe(body: bytes, url: str, hints: Hints, fetched_at: datetime, content_type: str | None,
                        template: TemplateSnapshot | None
                        ) -> tuple[Extracted, Observation | None, Prepared | None]:
    """The page's fields, read with what is known of its source, what the
    page adds to that knowledge (its lines and <title> parts), and for an
    article what saving it needs (None for other pages)."""
    extracted = extract(body, url, hints=hints, fetched_at=fetched_at, content_type=content_type, template=template)
    prepared = prepare(body, extracted) if extracted.is_article else None
    return extracted, observation_of(body, content_type), prepared


def answer(job: bytes) -> bytes:
    try:
        return pickle.dumps((True, extract_and_observe(*pickle.loads(job))), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - the crawl's process counts it against the page and goes on
        return pickle.dumps((False, traceback.format_exc()), protocol=pickle.HIGHEST_PROTOCOL)


def serve(jobs: BinaryIO, answers: BinaryIO) -> None:
    while (job := read_frame(jobs)) is not None:
        answers.write(framed(answer(job)))
        answers.flush()


def main() -> None:
    # Ctrl-C reaches the whole process group: the crawl's process decides how
    # to stop, and closes this worker's stdin when it does.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Only answers go to the crawl's process: anything a library prints goes to stderr.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # Most pages without a main text are listings and menus: expected, not worth a warning each.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    extract(b"<html><body><h1>x</h1></body></html>", "http://localhost/")  # loads what extraction loads lazily
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
