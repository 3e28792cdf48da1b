"""A source's template: what recurs on many of its pages (menus, sidebars,
"Tin liên quan" boxes, footers, the unit's name, the `<title>` prefix or
suffix), learned from the site's own pages whatever their class names say.

Pure data: extraction takes a SiteTemplate as an input (what is known of the
source); archive/templates.py keeps it in the archive and learns it as pages
arrive. A template that has seen too few pages says nothing (every set empty),
so a new source falls back to evidence that needs no history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.etree import XPath

from ..errors import ExtractionError
from ..models import PageKind
from ..text import clean_text, kept_for_short_texts, line_key
from .decode import decode_html
from .dom import parse_html
from .titles import TITLE_SEPARATORS

MIN_PAGES = 4  # pages of a source seen before its template is trusted
SHARE = 0.4  # a line on this share of the pages (and at least MIN_COUNT) is template
MIN_COUNT = 3
MAX_LINES = 4000  # lines kept per source; the rarest go first
_MAX_LINE_CHARS = 300
_LEAF_BLOCKS = ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "dd", "dt", "caption")
# A block with a child of these holds other blocks: its lines are theirs.
_BLOCK_CHILD = ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr",
                "section", "article", "dl", "dd", "dt", "form", "header", "footer", "nav", "aside")


def _is(tags) -> str:
    return " or ".join(f"self::{tag}" for tag in tags)


# The elements observe_page reads (root's own subtree): each link, and each
# block of _LEAF_BLOCKS with no child of _BLOCK_CHILD; selected in C, so the
# page's other elements are never turned into Python objects.
_LINE_ELEMENTS = XPath(f"descendant-or-self::*[{_is(t for t in _LEAF_BLOCKS if t != 'a')}]"
                       f"[not(*[{_is(_BLOCK_CHILD)}])] | descendant-or-self::a")


@dataclass
class SiteTemplate:
    source: str
    pages: int = 0
    lines: dict[str, int] = field(default_factory=dict)  # line key -> pages it was on
    titles: dict[str, int] = field(default_factory=dict)  # part of <title> -> pages it was in

    def observe(self, observation: "Observation", kind: str | None = None) -> None:
        """Count one page (each line once per page).

        `kind`: the page's kind as extraction read it (archive.models.PageKind),
        None when unknown. A template is what recurs on the source's article
        pages, the only pages whose text is kept, so a page read as a listing
        or other page is not counted: a listing shows the newest articles'
        teasers, which on many platforms (NukeViet .hometext, Joomla intro
        text, EasyDNNnews summaries) are the articles' own ledes, and the
        home page, a topic page and listing page 1, all fetched first, would
        make each lede a "template" line before the article is read. A page
        of unknown kind counts (archive/templates.learn_template learns from
        stored article pages)."""
        if kind is not None and kind != PageKind.ARTICLE:
            return
        self.pages += 1
        for key in observation.lines:
            self.lines[key] = self.lines.get(key, 0) + 1
        for key in observation.titles:
            self.titles[key] = self.titles.get(key, 0) + 1
        if len(self.lines) > MAX_LINES:
            # The lines seen least are dropped: a template line is on many pages.
            keep = sorted(self.lines.items(), key=lambda kv: -kv[1])[: MAX_LINES * 3 // 4]
            self.lines = dict(keep)
        if len(self.titles) > MAX_LINES:
            self.titles = dict(sorted(self.titles.items(), key=lambda kv: -kv[1])[: MAX_LINES * 3 // 4])

    def _bar(self) -> int:
        return max(MIN_COUNT, int(SHARE * self.pages + 0.999))

    @property
    def trusted(self) -> bool:
        return self.pages >= MIN_PAGES

    def template_lines(self) -> frozenset[str]:
        """Lines (keys) that recur on many pages: page furniture of this source."""
        if not self.trusted:
            return frozenset()
        bar = self._bar()
        return frozenset(k for k, n in self.lines.items() if n >= bar)

    def site_names(self) -> frozenset[str]:
        """Parts of `<title>` (keys) on many pages: the site's name, never a headline."""
        if not self.trusted:
            return frozenset()
        bar = max(MIN_COUNT, int(0.5 * self.pages + 0.999))
        return frozenset(k for k, n in self.titles.items() if n >= bar)

    def snapshot(self) -> "TemplateSnapshot":
        """What extraction reads of this template, frozen: cheap to send to a
        worker process with every page (the counts stay here)."""
        return TemplateSnapshot(self.template_lines(), self.site_names())

    def as_row(self) -> dict:
        import json

        return {"source": self.source, "pages": self.pages,
                "lines": json.dumps(self.lines, ensure_ascii=False),
                "titles": json.dumps(self.titles, ensure_ascii=False)}

    @classmethod
    def from_row(cls, row: dict) -> "SiteTemplate":
        import json

        return cls(row["source"], row["pages"], json.loads(row["lines"] or "{}"), json.loads(row["titles"] or "{}"))


@dataclass(frozen=True)
class TemplateSnapshot:
    """A template as extraction reads it (same methods as SiteTemplate)."""

    lines: frozenset[str]
    names: frozenset[str]

    def template_lines(self) -> frozenset[str]:
        return self.lines

    def site_names(self) -> frozenset[str]:
        return self.names


@dataclass(frozen=True)
class Observation:
    """What one page adds to its source's template."""

    lines: frozenset[str]
    titles: frozenset[str]


@kept_for_short_texts(8192)
def _line_of(raw: str) -> str:
    """An element's text -> its line key ("" for no line)."""
    text = clean_text(raw)
    return line_key(text) if text and len(text) <= _MAX_LINE_CHARS else ""


def observation_of(body: bytes | str, content_type: str | None = None) -> Observation | None:
    """What one page adds to its source's template; None for a page that is not HTML."""
    try:
        html = body if isinstance(body, str) else decode_html(body, content_type)
        return observe_page(parse_html(html))
    except (ExtractionError, ValueError):
        return None


def observe_page(root) -> Observation:
    """The text lines of a parsed page (each block that holds no other block,
    and each link) and the parts of its `<title>`."""
    lines = set()
    for el in _LINE_ELEMENTS(root):
        lines.add(_line_of(" ".join(el.itertext())))
    titles = set()
    for title in root.xpath("//head/title/text()"):
        title = clean_text(title)
        parts = TITLE_SEPARATORS.split(title)
        titles.update(line_key(p) for p in parts if p.strip())
        titles.add(line_key(title))
    lines.discard("")
    titles.discard("")
    return Observation(frozenset(lines), frozenset(titles))


def without_own_lines(template: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """The template without the lines that are the page's own summary (`own`:
    keys of its meta description and marked lead, body.own_lead_keys): a
    lede recurs as a teaser on listings and in "related" boxes with excerpts
    (on some sites, on every page), yet it is the article's first paragraph.
    A template line is the page's own when it is one of them, starts with one
    (a description cut short), or is a part of one of at least
    body.OWN_LEAD_WORDS words (a lead set as several lines)."""
    if not template or not own:
        return template
    mine = set()
    for key in template:
        for lead in own:
            if key == lead or key.startswith(lead) or (len(key.split()) >= _OWN_PART_WORDS and key in lead):
                mine.add(key)
                break
    return template - mine if mine else template


_OWN_PART_WORDS = 12
_CAPTION = re.compile(r"^\(?\s*anh\b")


def remove_template_lines(text: str, template: frozenset[str]) -> tuple[str, int]:
    """Body text without the lines the source's template knows. A photo caption
    and the closing lines (a byline: "BÉ HAI / TTYT huyện Tam Bình") stay:
    they belong to the article even when they recur."""
    if not template or not text:
        return text, 0
    lines = text.split("\n")
    kept, removed = [], 0
    for index, line in enumerate(lines):
        key = line_key(line)
        if key in template and not _CAPTION.match(key) and index < len(lines) - 1:
            removed += 1
            continue
        kept.append(line)
    # The closing lines are kept only when they are not template themselves in
    # a run of template lines (a footer after the article).
    while kept and removed and line_key(kept[-1]) in template and len(kept[-1].split()) > 12:
        kept.pop()
        removed += 1
    return "\n".join(kept), removed
