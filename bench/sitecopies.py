"""Grouping on the held-out `sitecopies` family, through the archive itself.

    python bench/sitecopies.py [--verbose]

Every page of `bench/corpus/sitecopies/family.json` goes through `archive.extraction.extract` and, like the
crawler's pipeline (which archives article pages only), an article page is saved with
`archive.storage.save_page` into a fresh archive (`archive.schema.open_archive` on a temporary file),
the pages of one source (host) one after the other in file order, as one crawl of that site would. Then,
with each page's "story" as the truth:

- stories: distinct story ids; articles: archive rows the family's pages ended in;
- correctly grouped: stories whose pages all ended in exactly one article that holds no other story's page;
- wrongly merged: pairs of different stories (the template twins are the hard ones) that share an article;
- wrongly split: stories whose pages ended in more than one article;
- not saved: pages extract() judged not to be an article (the pipeline would not archive them).

A report: exit code 0 always.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FAMILY = ROOT / "bench" / "corpus" / "sitecopies"
START = datetime(2025, 12, 9, 1, 0, tzinfo=timezone.utc)


def run(verbose: bool = False, known_template: bool = True) -> dict:
    from archive.extraction import extract
    from archive.extraction.template import SiteTemplate
    from archive.templates import observe_html, save_template
    from archive.models import FetchedPage
    from archive.schema import open_archive
    from archive.storage import save_page

    pages = json.loads((FAMILY / "family.json").read_text("utf-8"))["pages"]
    by_source: dict[str, list[dict]] = defaultdict(list)
    for page in pages:  # file order within each source
        by_source[urlsplit(page["url"]).hostname].append(page)
    article_of: dict[str, int | None] = {}
    outcome: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="soyte-sitecopies-") as tmp:
        db = open_archive(str(Path(tmp) / "archive.db"))
        tick = 0
        for source, group in by_source.items():
            if known_template:
                # The source's template as a crawl leaves it (learned from its pages).
                template = SiteTemplate(source)
                for page in group:
                    observe_html(template, (FAMILY.parent / page["file"]).read_bytes(), page.get("content_type"))
                save_template(db, template)
            for page in group:
                raw = (FAMILY.parent / page["file"]).read_bytes()
                ex = extract(raw, page["url"], content_type=page.get("content_type"))
                if not ex.is_article:
                    article_of[page["id"]], outcome[page["id"]] = None, f"not saved ({ex.page_kind})"
                    continue
                fetched = FetchedPage(url=page["url"], source=source, fetched_at=START + timedelta(minutes=tick),
                                      body=raw, status=200, headers={"content-type": page.get("content_type", "")})
                tick += 1
                saved = save_page(db, fetched, ex)
                article_of[page["id"]], outcome[page["id"]] = saved.article_id, saved.kind
        articles_total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        db.close()

    stories: dict[str, list[dict]] = defaultdict(list)
    for page in pages:
        stories[page["story"]].append(page)
    holders: dict[int, set[str]] = defaultdict(set)  # article -> stories with a page in it
    for page in pages:
        if article_of[page["id"]] is not None:
            holders[article_of[page["id"]]].add(page["story"])
    correct, split, merged_pairs = [], [], set()
    for sid, group in stories.items():
        arts = {article_of[p["id"]] for p in group}
        saved = {a for a in arts if a is not None}
        if len(saved) > 1:
            split.append(sid)
        if None not in arts and len(saved) == 1 and holders[next(iter(saved))] == {sid}:
            correct.append(sid)
    for held in holders.values():
        for a, b in itertools.combinations(sorted(held), 2):
            merged_pairs.add((a, b))
    result = {
        "pages": len(pages), "stories": len(stories), "articles": articles_total, "correctly grouped": len(correct),
        "wrongly merged": len(merged_pairs), "wrongly split": len(split),
        "not saved": sum(1 for v in article_of.values() if v is None),
        "merged pairs": sorted(merged_pairs), "split stories": split,
        "pages detail": [{"id": p["id"], "story": p["story"], "article": article_of[p["id"]], "outcome": outcome[p["id"]]}
                         for p in pages],
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="also list every page's article and outcome")
    args = parser.parse_args(argv)
    r = run()
    print(f"sitecopies: {r['pages']} pages of {r['stories']} stories, saved through save_page (one source per site, "
          f"file order)")
    print(f"stories            {r['stories']}")
    print(f"articles           {r['articles']}")
    print(f"correctly grouped  {r['correctly grouped']}")
    print(f"wrongly merged     {r['wrongly merged']}" + (
        "  (" + "; ".join(f"{a} + {b}" for a, b in r["merged pairs"]) + ")" if r["merged pairs"] else ""))
    print(f"wrongly split      {r['wrongly split']}" + (
        "  (" + ", ".join(r["split stories"]) + ")" if r["split stories"] else ""))
    print(f"not saved          {r['not saved']}  (pages extract() judged not an article)")
    if args.verbose or r["correctly grouped"] != r["stories"]:
        for p in r["pages detail"]:
            print(f"  {p['id']:<7} {p['story']:<20} article {p['article']}  {p['outcome']}")
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except Exception as exc:  # a report
        print(f"bench/sitecopies.py: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 0
    sys.exit(code)
