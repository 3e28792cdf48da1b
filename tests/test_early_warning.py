"""Issue 18: mentions kept as articles are archived, watches and their Atom
feeds, the digest's bookkeeping, trend counts and disease signals with their
baseline flag, on small fixture archives whose counts are worked out by hand."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from archive.cli import main
from archive.filters import ArticleFilter
from archive.mentions import fill_mentions, unread_count
from archive.models import Extracted, FetchedPage
from archive.outbreaks import baseline, signals
from archive.schema import open_archive
from archive.signals import SIGNALS_VERSION
from archive.storage import save_page
from archive.trends import period_label, trends
from archive.watches import WatchError, add_watch, atom_feed, digest, get_watch, new_matches, parse_duration

T0 = datetime(2025, 7, 10, 8, 0, tzinfo=timezone.utc)


def save(db, url, source, province, published, text, *, title=None, fetched_at=T0):
    return save_page(db, FetchedPage(url=url, source=source, fetched_at=fetched_at, body=b"<p>x</p>",
                                     province=province),
                     Extracted(url=url, title=title or f"Bài {url.rsplit('/', 1)[-1]}", published=published,
                               text=text, page_kind="article"))


def mention_rows(db, article_id):
    return [dict(r) for r in db.query("SELECT disease, kind, cases, period FROM mentions WHERE article_id = ?",
                                      [article_id])]


# --- mentions --------------------------------------------------------------------------------------

def test_mentions_follow_the_article_through_new_pages_changes_and_new_ids(tmp_path):
    db = open_archive(str(tmp_path / "a.db"))
    new = save(db, "https://cdc.a.vn/1", "cdc-a", "Vĩnh Long", "2025-06-10",
               "Tuần qua, tỉnh ghi nhận 10 ca sốt xuất huyết, không có ca tử vong.")
    assert mention_rows(db, new.article_id) == [{"disease": "dengue", "kind": "event", "cases": 10, "period": "week"}]
    assert db.execute("SELECT version FROM mentions_read WHERE article_id = ?",
                      [new.article_id]).fetchone()[0] == SIGNALS_VERSION
    # the same page, corrected: its rows are replaced
    updated = save(db, "https://cdc.a.vn/1", "cdc-a", "Vĩnh Long", "2025-06-10",
                   "Tuần qua, tỉnh ghi nhận 12 ca sốt xuất huyết, không có ca tử vong.")
    assert updated.kind == "updated"
    assert [r["cases"] for r in mention_rows(db, updated.article_id)] == [12]
    # an earlier copy on another site moves the article's date, so its id: the rows follow
    copy = save(db, "https://bv.b.vn/1", "bv-b", "Cà Mau", "2025-06-09",
                "Tuần qua, tỉnh ghi nhận 12 ca sốt xuất huyết, không có ca tử vong.")
    assert copy.kind == "duplicate" and copy.article_id != new.article_id
    assert mention_rows(db, new.article_id) == []
    assert [r["cases"] for r in mention_rows(db, copy.article_id)] == [12]
    assert db.execute("SELECT count(*) FROM mentions_read").fetchone()[0] == 1
    # an article that names no disease is read once, and remembered as read
    other = save(db, "https://cdc.a.vn/2", "cdc-a", "Vĩnh Long", "2025-06-11", "Hội nghị tổng kết công tác năm.")
    assert mention_rows(db, other.article_id) == [] and unread_count(db) == 0


def test_fill_mentions_reads_articles_not_read_or_read_by_an_older_version(tmp_path):
    db = open_archive(str(tmp_path / "a.db"))
    first = save(db, "https://cdc.a.vn/1", "cdc-a", "Vĩnh Long", "2025-06-10", "Trong tuần, xã Tân Hòa ghi nhận 2 ca sởi ở trẻ nhỏ.")
    second = save(db, "https://cdc.a.vn/2", "cdc-a", "Vĩnh Long", "2025-06-11",
                  "Tuần qua, tỉnh ghi nhận 10 ca sốt xuất huyết, không có ca tử vong.")
    with db.atomic():  # as an archive from before the mentions table, and one read by an older extractor
        db.execute("DELETE FROM mentions WHERE article_id = ?", [first.article_id])
        db.execute("DELETE FROM mentions_read WHERE article_id = ?", [first.article_id])
        db.execute("UPDATE mentions_read SET version = 'signals-0' WHERE article_id = ?", [second.article_id])
    assert unread_count(db) == 2
    assert fill_mentions(db) == 2
    assert unread_count(db) == 0 and fill_mentions(db) == 0
    assert mention_rows(db, first.article_id)[0]["disease"] == "measles"
    assert len(mention_rows(db, second.article_id)) == 1  # replaced, not added


def test_a_huge_text_is_read_for_mentions_in_bounded_time(tmp_path):
    import time

    db = open_archive(str(tmp_path / "a.db"))
    text = "Ổ dịch sốt xuất huyết tại các xã: " + "xã Kim Liên, " * 60_000  # one 780,000-character sentence
    started = time.monotonic()
    saved = save(db, "https://cdc.a.vn/huge", "cdc-a", "Nghệ An", "2025-06-10", text)
    assert time.monotonic() - started < 10
    row = db.execute("SELECT start, [end], matched FROM mentions WHERE article_id = ? AND field = 'text'",
                     [saved.article_id]).fetchone()
    assert text[row[0]:row[1]] == row[2] == "sốt xuất huyết"  # offsets into the stored text


# --- trends ----------------------------------------------------------------------------------------

@pytest.fixture
def trend_archive(tmp_path):
    db = open_archive(str(tmp_path / "t.db"))
    dengue = "Tuần qua ghi nhận {} ca sốt xuất huyết tại xã {}."
    save(db, "https://cdc.a.vn/1", "cdc-a", "Vĩnh Long", "2025-06-02T09:00:00+07:00", dengue.format(10, "An Bình"))
    save(db, "https://bv.b.vn/1", "bv-b", "Cà Mau", "2025-06-03", dengue.format(10, "An Bình"))  # a copy: one article
    save(db, "https://cdc.a.vn/2", "cdc-a", "Vĩnh Long", "2025-06-08T23:30:00+07:00", dengue.format(11, "Hòa Ninh"))
    save(db, "https://cdc.a.vn/3", "cdc-a", "Vĩnh Long", "2025-06-09", dengue.format(12, "Tân Quới"))
    save(db, "https://ttyt.c.vn/1", "ttyt-c", "Đà Nẵng", "2025-06-20", "Tuan qua ghi nhan 7 ca sot xuat huyet tai xa Long Phu.")
    save(db, "https://cdc.a.vn/4", "cdc-a", "Vĩnh Long", "2025-06-10", "Trong tuần ghi nhận 5 ca tay chân miệng.")
    save(db, "https://cdc.a.vn/5", "cdc-a", "Vĩnh Long", None, dengue.format(3, "Phú Quới"))  # no date
    return db


def test_trend_counts_match_the_hand_counts(trend_archive):
    # By hand: week of 2 June: the copied story (Vĩnh Long and Cà Mau, one article) and the 8 June one
    # (a Sunday: the same week) -> Vĩnh Long 2, Cà Mau 1, total 2; week of 9 June: Vĩnh Long 1; week of
    # 16 June: Đà Nẵng 1 (written without diacritics); the undated one apart; hand-foot-mouth never.
    t = trends(trend_archive, "sốt xuất huyết", by="province", every="week")
    assert t.periods == ["2025-06-02", "2025-06-09", "2025-06-16"]
    assert t.counts == {("2025-06-02", "Vĩnh Long"): 2, ("2025-06-02", "Cà Mau"): 1,
                        ("2025-06-09", "Vĩnh Long"): 1, ("2025-06-16", "Đà Nẵng"): 1}
    assert t.totals == {"2025-06-02": 2, "2025-06-09": 1, "2025-06-16": 1}
    assert t.undated == 1 and t.groups[0] == "Vĩnh Long"
    assert [period_label(p, "week") for p in t.periods] == ["2025-W23", "2025-W24", "2025-W25"]
    assert trends(trend_archive, "sot xuat huyet").counts == t.counts  # diacritics optional
    monthly = trends(trend_archive, "sot xuat huyet", every="month")
    assert monthly.counts == {("2025-06", "Vĩnh Long"): 3, ("2025-06", "Cà Mau"): 1, ("2025-06", "Đà Nẵng"): 1}
    assert monthly.totals == {"2025-06": 4}
    by_source = trends(trend_archive, "sốt xuất huyết", by="source")
    assert by_source.counts[("2025-06-02", "cdc-a")] == 2 and by_source.counts[("2025-06-02", "bv-b")] == 1
    since = trends(trend_archive, "sốt xuất huyết", filters=ArticleFilter(since=date(2025, 6, 9)))
    assert since.totals == {"2025-06-09": 1, "2025-06-16": 1}


def test_trends_command_prints_the_table_and_draws_a_chart(trend_archive, tmp_path):
    path = trend_archive.execute("PRAGMA database_list").fetchone()[2]
    chart = tmp_path / "t.png"
    result = CliRunner().invoke(main, ["trends", "sot xuat huyet", "--db", path, "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["week", "Vĩnh", "Long", "Cà", "Mau", "Đà", "Nẵng", "articles"]
    assert lines[1].split() == ["2025-W23", "2", "1", ".", "2"]
    assert "1 matching articles without a date" in result.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000
    svg = tmp_path / "t.svg"
    assert CliRunner().invoke(main, ["trends", "sốt xuất huyết", "--db", path, "--every", "month",
                                     "--chart", str(svg)]).exit_code == 0
    assert b"<svg" in svg.read_bytes()
    bad = CliRunner().invoke(main, ["trends", "x", "--db", path, "--chart", str(tmp_path / "t.pdf")])
    assert bad.exit_code == 2 and "png or .svg" in bad.output


# --- signals ---------------------------------------------------------------------------------------

def test_baseline_is_mean_plus_two_sd_with_a_poisson_floor():
    assert baseline([10, 12, 11, 9, 10, 12, 11, 10]) == pytest.approx((10.625, 10.625 + 2 * 10.625 ** 0.5))
    mean, limit = baseline([0, 0, 0, 0, 20, 20, 20, 20])
    assert mean == 10 and limit == pytest.approx(30)  # SD 10 > √10
    assert baseline([]) == (0.0, 0.0)


@pytest.fixture
def signal_archive(tmp_path):
    db = open_archive(str(tmp_path / "s.db"))
    weekly = [10, 12, 11, 9, 10, 12, 11, 10, 40, 14]  # Mondays from 3 March 2025: week 10 to 19
    for i, cases in enumerate(weekly):
        day = date(2025, 3, 3) + timedelta(weeks=i)
        save(db, f"https://cdc.a.vn/w{i}", "cdc-a", "Vĩnh Long", day.isoformat(),
             f"Tuần {10 + i}, tỉnh ghi nhận {cases} ca sốt xuất huyết, không có ca tử vong.")
    # week of 19 May: four measles reports in Đà Nẵng (none before)
    for i, place in enumerate(["Tân Hòa", "Hòa Vang", "Điện Bàn", "Duy Xuyên"]):
        save(db, f"https://cdc.d.vn/m{i}", f"cdc-d{i}", "Đà Nẵng", "2025-05-2" + str(i),
             f"Trong tuần, xã {place} ghi nhận {i + 1} ca sởi ở trẻ nhỏ.")
    # a training course that names dengue is no report
    save(db, "https://cdc.a.vn/t", "cdc-a", "Vĩnh Long", "2025-05-05",
         "Tập huấn phòng chống sốt xuất huyết cho cán bộ y tế.")
    return db


def test_a_week_well_above_its_baseline_is_flagged(signal_archive):
    rows = signals(signal_archive, disease="dengue")
    by_week = {r.period: r for r in rows}
    assert len(rows) == 10 and all(r.articles == 1 for r in rows)  # the training course is not counted
    spike = by_week["2025-04-28"]
    # by hand: the 8 earlier weeks 10 12 11 9 10 12 11 10: mean 10.625, SD 1.0 < √10.625, so the limit
    # is 10.625 + 2 × 3.26 = 17.14; 40 cases is above it
    assert spike.cases == 40 and spike.baseline_cases == pytest.approx(10.625)
    assert spike.limit_cases == pytest.approx(10.625 + 2 * 10.625 ** 0.5) and spike.flag == "cases"
    after = by_week["2025-05-05"]  # 14 against 12 11 9 10 12 11 10 40: SD 9.6, limit 33
    assert after.cases == 14 and after.flag == ""
    assert [r.period for r in rows if r.flag] == ["2025-04-28"]
    assert by_week["2025-03-03"].limit_cases is None  # no earlier stated cases: not judged
    measles = signals(signal_archive, disease="sởi", province="da nang")
    assert [(r.period, r.province, r.articles, r.cases, r.flag) for r in measles] == [
        ("2025-05-19", "Đà Nẵng", 4, 10, "articles")]  # 4 reports where there were none (min 3)
    assert signals(signal_archive, disease="measles", since=date(2025, 6, 1)) == []


def test_signals_command_reads_unread_articles_and_draws_the_flag(signal_archive, tmp_path):
    path = signal_archive.execute("PRAGMA database_list").fetchone()[2]
    with signal_archive.atomic():
        signal_archive.execute("DELETE FROM mentions")
        signal_archive.execute("DELETE FROM mentions_read")
    chart = tmp_path / "s.png"
    result = CliRunner().invoke(main, ["signals", "--db", path, "--disease", "sot xuat huyet", "--flagged",
                                       "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    flagged = [line for line in result.output.splitlines() if "▲" in line]
    assert len(flagged) == 1 and flagged[0].startswith("2025-W18") and " 40 " in flagged[0]
    assert chart.read_bytes()[:4] == b"\x89PNG"
    assert unread_count(signal_archive) == 0


# --- watches, feeds, digest ------------------------------------------------------------------------

@pytest.fixture
def watch_archive(tmp_path):
    db = open_archive(str(tmp_path / "w.db"))
    save(db, "https://cdc.a.vn/old", "cdc-a", "Vĩnh Long", "2025-06-01", "Ổ dịch sốt xuất huyết tại xã An Bình.",
         fetched_at=T0 - timedelta(days=2))
    save(db, "https://cdc.a.vn/new", "cdc-a", "Vĩnh Long", "2025-07-09T10:00:00+07:00",
         "Tuần qua ghi nhận 58 ca sốt xuất huyết tại Vĩnh Long.", title="Sốt xuất huyết tăng mạnh",
         fetched_at=T0 - timedelta(hours=1))
    save(db, "https://soyte-x.vn/1", "soyte-x", "Cà Mau", "2025-07-08", "Cà Mau: sốt xuất huyết ở trẻ em tăng.",
         fetched_at=T0 - timedelta(hours=2))
    save(db, "https://cdc.a.vn/other", "cdc-a", "Vĩnh Long", "2025-07-09", "Tiêm chủng mở rộng cho trẻ.",
         fetched_at=T0 - timedelta(hours=1))
    return db


def test_watches_are_kept_in_the_archive_and_checked_like_a_search(watch_archive):
    w = add_watch(watch_archive, "sxh", "sot xuat huyet", province="vinh long", now=T0)
    assert get_watch(watch_archive, "sxh") == w and w.province == "Vĩnh Long"
    with pytest.raises(WatchError, match="exists already"):
        add_watch(watch_archive, "sxh", "x")
    with pytest.raises(WatchError, match="bad watch name"):
        add_watch(watch_archive, "a b/c", "x")
    with pytest.raises(Exception, match="holds nothing of a source"):
        add_watch(watch_archive, "typo", "x", source="cdc-aa")
    cdc = add_watch(watch_archive, "cdc-only", "sốt xuất huyết", kind="cdc", now=T0)  # kind from the name: cdc-…
    assert {r["source"] for r in new_matches(watch_archive, cdc, since=timedelta(days=9), now=T0)} == {"cdc-a"}
    so_y_te = add_watch(watch_archive, "syt", "sốt xuất huyết", kind="so-y-te", now=T0)
    assert {r["source"] for r in new_matches(watch_archive, so_y_te, since=timedelta(days=9), now=T0)} == {"soyte-x"}
    runner = CliRunner()
    db = watch_archive.execute("PRAGMA database_list").fetchone()[2]
    listed = runner.invoke(main, ["watch", "list", "--db", db])
    assert listed.exit_code == 0 and "sxh" in listed.output and "Vĩnh Long" in listed.output
    assert runner.invoke(main, ["watch", "remove", "syt", "--db", db]).exit_code == 0
    missing = runner.invoke(main, ["watch", "remove", "syt", "--db", db])
    assert missing.exit_code == 2 and "no watch named 'syt'" in missing.output


def test_the_feed_is_atom_that_feedparser_reads(watch_archive, tmp_path):
    w = add_watch(watch_archive, "sxh", "sot xuat huyet", now=T0)
    parsed = feedparser.parse(atom_feed(watch_archive, w, self_url="http://x/-/soyte/watch/sxh.atom"))
    assert not parsed.bozo and parsed.version == "atom10"
    assert parsed.feed.title == "soyte — sxh: sot xuat huyet"
    assert [e.link for e in parsed.entries] == ["https://cdc.a.vn/new", "https://soyte-x.vn/1", "https://cdc.a.vn/old"]
    first = parsed.entries[0]
    assert first.title == "Sốt xuất huyết tăng mạnh"
    assert first.published == "2025-07-09T10:00:00+07:00"
    assert first.tags[0].term == "Vĩnh Long" and first.summary.startswith("Vĩnh Long · cdc-a — Tuần qua ghi nhận 58")
    out = tmp_path / "sxh.atom"
    db = watch_archive.execute("PRAGMA database_list").fetchone()[2]
    assert CliRunner().invoke(main, ["watch", "feed", "sxh", "--db", db, "-o", str(out)]).exit_code == 0
    assert len(feedparser.parse(out.read_bytes()).entries) == 3


def test_the_digest_lists_what_is_new_once(watch_archive):
    add_watch(watch_archive, "sxh", "sốt xuất huyết", now=T0 - timedelta(days=10))
    titles = lambda found: [a["title"] for g in found for a in g["articles"]]  # noqa: E731
    # never marked: the last 24 hours
    assert titles(digest(watch_archive, now=T0)) == ["Bài 1", "Sốt xuất huyết tăng mạnh"]
    assert titles(digest(watch_archive, now=T0, since=timedelta(days=3))) == [
        "Bài old", "Bài 1", "Sốt xuất huyết tăng mạnh"]
    # marked: recorded as sent, never listed again, even with a wider --since
    assert len(titles(digest(watch_archive, now=T0, mark=True))) == 2
    assert get_watch(watch_archive, "sxh").marked == T0.isoformat()
    assert digest(watch_archive, now=T0 + timedelta(minutes=5)) == []
    assert titles(digest(watch_archive, now=T0, since=timedelta(days=3))) == ["Bài old"]
    # archived after the mark, and one a running crawl committed late (fetched just before the mark)
    save(watch_archive, "https://cdc.a.vn/later", "cdc-a", "Vĩnh Long", "2025-07-10", "Thêm 3 ca sốt xuất huyết.",
         fetched_at=T0 + timedelta(hours=3))
    save(watch_archive, "https://cdc.a.vn/late", "cdc-a", "Vĩnh Long", "2025-07-10", "Một ổ dịch sốt xuất huyết mới.",
         fetched_at=T0 - timedelta(minutes=10))
    assert titles(digest(watch_archive, now=T0 + timedelta(hours=4), mark=True)) == ["Bài late", "Bài later"]
    assert digest(watch_archive, now=T0 + timedelta(hours=5)) == []


def test_digest_command_is_silent_when_nothing_is_new(watch_archive):
    db = watch_archive.execute("PRAGMA database_list").fetchone()[2]
    add_watch(watch_archive, "sxh", "sốt xuất huyết", now=T0)
    runner = CliRunner()
    first = runner.invoke(main, ["digest", "--db", db, "--since", "520w", "--mark"])  # the fixture is of 2025
    assert first.exit_code == 0 and first.output.startswith("== sxh: 3 new articles")
    again = runner.invoke(main, ["digest", "--db", db])
    assert again.exit_code == 0 and again.output == ""
    assert runner.invoke(main, ["digest", "--db", db, "--format", "json"]).output.strip() == "[]"
    bad = runner.invoke(main, ["digest", "--db", db, "--since", "yesterday"])
    assert bad.exit_code == 2 and "cannot read the duration" in bad.output
    assert parse_duration("90m") == timedelta(minutes=90) and parse_duration("2w") == timedelta(weeks=2)


# --- soyte browse ----------------------------------------------------------------------------------

def datasette_get(path: str, *urls: str):
    from datasette.app import Datasette

    from archive.browse import datasette_dir, datasette_metadata

    config = datasette_dir()
    ds = Datasette([path], metadata=datasette_metadata(Path(path).stem), template_dir=str(config / "templates"),
                   plugins_dir=str(config / "plugins"))

    async def get():
        return [await ds.client.get(url) for url in urls]

    return asyncio.run(get())


def test_browse_serves_the_feeds_trends_and_signals(watch_archive, signal_archive):
    from archive.browse import prepare_for_browsing
    from archive.registry import load_registry

    add_watch(watch_archive, "sxh", "sốt xuất huyết", now=T0)
    wpath = watch_archive.execute("PRAGMA database_list").fetchone()[2]
    prepare_for_browsing(watch_archive, load_registry(None), wpath)
    feed, missing, listed = datasette_get(wpath, "/-/soyte/watch/sxh.atom", "/-/soyte/watch/nope.atom",
                                          "/w/watch_feeds")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(feed.content)
    assert not parsed.bozo and len(parsed.entries) == 3
    assert missing.status_code == 404
    assert 'href="/-/soyte/watch/sxh.atom"' in listed.text
    spath = signal_archive.execute("PRAGMA database_list").fetchone()[2]
    trend, sig, canned = datasette_get(spath, "/-/soyte/trends?q=sot+xuat+huyet&every=month",
                                       "/-/soyte/signals?disease=dengue", "/s/signals_weekly?disease=dengue")
    assert trend.status_code == 200 and "<svg" in trend.text and "2025-03" in trend.text
    assert sig.status_code == 200 and "<svg" in sig.text and "▲ cases" in sig.text
    assert canned.status_code == 200 and ">40<" in canned.text


# --- the demo archive ------------------------------------------------------------------------------

def test_the_demo_archive_shows_a_flag_a_chart_and_a_feed(tmp_path):
    """`soyte demo` crawls the demo sites, whose weekly dengue and hand-foot-mouth
    reports (June-July 2025) give the README's table, picture and feed."""
    import json
    import subprocess
    import sys

    db = str(tmp_path / "demo.db")

    def soyte(*args):
        result = subprocess.run([sys.executable, "-m", "archive.cli", *args], capture_output=True, text=True,
                                timeout=600)
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    crawled = soyte("demo", "--db", db)
    # The demo's look-alikes (a soft 404, contact and "send to a friend" pages
    # linked like articles) say what they are: no source is flagged for them.
    assert "FLAG" not in crawled, [line for line in crawled.splitlines() if "FLAG" in line]
    archive = open_archive(db, create=False)
    assert unread_count(archive) == 0  # every crawled article was read for mentions as it was archived
    rows = json.loads(soyte("signals", "--db", db, "--since", "2025-06-01", "--json"))
    flagged = [(r["label"], r["disease"], r["province"], r["cases"]) for r in rows if r["flag"]]
    assert flagged == [("2025-W28", "dengue", "Vĩnh Long", 58)]  # the CDC report and its Sở Y tế copy: once
    hfmd = [(r["label"], r["cases"]) for r in rows if r["disease"] == "hfmd" and r["province"] == "Đà Nẵng"]
    assert hfmd == [("2025-W25", 18), ("2025-W26", 23), ("2025-W27", 27)]
    chart = tmp_path / "signals.png"
    soyte("signals", "--db", db, "--since", "2025-06-01", "--chart", str(chart))
    assert chart.read_bytes()[:4] == b"\x89PNG"
    weekly = json.loads(soyte("trends", "sốt xuất huyết", "--db", db, "--since", "2025-06-09", "--json"))["rows"]
    counts = {(r["label"], r["province"]): r["articles"] for r in weekly if r["articles"]}
    assert counts == {("2025-W24", "Vĩnh Long"): 1, ("2025-W24", "Đà Nẵng"): 1, ("2025-W25", "Vĩnh Long"): 1,
                      ("2025-W26", "Vĩnh Long"): 1, ("2025-W26", "Cà Mau"): 1, ("2025-W27", "Vĩnh Long"): 1,
                      ("2025-W28", "Vĩnh Long"): 1, ("2025-W28", "Cà Mau"): 1}
    soyte("watch", "add", "sxh", "sot xuat huyet", "--province", "Vĩnh Long", "--db", db)
    feed = feedparser.parse(soyte("watch", "feed", "sxh", "--db", db))
    assert not feed.bozo and feed.entries[0].title == "Sốt xuất huyết tăng mạnh: tuần 27 toàn tỉnh ghi nhận 58 ca"
    assert "== sxh:" in soyte("digest", "--db", db, "--mark") and soyte("digest", "--db", db) == ""
