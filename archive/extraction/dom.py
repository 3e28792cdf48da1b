"""Reading the page tree: parsing, selectors, and telling page chrome from content."""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
from lxml.cssselect import CSSSelector
from lxml import etree
from lxml.etree import ParserError, XPath

from ..errors import ExtractionError
from ..text import clean_text, fold

# Class/id words of page chrome on these CMSes (matched per word of class/id).
_CHROME_WORDS = {
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "sidebar",
    "related", "lienquan", "tinkhac", "othernews", "other", "others",
    "docnhieu", "mostread", "mostview", "hotnews", "share", "social", "sharing", "comment",
    "comments", "respond", "counter", "thongke", "visitor", "banner", "advert", "ads", "quangcao",
    "language", "languages", "login", "search", "timkiem", "pagination", "paging", "pager",
    "marquee", "weblink", "lienket", "copyright", "toolbar", "rating",
    "sidebar1", "sidebar2", "leftcol", "rightcol", "topbar",
    # The right-hand column is the sidebar on these portals ("col-right", "right-column");
    # the left one often holds the article, so it is not listed.
    "colright", "rightcolumn", "columnright", "rightside", "sideright", "sidebarright",
}
# "widget" is not among them: WordPress, Elementor and Blogger call every block
# a widget, the article's own ("elementor-widget-theme-post-content", "widget
# Blog") included; a sidebar's widgets are caught by their box heading, their
# link density or the sidebar around them.
# Whole class/id tokens of the site header (an article's own header, e.g.
# WordPress "entry-header", holds the headline and must stay).
_CHROME_TOKENS = {"header", "site-header", "top-header", "logo", "dnn_header"}
# Headings that open a box of other articles or of page furniture.
_CHROME_HEADINGS = (
    "tin lien quan", "cac tin khac", "tin khac", "tin doc nhieu", "tin xem nhieu", "tin moi",
    "tin cung chuyen muc", "bai viet lien quan", "nhung tin moi hon", "nhung tin cu hon",
    "tin noi bat", "lien ket website", "thong ke truy cap", "binh luan", "y kien ban doc",
    "de lai mot binh luan", "tin tuc moi", "bai viet moi", "chuyen muc", "video", "thu vien anh",
    "lien ket", "van ban moi", "thong bao", "tin anh", "xem nhieu nhat", "doc nhieu nhat",
)
# One of them, whole or followed by more words ("tin lien quan" or "tin lien quan khac").
_CHROME_HEADING = re.compile("(?:" + "|".join(map(re.escape, _CHROME_HEADINGS)) + ")(?: |$)")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CONTAINER_SUFFIX = re.compile(r"(pane|area|wrap|wrapper|container|box|block|zone|region|inner|outer)$")


# lxml refuses a str that starts with an XML declaration naming an encoding
# ("<?xml version="1.0" encoding="utf-8"?>", as XHTML portals send): the text
# is already decoded, so the declaration goes.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


_NOSCRIPT_PROSE_WORDS = 50  # a <noscript> with more words is the page's content (parse_html)
# Control characters a page may carry (a stray \x0b, \x1f, NUL from a CMS's
# copy-paste): lxml parses them into text, but no text with one can be set on
# an element, so trafilatura fails on the tree and the page would read empty.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _html_parser() -> etree.HTMLParser:
    """lxml.html's parser, with the same element classes (HtmlElement, and
    FormElement, InputElement… for their tags), chosen in C: lxml.html's own
    lookup is a Python method, called for every element a walk touches."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity))
    lookup.get_namespace(None).update(lxml.html.HtmlElementClassLookup._default_element_classes)
    parser = etree.HTMLParser()
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _html_parser()


def parse_html(html: str) -> lxml.html.HtmlElement:
    html = _CONTROL.sub(" ", html)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=_PARSER)
    except (ParserError, ValueError) as exc:
        raise ExtractionError(f"not an HTML page: {exc}") from exc
    # JSON-LD stays for the date finder; prune_chrome drops it before text work.
    for bad in root.xpath("//script[not(@type='application/ld+json')]|//style|//template|//svg"):
        bad.drop_tree()
    # A <noscript> is a tracker's pixel or a "turn JavaScript on" line; one that
    # holds prose is the page itself (Blogger's post body for readers without
    # JavaScript; a page that opens one and never closes it): unwrapped.
    for bad in root.xpath("//noscript"):
        if _more_words_than(bad, _NOSCRIPT_PROSE_WORDS):
            bad.drop_tag()
        else:
            bad.drop_tree()
    return root


@lru_cache(maxsize=256)
def compile_selector(selector: str):
    """CSS, or XPath when it starts with '/' or '(' (registry hints may use either)."""
    return XPath(selector) if selector.lstrip().startswith(("/", "(")) else CSSSelector(selector)


# A selector made only of tags, .classes and #ids (joined by descendant or child
# combinators) can only match when every class and id it names is on the page.
_SIMPLE_SELECTOR = re.compile(r"^[\w.#\- >]+$")
_NAMED = re.compile(r"([.#])([\w-]+)")
_ALL_CLASSES = XPath("//@class", smart_strings=False)
_ALL_IDS = XPath("//@id", smart_strings=False)


@lru_cache(maxsize=256)
def _names_required(selector: str) -> frozenset[str]:
    """The classes and ids a simple selector names (empty for any other selector)."""
    if selector.lstrip().startswith(("/", "(")) or not _SIMPLE_SELECTOR.match(selector):
        return frozenset()
    return frozenset(name for _, name in _NAMED.findall(selector))


class _PageNames:
    """The class tokens and ids on one page, read once: a page is tried against
    some fifty platform selectors and most name a class the page lacks, so they
    are skipped without walking the tree. Pruning only removes names, so the set
    read before it stays a superset (never skips a selector that could match)."""

    def __init__(self) -> None:
        self._root = None  # held, so its identity is not reused by another tree
        self._names: set[str] = set()

    def of(self, root) -> set[str]:
        if root is not self._root:
            self._root = root
            self._names = {token for value in _ALL_CLASSES(root) for token in value.split()}
            self._names.update(_ALL_IDS(root))
        return self._names


_page_names = _PageNames()


def select(root, selector: str) -> list:
    required = _names_required(selector)
    if required and not required <= _page_names.of(root):
        return []
    return [el for el in compile_selector(selector)(root) if isinstance(el, lxml.html.HtmlElement)]


def text_of(el) -> str:
    return clean_text(" ".join(el.itertext()))


def _tokens(el) -> list[str]:
    return f"{el.get('class', '')} {el.get('id', '')}".lower().split()


def _words(tokens: list[str]) -> set[str]:
    """Each class/id token, its parts, and its parts run together ("tin-khac" ->
    tin, khac, tinkhac), so both "related-news" and "tinkhac" are caught."""
    words: set[str] = set()
    for token in tokens:
        parts = [p for p in _WORD_SPLIT.split(token) if p]
        words.update(parts)
        words.add("".join(parts))
    # DotNetNuke's "dnn_FooterPane", themes' "sidebarWrap", "menu-box"
    return words | {_CONTAINER_SUFFIX.sub("", w) for w in words}


def is_named_chrome(el) -> bool:
    """Whether the element's class or id names chrome ("sidebar", "related",
    "comment"…): a guess, since themes put such words on content too."""
    return _chrome_names(f"{el.get('class', '')} {el.get('id', '')}".lower())


def is_chrome_tag(el) -> bool:
    """Chrome by its tag alone (<nav>, <footer>, <aside>, a site <header>, a
    small <form>): what HTML itself says, not a class name a theme chose."""
    if el.tag in ("nav", "footer", "aside", "select", "button", "iframe"):
        return True
    if el.tag == "form":
        # Comment and mail-a-friend forms are chrome; ASP.NET pages wrap the
        # whole page, article included, in one <form>.
        return len(text_of(el)) < 1500
    return el.tag == "header" and not el.xpath(".//h1|.//h2") and el.getparent() is not None


@lru_cache(maxsize=4096)
def _chrome_names(names: str) -> bool:
    """Whether a class/id string names chrome (memoised: a page repeats a few class strings)."""
    tokens = names.split()
    return bool(_CHROME_TOKENS.intersection(tokens) or _words(tokens) & _CHROME_WORDS)


# A class word alone is no proof: "TestReport__Section--Ads" holds a review's
# conclusion, an id "nav_…" a subheading. Named chrome goes when it also acts
# as chrome: a few words (a button bar, a counter) or mostly links (a menu, a
# box of other articles); a block of prose stays for trafilatura's own rules.
_CHROME_SHORT_CHARS = 200
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CHROME_LINK_SHARE = 0.3


def acts_as_chrome(el) -> bool:
    text = " ".join(el.itertext())
    words = len(text.split())
    if el.tag in _HEADINGS and words and not el.xpath(".//a"):
        return False  # a subheading of the text (an id "nav_…" is a table of contents' anchor)
    if len(text) < _CHROME_SHORT_CHARS or not words:
        return True
    if _LINK_TEXTS_DIFFER(el):
        linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    else:
        # The same count from the text nodes inside links, each once, read in
        # C: the words of all of them in one piece (a space between texts, so
        # no two words merge, as between the pieces of itertext()).
        linked = len(" ".join(_LINK_TEXTS(el)).split())
    return linked >= _CHROME_LINK_SHARE * words


_LINK_TEXTS = XPath("descendant-or-self::a//text()", smart_strings=False)
# When those text nodes are not itertext()'s pieces of each link: a link
# within a link (its text counts once per link around it), or two text nodes
# side by side (itertext() reads them as one piece).
_LINK_TEXTS_DIFFER = XPath("boolean(descendant-or-self::a[ancestor::a]"
                           " | descendant-or-self::a//text()[preceding-sibling::node()[1][self::text()]])")


def is_acting_chrome(el) -> bool:
    """Chrome on evidence: an HTML chrome tag, or an element named like chrome
    that also acts as chrome; a wrapper named "main-content-with-sidebar"
    around a story of prose is not."""
    return is_chrome_tag(el) or (is_named_chrome(el) and acts_as_chrome(el))


def in_acting_chrome(el, memo: dict | None = None) -> bool:
    """Whether `el` or an ancestor is chrome on evidence (is_acting_chrome).
    `memo`: element -> is_acting_chrome, kept by a caller that asks about
    several elements of a tree that does not change meanwhile (the headline's
    candidates share their ancestors: a page-wide <form> is read once)."""
    if memo is None:
        return _in(el, is_acting_chrome)

    def acting(node) -> bool:
        hit = memo.get(node)
        if hit is None:
            hit = memo[node] = is_acting_chrome(node)
        return hit

    return _in(el, acting)


def chrome_heading(el) -> bool:
    """A heading that announces a list of other articles or page furniture: a
    short text that is one of the known box titles, not a box that starts with one."""
    text = fold(text_of(el)).lower().strip(" :»>-")
    if len(text.split()) > 6:
        return False
    return bool(_CHROME_HEADING.match(text))


def in_chrome_tag(el) -> bool:
    """Whether `el` sits inside chrome by HTML's tags (<nav>, <footer>, <aside>…):
    the test for the densest block, whose ancestors a theme may class
    "content-with-sidebar-wrp" or "l-sidebar-fixed"."""
    return _in(el, is_chrome_tag)


def _in(el, test) -> bool:
    """Whether `el` or one of its ancestors below <body> passes `test`."""
    node = el
    while node is not None and node.tag not in ("body", "html"):
        if isinstance(node, lxml.html.HtmlElement) and test(node):
            return True
        node = node.getparent()
    return False


def _more_words_than(el, limit: int) -> bool:
    """More than `limit` words however the edges are trimmed (chrome_heading
    strips " :»>-"): words that are not only those marks are counted."""
    text = el.text_content()
    head = 40 * (limit + 1)
    if len(text) > head:
        # A long text is mostly decided by its opening: its words that end
        # before the cut are the text's first words (the last one only when
        # the cut falls between words).
        words = text[:head].split()
        if words and not text[head - 1].isspace() and not text[head].isspace():
            words.pop()
        if _counts_beyond(words, limit):
            return True
    return _counts_beyond(text.split(), limit)


def _counts_beyond(words: list[str], limit: int) -> bool:
    count = 0
    for word in words:
        if word.strip(":»>-"):
            count += 1
            if count > limit:
                return True
    return False


# Compiled once (an XPath string given to .xpath() is compiled on each call).
_HOLDS_BLOCKS = XPath("boolean(.//div|.//ul|.//p|.//li)")
_HOLDS_LINK = XPath("boolean(.//a[@href])")


def chrome_boxes(root) -> list:
    """Containers of chrome headings ("Các tin khác", "Tin đọc nhiều"…): the
    smallest ancestor of the heading that also holds links."""
    boxes = []
    # One C-level walk in document order (an XPath union walks the tree once per part).
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "strong", "b", "div", "span", "p"):
        if len(heading) > 2 or (heading.tag in ("div", "span") and heading.get("class") is None):
            continue
        if _more_words_than(heading, 6):
            continue  # a box heading is one short line (checked first: the tests below cost more)
        if _HOLDS_BLOCKS(heading) or not chrome_heading(heading):
            continue
        box = heading.getparent()
        while box is not None and not _HOLDS_LINK(box):
            box = box.getparent()
        if box is not None and box.tag not in ("body", "html"):
            boxes.append(box)
    return boxes


# Blocks whose own text makes a paragraph of prose.
_PROSE_TAGS = {"p", "div", "td", "li", "section", "article", "blockquote", "pre", "dd", "span", "font", "main"}
_INLINE_TAGS = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "big", "sup", "sub", "br", "img",
                "abbr", "cite", "code", "mark", "q", "s", "time", "label"}
_STORY_CHARS = 400
_BODY_TEXT = XPath("//body//text()[normalize-space()]", smart_strings=True)


def main_block(root, after=None):
    """The element that holds the page's densest run of prose: the container of
    the paragraphs with the most non-link text (scored as readability does, a
    paragraph crediting its parent). None on a page with no prose at all.

    Found from text and structure only, so no class name can hide it; pruning
    never removes it or its ancestors (`protected_path`)."""
    own: dict = {}
    for text in _BODY_TEXT(root):
        parent = text.getparent()
        if parent is None:
            continue
        # A tail belongs to the parent's parent; link text is not prose.
        holder = parent.getparent() if text.is_tail else parent
        in_link = (not text.is_tail and parent.tag == "a") or any(a.tag == "a" for a in parent.iterancestors("a"))
        if holder is None or in_link:
            continue
        # Climb out of inline markup to the block that shows the text.
        while holder is not None and holder.tag in _INLINE_TAGS:
            holder = holder.getparent()
        if holder is None or holder.tag in ("body", "html", "head", "title", "script", "style"):
            continue
        length = len(text.strip())
        if length >= 3:
            own[holder] = own.get(holder, 0) + length
    if not own:
        return None
    score: dict = {}
    for block, length in own.items():
        if length < 25:  # a label, a date, a button
            continue
        # The paragraph's container collects its paragraphs; a div holding
        # its text directly (old portals' <br>-separated bodies) counts itself.
        target = block.getparent() if block.tag in ("p", "li", "blockquote", "pre", "dd", "h2", "h3", "h4") else block
        if target is None:
            continue
        score[target] = score.get(target, 0) + length
    if not score:
        return None
    best = max(score, key=score.get)
    if after is not None:
        # The story follows its headline: the first block after it that holds
        # at least half as much prose as the densest one (a related-posts box
        # with excerpts further down may hold more).
        start = document_position(after, root)
        places = {el: document_position(el, root) for el in score if score[el] >= 0.5 * score[best]}
        following = [el for el, place in places.items() if place is not None and (start is None or place > start)]
        if following:
            best = min(following, key=places.get)
    if best.tag in ("body", "html"):
        return None
    # On a page with little prose the densest block may be the footer's
    # address: a block that sits in chrome counts only when it holds a story.
    if score[best] < _STORY_CHARS and _in_small_chrome(best, root, after):
        return None
    return best


def document_position(el, root) -> tuple | None:
    """Where `el` comes in `root`'s document order, as the child indices on
    the path from `root` down to it (tuples compare as the document reads:
    an ancestor before what it holds); None when `el` is not under `root`.
    For the few elements compared, cheaper than numbering the whole tree."""
    path = []
    node = el
    while node is not root:
        parent = node.getparent()
        if parent is None:
            return None
        path.append(parent.index(node))
        node = parent
    return tuple(reversed(path))


def _in_small_chrome(el, root, headline=None) -> bool:
    """In a <footer>/<aside>/<nav>, or in an element named like chrome that
    neither holds the page's headline nor most of its text ("footer-info",
    not a "main-content-with-sidebar" wrapper around the story)."""
    if in_chrome_tag(el):
        return True
    half = 0.5 * len(root.text_content())
    around_headline = set(headline.iterancestors()) if headline is not None else set()
    return any(is_named_chrome(node) and node not in around_headline and len(node.text_content()) < half
               for node in [el, *el.iterancestors()] if node.tag not in ("body", "html"))


def protected_path(*elements) -> set:
    """The elements rules may not remove: each given element and its ancestors."""
    out = set()
    for el in elements:
        if el is None:
            continue
        out.add(el)
        out.update(el.iterancestors())
    return out
