"""Article extraction: title, publication date, author and body of one page."""

from .extractor import extract

__all__ = ["extract"]
