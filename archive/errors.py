"""Named errors of the archive. The CLI turns each into one line with a hint."""


class SoyteError(Exception):
    """Base class: every error a user can cause or fix."""

    hint: str = ""
    exit_code: int = 2  # the `soyte` command's exit status for it (README, "Exit codes")

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class RegistryError(SoyteError):
    """A sources file that cannot be used: nothing is crawled from it."""

    hint = "fix the entries named above, then run `soyte sources --sources FILE` to check the file"


class QueryError(SoyteError):
    """A search query that SQLite FTS5 cannot parse."""

    hint = 'type words and "quoted phrases"; FTS5 syntax (AND, OR, NOT, NEAR, prefix*) only with --raw'


class ArchiveError(SoyteError):
    """The archive file is missing, not an archive, or cannot be written."""

    hint = "check the --db path; `soyte crawl` or `soyte demo` creates an archive"


class ExtractionError(SoyteError):
    """A page that cannot be read as HTML at all."""

    hint = "pass an HTML file or an http(s) URL"


class ArchiveLocked(ArchiveError):
    """Another crawl (or merge, rebuild, re-extraction) is writing this archive."""

    hint = "wait for it to finish; a killed crawl releases the lock by itself"


class DedupError(SoyteError):
    """A dedup command that was not told what to do, or cannot do it."""

    hint = "run `soyte dedup --rebuild --db ARCHIVE` to recompute every cluster; `soyte duplicates` lists them"


class ExportError(SoyteError):
    """An export that cannot be written where it was asked to go."""

    hint = "check the --output path: its directory must exist and be writable (or leave --output out for stdout)"


class BrowseError(SoyteError):
    """Datasette cannot be started on the archive."""

    hint = "pass another --port, or stop the program that holds this one"


class CrawlError(SoyteError):
    """The crawler process could not run or stopped without a result."""

    hint = "run it again with `scrapy crawl news -a source=NAME` to see Scrapy's own messages"


class NetworkUnreachable(SoyteError):
    """Nothing answered at all: this machine looks offline, so no site can be judged gone."""

    hint = "check this machine's connection (DNS, proxy, firewall), then run it again"
    exit_code = 3
