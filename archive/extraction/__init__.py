"""Article extraction: title, publication date, author and body of one page."""

from .extractor import EXTRACTOR_VERSION, extract

__all__ = ["extract", "EXTRACTOR_VERSION"]
