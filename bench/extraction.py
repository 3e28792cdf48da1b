"""Extraction fidelity on the evaluation corpus (issue 3): soyte against plain trafilatura.

    python bench/extraction.py                    # the six development families
    python bench/extraction.py --held-out         # ... and the four held-out families
    python bench/extraction.py --family joomla --family dnn
    python bench/extraction.py --held-out --json  # machine-readable
    python bench/extraction.py --trafilatura-eval ../trafilatura/tests   # ... and trafilatura's own eval set

For every page of `bench/corpus/index.json` it runs
`archive.extraction.extract(body, url, content_type=...)` and plain
`trafilatura.bare_extraction(body, url=url, with_metadata=True)` (standard
settings) on the same bytes, and prints per family and overall, side by side:

- title: exact match rate (NFC, whitespace collapsed);
- date: "day" compares the first 10 characters ("YYYY-MM-DD"; trafilatura only
  gives a day); "exact" compares soyte's full ISO value with the reference
  (time and +07:00, or date only when the page shows no time);
- F1: body token F1 over syllables (`archive.text.word_tokens`), as bags;
- leak: fraction of pages whose text contains any `must_not_contain` string;
- recall: fraction of `must_contain` segments found in the text;
- cost: median wall time per page over --repeats runs (interleaved: soyte and
  trafilatura alternate on each page), and soyte's total as a ratio of
  trafilatura's;
- page kind (soyte only; trafilatura has none): "lost" counts pages whose
  reference kind is article (a page entry without "kind" is an article) that
  soyte judged listing/other, "false art" counts non-articles ("kind": "listing"
  or "other") that soyte judged article. Title, date, F1, leak and recall are
  averaged over the article pages only ("-" when a family has none); a
  non-article page is scored on its kind alone. A reference "published" of null
  means the page gives no date: right only when no date is given.

With --trafilatura-eval DIR (trafilatura's `tests` directory: `evaldata.json`,
or the older `evaldata.py` with a dict EVAL_PAGES, and the pages under `cache/`
or `eval/`), it also scores soyte's `extract(...).text` and plain
`trafilatura.extract(html, url=url)` (standard settings) on those of the set's
pages whose HTML file is present, the way trafilatura's evaluation counts: per
page, each "with" string found in the text (whitespace-normalised substring) is a
true positive, else a false negative; each "without" string found is a false
positive, else a true negative; a crash or no output finds nothing (a key that
is not a URL, such as 'hard::site.html', gives soyte a placeholder URL and
trafilatura none). Precision,
recall, accuracy and F1 over all pages, both tools side by side, and the pages
soyte judged non-article although they have "with" strings. (trafilatura's own
benchmark runs extract with include_comments=False; standard settings keep
comments, so its numbers here can differ slightly from its published ones.) A
missing DIR is reported and skipped: the bench never needs it.

Then the pages where soyte does worst, with what failed, expected against got.
Held-out families (index.json: "held_out": true) are scored only with
--held-out (or when named with --family): tune on the others. Exit code 0
always: it is a report.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

CORPUS = HERE / "corpus"


def load_index() -> dict:
    """The corpus index: `corpus/index.json` (written by the corpus builder) plus
    every `corpus/<family>/family.json`, a family kept in its own file (its
    "family" meta and its "pages", with paths relative to `corpus/`)."""
    index = json.loads((CORPUS / "index.json").read_text("utf-8"))
    for path in sorted(CORPUS.glob("*/family.json")):
        extra = json.loads(path.read_text("utf-8"))
        family = path.parent.name
        index["families"][family] = extra["family"]
        index["pages"] += extra["pages"]
    return index


def squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def token_f1(reference: str, got: str) -> float:
    from archive.text import word_tokens

    ref, out = Counter(word_tokens(reference)), Counter(word_tokens(got or ""))
    common = sum((ref & out).values())
    if not common:
        return 0.0
    precision, recall = common / sum(out.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


# --------------------------------------------------------------------------- running the extractors


def run_soyte(raw: bytes, page: dict) -> dict:
    from archive.extraction import extract

    try:
        ex = extract(raw, page["url"], content_type=page.get("content_type"))
    except Exception as exc:  # a report: a crash is a failed page, not a failed run
        return {"title": None, "date": None, "text": "", "error": f"{type(exc).__name__}: {exc}"}
    return {"title": ex.title, "date": ex.published, "text": ex.text or "", "explain": ex.explain,
            "kind": ex.page_kind}


def run_trafilatura(raw: bytes, page: dict) -> dict:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, url=page["url"], with_metadata=True)
    except Exception as exc:
        return {"title": None, "date": None, "text": "", "error": f"{type(exc).__name__}: {exc}"}
    if doc is None:
        return {"title": None, "date": None, "text": ""}
    return {"title": doc.title, "date": doc.date, "text": doc.text or ""}


TOOLS = {"soyte": run_soyte, "trafilatura": run_trafilatura}


def page_kind(page: dict) -> str:
    """The reference kind of a corpus page: article | listing | other (no "kind": an article)."""
    return page.get("kind") or "article"


def score(page: dict, got: dict) -> dict:
    """One tool's result on one page. `got["kind"]` is the tool's page kind, when it has one (soyte)."""
    text = squash(got["text"])
    date = got.get("date") or ""
    published = page.get("published") or ""  # null: the page gives no date
    kind, got_kind = page_kind(page), got.get("kind")
    leaks = [s for s in page["must_not_contain"] if squash(s) in text]
    missing = [s for s in page["must_contain"] if squash(s) not in text]
    return {
        "kind": kind,
        "kind_got": got_kind,
        "lost": kind == "article" and got_kind is not None and got_kind != "article",
        "false_art": kind != "article" and got_kind == "article",
        "title": squash(got["title"]) == squash(page["title"]),
        "date_day": date[:10] == published[:10],
        "date_exact": date == published,
        "f1": token_f1(page["body"], got["text"]),
        "leak": bool(leaks),
        "leaks": leaks,
        "recall": 1 - len(missing) / len(page["must_contain"]) if page["must_contain"] else 1.0,
        "missing": missing,
    }


def time_page(raw: bytes, page: dict, repeats: int) -> dict[str, float]:
    """Median wall time per tool, the two alternating (and swapping who goes first)."""
    times: dict[str, list[float]] = {name: [] for name in TOOLS}
    order = list(TOOLS)
    for r in range(repeats):
        for name in (order if r % 2 == 0 else order[::-1]):
            start = time.perf_counter()
            TOOLS[name](raw, page)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


# --------------------------------------------------------------------------- aggregation and report

METRICS = ("title", "date_day", "date_exact", "f1", "leak", "recall")


def aggregate(rows: list[dict]) -> dict:
    """Per tool: the text metrics over the article pages (None without any), ms over all pages; soyte's
    page-kind errors ("lost" articles, "false art" non-articles) as counts."""
    articles = [r for r in rows if page_kind(r["page"]) == "article"]
    out: dict = {"pages": len(rows), "articles": len(articles),
                 "lost": sum(r["soyte"]["lost"] for r in rows),
                 "false_art": sum(r["soyte"]["false_art"] for r in rows)}
    for tool in TOOLS:
        scores = [r[tool] for r in articles]
        metrics = [m for m in METRICS if not (m == "date_exact" and tool == "trafilatura")]  # it only gives a day
        out[tool] = {m: statistics.fmean(float(s[m]) for s in scores) if scores else None for m in metrics}
        out[tool]["ms"] = 1000 * statistics.fmean(r["time"][tool] for r in rows) if rows else 0.0
    traf = sum(r["time"]["trafilatura"] for r in rows)
    out["cost_ratio"] = sum(r["time"]["soyte"] for r in rows) / traf if traf else float("nan")
    return out


HEADER = (
    f"{'family':<13}{'pages':>5}  {'title':^11}  {'date day':^11}  {'exact':>5}  {'body F1':^11}  {'leak':^11}"
    f"  {'recall':^11}  {'ms/page':^11}  {'cost':>5}  {'lost':>4}  {'false art':>9}\n"
    f"{'':<13}{'':>5}  {'soyte  traf':^11}  {'soyte  traf':^11}  {'soyte':>5}  {'soyte  traf':^11}  {'soyte  traf':^11}"
    f"  {'soyte  traf':^11}  {'soyte  traf':^11}  {'ratio':>5}  {'soyte':>4}  {'soyte':>9}"
)


def table_row(label: str, agg: dict) -> str:
    s, t = agg["soyte"], agg["trafilatura"]

    def one(value: float | None) -> str:
        return "    -" if value is None else f"{value:5.2f}"

    def pair(m: str) -> str:
        return f"{one(s[m])} {one(t[m])}"

    return (f"{label:<13}{agg['pages']:>5}  {pair('title')}  {pair('date_day')}  {one(s['date_exact'])}  {pair('f1')}  "
            f"{pair('leak')}  {pair('recall')}  {s['ms']:5.1f} {t['ms']:5.1f}  {agg['cost_ratio']:5.2f}"
            f"  {agg['lost']:>4}  {agg['false_art']:>9}")


def kind_failure(row: dict) -> str | None:
    sc = row["soyte"]
    if sc["lost"] or sc["false_art"]:
        return f"kind: expected {sc['kind']}, got {sc['kind_got']}" + (" (lost)" if sc["lost"] else " (false art)")
    return None


def failures(row: dict) -> list[str]:
    """What soyte got wrong on one page, expected against got (a non-article: its kind only)."""
    page, got, sc = row["page"], row["got"]["soyte"], row["soyte"]
    out = []
    if got.get("error"):
        out.append(f"error: {got['error']}")
    wrong_kind = kind_failure(row)
    if wrong_kind:
        out.append(wrong_kind)
    if page_kind(page) != "article":
        return out
    if not sc["title"]:
        out.append(f"title: expected {page['title']!r}, got {got['title']!r}")
    if not sc["date_exact"]:
        out.append(f"date: expected {page['published']!r}, got {got['date']!r}")
    if sc["f1"] < 0.97:
        out.append(f"body F1 {sc['f1']:.3f} (text {len(got['text'])} chars, reference {len(page['body'])})")
    if sc["leaks"]:
        shown = "; ".join(repr(x[:60]) for x in sc["leaks"][:4])
        out.append(f"leak ({len(sc['leaks'])}): {shown}")
    if sc["missing"]:
        out.append(f"missing ({len(sc['missing'])}): " + "; ".join(repr(x[:60]) for x in sc["missing"][:3]))
    return out


def badness(row: dict) -> tuple:
    sc = row["soyte"]
    if page_kind(row["page"]) != "article":
        return (-3 * int(sc["false_art"]), 1.0)
    return (-(3 * int(sc["lost"]) + int(not sc["title"]) + int(not sc["date_exact"]) + int(sc["f1"] < 0.97)
              + int(sc["leak"]) + int(sc["recall"] < 1)), sc["f1"])


def worst_pages(rows: list[dict], limit: int) -> list[dict]:
    """Soyte's worst pages: every page of the wrong kind, then the other failed pages up to `limit` in all."""
    ranked = [r for r in sorted(rows, key=badness) if failures(r)]
    wrong_kind = [r for r in ranked if kind_failure(r)]
    rest = [r for r in ranked if not kind_failure(r)]
    return wrong_kind + rest[: max(0, limit - len(wrong_kind))]


def make_row(page: dict, got: dict[str, dict]) -> dict:
    return {"page": page, "got": got, **{name: score(page, got[name]) for name in TOOLS}}


# --------------------------------------------------------------------------- trafilatura's evaluation set

EVAL_SUBDIRS = ("cache", "eval")  # where trafilatura's tests keep the pages of evaldata


def load_evaldata(directory: Path) -> dict | None:
    """{url: {"file", "with", "without"}} from `evaldata.json`, or from the older `evaldata.py` (its dict
    EVAL_PAGES, read as a literal, not executed); None when the directory has neither."""
    import ast

    if (directory / "evaldata.json").is_file():
        return json.loads((directory / "evaldata.json").read_text("utf-8"))
    if (directory / "evaldata.py").is_file():
        tree = ast.parse((directory / "evaldata.py").read_text("utf-8"))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            if any(isinstance(t, ast.Name) and t.id == "EVAL_PAGES" for t in targets) and node.value is not None:
                return ast.literal_eval(node.value)
    return None


def eval_page_file(directory: Path, name: str) -> Path | None:
    for sub in EVAL_SUBDIRS:
        path = directory / sub / name
        if path.is_file():
            return path
    return None


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def eval_counts(item: dict, text: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page: whitespace-normalised substring matching of its "with" and "without"
    strings; no text (None: a crash or no output) finds nothing."""
    found = _ws(text) if isinstance(text, str) else None
    withs, withouts = item.get("with") or [], item.get("without") or []
    tp = sum(1 for w in withs if found is not None and _ws(w) in found)
    fp = sum(1 for w in withouts if found is not None and _ws(w) in found)
    return tp, fp, len(withs) - tp, len(withouts) - fp


def confusion_scores(tp: int, fp: int, fn: int, tn: int) -> dict:
    """precision, recall, accuracy, F1 (each 0.0 when its denominator is empty), as trafilatura reports them."""
    total = tp + fp + fn + tn
    return {"precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0}


def eval_url(key: str) -> str | None:
    """The page's URL: the set's key when it is one (some keys are labels such as 'hard::site.html')."""
    return key if key.startswith(("http://", "https://")) else None


def eval_soyte(raw: bytes, url: str) -> dict:
    from archive.extraction import extract

    ex = extract(raw, eval_url(url) or "https://eval.invalid/page.html")  # soyte needs some URL
    return {"text": ex.text, "kind": ex.page_kind}


def eval_trafilatura(raw: bytes, url: str) -> dict:
    import trafilatura

    return {"text": trafilatura.extract(raw, url=eval_url(url))}


EVAL_TOOLS = {"soyte": eval_soyte, "trafilatura": eval_trafilatura}


def run_trafilatura_eval(directory: Path, tools: dict | None = None) -> dict:
    """Score each tool on the evaluation pages whose file is present. `tools`: {name: fn(raw, url) -> {"text",
    optional "kind"}}, soyte's and trafilatura's by default. {"skipped": why} when there is no set."""
    tools = tools or EVAL_TOOLS
    data = load_evaldata(directory) if directory.is_dir() else None
    if data is None:
        return {"skipped": f"no evaldata.json or evaldata.py in {directory}"}
    counts = {name: [0, 0, 0, 0] for name in tools}
    errors = {name: 0 for name in tools}
    empty = {name: 0 for name in tools}
    seconds = {name: 0.0 for name in tools}
    non_article, scored, missing = [], 0, 0
    for url in sorted(data):
        item = data[url]
        path = eval_page_file(directory, item["file"])
        if path is None:
            missing += 1
            continue
        raw = path.read_bytes()
        scored += 1
        for name, fn in tools.items():
            start = time.perf_counter()
            try:
                out = fn(raw, url) or {}
            except Exception:  # a crash finds nothing, as in trafilatura's evaluation
                out, errors[name] = {}, errors[name] + 1
            seconds[name] += time.perf_counter() - start
            text = out.get("text")
            if not text:
                empty[name] += 1
            page_counts = eval_counts(item, text)
            counts[name] = [a + b for a, b in zip(counts[name], page_counts)]
            if name == "soyte" and out.get("kind") not in (None, "article") and item.get("with"):
                non_article.append({"file": item["file"], "url": url, "kind": out["kind"],
                                    "with_found": page_counts[0], "with": len(item["with"])})
    return {
        "directory": str(directory), "entries": len(data), "scored": scored, "missing": missing,
        "tools": {name: {"tp": c[0], "fp": c[1], "fn": c[2], "tn": c[3], **confusion_scores(*c),
                         "errors": errors[name], "empty": empty[name],
                         "ms": 1000 * seconds[name] / scored if scored else 0.0} for name, c in counts.items()},
        "non_article": non_article,
    }


def print_trafilatura_eval(result: dict) -> None:
    if "skipped" in result:
        print(f"\n--trafilatura-eval skipped: {result['skipped']}")
        return
    print(f"\ntrafilatura's evaluation set ({result['directory']}): {result['scored']} of {result['entries']} pages "
          f"have their HTML file (cache/ or eval/) and are scored; 'with'/'without' strings as trafilatura counts them")
    print(f"{'tool':<13}{'precision':>9}  {'recall':>6}  {'accuracy':>8}  {'F1':>5}  {'tp':>5} {'fp':>5} {'fn':>5} "
          f"{'tn':>5}  {'errors':>6}  {'empty':>5}  {'ms/page':>7}")
    for name, t in result["tools"].items():
        print(f"{name:<13}{t['precision']:>9.3f}  {t['recall']:>6.3f}  {t['accuracy']:>8.3f}  {t['f1']:>5.3f}  "
              f"{t['tp']:>5} {t['fp']:>5} {t['fn']:>5} {t['tn']:>5}  {t['errors']:>6}  {t['empty']:>5}  "
              f"{t['ms']:>7.1f}")
    pages = result["non_article"]
    print(f"soyte judged {len(pages)} of them non-article although their 'with' list is not empty"
          + (":" if pages else "."))
    for p in pages:
        print(f"  {p['file']:<40} {p['kind']:<8} with found {p['with_found']}/{p['with']}  {p['url']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", help="score only this family (repeatable); held-out families too")
    parser.add_argument("--held-out", action="store_true", help="also score the held-out families")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per page and tool (default 3)")
    parser.add_argument("--worst", type=int, default=12, help="how many of soyte's worst pages to list (default 12)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results instead of the table")
    parser.add_argument("--trafilatura-eval", metavar="DIR", type=Path,
                        help="also score both tools on trafilatura's evaluation set (its tests directory); "
                             "skipped with a message when DIR is absent")
    args = parser.parse_args(argv)

    index = load_index()
    families = index["families"]
    if args.family:
        unknown = [f for f in args.family if f not in families]
        if unknown:
            print(f"unknown family {', '.join(unknown)}; known: {', '.join(families)}", file=sys.stderr)
            return 0
        chosen = list(args.family)
    else:
        chosen = [f for f, meta in families.items() if args.held_out or not meta["held_out"]]
    pages = [p for p in index["pages"] if p["family"] in chosen]

    rows = []
    started = time.perf_counter()
    for page in pages:
        raw = (CORPUS / page["file"]).read_bytes()
        got = {name: fn(raw, page) for name, fn in TOOLS.items()}  # also the warm-up run
        rows.append(make_row(page, got))
    for row in rows:
        row["time"] = time_page((CORPUS / row["page"]["file"]).read_bytes(), row["page"], max(1, args.repeats))
    elapsed = time.perf_counter() - started

    by_family = {f: aggregate([r for r in rows if r["page"]["family"] == f]) for f in chosen}
    groups = {}
    dev = [r for r in rows if not families[r["page"]["family"]]["held_out"]]
    held = [r for r in rows if families[r["page"]["family"]]["held_out"]]
    if dev and held:
        groups["development"] = aggregate(dev)
        groups["held-out"] = aggregate(held)
    groups["overall"] = aggregate(rows)
    worst = worst_pages(rows, args.worst)
    evaluation = run_trafilatura_eval(args.trafilatura_eval) if args.trafilatura_eval else None

    if args.json:
        result = {
            "families": by_family, **groups,
            "pages": [{"file": r["page"]["file"], "family": r["page"]["family"], "kind": page_kind(r["page"]),
                       **{name: dict(r[name]) | {"title_got": r["got"][name]["title"],
                                                                   "date_got": r["got"][name]["date"],
                                                                   "ms": 1000 * r["time"][name]}
                          for name in TOOLS}} for r in rows],
            "seconds": elapsed,
        }
        if evaluation is not None:
            result["trafilatura_eval"] = evaluation
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0

    print(f"Extraction on bench/corpus: {len(rows)} pages, {len(chosen)} families; "
          f"soyte = archive.extraction.extract, traf = trafilatura.bare_extraction (standard settings)")
    print(HEADER)
    for f in chosen:
        label = f + (" *" if families[f]["held_out"] else "")
        print(table_row(label, by_family[f]))
    for name, agg in groups.items():
        print(table_row(name, agg))
    print("* held out: not for tuning.  leak: lower is better.  date day: YYYY-MM-DD only; exact: soyte's full value."
          f"\ncost: soyte's time / trafilatura's, median of {max(1, args.repeats)} interleaved runs per page. ({elapsed:.0f} s)"
          "\nlost: articles soyte judged listing/other; false art: non-articles it judged article (page counts; "
          "text metrics over article pages only, '-' when none).")
    if worst:
        print(f"\nsoyte's worst pages ({len(worst)}):")
        for r in worst:
            print(f"  {r['page']['file']}")
            for line in failures(r):
                print(f"      {line}")
    if evaluation is not None:
        print_trafilatura_eval(evaluation)
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except Exception as exc:  # a report: say what went wrong, exit 0
        print(f"bench/extraction.py: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 0
    sys.exit(code)
