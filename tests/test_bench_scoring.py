"""The extraction bench's own arithmetic (bench/extraction.py), on tiny made-up inputs: the page-kind
columns ("lost" articles, "false art" non-articles) and the scoring of trafilatura's evaluation set.
No extractor runs here: the tools' results are given."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench import extraction as bench  # noqa: E402


def corpus_page(pid: str, kind: str | None, **extra) -> dict:
    page = {"id": pid, "family": "made-up", "file": f"made-up/{pid}.html", "url": f"https://x.vn/{pid}",
            "title": f"Tiêu đề {pid}", "published": "2024-05-01", "body": "Một hai ba bốn năm.",
            "must_contain": ["Một hai ba"], "must_not_contain": ["Trang chủ"]}
    if kind:
        page["kind"] = kind
    page.update(extra)
    return page


def result(page: dict, kind: str | None, text: str | None = None, title: str | None = None,
           date: str | None = "2024-05-01") -> dict:
    got = {"title": page["title"] if title is None else title, "date": date,
           "text": page["body"] if text is None else text}
    if kind:
        got["kind"] = kind
    return got


def row(page: dict, soyte_kind: str, **soyte) -> dict:
    got = {"soyte": result(page, soyte_kind, **soyte), "trafilatura": result(page, None)}
    r = bench.make_row(page, got)
    r["time"] = {"soyte": 0.002, "trafilatura": 0.001}
    return r


def test_kind_columns_count_lost_articles_and_false_articles():
    rows = [
        row(corpus_page("a1", None), "article"),  # an existing entry without "kind" is an article
        row(corpus_page("a2", "article"), "listing"),  # lost
        row(corpus_page("a3", "article"), "other", title="Sai"),  # lost, and a wrong title
        row(corpus_page("l1", "listing", published=None, body="", must_contain=[]), "article",
            title="Sai", date="2024-01-01"),  # false art
        row(corpus_page("o1", "other", published=None, body="", must_contain=[]), "listing", title="Sai"),  # right
    ]
    agg = bench.aggregate(rows)
    assert (agg["pages"], agg["articles"], agg["lost"], agg["false_art"]) == (5, 3, 2, 1)
    # text metrics over the three articles only: the non-articles' wrong titles do not count
    assert agg["soyte"]["title"] == pytest.approx(2 / 3)
    assert agg["trafilatura"]["title"] == 1.0
    line = bench.table_row("made-up", agg)
    assert line.split()[-2:] == ["2", "1"]

    worst = bench.worst_pages(rows, limit=1)  # every wrong kind is listed, whatever the limit
    assert [r["page"]["id"] for r in worst] == ["a3", "a2", "l1"]
    assert bench.failures(rows[3]) == ["kind: expected listing, got article (false art)"]
    assert "kind: expected article, got listing (lost)" in bench.failures(rows[1])


def test_no_kind_and_no_date():
    only_articles = [row(corpus_page("a", None), "article"), row(corpus_page("b", None), "article")]
    agg = bench.aggregate(only_articles)
    assert (agg["lost"], agg["false_art"]) == (0, 0)
    none_at_all = bench.aggregate([row(corpus_page("l", "listing", body="", must_contain=[]), "listing")])
    assert none_at_all["soyte"]["f1"] is None and "    -" in bench.table_row("x", none_at_all)
    undated = corpus_page("u", None, published=None)
    assert bench.score(undated, result(undated, "article", date=None))["date_exact"]
    assert not bench.score(undated, result(undated, "article", date="2026-07-08"))["date_day"]


def write_eval_set(tmp_path: Path, as_python: bool = False) -> Path:
    data = {
        "https://a.example/1": {"file": "a.html", "with": ["alpha beta", "gamma"], "without": ["Impressum", "menu"]},
        "https://b.example/2": {"file": "b.html", "with": ["delta"], "without": ["footer text"]},
        "https://c.example/3": {"file": "absent.html", "with": ["x"], "without": ["y"]},
    }
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "a.html").write_bytes(b"<html>a</html>")
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "b.html").write_bytes(b"<html>b</html>")
    if as_python:
        (tmp_path / "evaldata.py").write_text("# old format\nEVAL_PAGES = " + repr(data) + "\n", "utf-8")
    else:
        (tmp_path / "evaldata.json").write_text(json.dumps(data), "utf-8")
    return tmp_path


def fake_soyte(raw: bytes, url: str) -> dict:
    if raw == b"<html>a</html>":  # finds one 'with' (across a line break) and one 'without'; calls it a listing
        return {"text": "alpha\n  beta and the menu", "kind": "listing"}
    return {"text": "delta", "kind": "article"}


def fake_trafilatura(raw: bytes, url: str) -> dict:
    if raw == b"<html>a</html>":
        raise ValueError("boom")  # a crash finds nothing
    return {"text": "delta, footer text"}


@pytest.mark.parametrize("as_python", [False, True])
def test_eval_set_counts_like_trafilatura(tmp_path, as_python):
    directory = write_eval_set(tmp_path, as_python)
    out = bench.run_trafilatura_eval(directory, {"soyte": fake_soyte, "trafilatura": fake_trafilatura})
    assert (out["entries"], out["scored"], out["missing"]) == (3, 2, 1)
    s, t = out["tools"]["soyte"], out["tools"]["trafilatura"]
    # soyte: a: tp 1 (alpha beta), fn 1 (gamma), fp 1 (menu), tn 1 (Impressum); b: tp 1, tn 1
    assert (s["tp"], s["fp"], s["fn"], s["tn"]) == (2, 1, 1, 2)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)
    assert s["accuracy"] == pytest.approx(4 / 6) and s["f1"] == pytest.approx(4 / 6)
    # trafilatura: a crashed (fn 2, tn 2); b: tp 1, fp 1
    assert (t["tp"], t["fp"], t["fn"], t["tn"], t["errors"]) == (1, 1, 2, 2, 1)
    assert t["precision"] == 0.5 and t["recall"] == pytest.approx(1 / 3) and t["f1"] == pytest.approx(2 / 5)
    assert out["non_article"] == [{"file": "a.html", "url": "https://a.example/1", "kind": "listing",
                                   "with_found": 1, "with": 2}]


def test_eval_set_absent_is_skipped(tmp_path, capsys):
    out = bench.run_trafilatura_eval(tmp_path / "nowhere")
    assert "skipped" in out
    bench.print_trafilatura_eval(out)
    assert "skipped" in capsys.readouterr().out
