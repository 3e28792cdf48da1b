"""What belongs to the story by its position on the page: prose between the
headline and the text trafilatura chose, a short line closing the densest
block, and lines from past the story's region (a side column's portlet)."""

from __future__ import annotations

from lxml.etree import XPath

from ..text import clean_text
from .dom import text_of

_BLOCKS = ("div", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form")
BLOCKS_XPATH = " | ".join(f".//{tag}" for tag in _BLOCKS)
_HOLDS_BLOCK = XPath(f"boolean({BLOCKS_XPATH})")  # el.xpath(BLOCKS_XPATH) is not empty; compiled once

_TEXT_BLOCKS = ("p", "div", "td", "blockquote", "li")


def missing_opening(title_element, block, raw: str) -> list[str]:
    """Prose paragraphs after the headline, in the article's region, that come
    before the first paragraph trafilatura kept and are not in its text."""
    region = block
    if title_element is not None:
        ancestors = set(title_element.iterancestors())
        region = next((a for a in block.iterancestors() if a in ancestors), block) if title_element not in set(block.iterancestors()) else block
        if region.tag in ("body", "html"):
            region = block
    started = title_element is None or title_element not in set(region.iterdescendants())
    flat = " ".join(clean_text(raw).split())
    missing: list[str] = []
    for el in region.iter(*_TEXT_BLOCKS, "h1", "h2", "h3"):
        if not started:
            started = el is title_element
            continue
        if el.tag in ("h1", "h2", "h3") or _HOLDS_BLOCK(el):
            continue
        text = text_of(el)
        words = text.split()
        if len(words) < 8:
            continue
        if " ".join(words[:12]) in flat:
            break  # trafilatura's text starts here
        links = sum(len(text_of(a)) for a in el.iter("a"))
        if links > 0.3 * len(text):
            continue
        missing.append(text)
        if len(missing) >= 2:
            break
    return missing


def _story_region(title_element, block):
    """The smallest element that holds both the headline and the densest
    text: the article's own part of the page. None when either is unknown or
    the two meet only at <body>."""
    if title_element is None or block is None:
        return None
    ancestors = set(title_element.iterancestors()) | {title_element}
    region = block if block in ancestors else next((a for a in block.iterancestors() if a in ancestors), None)
    return None if region is None or region.tag in ("body", "html") else region


_SIDE_LINE_WORDS = 20
_SIDE_SHARE = 0.25


def without_side_lines(raw: str, outside: set[str]) -> str:
    """trafilatura's text less the short lines that come from past the story's
    region; nothing is taken when they would be more than a quarter of the
    text (then the region, not the text, is wrong)."""
    lines = raw.split("\n")
    side = [line for line in lines
            if len(line.split()) <= _SIDE_LINE_WORDS and " ".join(line.split()) in outside]
    if not side or sum(len(line.split()) for line in side) > _SIDE_SHARE * len(raw.split()):
        return raw
    doomed = set(side)
    return "\n".join(line for line in lines if line not in doomed)


def _is(tags) -> str:
    return " or ".join(f"self::{tag}" for tag in tags)


# The smallest text blocks that follow an element (the following axis: its
# following siblings and its ancestors', and all they hold), found in C
# rather than walked: the blocks of (_TEXT_BLOCKS, h2-h6) that hold no block
# of _BLOCKS.
_FOLLOWING_LEAVES = XPath(f"following::*[{_is(_TEXT_BLOCKS + ('h2', 'h3', 'h4', 'h5', 'h6'))}]"
                          f"[not(descendant::*[{_is(_BLOCKS)}])]")


def lines_outside_story(root, title_element, block) -> set[str]:
    """Texts of the page's smallest blocks that follow the story's region and
    whose text the region does not also hold: a side column's portlet
    ("Đường dây nóng" and its phone number) that trafilatura read as content."""
    region = _story_region(title_element, block)
    if region is None:
        return set()
    inside = " ".join(region.text_content().split())
    outside = set()
    for el in _FOLLOWING_LEAVES(region):
        text = " ".join(text_of(el).split())
        if text and text not in inside:
            outside.add(text)
    return outside


_CLOSING_WORDS = 25


def missing_closing(block, raw: str) -> list[str]:
    """Short lines at the very end of the densest block, after the last text
    trafilatura kept, that it left out: the block is the article's own
    container, so what closes it (a source, a signature) is the article's.
    Linked lines (tags, a "read more") are not taken."""
    flat = " ".join(clean_text(raw).split())
    leaves = [el for el in block.iter(*_TEXT_BLOCKS) if not _HOLDS_BLOCK(el)]
    missing: list[str] = []
    for el in reversed(leaves):
        text = text_of(el)
        words = text.split()
        if not words:
            continue
        if " ".join(words[:12]) in flat or len(words) > _CLOSING_WORDS or len(missing) >= 2:
            break
        if any(text_of(a) for a in el.iter("a")):
            break
        missing.insert(0, text)
    return missing
