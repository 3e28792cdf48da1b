"""The `soyte` group and the one place errors become a line and a hint."""

from __future__ import annotations

import sqlite3
from importlib import import_module

import click

from ..errors import SoyteError

# Which module of this package holds each command. `soyte CMD` imports only
# CMD's module: a crawl's parent waits hours for its child, and every module
# at once would keep ~28 MB more in it (sqlite_utils and numpy, search, stats).
COMMAND_MODULES = {
    "crawl": "crawl", "demo": "crawl",
    "dedup": "dedup", "duplicates": "dedup",
    "browse": "export", "export": "export", "serve": "export",
    "extract": "pages", "reextract": "pages",
    "health": "reports", "merge": "reports", "stats": "reports",
    "search": "search",
    "sources": "sources",
    "signals": "trends", "trends": "trends",
    "digest": "watch", "watch": "watch",
}


class SoyteGroup(click.Group):
    """Imports a command's module when the command is looked up; `commands`,
    the whole set (help, completion, the README test), imports them all."""

    @property
    def commands(self) -> dict[str, click.Command]:
        for module in sorted(set(COMMAND_MODULES.values())):
            import_module(f".{module}", __package__)
        return self._commands

    @commands.setter
    def commands(self, commands: dict[str, click.Command]) -> None:
        self._commands = commands

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        # Called while a module is being imported: through `commands` it would import all the others.
        self._commands[name or cmd.name] = cmd

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMAND_MODULES:
            import_module(f".{COMMAND_MODULES[cmd_name]}", __package__)
        # A command missing from COMMAND_MODULES is still found, by importing every module.
        return self._commands.get(cmd_name) or self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SoyteError as exc:
            fail(str(exc), exc.hint, exc.exit_code)
        except sqlite3.Error as exc:
            # A write that failed mid-command (disk full, read-only, locked):
            # SQLite rolled the failing transaction back; what was committed stays.
            fail(*archive_problem(exc))


def fail(message: str, hint: str | None, code: int = 2) -> None:
    """Print the error as one line (a line per problem when it lists several),
    its hint as another, and exit."""
    first, *more = [" ".join(line.split()) for line in message.splitlines() if line.strip()] or [""]
    click.echo(f"Error: {first}", err=True)
    for line in more:
        click.echo(f"  {line}", err=True)
    if hint:
        click.echo(f"Hint: {hint}", err=True)
    raise SystemExit(code)


def archive_problem(exc: sqlite3.Error) -> tuple[str, str]:
    text = str(exc)
    if "full" in text or "disk I/O" in text:
        return (f"cannot write the archive: the disk is full or failing ({text}); the step that failed was "
                "not saved, everything before it was",
                "free some space, then run the command again: it goes on where it stopped")
    if "readonly" in text or "read-only" in text:
        return f"the archive is read-only ({text})", "check the file's permissions, or pass another --db"
    if "locked" in text or "busy" in text:
        return f"the archive is busy ({text})", "another process holds it; wait for it to finish"
    if "malformed" in text or "not a database" in text:
        return f"the archive is damaged or not an archive ({text})", "check the --db path; keep a copy of the file"
    return f"archive error ({text})", "check the --db path"


@click.group(cls=SoyteGroup)
@click.version_option(package_name="soyte")
def main() -> None:
    """soyte: crawl Vietnamese provincial health news into a searchable SQLite archive.

    \b
    Start with the offline demo:   soyte demo
    Then search it:                soyte search --db demo.db "tiem chung"
    """
