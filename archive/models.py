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
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    province: str | None = None
    legacy_province: str | None = None
    article_links: int = 0  # article links the spider found on the page
    extracted: Extracted | None = None  # set by the extraction pipeline
