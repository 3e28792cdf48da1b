"""`soyte sources`: the registry (or your own file), its coverage, and --check."""

from __future__ import annotations

import json

import click

from ..coverage import coverage, coverage_lines
from ..registry import load_registry
from .app import main
from .options import json_option, province_option, sources_file_option


@main.command()
@sources_file_option("Check and list this file instead of the shipped registry.")
@json_option()
@click.option("--check", is_flag=True, help="Fetch each source's start page: reachable, redirected (where) or gone.")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds per request for --check and --discover.")
@click.option("--discover", is_flag=True,
              help="Find and verify live a site for each unit (Sở Y tế, CDC) that has no source.")
@province_option()
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["so-y-te", "cdc", "ttyt"]),
              help="With --discover: only units of this kind (repeatable; default so-y-te and cdc).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="With --discover: write the verified sources (TOML) to this file instead of printing them.")
@click.option("--time-limit", default=1800.0, show_default=True, help="With --discover: seconds for the whole run.")
def sources(sources_file, as_json, check, timeout, discover, province, kinds, output, time_limit) -> None:
    """List (and validate) the source registry, with coverage by province.

    \b
    Examples:
      soyte sources
      soyte sources --sources my-sites.toml
      soyte sources --check          # needs a network
      soyte sources --discover --province "Quảng Ngãi" -o found.toml   # needs a network
    """
    registry = load_registry(sources_file)
    if not discover and (province or kinds or output):
        raise click.UsageError("--province, --kind and --output go with --discover")
    if discover:
        _discover(registry, province, kinds, output, time_limit, timeout, as_json)
        return
    if check:
        _check_sources(registry, timeout, as_json)
        return
    if as_json:
        rows = [{"name": s.name, "url": s.url, "title": s.title, "kind": s.kind, "province": s.province,
                 "legacy_province": s.legacy_province, "platform": s.platform, "evidence": s.evidence,
                 "checked": s.checked, "discovered": s.discovered, "evidence_line": s.evidence_line}
                for s in registry.sources]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for s in registry.sources:
        province = s.province or "-"
        if s.legacy_province and s.legacy_province != s.province:
            province += f" (was {s.legacy_province})"
        found = f"  (discovered {s.discovered})" if s.discovered else ""
        click.echo(f"{s.name:22} {s.kind or '-':10} {province:30} {s.url}{found}")
    click.echo(f"\n{len(registry.sources)} sources in {registry.path}: valid.\n")
    discovered = [s for s in registry.sources if s.discovered]
    if discovered:
        click.echo(f"Verified by `soyte sources --discover`: "
                   f"{', '.join(f'{s.name} ({s.discovered})' for s in discovered)}.\n")
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


def _discover(registry, province, kinds, output, time_limit: float, timeout: float, as_json: bool) -> None:
    """Propose candidates for the units without a source, verify them live (in
    the crawler's process), write the verified ones as registry entries."""
    from datetime import date

    from ..candidates import DEFAULT_KINDS, outcomes, resolve_province, sources_toml, summary_lines, units_lacking
    from ..errors import NetworkUnreachable, SoyteError
    from ..provinces import current_provinces
    from .crawl import run_crawler

    kinds = tuple(dict.fromkeys(kinds)) or DEFAULT_KINDS
    scope = list(current_provinces())
    if province:
        try:
            today, _ = resolve_province(province)
        except ValueError:
            raise SoyteError(f"'{province}' is neither one of the 34 provinces of today nor a former one",
                             hint="give a name as `soyte sources` lists it (diacritics optional)") from None
        scope = [today]
    units = units_lacking(registry.sources, province, kinds)
    link_pages = [s.url for s in registry.sources
                  if s.kind == "so-y-te" and s.province in scope and ("ttyt" in kinds or "cdc" in kinds)]
    if not units and not ("ttyt" in kinds and link_pages):
        click.echo("Every unit asked for has a source already (`soyte sources` shows the coverage).", err=True)
        return
    references = [s.url for s in sorted(registry.sources, key=lambda s: s.evidence is None)][:3]
    known = sorted({d for s in registry.sources for d in s.allowed_domains})
    request = {"command": "discover", "units": [u.as_dict() for u in units], "kinds": list(kinds),
               "provinces": scope, "known_hosts": known, "link_pages": link_pages, "reference_urls": references,
               "timeout": timeout, "time_limit": time_limit, "min_articles": 3}
    click.echo(f"Looking for {len(units)} units without a source"
               + (f" and the TTYTs linked from {len(link_pages)} Sở Y tế sites" if "ttyt" in kinds else "")
               + f" (time limit {time_limit:g} s) …", err=True)
    [result] = run_crawler(request)
    if result["network_down"]:
        raise NetworkUnreachable(
            f"none of the {sum(h['state'] != 'pending' for h in result['hosts'])} candidate hosts tried answered, "
            "nor any of the known sites checked "
            f"for reference ({', '.join(references) or 'none'}): the network looks unreachable, so no unit is "
            "reported as having no site")
    rows = outcomes(result)
    sites = [row.site for row in rows if row.site]
    today = date.today().isoformat()
    header = (f"# Found by `soyte sources --discover` on {today}"
              + (f" for {province}" if province else "") + f" ({', '.join(kinds)}).\n"
              "# Each site named its unit and province in its own pages (evidence, evidence_line)\n"
              "# and showed dated articles. Add them to your sources file, or contribute them:\n"
              "# see README, `soyte sources`.\n")
    text = sources_toml(sites, registry.names(), header=header) if sites else header + "# No site verified.\n"
    if as_json:
        click.echo(json.dumps({"units": [{"unit": r.title, "tried": r.tried, "result": r.why, "site": r.site,
                                          "reported": list(r.reported)} for r in rows],
                               "finish_reason": result["finish_reason"], "toml": text},
                              ensure_ascii=False, indent=2))
    elif not output:
        click.echo(text, nl=False)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise SoyteError(f"cannot write {output}: {exc.strerror}", hint="check the -o path") from None
    if not as_json:
        to_stderr = not output
        click.echo("", err=to_stderr)
        for line in summary_lines(rows):
            click.echo(line, err=to_stderr)
        reported = [(r.title, line) for r in rows for line in r.reported]
        if reported:
            click.echo("Answered, not added (another unit or province, parked, a redirect away, too few articles):",
                       err=to_stderr)
            for title, line in reported:
                click.echo(f"  {line}  [candidate for {title}]", err=to_stderr)
        if result["finish_reason"] == "closespider_timeout":
            click.echo(f"Stopped at the time limit ({time_limit:g} s): run again, or raise --time-limit.",
                       err=to_stderr)
        if output:
            click.echo(f"{len(sites)} verified sources written to {output}.")
