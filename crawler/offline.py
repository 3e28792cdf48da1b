"""Keep tldextract (used by Scrapy's cookie middleware) off the network.

Left alone it tries to download the public suffix list on first use and logs a
traceback before falling back to the copy it ships; a nightly crawl on a closed
network would print that every run. The bundled list is all cookies need.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares import cookies
from tldextract import TLDExtract


def use_bundled_suffix_list() -> None:
    cookies._split_domain = TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)
