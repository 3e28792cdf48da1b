"""What saving an article page needs that depends on the page alone: its
text hash, near-duplicate shingles, word pairs, disease mentions and
compressed HTML, computed where the page was extracted (the crawl's workers)
so that the process that writes the archive only looks up and writes.

Pure: no database, no numpy (archive/storage.py saves; this module is what an
extraction worker loads of it).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from .mentions import readable
from .models import Extracted
from .pairs import pair_text
from .signals import mention_rows
from .sketch import Sketch
from .text import fingerprint


def compress(body: bytes) -> bytes:
    return zlib.compress(body, 6)


def decompress(blob: bytes | None) -> bytes:
    return zlib.decompress(blob) if blob else b""


@dataclass
class Prepared:
    """What saving an article page needs that depends on its text and HTML
    only, computed where the page was extracted (`prepare`)."""

    title: str | None
    text: str
    digest: str | None  # archive.text.fingerprint(text)
    sketch: Sketch  # its tokens and shingles computed (the MinHash signature is left to the writer)
    pairs: str  # archive.pairs.pair_text(title, text): the word-pair index's row for the article
    mentions: list[dict]  # mention_rows(0, title, text): the article's disease mentions, article_id to fill
    html: bytes  # compress(body)

    def fits(self, title: str | None, text: str | None) -> bool:
        return title == self.title and (text or "") == self.text


def prepare(body: bytes, extracted: Extracted) -> Prepared:
    """Everything of an article page's save that depends on the page alone
    (the CPU-bound part: run it in the extraction workers)."""
    text = extracted.text or ""
    sketch = Sketch(text)
    sketch.shingles  # noqa: B018 - computed here (tokens too), carried to the writer with the sketch
    return Prepared(extracted.title, text, fingerprint(text), sketch, pair_text(extracted.title, text),
                    mention_rows(0, extracted.title, readable(text)), compress(body))
