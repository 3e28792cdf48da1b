"""The article's headline.

These sites' first h1 is often the site name or a sidebar box, and `<title>` is
"Title - Category - Site name" or only the site name; the headline may sit in an
h2, h3 or a span. So candidates are scored on evidence that holds across CMSes:
the platform's title markup, agreement with `<title>`/og:title, the ASCII slug
of the title in the URL, and not sitting in page chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from lxml.etree import XPath

from ..text import clean_text, fold, line_key, slugify
from .dom import chrome_heading, in_acting_chrome, select, text_of

# How these CMSes mark a headline (Liferay 6.2, Liferay 7/VNPT, WordPress,
# NukeViet, Joomla, DotNetNuke/SharePoint news modules, generic themes).
PLATFORM_TITLE_SELECTORS = (
    ".asset-full-content-title", "span.asset-title", ".asset-title", "h1.entry-title",
    "[itemprop=headline]", "[itemprop=name].title", "h1.title", "h2.title", ".contentheading",
    ".page-header h2", ".article-title", ".news-title", ".title-news", ".title-detail",
    ".detail-title", ".tieu-de", ".tieude", ".post-title", ".ArticleTitle", ".Head", ".title_news",
)
# An element whose class or id says "title", in English or in Vietnamese
# ("tieude", "tieu-de", "TieuDe": tiêu đề), that holds no smaller such element.
_SAYS_TITLE = " or ".join(
    f"contains(translate(@{attr}, 'TITLEUD_-', 'titleud'), '{word}')" for attr in ("class", "id") for word in ("title", "tieude")
)
# (The cheap tests first: an element with no class and no id is never translated.)
_TITLE_CLASS_XPATH = f"//body//*[not(self::a)][@class or @id][{_SAYS_TITLE}][not(*[{_SAYS_TITLE}])]"
TITLE_SEPARATORS = re.compile(r"\s+(?:-|–|—|\||::|»|>|›)\s+")
_MIN_WORDS = 3
_BREADCRUMB_SEPARATORS = re.compile(r"\s(?:»|>|›|/)\s")


@dataclass(frozen=True)
class TitleChoice:
    text: str
    element: object | None
    rule: str


def find_title(root, url: str, hint: str | None = None, site_names: frozenset[str] = frozenset()) -> TitleChoice | None:
    """The best headline candidate, or None when the page has no plausible title."""
    if hint:
        for el in select(root, hint):
            text = text_of(el)
            if text:
                return TitleChoice(text, el, f"hint:{hint}")
    head_titles = _head_titles(root)
    head_sections = _head_sections(root)
    slug_words = _url_words(url)
    best: tuple[float, int, TitleChoice] | None = None
    acting: dict = {}  # element -> is_acting_chrome, shared by the candidates (the tree does not change here)
    for order, (el, rule) in enumerate(_candidates(root)):
        text = text_of(el)
        if not text or len(text) > 300:
            continue
        crumbs = _BREADCRUMB_SEPARATORS.split(text)
        if len(crumbs) >= 3:
            # "Trang chủ » Tin tức » <headline>": a breadcrumb ends with the
            # page's headline, which only counts as one on its own evidence.
            text, rule = crumbs[-1].strip(), "breadcrumb-tail"
        score = _score(el, text, rule, head_titles, slug_words, head_sections, acting)
        if site_names and line_key(text) in site_names:
            score -= 8  # the source's name (its logo heading, its <title> on every page)
        if best is None or score > best[0]:
            best = (score, -order, TitleChoice(text, None if rule == "breadcrumb-tail" else el, rule))
    if best and best[0] > 0:
        return best[2]
    return _from_head(root, site_names)


def _candidates(root):
    seen = set()  # the elements themselves: lxml may reuse a freed proxy's id()
    for selector in PLATFORM_TITLE_SELECTORS:
        for el in select(root, selector):
            if el not in seen:
                seen.add(el)
                yield el, f"css:{selector}"
    for el in root.xpath("//body//h1|//body//h2|//body//h3"):
        if el not in seen:
            seen.add(el)
            yield el, el.tag
    # Any other element whose class or id says "title" (DotNetNuke's
    # span.articleTitle, SharePoint's ..._lblTitle, WebCenter's span.tieude-tin):
    # case and separators differ across sites.
    for el in root.xpath(_TITLE_CLASS_XPATH):
        if el not in seen:
            seen.add(el)
            yield el, "class*=title"


_IN_LINK = XPath("boolean(ancestor::a)")
_HOLDS_LINK = XPath("boolean(.//a[@href])")


def _score(el, text: str, rule: str, head_titles: list[str], slug_words: set[str],
           head_sections: frozenset[str] = frozenset(), acting: dict | None = None) -> float:
    words = text.split()
    score = 0.0
    if rule.startswith("css:"):
        score += 2
    elif rule == "class*=title":
        score += 1.5
    elif rule == "h1":
        score += 1
    elif rule == "h2":
        score += 0.5
    folded = fold(text).lower()
    if any(h == folded for h in head_titles):
        score += 3
    elif any(h.startswith(folded) and len(words) >= _MIN_WORDS for h in head_titles):
        score += 2
    if folded in head_sections:
        score -= 3  # "Site > News > Activities": a category name, the listing's own heading
    if len(words) >= 6:
        score += 1  # headlines are sentences; section headings are a few words
    title_slug = set(slugify(text).split("-"))
    if slug_words and len(title_slug) >= 4:
        overlap = len(title_slug & slug_words) / len(title_slug)
        score += 4 * overlap if overlap >= 0.5 else 0
    if len(words) < _MIN_WORDS:
        score -= 2

    if rule == "breadcrumb-tail":
        return score - 1  # its links and its "breadcrumb" class are the trail's, not the headline's
    if in_acting_chrome(el, acting) or chrome_heading(el):
        score -= 6
    if _IN_LINK(el) or _HOLDS_LINK(el):
        score -= 1.5  # headlines of other articles are links; one's own is not
    return score


def _head_titles(root) -> list[str]:
    """`<title>` and og:title, folded, each also cut at its site/category suffixes."""
    raw = [clean_text(t) for t in root.xpath("//head/title/text()")] + _og_titles(root)
    out: list[str] = []
    for title in filter(None, raw):
        parts = TITLE_SEPARATORS.split(title)
        for n in range(len(parts), 0, -1):
            out.append(fold(" - ".join(parts[:n])).lower())
    return out


def _head_sections(root) -> frozenset[str]:
    """The parts of `<title>` after its first: site and category names; not
    the part that og:title names whole ("Site - Headline" puts it last)."""
    sections = set()
    for title in root.xpath("//head/title/text()"):
        sections.update(fold(p).lower() for p in TITLE_SEPARATORS.split(clean_text(title))[1:])
    return frozenset(sections - {fold(t).lower() for t in _og_titles(root)})


def _og_titles(root) -> list[str]:
    """The page's og:title and twitter:title, cleaned (empty ones left out)."""
    return [t for t in (clean_text(c) for c in root.xpath("//meta[@property='og:title' or @name='twitter:title']/@content"))
            if t]


def _from_head(root, site_names: frozenset[str] = frozenset()) -> TitleChoice | None:
    """Last resort: og:title, else the longest part of `<title>` ("Title -
    Site", "Site - Section - Title"), unless that is the site's name."""
    for text in _og_titles(root):
        if line_key(text) not in site_names:
            return TitleChoice(text, None, "head:og:title")
    for title in root.xpath("//head/title/text()"):
        parts = [p for p in TITLE_SEPARATORS.split(clean_text(title))
                 if p and line_key(p) not in site_names]
        if parts:
            longest = max(parts, key=lambda p: len(p.split()))
            if len(longest.split()) >= _MIN_WORDS:
                return TitleChoice(longest, None, "head:title")
    # A <title> of a word or two ("energieverbraucher.de | Gaspreise") still
    # names the page: its whole text, so a page of prose is not lost for want
    # of a headline (classify_page weighs a weak title with the rest).
    for title in root.xpath("//head/title/text()"):
        whole = clean_text(title)
        if whole and line_key(whole) not in site_names:
            return TitleChoice(whole, None, "head:title-whole")
    return None


def _url_words(url: str) -> set[str]:
    path = unquote(urlsplit(url).path)
    words: set[str] = set()
    for segment in path.split("/"):
        words.update(w for w in slugify(segment).split("-") if w and not w.isdigit())
    return words
