"""The baselines of the crawl benchmark: what a user would write first.

    python bench/bare_spiders.py floor URL        # follows the site's links, does nothing else
    python bench/bare_spiders.py trafilatura URL  # ... and calls trafilatura.bare_extraction per page
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor

SETTINGS = {
    "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
}


class FloorSpider(scrapy.Spider):
    name = "floor"

    def __init__(self, url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.allowed_domains = [urlsplit(url).hostname]
        self.netloc = urlsplit(url).netloc
        self.links = LinkExtractor()

    def parse(self, response):
        self.handle(response)
        for link in self.links.extract_links(response):
            if urlsplit(link.url).netloc == self.netloc:  # same site (LinkExtractor's domains ignore ports)
                yield response.follow(link.url, callback=self.parse)

    def handle(self, response) -> None:
        pass


class TrafilaturaSpider(FloorSpider):
    name = "trafilatura"

    def handle(self, response) -> None:
        import trafilatura

        trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)


def main() -> None:
    kind, url = sys.argv[1], sys.argv[2]
    process = CrawlerProcess(SETTINGS)
    process.crawl(FloorSpider if kind == "floor" else TrafilaturaSpider, url=url)
    process.start()


if __name__ == "__main__":
    main()
