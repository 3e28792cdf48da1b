"""`soyte trends` (matching articles per province or source and period) and
`soyte signals` (disease mentions, stated cases and baseline flags)."""

from __future__ import annotations

import json
import sqlite3

import click

from ..charts import check_chart_path
from ..filters import ArticleFilter
from ..mentions import fill_mentions, unread_count
from ..outbreaks import BASELINE_PERIODS, MIN_ARTICLES, MIN_CASES, signals, signals_chart
from ..schema import open_archive
from ..trends import BY, EVERY, period_label, trend_chart, trends
from .app import main
from .options import date_range_options, db_option, json_option, province_option, raw_option
from .search import typed_text

MAX_COLUMNS = 8


@main.command("trends")
@click.argument("query")
@db_option()
@click.option("--by", type=click.Choice(BY), default="province", show_default=True,
              help="Count per province (of the article's pages) or per source.")
@click.option("--every", type=click.Choice(EVERY), default="week", show_default=True, help="The period.")
@date_range_options
@click.option("--chart", type=click.Path(dir_okay=False), help="Also draw the lines, to FILE.png or FILE.svg.")
@raw_option()
@json_option()
def trends_command(query, db, by, every, since, until, chart, raw, as_json) -> None:
    """Matching articles per province (or source) and week (or month).

    QUERY is read as `soyte search` reads it. A story on several sites is one
    article; it counts once per province (source) among its pages, and once in
    the total.

    \b
    Examples:
      soyte trends "sot xuat huyet" --by province --every week --since 2025-01-01
      soyte trends '"tay chân miệng"' --every month --chart tcm.png
    """
    if chart:
        check_chart_path(chart)
    archive = open_archive(db, create=False)
    trend = trends(archive, typed_text(query), by=by, every=every,
                   filters=ArticleFilter(since=since, until=until), raw=raw)
    if as_json:
        click.echo(json.dumps({"query": query, "by": by, "every": every, "undated": trend.undated,
                               "rows": trend.rows}, ensure_ascii=False, indent=2))
    else:
        _print_trend(trend)
    if chart:
        trend_chart(trend, chart)
        click.echo(f"chart written to {chart}", err=True)


def _print_trend(trend) -> None:
    if not trend.periods:
        click.echo("(no dated article matches)")
        return
    groups = trend.groups[:MAX_COLUMNS]
    rest = trend.groups[MAX_COLUMNS:]
    names = groups + ([f"other ({len(rest)})"] if rest else [])
    widths = [max(5, len(n)) for n in names]
    click.echo(f"{trend.every:9}  " + "  ".join(n.rjust(w) for n, w in zip(names, widths)) + "  articles")
    for p in trend.periods:
        cells = [trend.counts.get((p, g), 0) for g in groups]
        if rest:
            cells.append(sum(trend.counts.get((p, g), 0) for g in rest))
        click.echo(f"{period_label(p, trend.every):9}  " + "  ".join(str(c or ".").rjust(w) for c, w in zip(cells, widths))
                   + f"  {trend.totals.get(p, 0):8}")
    if trend.undated:
        click.echo(f"({trend.undated} matching articles without a date are not counted)")


@main.command("signals")
@db_option()
@click.option("--disease", help="Only this disease: an id (dengue, hfmd, measles …) or a name, diacritics optional.")
@province_option()
@click.option("--every", type=click.Choice(EVERY), default="week", show_default=True, help="The period.")
@date_range_options
@click.option("--chart", type=click.Path(dir_okay=False), help="Also draw stated cases per period, to FILE.png/.svg.")
@click.option("--flagged", is_flag=True, help="Only the periods flagged above their baseline.")
@json_option()
def signals_command(db, disease, province, every, since, until, chart, flagged, as_json) -> None:
    """Articles reporting each disease, and the cases they state, per province
    and week, flagged when well above that province's recent baseline.

    A period is flagged when its articles (at least 3) or its stated cases (at
    least 10) exceed the mean + 2 SD of the previous 8 periods.

    \b
    Examples:
      soyte signals --disease dengue --every week --since 2025-01-01
      soyte signals --province "Vĩnh Long" --chart signals.png
    """
    if chart:
        check_chart_path(chart)
    archive = open_archive(db, create=False)
    _fill_if_possible(archive, as_json)
    rows = signals(archive, disease=disease, province=province, every=every, since=since, until=until)
    shown = [r for r in rows if r.flag] if flagged else rows
    if as_json:
        click.echo(json.dumps([r.as_dict(every) for r in shown], ensure_ascii=False, indent=2))
    elif not shown:
        click.echo("(no article reports a disease here)" if not flagged else "(no period flagged)")
    else:
        click.echo(f"{'period':9}  {'disease':24}  {'province':14}  {'articles':>8}  {'cases':>6}  "
                   f"{'cases: mean/limit':>17}  flag")
        for r in shown:
            base = (f"{r.baseline_cases:.1f}/{r.limit_cases:.1f}" if r.cases is not None and r.limit_cases is not None
                    else "-")
            flag = f"▲ {r.flag} above baseline" if r.flag else ""
            click.echo(f"{period_label(r.period, every):9}  {r.disease_name[:24]:24}  {r.province[:14]:14}  "
                       f"{r.articles:8}  {'-' if r.cases is None else r.cases:>6}  {base:>17}  {flag}")
        click.echo(f"(flagged: a {every}'s articles (at least {MIN_ARTICLES}) above mean + 2 SD of the previous "
                   f"{BASELINE_PERIODS} {every}s, or its stated cases (at least {MIN_CASES}) above mean + 2 SD of the "
                   f"last {BASELINE_PERIODS} earlier {every}s that stated cases; SD at least √mean)")
    if chart:
        signals_chart(rows, chart, every=every)
        click.echo(f"chart written to {chart}", err=True)


def _fill_if_possible(archive, quiet: bool) -> None:
    """Read the articles the mention extractor has not read yet (an archive
    from before the `mentions` table, a new extractor version)."""
    try:
        if unread_count(archive):
            fill_mentions(archive, None if quiet else _progress)
            if not quiet:
                click.echo("", err=True)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        click.echo("note: a read-only archive: articles not read for mentions yet are left out", err=True)


def _progress(done: int, total: int) -> None:
    click.echo(f"\r{done}/{total} articles read for disease mentions", nl=False, err=True)
