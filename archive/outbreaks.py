"""Disease signals from the `mentions` table: per disease, province and week (or
month), the articles that report the disease and the cases they state, with a
flag when a week stands well above that province's recent baseline.

What counts:
- an article reports a disease when one of its mentions is an event (a case, an
  outbreak, a death, a rise: not a training course or a campaign that only names
  it) and not negated ("không ghi nhận ca sởi");
- its stated cases: the largest case count it gives for the disease for a week,
  a day or no stated period (year-to-date and cumulative totals are not added:
  they repeat earlier weeks);
- provinces and periods as in archive/trends.py: one article counts once per
  province among its pages, in the period of its publication date.

The flag (baseline), for each disease and province:
- articles: the previous 8 periods (a period with no article counts 0) give a
  mean and a standard deviation; a period is flagged when it has at least
  MIN_ARTICLES articles and more than mean + 2 SD;
- stated cases: a period with no report is unknown, not 0 (a province does not
  publish every week), so the baseline is the last 8 earlier periods that
  stated cases, within the 26 periods before; it needs at least 3 of them, and
  a period is flagged when its cases reach MIN_CASES and exceed mean + 2 SD.
The SD is taken as at least √mean: counts vary at least as much as a Poisson
count does, so three quiet weeks of 11, 12 and 13 cases do not make 16 an alarm.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from .errors import QueryError
from .filters import province_name
from .trends import UNKNOWN, check_choice, day_of, period_key, period_label, period_range, period_start

BASELINE_PERIODS = 8
CASE_LOOKBACK = 26  # periods searched for earlier stated cases
MIN_CASE_PERIODS = 3  # earlier periods with stated cases needed for a case baseline
SDS = 2.0
MIN_ARTICLES = 3
MIN_CASES = 10
_CASE_PERIODS = (None, "week", "day")


@dataclass
class SignalRow:
    period: str
    disease: str
    disease_name: str
    province: str
    articles: int
    cases: int | None  # None: no article stated a count
    baseline_articles: float = 0.0
    limit_articles: float = 0.0
    baseline_cases: float | None = None  # None: too few earlier periods stated cases
    limit_cases: float | None = None
    flag: str = ""  # "", "articles", "cases", "articles+cases"

    def as_dict(self, every: str) -> dict:
        return {"period": self.period, "label": period_label(self.period, every), "disease": self.disease,
                "disease_name": self.disease_name, "province": self.province, "articles": self.articles,
                "cases": self.cases, "baseline_articles": round(self.baseline_articles, 2),
                "threshold_articles": round(self.limit_articles, 2), "baseline_cases": _round(self.baseline_cases),
                "threshold_cases": _round(self.limit_cases), "flag": self.flag}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def disease_id(typed: str) -> str:
    """A disease as typed: its id (dengue, hfmd) or a name, diacritics optional."""
    from .signals import extract_mentions, lexicon

    diseases = lexicon().diseases
    if typed in diseases:
        return typed
    found = {m.disease for m in extract_mentions(typed, "")} or {
        m.disease for m in extract_mentions(f"bệnh {typed}", "")}
    if len(found) == 1:
        return found.pop()
    from .registry import unknown_name_hint

    raise QueryError(f"unknown disease {typed!r}",
                     hint=unknown_name_hint(typed, list(diseases), "use an id (dengue, hfmd, measles …) "
                                                                   "or a Vietnamese name: 'sốt xuất huyết'"))


def baseline(previous: list[float]) -> tuple[float, float]:
    """(mean, threshold): the mean and mean + SDS × SD of the previous
    periods, the SD at least √mean (see the module's docstring)."""
    if not previous:
        return 0.0, 0.0
    mean = statistics.fmean(previous)
    return mean, mean + SDS * max(statistics.pstdev(previous), mean ** 0.5)


def signals(db: sqlite_utils.Database, *, disease: str | None = None, province: str | None = None,
            every: str = "week", since=None, until=None) -> list[SignalRow]:
    """Rows for every (period, disease, province) with an article, oldest first,
    flags computed against the baseline (from data before `since` too)."""
    check_choice(every, ("week", "month"), "--every")
    params: dict = {}
    where = ""
    if disease:
        where += " AND m.disease = :disease"
        params["disease"] = disease_id(disease)
    rows = db.execute(f"""
        SELECT m.article_id, m.disease, m.disease_name, m.cases, m.period, a.published,
               coalesce(p.province, a.province, '{UNKNOWN}') AS province
        FROM mentions m JOIN articles a ON a.id = m.article_id
        LEFT JOIN pages p ON p.article_id = a.id
        WHERE m.kind = 'event' AND m.negated = 0 {where}""", params).fetchall()
    wanted = province_name(province) if province else None
    names: dict[str, str] = {}
    articles: dict[tuple, set[int]] = defaultdict(set)  # (disease, province, period) -> article ids
    stated: dict[tuple, dict[int, int]] = defaultdict(dict)  # … -> article id -> its cases
    for article_id, dis, name, cases, period, published, prov in rows:
        day = day_of(published)
        if day is None or (wanted and prov != wanted):
            continue
        names[dis] = name
        key = (dis, prov, period_key(day, every))
        articles[key].add(article_id)
        if cases is not None and period in _CASE_PERIODS:
            stated[key][article_id] = max(cases, stated[key].get(article_id, 0))
    out: list[SignalRow] = []
    series: dict[tuple, list[str]] = defaultdict(list)
    for dis, prov, key in articles:
        series[(dis, prov)].append(key)
    for (dis, prov), keys in series.items():
        keys.sort()
        first = period_key(_minus(period_start(keys[0], every), every), every)  # zeros before the first
        timeline = period_range(first, keys[-1], every)
        counts = [len(articles.get((dis, prov, k), ())) for k in timeline]
        cases = [sum(stated.get((dis, prov, k), {}).values()) for k in timeline]
        for i, key in enumerate(timeline):
            if not counts[i]:
                continue
            mean_n, limit_n = baseline(counts[max(0, i - BASELINE_PERIODS):i])
            earlier = [cases[j] for j in range(max(0, i - CASE_LOOKBACK), i)
                       if stated.get((dis, prov, timeline[j]))][-BASELINE_PERIODS:]
            mean_c, limit_c = baseline(earlier)
            has_cases = bool(stated.get((dis, prov, key)))
            flags = []
            if counts[i] >= MIN_ARTICLES and counts[i] > limit_n:
                flags.append("articles")
            if (has_cases and len(earlier) >= MIN_CASE_PERIODS and cases[i] >= MIN_CASES
                    and cases[i] > limit_c):
                flags.append("cases")
            out.append(SignalRow(key, dis, names[dis], prov, counts[i], cases[i] if has_cases else None,
                                 mean_n, limit_n, mean_c if len(earlier) >= MIN_CASE_PERIODS else None,
                                 limit_c if len(earlier) >= MIN_CASE_PERIODS else None, "+".join(flags)))
    if since:
        out = [r for r in out if period_start(r.period, every) >= period_start(period_key(since, every), every)]
    if until:
        out = [r for r in out if period_start(r.period, every) <= until]
    out.sort(key=lambda r: (r.period, r.disease, r.province))
    return out


def _minus(day, every: str, n: int = BASELINE_PERIODS):
    """The start of the period n periods before `day`'s."""
    from datetime import date, timedelta

    if every == "week":
        return day - timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 - n
    return date(months // 12, months % 12 + 1, 1)


def signals_chart(rows: list[SignalRow], path: str | None, *, every: str = "week", top: int = 8,
                  fmt: str | None = None) -> bytes | None:
    """Stated cases (or, for a series with no count stated, articles) per period,
    one line per disease and province (periods without a stated count left as
    gaps), flagged periods ringed in red."""
    from .charts import line_chart

    if not rows:
        periods: list[str] = []
    else:
        periods = period_range(min(r.period for r in rows), max(r.period for r in rows), every)
    by_series: dict[tuple, dict[str, SignalRow]] = defaultdict(dict)
    for r in rows:
        by_series[(r.disease_name, r.province)][r.period] = r
    with_cases = {k for k, points in by_series.items() if any(r.cases is not None for r in points.values())}
    use_cases = bool(with_cases)  # cases when any series states them (articles-only series left out), else articles
    ranked = sorted(with_cases or by_series,
                    key=lambda k: -sum((r.cases or 0) if use_cases else r.articles for r in by_series[k].values()))[:top]
    series, flags = {}, {}
    for name, prov in ranked:
        points = by_series[(name, prov)]
        label = f"{name} · {prov}"
        # a week with no stated count is unknown, not 0: a gap in the line
        gap = float("nan") if use_cases else 0
        series[label] = [(gap if points[p].cases is None else points[p].cases) if use_cases and p in points
                         else points[p].articles if p in points else gap for p in periods]
        flags[label] = [bool(points[p].flag) if p in points else False for p in periods]
    unit = {"week": ("mỗi tuần", "per week", "Tuần (thứ Hai) · Week (Monday)"),
            "month": ("mỗi tháng", "per month", "Tháng · Month")}[every]
    title = (f"Số ca mắc được nêu trong các bài, {unit[0]}\nCases stated in the articles, {unit[1]}" if use_cases else
             f"Số bài báo cáo ca bệnh, {unit[0]}\nArticles reporting cases, {unit[1]}")
    return line_chart(path, x=[period_start(p, every) for p in periods], series=series, flags=flags, fmt=fmt,
                      title=title, xlabel=unit[2], ylabel="Số ca · Cases" if use_cases else "Số bài · Articles",
                      legend_title="Bệnh · tỉnh — Disease · province", every=every)
