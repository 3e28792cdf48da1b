"""Article extraction: title, publication date, author and body of one page."""

__all__ = ["extract"]


def __getattr__(name: str):
    # `extract` pulls in trafilatura (0.1 s): commands that only need a helper
    # module of this package (decode, dates) do not pay for it.
    if name == "extract":
        from .extractor import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
