"""Disease signals: precision and recall of `archive.signals.extract_mentions`
on the labelled sentences in tests/data/signal_sentences.jsonl.

    python bench/signals.py [--split dev|held|all] [--misses dev|held|all|none] [--json]

Each line of the set is one sentence as these sites write it, with the mentions
a reader finds in it (disease, cases, deaths, hospitalised and their range
ends, change, period, negated, kind, place), a fixed split ("dev": the rules
were written on these; "held": a third kept out, every third line) and tags
naming the hard cases it holds. Scores, per split and per tag:

- diseases: the set of disease ids per sentence (precision, recall);
- counts:   (disease, field, value) triples, field one of cases, deaths,
            hospitalised and their *_max; a count is right when all three match;
- counts+period: the same with the period too;
- changes:  (disease, change) pairs; negated: (disease) of negated mentions;
- kind:     (disease, kind) pairs.
Targets: diseases >= 0.95, counts >= 0.90 (precision and recall), on held-out.
Misses are listed for the dev split only unless --misses says otherwise, so the
held-out third stays unseen while the rules are tuned.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.signals import extract_mentions  # noqa: E402

DATA = ROOT / "tests" / "data" / "signal_sentences.jsonl"
COUNT_FIELDS = ("cases", "cases_max", "deaths", "deaths_max", "hospitalised", "hospitalised_max")
TARGETS = {"diseases": 0.95, "counts": 0.90}
MEASURES = ("diseases", "counts", "counts+period", "changes", "negated", "kind")


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def facts(mentions) -> dict[str, Counter]:
    """The scored facts of a list of mentions (dicts or Mention objects)."""
    get = (lambda m, k: m.get(k)) if mentions and isinstance(mentions[0], dict) else getattr
    out = {k: Counter() for k in MEASURES}
    for m in mentions:
        d = get(m, "disease")
        out["diseases"][d] = 1
        for f in COUNT_FIELDS:
            v = get(m, f)
            if v is not None:
                out["counts"][(d, f, v)] += 1
                out["counts+period"][(d, f, v, get(m, "period"))] += 1
        if get(m, "change"):
            out["changes"][(d, get(m, "change"))] += 1
        if get(m, "negated"):
            out["negated"][d] = 1
        out["kind"][(d, get(m, "kind"))] = 1
    return out


def score(rows: list[dict]) -> dict:
    """{measure: {tp, fp, fn}} overall, per tag, and the misses per row."""
    total = {k: Counter() for k in MEASURES}
    tags = defaultdict(lambda: {k: Counter() for k in MEASURES})
    misses = []
    for row in rows:
        got = extract_mentions("", row["sentence"])
        want, have = facts(row["mentions"]), facts(got)
        row_miss = {}
        for k in MEASURES:
            tp = sum((want[k] & have[k]).values())
            fp = sum((have[k] - want[k]).values())
            fn = sum((want[k] - have[k]).values())
            for bucket in [total[k]] + [tags[t][k] for t in row["tags"]]:
                bucket.update(tp=tp, fp=fp, fn=fn)
            if fp or fn:
                row_miss[k] = {"extra": sorted(map(str, have[k] - want[k])),
                               "missed": sorted(map(str, want[k] - have[k]))}
        if row_miss:
            misses.append((row, row_miss))
    return {"total": total, "tags": dict(tags), "misses": misses}


def pr(c: Counter) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return p, r


def summary(rows: list[dict]) -> dict[str, dict[str, float]]:
    result = score(rows)
    return {k: dict(zip(("precision", "recall"), pr(c))) for k, c in result["total"].items()}


def report(name: str, rows: list[dict], show_misses: bool) -> None:
    result = score(rows)
    print(f"== {name}: {len(rows)} sentences, "
          f"{sum(1 for r in rows if 'trap' in r['tags'])} traps/negatives")
    for k in MEASURES:
        p, r = pr(result["total"][k])
        c = result["total"][k]
        target = TARGETS.get(k)
        flag = "" if target is None else ("  ok" if min(p, r) >= target else f"  BELOW {target}")
        print(f"  {k:14s} precision {p:.3f}  recall {r:.3f}   (tp {c['tp']}, fp {c['fp']}, fn {c['fn']}){flag}")
    print("  per tag                 diseases P/R     counts P/R")
    for tag in sorted(result["tags"]):
        t = result["tags"][tag]
        dp, dr = pr(t["diseases"])
        cp, cr = pr(t["counts"])
        n = sum(1 for r in rows if tag in r["tags"])
        print(f"    {tag:14s} {n:4d}   {dp:.2f} / {dr:.2f}     {cp:.2f} / {cr:.2f}")
    if show_misses:
        print(f"  misses ({len(result['misses'])} sentences):")
        for row, miss in result["misses"]:
            print(f"    #{row['id']} {row['sentence']}")
            for k, v in miss.items():
                print(f"        {k}: extra {v['extra']} missed {v['missed']}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held", "all"), default=None)
    parser.add_argument("--misses", choices=("dev", "held", "all", "none"), default="dev")
    parser.add_argument("--json", action="store_true", help="print the held-out and dev summaries as JSON")
    args = parser.parse_args()
    rows = load()
    splits = {"dev": [r for r in rows if r["split"] == "dev"], "held": [r for r in rows if r["split"] == "held"]}
    splits["all"] = rows
    if args.json:
        print(json.dumps({k: summary(v) for k, v in splits.items()}, indent=2))
        return
    for name in ([args.split] if args.split else ["dev", "held"]):
        report(name, splits[name], args.misses in (name, "all"))


if __name__ == "__main__":
    main()
