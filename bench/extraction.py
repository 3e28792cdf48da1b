"""Extraction fidelity on the evaluation corpus (issue 3): soyte against plain trafilatura.

    python bench/extraction.py                    # the six development families
    python bench/extraction.py --held-out         # ... and the four held-out families
    python bench/extraction.py --family joomla --family dnn
    python bench/extraction.py --held-out --json  # machine-readable

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
  trafilatura's.

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
    return {"title": ex.title, "date": ex.published, "text": ex.text or "", "explain": ex.explain}


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


def score(page: dict, got: dict) -> dict:
    text = squash(got["text"])
    date = got.get("date") or ""
    leaks = [s for s in page["must_not_contain"] if squash(s) in text]
    missing = [s for s in page["must_contain"] if squash(s) not in text]
    return {
        "title": squash(got["title"]) == squash(page["title"]),
        "date_day": date[:10] == page["published"][:10],
        "date_exact": date == page["published"],
        "f1": token_f1(page["body"], got["text"]),
        "leak": bool(leaks),
        "leaks": leaks,
        "recall": 1 - len(missing) / len(page["must_contain"]),
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
    out: dict = {"pages": len(rows)}
    for tool in TOOLS:
        scores = [r[tool] for r in rows]
        metrics = [m for m in METRICS if not (m == "date_exact" and tool == "trafilatura")]  # it only gives a day
        out[tool] = {m: statistics.fmean(float(s[m]) for s in scores) for m in metrics} if scores else {}
        out[tool]["ms"] = 1000 * statistics.fmean(r["time"][tool] for r in rows) if rows else 0.0
    traf = sum(r["time"]["trafilatura"] for r in rows)
    out["cost_ratio"] = sum(r["time"]["soyte"] for r in rows) / traf if traf else float("nan")
    return out


HEADER = (
    f"{'family':<13}{'pages':>5}  {'title':^11}  {'date day':^11}  {'exact':>5}  {'body F1':^11}  {'leak':^11}"
    f"  {'recall':^11}  {'ms/page':^11}  {'cost':>5}\n"
    f"{'':<13}{'':>5}  {'soyte  traf':^11}  {'soyte  traf':^11}  {'soyte':>5}  {'soyte  traf':^11}  {'soyte  traf':^11}"
    f"  {'soyte  traf':^11}  {'soyte  traf':^11}  {'ratio':>5}"
)


def table_row(label: str, agg: dict) -> str:
    s, t = agg["soyte"], agg["trafilatura"]

    def pair(m: str) -> str:
        return f"{s[m]:5.2f} {t[m]:5.2f}"

    return (f"{label:<13}{agg['pages']:>5}  {pair('title')}  {pair('date_day')}  {s['date_exact']:5.2f}  {pair('f1')}  "
            f"{pair('leak')}  {pair('recall')}  {s['ms']:5.1f} {t['ms']:5.1f}  {agg['cost_ratio']:5.2f}")


def failures(row: dict) -> list[str]:
    """What soyte got wrong on one page, expected against got."""
    page, got, sc = row["page"], row["got"]["soyte"], row["soyte"]
    out = []
    if got.get("error"):
        out.append(f"error: {got['error']}")
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
    return (-(int(not sc["title"]) + int(not sc["date_exact"]) + int(sc["f1"] < 0.97) + int(sc["leak"])
              + int(sc["recall"] < 1)), sc["f1"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", help="score only this family (repeatable); held-out families too")
    parser.add_argument("--held-out", action="store_true", help="also score the held-out families")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per page and tool (default 3)")
    parser.add_argument("--worst", type=int, default=12, help="how many of soyte's worst pages to list (default 12)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results instead of the table")
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
        rows.append({"page": page, "got": got, **{name: score(page, got[name]) for name in TOOLS}})
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
    worst = sorted(rows, key=badness)
    worst = [r for r in worst if failures(r)][: args.worst]

    if args.json:
        result = {
            "families": by_family, **groups,
            "pages": [{"file": r["page"]["file"], "family": r["page"]["family"],
                       **{name: dict(r[name]) | {"title_got": r["got"][name]["title"],
                                                                   "date_got": r["got"][name]["date"],
                                                                   "ms": 1000 * r["time"][name]}
                          for name in TOOLS}} for r in rows],
            "seconds": elapsed,
        }
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
          f"\ncost: soyte's time / trafilatura's, median of {max(1, args.repeats)} interleaved runs per page. ({elapsed:.0f} s)")
    if worst:
        print(f"\nsoyte's worst pages ({len(worst)}):")
        for r in worst:
            print(f"  {r['page']['file']}")
            for line in failures(r):
                print(f"      {line}")
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except Exception as exc:  # a report: say what went wrong, exit 0
        print(f"bench/extraction.py: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 0
    sys.exit(code)
