"""What every Scrapy component of this project that only needs its crawler has in common."""

from __future__ import annotations


class CrawlerComponent:
    """Built by Scrapy with `from_crawler`; keeps the crawler (its spider, its stats)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
