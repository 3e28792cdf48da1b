"""The `soyte` command line: the only place that imports click.

One module per command group; `options` declares every shared option once and
`app` turns a `SoyteError` into one line with its hint. Importing this package
registers every command on `main`.
"""

from .app import main
from . import crawl, dedup, export, pages, reports, search, sources  # noqa: F401  (they register commands)
from . import trends, watch  # noqa: F401  (issue 18: watches, digest, trends, signals)

__all__ = ["main"]
