"""Plain records passed between extraction, the crawler and the archive."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class PageKind(StrEnum):
    """What a fetched page is. Stored as its string value (seen_urls.kind)."""

    ARTICLE = "article"
    LISTING = "listing"
    OTHER = "other"


# Verdicts by which a page says itself what it is: a soft 404, a <title> that
# names a contact page or a schedule, a Q&A list, a file that is not HTML. A page
# linked like an article that gets one is a known non-article, not a misreading
# (extraction/classify.py and extractor.py give these reasons).
SOFT_404 = "soft-404"
NOT_NEWS_TITLE = "not-news-title"
QA_PAGE = "a list of questions (Q&A page)"
SCHEDULE = "a schedule"
NOT_HTML = "not an HTML page"
SELF_DESCRIBED = (SOFT_404, NOT_NEWS_TITLE, QA_PAGE, SCHEDULE, NOT_HTML)


@dataclass
class Extracted:
    """What extraction read from one page."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601, +07:00; date-only when the page gives no time
    author: str | None = None
    text: str = ""
    page_kind: PageKind = PageKind.OTHER
    explain: dict[str, str] = field(default_factory=dict)  # field -> rule that won

    @property
    def is_article(self) -> bool:
        return self.page_kind == PageKind.ARTICLE

    @property
    def is_doubtful(self) -> bool:
        """Judged a listing or "other" yet perhaps an article (extraction marks
        such a page in explain["doubtful"]; archive/doubtful.py keeps it)."""
        return not self.is_article and "doubtful" in self.explain

    @property
    def says_it_is_no_article(self) -> bool:
        """Judged not an article on what the page says of itself (SELF_DESCRIBED)."""
        return not self.is_article and self.explain.get("page_kind", "").startswith(SELF_DESCRIBED)

    def as_json(self) -> dict:
        return {"url": self.url, "title": self.title, "published": self.published,
                "author": self.author, "text": self.text}


@dataclass
class FetchedPage:
    """One fetched page: what the spider hands to the pipelines (Scrapy takes
    dataclasses as items) and what the archive stores."""

    url: str  # canonical
    source: str
    fetched_at: datetime
    body: bytes = field(repr=False)  # an item's error line (Scrapy logs the item) names the page, not its HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    province: str | None = None
    legacy_province: str | None = None
    article_links: int = 0  # article links the spider found on the page
    extracted: Extracted | None = None  # set by the extraction pipeline
