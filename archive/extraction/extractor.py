"""One entry point: page bytes + URL (+ source hints) -> article fields.

Pure and picklable-in, picklable-out, so it can run in a worker process and be
re-run over the raw pages stored in the archive.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..errors import ExtractionError
from ..models import NOT_HTML, Extracted, PageKind
from ..registry import Hints
from .author import find_author
from .body import extract_body, own_lead_keys
from .classify import boxes_after_story, classify_page, headline_anchors, listing_signals
from .dates import find_published
from .decode import decode_html, sniff_not_html
from .dom import main_block, parse_html, protected_path, select
from .prune import prune_chrome
from .template import SiteTemplate, remove_template_lines, without_own_lines
from .titles import find_title

# A page judged not an article that has a headline and at least this many
# words is doubtful: the archive keeps it (archive/doubtful.py) so a better
# extractor can promote it.
DOUBT_WORDS = 80

def extract(
    body: bytes | str,
    url: str,
    *,
    hints: Hints | None = None,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    template: SiteTemplate | None = None,
) -> Extracted:
    """Read title, date, author and text from one page, and say whether it is an article.

    `template`: what is known of the page's source (its recurring lines and
    `<title>` parts, archive/templates.py); None for a source seen for the
    first time.

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

    site_names = template.site_names() if template else frozenset()
    template_lines = template.template_lines() if template else frozenset()
    title = find_title(root, url, hints.title, site_names)
    explain["title"] = title.rule if title else "none"
    published = find_published(root, now=now, title_element=title.element if title else None, hint=hints.date,
                               url=url)
    explain["published"] = published.rule if published else "none"

    block = main_block(root, after=title.element if title else None)
    keep = [title.element if title else None, block]
    if hints.body:
        keep += select(root, hints.body)
    protected = protected_path(*keep)
    anchors = headline_anchors(root, url)  # found once, before pruning, for every teaser test
    signals = listing_signals(root, url, anchors)
    prune_chrome(root, keep, hints.prune, protected, extra=boxes_after_story(root, url, block, anchors, signals.groups))
    if template_lines:
        # The page's own summary is never template, however often the site
        # repeats it as a teaser (template.without_own_lines).
        template_lines = without_own_lines(template_lines, own_lead_keys(root))
    text, explain["text"] = extract_body(root, url, title=title.text if title else None, body_hint=hints.body,
                                         protected=protected, title_element=title.element if title else None,
                                         block=block)
    if template_lines:
        text, removed = remove_template_lines(text, template_lines)
        if removed:
            explain["text"] += f"; {removed} template line(s) of the source removed"
    author, explain["author"] = find_author(root, text, hints.author)

    verdict = classify_page(root, url, title.text if title else None, published is not None, text,
                            title.element if title else None, block, template_lines, signals, anchors)
    explain["page_kind"] = verdict.reason
    if verdict.kind != PageKind.ARTICLE and title and len(text.split()) >= DOUBT_WORDS:
        explain["doubtful"] = f"{verdict.kind} with a headline and {len(text.split())} words: kept to judge again"
    return Extracted(
        url=url,
        title=title.text if title else None,
        published=published.isoformat() if published else None,
        author=author,
        text=text,
        page_kind=verdict.kind,
        explain=explain,
    )




def _not_html(url: str, why: str) -> Extracted:
    return Extracted(url=url, page_kind=PageKind.OTHER, explain={"page_kind": f"{NOT_HTML}: {why}"})


__all__ = ["extract", "NOT_HTML", "DOUBT_WORDS"]
