"""What the spider hands to the pipelines: one fetched page of a source."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from archive.models import Extracted


@dataclass
class PageItem:
    url: str  # canonical
    source: str
    fetched_at: datetime
    status: int
    headers: dict[str, str]
    body: bytes
    article_links: int = 0  # article links the spider found on the page
    extracted: Extracted | None = field(default=None)
