"""Datasette plugin shipped with soyte (loaded by `soyte browse`): the early
warning pages of issue 18, computed by the same code as the commands.

- /-/soyte/watch/NAME.atom  the Atom feed of a watch (as `soyte watch feed NAME`)
- /-/soyte/trends?q=…&by=province&every=week&since=YYYY-MM-DD
                            matching articles per province or source and period,
                            with a chart (as `soyte trends`)
- /-/soyte/signals?disease=…&province=…&every=week&since=YYYY-MM-DD
                            disease signals with baseline flags and a chart
                            (as `soyte signals`)
They read the first database Datasette serves (the archive).
"""

from __future__ import annotations

from datetime import date

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape


def _database(datasette):
    return datasette.get_database()


async def _run(datasette, fn):
    import sqlite_utils

    return await _database(datasette).execute_fn(lambda conn: fn(sqlite_utils.Database(conn)))


async def watch_feed(request, datasette):
    from archive.watches import WatchError, atom_feed, get_watch

    name = request.url_vars["name"]
    self_url = datasette.absolute_url(request, request.path)

    def feed(db):
        return atom_feed(db, get_watch(db, name), self_url=self_url)

    try:
        body = await _run(datasette, feed)
    except WatchError as exc:
        return Response.text(f"{exc}\n", status=404)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


async def trends_page(request, datasette):
    from archive.errors import SoyteError
    from archive.filters import ArticleFilter
    from archive.trends import BY, EVERY, period_label, trend_chart_svg, trends

    args = request.args
    q, by, every = args.get("q", ""), args.get("by", "province"), args.get("every", "week")
    since = _day(args.get("since"))
    context = {
        "page_title": "Xu hướng · Trends",
        "explanation": ("Số bài viết khớp truy vấn theo tỉnh (hoặc nguồn) và tuần (hoặc tháng); một tin đăng ở nhiều "
                        "trang là một bài, tính một lần cho mỗi tỉnh có trang đăng nó. · Matching articles per province "
                        "(or source) and week (or month); a story on several sites is one article, counted once per "
                        "province among its pages."),
        "fields": [{"name": "q", "label": "Tìm · Query", "value": q},
                   {"name": "by", "label": "Theo · By", "value": by, "choices": BY},
                   {"name": "every", "label": "Mỗi · Every", "value": every, "choices": EVERY},
                   {"name": "since", "label": "Từ ngày · Since", "value": args.get("since", ""), "type": "date"}],
        "rows": [], "columns": [], "chart": None, "error": None, "flag_last": False,
        "empty": "Nhập từ cần tìm · Type a query" if not q else "Không có bài nào · No dated article matches",
    }
    if q:
        try:
            def compute(db):
                trend = trends(db, q, by=by, every=every, filters=ArticleFilter(since=since))
                return trend, (trend_chart_svg(trend) if trend.periods else None)

            trend, chart = await _run(datasette, compute)
        except SoyteError as exc:
            context["error"] = str(exc)
        else:
            context["chart"] = chart
            context["columns"] = [every] + trend.groups + ["bài · articles"]
            context["rows"] = [[period_label(p, every)] + [trend.counts.get((p, g), 0) for g in trend.groups]
                               + [trend.totals.get(p, 0)] for p in trend.periods]
    return Response.html(await datasette.render_template("soyte_chart.html", context, request=request))


async def signals_page(request, datasette):
    from archive.errors import SoyteError
    from archive.outbreaks import signals, signals_chart
    from archive.trends import EVERY, period_label

    args = request.args
    disease, province, every = args.get("disease") or None, args.get("province") or None, args.get("every", "week")
    since = _day(args.get("since"))
    context = {
        "page_title": "Tín hiệu dịch bệnh · Disease signals",
        "explanation": ("Số bài báo cáo ca bệnh và số ca được nêu, theo bệnh, tỉnh và tuần; ▲: vượt mức nền (trung bình "
                        "+ 2 độ lệch chuẩn của các tuần trước). · Articles reporting cases and the cases they state, per "
                        "disease, province and week; ▲: above the recent baseline (mean + 2 SD of earlier weeks)."),
        "fields": [{"name": "disease", "label": "Bệnh · Disease", "value": disease},
                   {"name": "province", "label": "Tỉnh · Province", "value": province},
                   {"name": "every", "label": "Mỗi · Every", "value": every, "choices": EVERY},
                   {"name": "since", "label": "Từ ngày · Since", "value": args.get("since", ""), "type": "date"}],
        "rows": [], "chart": None, "error": None, "flag_last": True,
        "columns": [every, "bệnh · disease", "tỉnh · province", "bài · articles", "ca · cases", "cờ · flag"],
        "empty": "Không có bài nào báo cáo ca bệnh · No article reports a disease here",
    }
    try:
        def compute(db):
            rows = signals(db, disease=disease, province=province, every=every, since=since)
            return rows, (signals_chart(rows, None, every=every, fmt="svg").decode("utf-8") if rows else None)

        rows, chart = await _run(datasette, compute)
    except SoyteError as exc:
        context["error"] = str(exc)
    else:
        context["chart"] = chart
        context["rows"] = [[period_label(r.period, every), r.disease_name, r.province, r.articles,
                            "-" if r.cases is None else r.cases, f"▲ {r.flag}" if r.flag else ""]
                           for r in reversed(rows)]
    return Response.html(await datasette.render_template("soyte_chart.html", context, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/soyte/watch/(?P<name>[^/]+)\.atom$", watch_feed),
        (r"^/-/soyte/trends$", trends_page),
        (r"^/-/soyte/signals$", signals_page),
    ]


@hookimpl
def render_cell(value, column, table, database, datasette):
    """The `feed` column of the watch_feeds query links to the watch's feed."""
    if table is None and column == "feed" and isinstance(value, str) and value.startswith("/-/soyte/watch/"):
        href = datasette.urls.path(value)
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None
