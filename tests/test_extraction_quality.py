"""Extraction fidelity on the evaluation corpus, per family, against the issue's
targets: a change that helps one platform must not quietly break another.
(The full report, with plain trafilatura beside it: python bench/extraction.py --held-out.)"""

import statistics
import sys
from pathlib import Path

import pytest

from archive.extraction import extract

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.extraction import CORPUS, load_index, score  # noqa: E402

INDEX = load_index()
# Every family: the builder's (index.json) and those kept in their own
# family.json (issue 15's held-out families once scored).
FAMILIES = sorted(INDEX["families"])
TARGETS = {"title": 0.98, "date_exact": 0.98, "f1": 0.97}
MAX_LEAK = 0.01


def scores_of(family: str) -> list[dict]:
    out = []
    for page in (p for p in INDEX["pages"] if p["family"] == family):
        got = extract((CORPUS / page["file"]).read_bytes(), page["url"], content_type=page.get("content_type"))
        out.append(score(page, {"title": got.title, "date": got.published, "text": got.text or "",
                                "kind": str(got.page_kind)}) | {"file": page["file"], "why": got.explain.get("page_kind")})
    return out


@pytest.fixture(scope="module")
def family_scores() -> dict:
    return {}


def scored(family: str, cache: dict) -> list[dict]:
    if family not in cache:
        cache[family] = scores_of(family)
    return cache[family]


# Held-out families scored after the last change that still miss a target:
# each is a known gap, reported and left for a rule the family was not written for.
# Families that miss a target, each with why: a strict xfail, so closing the gap fails the test until it goes.
KNOWN_GAPS: dict[str, str] = {
    "teaserledes": ("held out (2026-12, template rule for teaser ledes): scored here without a template, an EasyDNNnews "
                    "page leaks its meta line (date | Chuyên mục | Lượt xem), the LeftPane hotline box and the hotline "
                    "notice after the body (F1 0.82, leak 1.00); the source's template removes the notice once trusted "
                    "(tests/test_template_teasers.py)"),
}


@pytest.mark.parametrize("family", [pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[f]))
                                    if f in KNOWN_GAPS else f for f in FAMILIES])
def test_family_meets_the_targets(family, family_scores):
    """Title, exact date, body F1 and leaks over the family's article pages (a
    family of non-articles only, such as lookalikes, is held to its kinds below)."""
    scores = scored(family, family_scores)
    assert len(scores) >= 9
    articles = [s for s in scores if s["kind"] == "article"]
    for metric, target in TARGETS.items():
        if articles:
            assert statistics.fmean(float(s[metric]) for s in articles) >= target, (
                metric, [s["file"] for s in articles if float(s[metric]) < target])
    if articles:
        assert statistics.fmean(float(s["leak"]) for s in articles) <= MAX_LEAK, [s["leaks"] for s in articles if s["leaks"]]


@pytest.mark.parametrize("family", FAMILIES)
def test_no_page_has_the_wrong_kind(family, family_scores):
    """No article judged a listing or "other" (lost), no listing or "other"
    page judged an article (a false article), in any family."""
    scores = scored(family, family_scores)
    lost = [(s["file"], s["why"]) for s in scores if s["lost"]]
    false_articles = [(s["file"], s["why"]) for s in scores if s["false_art"]]
    assert lost == [] and false_articles == []


def test_score_catches_a_wrong_page():
    """The scorer itself: a leaked line, a wrong title and a wrong day all count."""
    page = INDEX["pages"][0]
    got = {"title": "Sở Y tế", "date": "1999-01-01", "text": page["body"] + "\n" + page["must_not_contain"][0]}
    result = score(page, got)
    assert not result["title"] and not result["date_exact"] and result["leak"]


def test_score_counts_a_wrong_kind():
    article = next(p for p in INDEX["pages"] if (p.get("kind") or "article") == "article")
    other = next(p for p in INDEX["pages"] if (p.get("kind") or "article") != "article")
    assert score(article, {"title": None, "date": None, "text": "", "kind": "listing"})["lost"]
    assert score(other, {"title": None, "date": None, "text": "", "kind": "article"})["false_art"]
