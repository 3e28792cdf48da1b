"""Is a page an article, a listing, or something else (intro, contact, form,
calendar, soft 404)? Decided from the page alone, with no per-site hint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..models import PageKind
from ..text import fold
from .dom import text_of

ARTICLE, LISTING, OTHER = PageKind.ARTICLE, PageKind.LISTING, PageKind.OTHER

# Pages that carry a date and text yet are not news: matched at the start of the
# folded title.
_NOT_NEWS_TITLE = re.compile(
    r"^(lich cong tac|lich lam viec|lich truc|lich tiep cong dan|so do (site|cong|trang)|khong tim thay"
    r"|trang khong ton tai|loi 404|404|dang nhap|dang ky|tim kiem|ket qua tim kiem|gui (bai viet|email|cho ban)"
    r"|gioi thieu chung|co cau to chuc|chuc nang,? nhiem vu|lien he|ban giam doc|ban lanh dao|danh ba"
    r"|gop y|hoi dap|thu tuc hanh chinh)"
)
_SHORT_NOT_NEWS_TITLE = re.compile(r"^(gioi thieu|lich su|tam nhin|su menh|van ban|thong tin lien he|lanh dao)")
_SOFT_404 = re.compile(r"khong tim thay (trang|noi dung|bai viet)|trang ban (yeu cau|truy cap) khong ton tai|page not found")
_MIN_BODY_WORDS = 40
_DATE_STAMP = re.compile(r"^[(\[]?\s*(\w+,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}([\s|,-]*\d{1,2}:\d{2}(\s*[AP]M)?)?\s*[)\]]?$", re.I)
_HEADLINE_WORDS = 5


@dataclass(frozen=True)
class Verdict:
    kind: PageKind
    reason: str


@dataclass(frozen=True)
class ListingSignals:
    headline_links: int  # links to other pages of the site with headline-length text
    headline_lines: int  # body lines that start with such a link's text
    date_stamps: int  # elements that hold only a date, as listings show per item

    def looks_like_listing(self, title_words: int) -> bool:
        """A listing shows several teasers, each a headline link with its date;
        an article shows one headline (not a link), one date and its text."""
        if self.headline_lines >= 2 or (self.headline_lines >= 1 and title_words <= 6):
            return True
        if self.headline_links >= 3 and (self.date_stamps >= 3 or title_words <= 6):
            return True
        # A short category page: two dated teasers under a category-length title.
        return self.headline_links >= 2 and self.date_stamps >= 2 and title_words <= 6


def classify_page(root, url: str, title: str | None, has_date: bool, body: str, title_element=None) -> Verdict:
    """`root` is the pruned tree the body came from."""
    folded_title = fold(title or "").lower().strip()
    body_words = len(body.split())
    if _SOFT_404.search(folded_title) or (_SOFT_404.search(fold(body[:400]).lower()) and body_words < 120):
        return Verdict(OTHER, "soft-404")
    if not title:
        return Verdict(OTHER, "no-title")
    if _NOT_NEWS_TITLE.match(folded_title) or (
        _SHORT_NOT_NEWS_TITLE.match(folded_title) and len(folded_title.split()) <= 8
    ):
        return Verdict(OTHER, "not-news-title")
    if title_element is not None and _links_elsewhere(title_element, url):
        return Verdict(LISTING, "the headline links to another page (a teaser)")
    signals = listing_signals(root, url, body)
    if signals.looks_like_listing(len(folded_title.split())):
        return Verdict(LISTING, f"listing: {signals}")
    if not has_date:
        return Verdict(OTHER, "no-date")
    if body_words < _MIN_BODY_WORDS:
        return Verdict(OTHER, f"short body ({body_words} words)")
    return Verdict(ARTICLE, f"title, date and {body_words} words of body; {signals}")


def _links_elsewhere(title_element, url: str) -> bool:
    """An article's own headline is not a link to another page; a teaser's is."""
    anchors = title_element.xpath("ancestor-or-self::a[@href] | .//a[@href]")
    here = urlsplit(url)
    for anchor in anchors:
        target = _link_target(url, anchor.get("href"))
        if target is not None and target.hostname == here.hostname and (target.path.rstrip("/"), target.query) != (here.path.rstrip("/"), here.query):
            return True
    return False


def _link_target(url: str, href: str):
    """Where a link points, split; None for an href that is no URL ("http://[::1/x")."""
    try:
        return urlsplit(urljoin(url, href))
    except ValueError:
        return None


def listing_signals(root, url: str, body: str) -> ListingSignals:
    anchors = _headline_anchors(root, url)
    lines = sum(1 for line in body.split("\n") if _starts_with_headline(fold(line).lower(), anchors))
    stamps = sum(1 for el in root.iter() if isinstance(el.tag, str) and len(el) == 0 and el.text
                 and _DATE_STAMP.match(el.text.strip()))
    return ListingSignals(len(anchors), lines, stamps)


def _headline_anchors(root, url: str) -> set[str]:
    here = urlsplit(url)
    anchors = set()
    for a in root.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = _link_target(url, href)
        if target is None or target.hostname != here.hostname or (target.path, target.query) == (here.path, here.query):
            continue
        text = fold(text_of(a)).lower()
        if len(text.split()) >= _HEADLINE_WORDS:
            anchors.add(text)
    return anchors


def _starts_with_headline(line: str, anchors: set[str]) -> bool:
    """A teaser line: a link's text, perhaps followed by its date or intro."""
    line = line.lstrip("-*•· ").strip()
    if line in anchors:
        return True
    return any(line.startswith(a) and len(a) >= 0.4 * len(line) for a in anchors)

