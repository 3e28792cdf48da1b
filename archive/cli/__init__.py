"""The `soyte` command line: the only place that imports click.

One module per command group; `options` declares every shared option once and
`app` turns a `SoyteError` into one line with its hint. `main` imports a
command's module only when that command runs (`app.COMMAND_MODULES`).
"""

from .app import main

__all__ = ["main"]
