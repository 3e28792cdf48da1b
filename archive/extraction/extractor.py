"""One entry point: page bytes + URL (+ source hints) -> article fields.

Pure and picklable-in, picklable-out, so it can run in a worker process and be
re-run over the raw pages stored in the archive.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..errors import ExtractionError
from ..models import Extracted, PageKind
from ..registry import Hints
from .author import find_author
from .body import extract_body, prune_chrome
from .classify import classify_page
from .dates import find_published
from .decode import decode_html, sniff_not_html
from .dom import parse_html, select
from .titles import find_title

def extract(
    body: bytes | str,
    url: str,
    *,
    hints: Hints | None = None,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
) -> Extracted:
    """Read title, date, author and text from one page, and say whether it is an article.

    Never raises on what a server sent: a body that is not an HTML page (empty,
    a PDF or an image under an .html URL, a lone comment) is an "other" page
    whose explain["page_kind"] starts with NOT_HTML, so a crawl counts it and
    goes on, and `soyte extract` turns it into a one-line error.
    """
    hints = hints or Hints()
    now = fetched_at or datetime.now(timezone.utc)
    if not isinstance(body, str) and (kind := sniff_not_html(body)):
        return _not_html(url, kind)
    html = body if isinstance(body, str) else decode_html(body, content_type)
    try:
        root = parse_html(html)
    except ExtractionError as exc:
        return _not_html(url, str(exc).removeprefix(NOT_HTML + ": "))
    explain: dict[str, str] = {}

    title = find_title(root, url, hints.title)
    explain["title"] = title.rule if title else "none"
    published = find_published(root, now=now, title_element=title.element if title else None, hint=hints.date)
    explain["published"] = published.rule if published else "none"

    keep = [title.element if title else None]
    if hints.body:
        keep += select(root, hints.body)
    prune_chrome(root, keep, hints.prune)
    text, explain["text"] = extract_body(root, url, title=title.text if title else None, body_hint=hints.body)
    author, explain["author"] = find_author(root, text, hints.author)

    verdict = classify_page(root, url, title.text if title else None, published is not None, text,
                            title.element if title else None)
    explain["page_kind"] = verdict.reason
    return Extracted(
        url=url,
        title=title.text if title else None,
        published=published.isoformat() if published else None,
        author=author,
        text=text,
        page_kind=verdict.kind,
        explain=explain,
    )


NOT_HTML = "not an HTML page"


def _not_html(url: str, why: str) -> Extracted:
    return Extracted(url=url, page_kind=PageKind.OTHER, explain={"page_kind": f"{NOT_HTML}: {why}"})


__all__ = ["extract", "NOT_HTML"]
