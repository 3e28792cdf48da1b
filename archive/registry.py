"""The source registry: a TOML file of `[[source]]` tables, validated whole.

A file is used only when every entry in it is valid, so a typo never crawls a
half-read registry. Each problem is one line naming the source and the problem.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import RegistryError
from .provinces import current_province, legacy_province, legacy_to_current
from .urls import host_of

KINDS = ("so-y-te", "cdc", "ttyt", "benh-vien")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CHECKED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_URL = re.compile(r"^https?://[^\s/?#:]+(?::\d+)?(?:[/?#]\S*)?$", re.I)
_HINT_KEYS = {
    "article_url": list,  # regexes: URLs that are articles
    "listing_url": list,  # regexes: URLs of listings worth following
    "skip_url": list,  # regexes: URLs never to fetch
    "title": str,  # CSS selector (or XPath starting with / or ()
    "date": str,
    "body": str,
    "author": str,
    "prune": list,  # CSS selectors of elements to drop before extraction
    "case_insensitive": bool,  # IIS: one page under any letter case
}
_SOURCE_KEYS = {
    "name", "url", "title", "province", "legacy_province", "kind", "start_urls",
    "allowed_domains", "hints", "platform", "evidence", "checked", "notes",
    "discovered", "evidence_line",  # written by `soyte sources --discover`
}
_DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


@dataclass(frozen=True)
class Hints:
    """Optional per-source help for discovery and extraction: the escape hatch."""

    article_url: tuple[str, ...] = ()
    listing_url: tuple[str, ...] = ()
    skip_url: tuple[str, ...] = ()
    title: str | None = None
    date: str | None = None
    body: str | None = None
    author: str | None = None
    prune: tuple[str, ...] = ()
    case_insensitive: bool = False


@dataclass(frozen=True)
class Source:
    """One publisher's website as the registry describes it."""

    name: str
    url: str
    title: str | None = None
    province: str | None = None
    legacy_province: str | None = None
    kind: str | None = None
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    hints: Hints = field(default_factory=Hints)
    platform: str | None = None
    evidence: str | None = None
    checked: str | None = None
    discovered: str | None = None  # the day `soyte sources --discover` verified it (YYYY-MM-DD)
    evidence_line: str | None = None  # the line of `evidence` that named the unit

    @property
    def all_start_urls(self) -> tuple[str, ...]:
        return (self.url, *self.start_urls)


@dataclass(frozen=True)
class Registry:
    sources: tuple[Source, ...]
    path: str

    def get(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise RegistryError(f"{self.path}: no source named '{name}'", hint=unknown_name_hint(name, self.names()))

    def names(self) -> list[str]:
        return [s.name for s in self.sources]


def default_registry_path() -> Path:
    return Path(str(files("archive").joinpath("data/sources.toml")))


def load_registry(path: str | Path | None = None) -> Registry:
    """Read and validate a sources file (the shipped one when `path` is None)."""
    if not path:
        # Through importlib.resources: the package may run from a zipped egg (scrapyd).
        shipped = files("archive").joinpath("data/sources.toml")
        return parse_registry(shipped.read_text("utf-8"), str(default_registry_path()))
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the sources file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not a UTF-8 text file (byte {exc.start}: {exc.reason})") from exc
    return parse_registry(text, str(path))


def parse_registry(text: str, origin: str = "<sources>") -> Registry:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: not valid TOML: {exc}") from exc
    extra = set(data) - {"source"}
    if extra:
        raise RegistryError(f"{origin}: unknown top-level key '{sorted(extra)[0]}' (expected [[source]] tables)")
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{origin}: no [[source]] tables")
    sources: list[Source] = []
    problems: list[str] = []  # every bad entry is reported, not only the first
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        try:
            source = _parse_source(entry, f"{origin}: source #{number}")
        except RegistryError as exc:
            problems.append(str(exc))
            continue
        if source.name in seen:
            problems.append(f"{origin}: source '{source.name}': the name is used twice")
        seen.add(source.name)
        sources.append(source)
    if len(problems) == 1:
        raise RegistryError(problems[0])
    if problems:
        raise RegistryError(f"{origin}: {len(problems)} entries have problems:\n" + "\n".join(problems))
    return Registry(tuple(sources), origin)


def unknown_name_hint(name: str, known: list[str], listed_by: str = "`soyte sources` lists every source") -> str:
    """The hint for a source name that is not there: the close names, if any."""
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    if close:
        return f"did you mean {' or '.join(repr(c) for c in close)}? {listed_by}"
    return listed_by


def _parse_source(entry: Any, where: str) -> Source:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: not a table")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise RegistryError(f"{where}: 'name' must be a slug like 'soyte-hanoi' (got {name!r})")
    where = f"{where.split(': source #')[0]}: source '{name}'"
    unknown = set(entry) - _SOURCE_KEYS
    if unknown:
        raise RegistryError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    url = _check_url(entry.get("url"), where, "url")
    start_urls = tuple(_check_url(u, where, "start_urls") for u in _list_of(entry, "start_urls", str, where))
    province, legacy = _provinces(entry, where)
    kind = _optional(entry, "kind", str, where)
    if kind is not None and kind not in KINDS:
        raise RegistryError(f"{where}: kind must be one of {', '.join(KINDS)} (got {kind!r})")
    domains = _list_of(entry, "allowed_domains", str, where) or sorted({host_of(u) for u in (url, *start_urls)})
    return Source(
        name=name, url=url, title=_optional(entry, "title", str, where), province=province,
        legacy_province=legacy, kind=kind, start_urls=start_urls, allowed_domains=tuple(domains),
        hints=_parse_hints(entry.get("hints", {}), where), platform=_optional(entry, "platform", str, where),
        evidence=_check_url(entry["evidence"], where, "evidence") if "evidence" in entry else None,
        checked=_checked(entry, where), **_discovered(entry, where, domains),
    )


def _discovered(entry: dict, where: str, domains: list[str]) -> dict:
    """A source found by `soyte sources --discover` says where and when it was
    verified: the page (`evidence`, on its own domain), the line of it that named
    the unit, the day; `checked` is that day's month or later."""
    day = _optional(entry, "discovered", str, where)
    line = _optional(entry, "evidence_line", str, where)
    if day is None and line is None:
        return {}
    if day is None or not _DAY.match(day) or not _is_day(day):
        raise RegistryError(f"{where}: 'discovered' must be a day like \"2026-11-23\" (got {day!r})")
    if not line or not line.strip() or "\n" in line or len(line) > 300:
        raise RegistryError(f"{where}: 'evidence_line' must be the one line (at most 300 characters) "
                            "of the evidence page that named the unit")
    evidence = entry.get("evidence")
    if not isinstance(evidence, str):
        raise RegistryError(f"{where}: a discovered source needs 'evidence', the page that named the unit")
    host = host_of(evidence.strip())
    if not any(host == d or host.endswith("." + d) for d in domains):
        raise RegistryError(f"{where}: 'evidence' {evidence!r} is not on the source's own domain")
    checked = entry.get("checked")
    if not isinstance(checked, str) or checked < day[:7]:
        raise RegistryError(f"{where}: a discovered source needs 'checked', the month of 'discovered' or later")
    return {"discovered": day, "evidence_line": line.strip()}


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _checked(entry: dict, where: str) -> str | None:
    value = _optional(entry, "checked", str, where)
    if value is not None and not _CHECKED.match(value):
        raise RegistryError(f"{where}: 'checked' must be a month like \"2026-11\" (got {value!r})")
    return value


def _check_url(value: Any, where: str, key: str) -> str:
    if value is None:
        raise RegistryError(f"{where}: missing '{key}'")
    if not isinstance(value, str) or not _URL.match(value.strip()):
        raise RegistryError(f"{where}: '{key}' is not an http(s) URL: {value!r}")
    try:
        urlsplit(value.strip()).port  # "http://x.vn:99999/" matches the pattern, and fetches nothing
    except ValueError as exc:
        raise RegistryError(f"{where}: '{key}' is not a valid URL ({exc}): {value!r}") from None
    return value.strip()


def _optional(entry: dict, key: str, kind: type, where: str) -> Any:
    value = entry.get(key)
    if value is not None and not isinstance(value, kind):
        raise RegistryError(f"{where}: '{key}' must be a {kind.__name__}")
    return value


def _list_of(entry: dict, key: str, kind: type, where: str) -> list:
    value = entry.get(key, [])
    if isinstance(value, kind):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of {kind.__name__}s")
    return value


def _provinces(entry: dict, where: str) -> tuple[str | None, str | None]:
    raw_current = _optional(entry, "province", str, where)
    raw_legacy = _optional(entry, "legacy_province", str, where)
    current = current_province(raw_current) if raw_current else None
    if raw_current and not current:
        raise RegistryError(f"{where}: '{raw_current}' is not one of the 34 provinces of today "
                            "(a pre-2025 name goes in legacy_province)")
    legacy = legacy_province(raw_legacy) if raw_legacy else None
    if raw_legacy and not legacy:
        raise RegistryError(f"{where}: legacy_province '{raw_legacy}' is not one of the 63 former provinces")
    if legacy and not current:
        current = legacy_to_current()[legacy]
    elif legacy and legacy_to_current()[legacy] != current:
        raise RegistryError(f"{where}: {legacy} became part of {legacy_to_current()[legacy]}, not {current}")
    return current, legacy


def _parse_hints(raw: Any, where: str) -> Hints:
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: 'hints' must be a table")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        kind = _HINT_KEYS.get(key)
        if kind is None:
            raise RegistryError(f"{where}: unknown hint '{key}'")
        if kind is list:
            value = tuple(_list_of(raw, key, str, where))
            if key.endswith("_url"):
                _check_patterns(value, where, key)
        elif not isinstance(value, kind):
            raise RegistryError(f"{where}: hint '{key}' must be a {kind.__name__}")
        values[key] = value
    return Hints(**values)


def _check_patterns(patterns: tuple[str, ...], where: str, key: str) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RegistryError(f"{where}: hint '{key}' has a bad regular expression {pattern!r}: {exc}") from exc
