"""`soyte sources`: the registry (or your own file), its coverage, and --check."""

from __future__ import annotations

import json

import click

from ..coverage import coverage, coverage_lines
from ..registry import load_registry
from .app import main
from .options import json_option, sources_file_option


@main.command()
@sources_file_option("Check and list this file instead of the shipped registry.")
@json_option()
@click.option("--check", is_flag=True, help="Fetch each source's start page: reachable, redirected (where) or gone.")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds per request for --check.")
def sources(sources_file, as_json, check, timeout) -> None:
    """List (and validate) the source registry, with coverage by province.

    \b
    Examples:
      soyte sources
      soyte sources --sources my-sites.toml
      soyte sources --check          # needs a network
    """
    registry = load_registry(sources_file)
    if check:
        _check_sources(registry, timeout, as_json)
        return
    if as_json:
        rows = [{"name": s.name, "url": s.url, "title": s.title, "kind": s.kind, "province": s.province,
                 "legacy_province": s.legacy_province, "platform": s.platform, "evidence": s.evidence,
                 "checked": s.checked} for s in registry.sources]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for s in registry.sources:
        province = s.province or "-"
        if s.legacy_province and s.legacy_province != s.province:
            province += f" (was {s.legacy_province})"
        click.echo(f"{s.name:22} {s.kind or '-':10} {province:30} {s.url}")
    click.echo(f"\n{len(registry.sources)} sources in {registry.path}: valid.\n")
    for line in coverage_lines(coverage(registry.sources)):
        click.echo(line)


def _check_sources(registry, timeout: float, as_json: bool) -> None:
    from ..sources_check import check_sources  # the only network I/O of archive/

    def show(result) -> None:
        if not as_json:
            click.echo(result.line())

    results = check_sources(registry.sources, timeout=timeout, on_result=show)
    if as_json:
        click.echo(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2))
        return
    counts: dict[str, int] = {}
    for result in results:
        counts[result.state] = counts.get(result.state, 0) + 1
    click.echo("\n" + ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) + ".")
