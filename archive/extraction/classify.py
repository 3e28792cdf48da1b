"""Is a page an article, a listing, or something else (intro, contact, form,
calendar, soft 404)? Decided from the page alone, with no per-site hint."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from lxml.etree import XPath

from ..models import NOT_NEWS_TITLE, QA_PAGE, SCHEDULE, SOFT_404, PageKind
from ..text import clean_text, fold, slugify, word_count
from ..urls import LinkJoiner
from .dates import dated_permalink
from .dom import document_position, in_chrome_tag, text_of

ARTICLE, LISTING, OTHER = PageKind.ARTICLE, PageKind.LISTING, PageKind.OTHER

# Pages that carry a date and text yet are not news: matched at the start of the
# folded title.
_NOT_NEWS_TITLE = re.compile(
    r"^(lich cong tac|lich lam viec|lich truc|lich tiep cong dan|so do (site|cong|trang)|khong tim thay"
    r"|trang khong ton tai|loi 404|404|dang nhap|dang ky|tim kiem|ket qua tim kiem|gui (bai viet|email|cho ban)"
    r"|gioi thieu chung|co cau to chuc|chuc nang,? nhiem vu|lien he|ban giam doc|ban lanh dao|danh ba"
    r"|gop y|hoi dap|thu tuc hanh chinh|this page location is|sign in|dang nhap he thong)"
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
    """What the page's structure says about teasers."""

    headline_links: int  # links to other pages of the site with headline-length text
    teasers: int  # the largest run of sibling items that each hold one such link
    teaser_words: int  # words of text in those items
    date_stamps: int  # elements that hold only a date, as listings show per item
    container: object = field(default=None, compare=False, repr=False)  # the teasers' parent
    groups: dict = field(default_factory=dict, compare=False, repr=False)  # every teaser group: container -> items

    def __str__(self) -> str:
        return (f"teasers {self.teasers} ({self.teaser_words} words), headline links {self.headline_links}, "
                f"date stamps {self.date_stamps}")


# Pages that show a list of questions, or a weekly schedule, and no story.
_QA_PAGE = re.compile(r"tong so cau hoi|dat cau hoi|gui cau hoi")
_SCHEDULE_LINE = re.compile(r"^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|sang|chieu|toi)\b|^\d{1,2}\s*(h|gio|:)\s*\d{0,2}\b")
_MIN_PROSE_WORDS = 25
_STORY_WORDS = 120
_SHORT_STORY_WORDS = 50
_LONG_STORY_WORDS = 150  # prose outside every teaser run that makes a page an article whatever its teasers
_TEXT_OUTSIDE_SHARE = 0.9  # of the body's words, outside the teasers: the text is a story beside them


def classify_page(root, url: str, title: str | None, has_date: bool, body: str, title_element=None,
                  block=None, template_lines: frozenset[str] = frozenset(),
                  signals: "ListingSignals | None" = None, anchors: dict | None = None) -> Verdict:
    """`root` is the pruned tree the body came from; `block` the densest text
    block (dom.main_block); `template_lines` the folded lines the source's
    template knows (menus, footers): they are not the page's own text.

    Signals, each said in the reason: the headline; structure (a listing is a
    run of sibling teasers, each a headline link, that holds most of the
    text); the prose left once menu-like lines (link texts, template lines) are
    taken out; the date, whose absence makes an article's date unknown, not
    the page something else. `anchors`: the headline links found before
    pruning (headline_anchors), so they are not looked for again."""
    folded_title = fold(title or "").lower().strip()
    body_words = word_count(body)
    if _SOFT_404.search(folded_title) or (_SOFT_404.search(fold(body[:400]).lower()) and body_words < 120):
        return Verdict(OTHER, SOFT_404)
    if not title:
        return Verdict(OTHER, "no-title")
    if _NOT_NEWS_TITLE.match(folded_title) or (
        _SHORT_NOT_NEWS_TITLE.match(folded_title) and len(folded_title.split()) <= 8
    ):
        return Verdict(OTHER, NOT_NEWS_TITLE)
    headline_links = title_element is not None and _links_elsewhere(title_element, url)
    folded_body = fold(body).lower()
    if _QA_PAGE.search(folded_body[:600]):
        return Verdict(OTHER, QA_PAGE)
    lines = [line.strip() for line in folded_body.split("\n") if line.strip()]
    schedule = sum(1 for line in lines if _SCHEDULE_LINE.match(line))
    if schedule >= 5 and schedule >= 0.3 * len(lines):
        return Verdict(OTHER, f"{SCHEDULE} ({schedule} of {len(lines)} lines are days or hours)")
    # The headline links found before pruning, less those pruning took out.
    anchors = headline_anchors(root, url) if anchors is None else attached(anchors, root)
    if signals is None:  # measured on the page as it came, before pruning took boxes out
        signals = listing_signals(root, url, anchors)
    prose = _prose_words(lines, root, template_lines)
    if headline_links:
        # A teaser's headline links to its article; a story's own headline may
        # link to its permalink: a long story outside the teasers says which.
        outside = _prose_outside_teasers(lines, root, template_lines, signals)
        if outside < _LONG_STORY_WORDS:
            return Verdict(LISTING, f"the headline links to another page (a teaser); {signals}")
    if _looks_like_listing(signals, prose, len(folded_title.split()), block, anchors):
        # Teasers beside the story, not instead of it: a long story outside
        # every teaser run, or a headline the URL names over a story of its own.
        story = block if block is not None and not _teaser_intro(block, anchors) else None
        outside = _prose_outside_teasers(lines, root, template_lines, signals, story)
        if outside >= _LONG_STORY_WORDS:
            return Verdict(ARTICLE, f"article: headline and {outside} words of prose outside the teasers; "
                                    f"{signals}")
        if (outside >= _MIN_PROSE_WORDS // 2 and outside >= _TEXT_OUTSIDE_SHARE * body_words
                and len(folded_title.split()) >= _HEADLINE_WORDS and signals.date_stamps < 3):
            # What the page's text is, is a story none of the teasers holds (a
            # listing's text is its teasers) under a sentence of a headline,
            # and the teasers carry no dates (a listing dates each).
            return Verdict(ARTICLE, f"article: its text ({outside} words) lies outside every teaser run; {signals}")
        named = _named_by_url(title, url)
        if named and dated_permalink(url):
            # /2013/07/19/<the headline's slug>/: a post's permalink; a date
            # archive has no slug, a section no date.
            return Verdict(ARTICLE, f"article: a dated permalink names the headline; {signals}")
        if named and story is not None and _story_apart(block, signals.container, _SHORT_STORY_WORDS):
            return Verdict(ARTICLE, f"article: the URL names the headline, and a story stands apart from the "
                                    f"teasers; {signals}")
        return Verdict(LISTING, f"listing: {signals}; prose {prose} words")
    teaser_lines = sum(1 for line in lines if line in set(anchors.values()))
    if teaser_lines and len(folded_title.split()) <= 6 and prose < 80:
        # A category-length title over a headline link and little else: a
        # listing with one teaser (a tag page).
        return Verdict(LISTING, f"listing: {teaser_lines} teaser line(s) under a section title; {signals}")
    # A headline over a paragraph of prose at a dated permalink (/2012/05/31/slug/:
    # a blog post's URL) is a short post; elsewhere it needs more words to be
    # told from a form, a document's record or an intro box.
    if prose < _MIN_PROSE_WORDS or (body_words < _MIN_BODY_WORDS and not (has_date and dated_permalink(url))):
        if has_date and prose >= _MIN_POST_WORDS and _has_sentence(lines):
            # A dated page whose few words make a sentence is a short post; a
            # record of fields ("Ngày ban hành: …", "Người ký: …") makes none.
            return Verdict(ARTICLE, f"article: a short dated post ({body_words} words, a sentence among them); "
                                    f"{signals}")
        return Verdict(OTHER, f"short body ({body_words} words, {prose} of prose); {signals}")
    date = "dated" if has_date else "date unknown"
    return Verdict(ARTICLE, f"article: headline, {date}, {body_words} words of body ({prose} of prose); {signals}")


_MIN_POST_WORDS = 10
_SENTENCE_WORDS = 12


def _has_sentence(lines: list[str]) -> bool:
    """A line of prose: a dozen words or more, not a label with its value."""
    return any(word_count(line) >= _SENTENCE_WORDS and not line.rstrip().endswith(":") for line in lines)


def _looks_like_listing(signals: ListingSignals, prose: int, title_words: int, block, anchors=None) -> bool:
    """Many teasers that hold most of the page's text. An article keeps a
    related-news box (a few teasers beside a long text); a letter with a short
    lead and an attachment has no teasers at all."""
    if signals.teasers < 2:
        return False
    # Many date-only stamps are a listing's, one per teaser: then only a long
    # story outside the teasers makes the page an article.
    minimum = _SHORT_STORY_WORDS if signals.date_stamps < 8 else _STORY_WORDS
    if block is not None and not _teaser_intro(block, anchors or {}) and _story_apart(block, signals.container, minimum):
        return False
    if signals.teasers >= 4 and signals.date_stamps >= 8 and title_words <= 6:
        return True  # dated teasers, and no long story outside them
    if signals.teasers >= 4 and signals.teaser_words >= 0.6 * max(prose, 1):
        return True
    if signals.teasers >= 3 and (title_words <= 6 or signals.date_stamps >= 3) and signals.teaser_words >= 0.6 * max(prose, 1):
        return True
    # A short category page: two dated teasers under a category-length title.
    return signals.teasers >= 2 and signals.date_stamps >= 2 and title_words <= 6 and prose < 120




def _teaser_intro(block, anchors: dict) -> bool:
    """The block is a teaser's intro: a headline link to another page sits
    just before it, in the same item (a home page's featured story)."""
    before = block.xpath("preceding::a[1]")
    if not before or before[0] not in anchors:
        return False
    item = block.getparent()
    item = item.getparent() if item is not None and item.getparent() is not None else item
    return item is not None and _within(before[0], item)


def _story_apart(block, container, minimum: int = _SHORT_STORY_WORDS) -> bool:
    """The densest text is a story of its own, outside the teasers: a related
    box beside an article, not a listing."""
    if block is None or container is None or block is container or _within(block, container):
        return False
    # A story of fifty words beside the teasers (a short notice over a
    # related-posts box, before or after it) is still the page's content,
    # unless HTML itself puts it in a footer or sidebar (an address block).
    if in_chrome_tag(block):
        return False
    if _within(container, block):
        # The teasers sit inside the story's block (a list of links at its end):
        # the block's text outside them must be a story.
        words = len(text_of(block).split()) - len(text_of(container).split())
    else:
        words = len(text_of(block).split())
    links = sum(len(text_of(a).split()) for a in block.iter("a"))
    return words - links >= minimum


def _prose_outside_teasers(lines: list[str], root, template_lines: frozenset[str], signals: ListingSignals,
                           story=None) -> int:
    """Words of prose (as _prose_words) on lines no teaser of any run holds.
    The item that holds the `story` (the densest block, when no headline link
    leads into it) is no teaser: a link in its prose made it look like one."""
    held = "\n".join(fold(text_of(item)).lower() for items in signals.groups.values() if len(items) >= 2
                     for item in items if story is None or not (item is story or _within(story, item)))
    link_texts = {fold(text_of(a)).lower().strip() for a in root.iter("a")}
    keys = [(line, _unbulleted(line)) for line in lines]
    return sum(word_count(line) for line, key in keys
               if key not in link_texts and line not in template_lines and key not in held)


def _named_by_url(title: str, url: str) -> bool:
    """The headline is headline-length and the URL's last path segment is its
    slug, as most CMSes build an article's URL; a listing's URL names a
    section ("/tin-tuc/"), whose name is no headline."""
    title_words = [w for w in slugify(title).split("-") if w]
    if len(title_words) < _HEADLINE_WORDS:
        return False
    segments = [seg for seg in unquote(urlsplit(url).path).split("/") if seg]
    if not segments:
        return False
    words = [w for w in slugify(segments[-1].rsplit(".", 1)[0]).split("-") if w and not w.isdigit()]
    if len(set(title_words) & set(words)) >= 0.6 * len(set(title_words)):
        return True
    # A slug cut at a length ("hating-millennials-the-preju"): the headline's opening.
    cut = "-".join(words)
    return len(words) >= 3 and len(cut) >= 15 and "-".join(title_words).startswith(cut)


def _prose_words(lines: list[str], root, template_lines: frozenset[str]) -> int:
    """Words of the body that are not menu text: lines that are some link's
    whole text, or lines of the source's template, are left out."""
    link_texts = {fold(text_of(a)).lower().strip() for a in root.iter("a")}
    link_texts.discard("")
    return sum(word_count(line) for line in lines
               if _unbulleted(line) not in link_texts and line not in template_lines)


_BULLET = re.compile(r"^[-*•·»›>|]+\s*")


def _unbulleted(line: str) -> str:
    """A body line as its element's text: without the list bullet that
    trafilatura writes before an item ("- Tiêu đề tin 12/03/2024")."""
    return _BULLET.sub("", line)


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
    joined = _JOINS.join(url, href)
    return None if joined is None else urlsplit(joined)


_JOINS = LinkJoiner()  # per process: a site's menus and sidebars link the same pages from each page


@lru_cache(maxsize=1024)
def _hostname(netloc: str) -> str | None:
    """A split URL's hostname, read once per netloc (SplitResult parses it on each access)."""
    return urlsplit("//" + netloc).hostname


# The elements (root's own subtree) that may hold only a date stamp: no child
# element, and one of the stamp's separators in their text; found in C, so
# the page's other elements are never turned into Python objects.
_STAMP_CANDIDATES = XPath("descendant-or-self::*[not(*)][contains(., '/') or contains(., '.') or contains(., '-')]")


def listing_signals(root, url: str, anchors: dict | None = None) -> ListingSignals:
    anchors = headline_anchors(root, url) if anchors is None else anchors
    groups = teaser_groups(anchors)
    teasers, words, container = _teaser_run(groups)
    stamps = sum(1 for el in _STAMP_CANDIDATES(root) if len(el) == 0 and el.text
                 and _DATE_STAMP.match(el.text.strip()))
    return ListingSignals(len({text for text in anchors.values()}), teasers, words, stamps, container, groups)


def teaser_groups(anchors: dict) -> dict:
    """Containers of sibling items that each hold a headline link (a teaser:
    its link, perhaps a date, a photo, an intro): container -> its items.
    An item's container is its link's nearest ancestor that holds another
    headline link (found by counting the links under each ancestor once,
    not by comparing every pair of links)."""
    below: dict = {}  # element -> headline links inside it
    for a in anchors:
        for node in a.iterancestors():
            below[node] = below.get(node, 0) + 1
    items: dict = {}
    for a in anchors:
        child = a
        for node in a.iterancestors():
            if node.tag in ("body", "html"):
                break
            if below[node] >= 2:  # a itself and another
                items.setdefault(node, set()).add(child)
                break
            child = node
    return items


def _teaser_run(items: dict):
    """The largest teaser group: (items, words in them, container)."""
    if not items:
        return 0, 0, None
    container = max(items, key=lambda c: len(items[c]))
    run = items[container]
    return len(run), sum(len(text_of(item).split()) for item in run), container


def boxes_after_story(root, url: str, block, anchors: dict | None = None, groups: dict | None = None) -> list:
    """Teaser groups that follow the story's block and hold no part of it: a
    related-posts box, whatever its class says, found by its structure.
    `anchors`: the page's headline links, when already found; `groups`: their
    teaser_groups, when already found (ListingSignals.groups, on the same tree)."""
    if block is None:
        return []
    if groups is None:
        groups = teaser_groups(headline_anchors(root, url) if anchors is None else anchors)
    groups = [(container, items) for container, items in groups.items()
              if len(items) >= 2 and container is not block and not _within(block, container)
              and not _within(container, block)]
    if not groups:
        return []
    at = document_position(block, root)
    at = () if at is None else at  # the root's place
    return [container for container, _ in groups
            if (place := document_position(container, root)) is not None and place > at]


def attached(anchors: dict, root) -> dict:
    """The headline links still in the tree once pruning took boxes out."""
    out = {}
    for a, text in anchors.items():
        top = a
        for top in a.iterancestors():
            pass
        if top is root:
            out[a] = text
    return out


def _within(el, container) -> bool:
    return any(a is container for a in el.iterancestors())


def headline_anchors(root, url: str) -> dict:
    """Links to other pages of the site whose text is headline-length: element -> folded text."""
    here = urlsplit(url)
    host, place = here.hostname, (here.path, here.query)
    anchors = {}
    for a in root.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        raw = " ".join(a.itertext())
        if len(raw.split()) + raw.count("\u200b") < _HEADLINE_WORDS:
            continue  # menu items and buttons: no headline, no URL to resolve
        target = _link_target(url, href)
        if target is None or _hostname(target.netloc) != host or (target.path, target.query) == place:
            continue
        text = fold(clean_text(raw)).lower()  # text_of(a), its text read once
        if len(text.split()) >= _HEADLINE_WORDS:
            anchors[a] = text
    return anchors
