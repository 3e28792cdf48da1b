"""Doubtful pages: judged a listing or "other", yet with a headline and a long
body. The archive keeps their raw HTML and the verdict, so `soyte reextract`
judges them again with a better extractor and promotes the articles among them."""

from __future__ import annotations

import json

import sqlite_utils

from .models import Extracted, FetchedPage
from .prepared import compress

TABLE = "doubtful_pages"


def record_doubtful(db: sqlite_utils.Database, page: FetchedPage, extracted: Extracted) -> bool:
    """Keep a doubtful page (replacing an earlier copy of its URL); forget a URL
    that is no longer doubtful. Returns whether the page was kept.
    Call for every page extraction did not judge an article."""
    if not extracted.is_doubtful:
        db.execute(f"DELETE FROM {TABLE} WHERE url = ?", [page.url])
        return False
    db[TABLE].upsert({
        "url": page.url, "source": page.source, "fetched_at": page.fetched_at.isoformat(),
        "status": page.status, "headers": json.dumps(page.headers, ensure_ascii=False),
        "html": compress(page.body), "kind": str(extracted.page_kind),
        "verdict": json.dumps(extracted.explain, ensure_ascii=False), "title": extracted.title,
        "words": len(extracted.text.split()), "province": page.province, "legacy_province": page.legacy_province,
    }, pk="url")
    return True


def forget_doubtful(db: sqlite_utils.Database, url: str) -> None:
    db.execute(f"DELETE FROM {TABLE} WHERE url = ?", [url])
