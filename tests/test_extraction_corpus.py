"""The extraction evaluation corpus (bench/corpus, issue 3) is well-formed.

This checks the corpus, not soyte's scores: every page exists, its reference
title, date and segments are really on the page, its boilerplate strings are
on the page and not in the reference text, and the committed files are what
the builder (`python -m tests.builders.corpus`) generates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from archive.text import slugify
from builders import corpus as builder

BENCH = Path(__file__).resolve().parent.parent / "bench"
CORPUS = BENCH / "corpus"
INDEX = json.loads((CORPUS / "index.json").read_text("utf-8"))
PAGES = INDEX["pages"]
FAMILIES = ("liferay62", "liferay7", "sharepoint", "dnn", "nukeviet", "joomla", "wordpress", "webcenter",
            "drupal", "vendorcms")
SLUG_FAMILIES = ("liferay62", "liferay7", "nukeviet", "joomla", "wordpress")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
VI_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")


class _Visible(HTMLParser):
    """Text of <body> as a reader sees it (no head, scripts or styles), a space at every tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "title", "script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "title", "script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def page_html(page: dict) -> str:
    raw = (CORPUS / page["file"]).read_bytes()
    charset = re.search(rb"charset=([\w-]+)", raw[:3000]).group(1).decode()
    return unicodedata.normalize("NFC", raw.decode({"windows-1258": "cp1258"}.get(charset.lower(), charset)))


def visible(page: dict) -> str:
    parser = _Visible()
    parser.feed(page_html(page))
    return squash("".join(parser.parts))


def test_shape_of_the_corpus():
    assert len(PAGES) >= 90
    per_family = Counter(p["family"] for p in PAGES)
    assert set(per_family) == set(FAMILIES)
    assert all(n >= 9 for n in per_family.values())
    held = {f for f, meta in INDEX["families"].items() if meta["held_out"]}
    assert held == {"sharepoint", "webcenter", "drupal", "vendorcms"}
    assert all(p["held_out"] == (p["family"] in held) for p in PAGES)
    assert len({p["url"] for p in PAGES}) == len(PAGES)
    assert len({p["title"] for p in PAGES}) == len(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_page_entry(page):
    assert (CORPUS / page["file"]).is_file()
    assert page["url"].startswith("https://")
    assert ISO.match(page["published"]), page["published"]
    assert len(page["must_contain"]) == 3 and page["must_not_contain"]
    lines = page["body"].split("\n")
    assert all(line.strip() == line and line for line in lines)
    assert 120 <= len(page["body"].split()) <= 500
    if page["family"] in SLUG_FAMILIES:
        assert slugify(page["title"])[:40] in page["url"]


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_references_are_on_the_page(page):
    text = visible(page)
    body = squash(page["body"])
    assert squash(page["title"]) in text
    for segment in page["must_contain"]:
        assert squash(segment) in body, segment
        assert squash(segment) in text, segment
    for boiler in page["must_not_contain"]:
        assert squash(boiler) in text, boiler
        assert squash(boiler) not in body, boiler
    assert_date_shown(page, page_html(page))


def assert_date_shown(page: dict, html: str) -> None:
    value = page["published"]
    day = dt.date.fromisoformat(value[:10])
    days = [day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day.year}", value[:10],
            f"{day:%d} Tháng {day.month} {day.year}", f"{day.day} Tháng {VI_MONTHS[day.month - 1]}, {day.year}",
            f"{day.day} tháng {day.month:02d} năm {day.year}"]
    assert any(d in html for d in days), f"{page['id']}: no {value[:10]} on the page"
    if len(value) > 10:
        moment = dt.datetime.fromisoformat(value)
        h12 = moment.hour % 12 or 12
        marks = ("AM", "SA") if moment.hour < 12 else ("PM", "CH")
        times = [moment.strftime("%H:%M")] + [f"{h:}:{moment:%M}{sec} {mark}" for h in (h12, f"{h12:02d}")
                                            for sec in ("", f":{moment:%S}") for mark in marks]
        assert any(t in html for t in times), f"{page['id']}: no time of {value} on the page"


def test_committed_corpus_is_what_the_builder_makes():
    entries, files, problems = builder.build()
    assert problems == []
    assert entries == PAGES
    for rel, raw in files.items():
        assert (CORPUS / rel).read_bytes() == raw, rel
    # the builder's own families: others live in corpus/<family>/family.json
    on_disk = {str(p.relative_to(CORPUS)) for family in builder.FAMILIES for p in (CORPUS / family).rglob("*.html")}
    assert on_disk == set(files)
