"""How many articles match a query, per province (or source) and week (or month).

How articles are counted: a story republished on three sites is one article
(the archive's dedup), so it counts once per period. It counts once for each
province among its pages (a page's province is its source's, today's name):
a dengue report of the Vĩnh Long CDC copied by a Cà Mau hospital counts once in
Vĩnh Long and once in Cà Mau, and once in the total. `by="source"` counts it once
per source among its pages the same way. Its period is that of its publication
date (Vietnam time; weeks start on Monday, labelled with their ISO week);
undated articles are left out and counted apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlite_utils

from .errors import QueryError
from .filters import ArticleFilter
from .matching import match_sql, run_checked

BY = ("province", "source")
EVERY = ("week", "month")
UNKNOWN = "?"


@dataclass
class Trend:
    every: str
    by: str
    periods: list[str]  # period keys, oldest first, every period between the first and the last
    groups: list[str]  # most articles first
    counts: dict[tuple[str, str], int]  # (period, group) -> articles
    totals: dict[str, int]  # period -> distinct articles
    undated: int = 0
    query: str = ""
    rows: list[dict] = field(default_factory=list)

    def series(self, group: str) -> list[int]:
        return [self.counts.get((p, group), 0) for p in self.periods]

    def group_total(self, group: str) -> int:
        return sum(self.series(group))


def period_key(day: date, every: str) -> str:
    """The period a day falls in: its week's Monday, or its month (YYYY-MM)."""
    if every == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return f"{day.year:04d}-{day.month:02d}"


def period_start(key: str, every: str) -> date:
    return date.fromisoformat(key if every == "week" else key + "-01")


def period_label(key: str, every: str) -> str:
    """'2025-W27' for a week, '2025-07' for a month."""
    if every == "week":
        year, week, _ = period_start(key, every).isocalendar()
        return f"{year}-W{week:02d}"
    return key


def period_range(first: str, last: str, every: str) -> list[str]:
    """Every period from `first` to `last`, both included."""
    out, day, end = [], period_start(first, every), period_start(last, every)
    while day <= end:
        out.append(period_key(day, every))
        day = day + timedelta(days=7) if every == "week" else date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def day_of(published: str | None) -> date | None:
    """An article's publication day in Vietnam (the archive stores +07:00 times)."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def grouped_sql(ids_sql: str, by: str) -> str:
    """(article id, published, group) for the articles `ids_sql` selects: one row
    per province (or source) among the article's pages."""
    column = {"province": "coalesce(p.province, a.province)", "source": "coalesce(p.source, a.source)"}[by]
    return f"""SELECT DISTINCT a.id, a.published, coalesce({column}, '{UNKNOWN}')
               FROM articles a LEFT JOIN pages p ON p.article_id = a.id
               WHERE a.id IN ({ids_sql})"""


def check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise QueryError(f"{option} {value!r}: use one of {', '.join(choices)}")
    return value


def trends(db: sqlite_utils.Database, query: str, *, by: str = "province", every: str = "week",
           filters: ArticleFilter = ArticleFilter(), raw: bool = False) -> Trend:
    check_choice(by, BY, "--by")
    check_choice(every, EVERY, "--every")
    ids_sql, params = match_sql(db, query, filters, raw=raw)
    counts: dict[tuple[str, str], set[int]] = defaultdict(set)
    totals: dict[str, set[int]] = defaultdict(set)
    undated = set()
    for article_id, published, group in run_checked(db, grouped_sql(ids_sql, by), params, raw=raw):
        day = day_of(published)
        if day is None:
            undated.add(article_id)
            continue
        key = period_key(day, every)
        counts[(key, group)].add(article_id)
        totals[key].add(article_id)
    keys = sorted(totals)
    periods = period_range(keys[0], keys[-1], every) if keys else []
    if filters.since and periods:  # the table starts where the user asked, even with an empty first period
        periods = period_range(min(period_key(filters.since, every), periods[0]), periods[-1], every)
    flat = {k: len(v) for k, v in counts.items()}
    group_totals: dict[str, int] = defaultdict(int)
    for (_, group), n in flat.items():
        group_totals[group] += n
    groups = sorted(group_totals, key=lambda g: (-group_totals[g], g))
    trend = Trend(every, by, periods, groups, flat, {k: len(v) for k, v in totals.items()}, len(undated), query)
    trend.rows = [{"period": p, "label": period_label(p, every), by: g, "articles": flat.get((p, g), 0)}
                  for p in periods for g in groups]
    return trend


def trend_chart_svg(trend: Trend) -> str:
    """The chart as SVG text (for `soyte browse`)."""
    return trend_chart(trend, None, fmt="svg").decode("utf-8")


def trend_chart(trend: Trend, path: str | None, *, top: int = 8, fmt: str | None = None) -> bytes | None:
    """Lines per group (the `top` biggest; the others summed as one line);
    written to `path`, or returned as bytes in `fmt` when path is None."""
    from .charts import line_chart

    shown = trend.groups[:top]
    series = {g: trend.series(g) for g in shown}
    rest = trend.groups[top:]
    if rest:
        series[f"Khác · other ({len(rest)})"] = [sum(trend.counts.get((p, g), 0) for g in rest) for p in trend.periods]
    what = {"province": ("theo tỉnh", "by province", "Tỉnh · Province"),
            "source": ("theo nguồn", "by source", "Nguồn · Source")}[trend.by]
    every = {"week": ("mỗi tuần", "per week", "Tuần (thứ Hai) · Week (Monday)"),
             "month": ("mỗi tháng", "per month", "Tháng · Month")}[trend.every]
    return line_chart(path, x=[period_start(p, trend.every) for p in trend.periods], series=series, fmt=fmt,
               title=f"Bài viết khớp “{trend.query}” {what[0]}, {every[0]}\n"
                     f"Articles matching “{trend.query}” {what[1]}, {every[1]}",
               xlabel=every[2], ylabel="Số bài viết · Articles", legend_title=what[2], every=trend.every)
