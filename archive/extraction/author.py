"""The article's author: markup and labels first, then the closing byline."""

from __future__ import annotations

import re

from ..text import clean_text
from .dom import select, text_of

_AUTHOR_SELECTORS = (
    "[itemprop=author] [itemprop=name]", "[itemprop=author]", ".author-name", ".author",
    ".tac-gia", ".tacgia", ".news-author", ".post-author", "span.createby", "dd.createdby",
)
_LABEL = re.compile(
    r"(?:^|\n)\s*(?:Tác giả|Người viết|Tin,? ảnh|Tin và ảnh|Bài và ảnh|Bài,? ảnh|Tin|Bài)\s*:\s*([^\n]{2,80})",
)
_CAPS_BYLINE = re.compile(r"^[A-ZÀ-Ỹ][A-ZÀ-ỸĐ.\- ]{1,40}$")
_BYLINE_WITH_UNIT = re.compile(r"^([A-ZÀ-ỸĐ][A-ZÀ-ỸĐ.\- ]{1,40}?)\s*[/–-]\s*\S.{0,60}$")
_PREFIX = re.compile(r"^(?:bởi|by|đăng bởi|posted by|tác giả)\s*:?\s*", re.I)


def find_author(root, body_text: str, hint: str | None = None) -> tuple[str | None, str]:
    """(author, rule). `root` is the pruned page; labels ("Tác giả: …") are read
    from its text, because the body text has them removed. A closing byline like
    "BÉ HAI / TTYT huyện Tam Bình" gives "BÉ HAI"."""
    for selector in ((hint,) if hint else ()) + _AUTHOR_SELECTORS:
        for el in select(root, selector):
            name = _clean(el.get("content") or text_of(el))
            if name:
                return name, f"css:{selector}"
    for content in root.xpath("//meta[@name='author' or @property='article:author']/@content"):
        name = _clean(content)
        if name and not name.lower().startswith("http"):
            return name, "meta:author"
    page_lines = "\n".join(filter(None, map(str.strip, root.itertext())))  # each text stripped, blanks left out
    match = _LABEL.search(page_lines)
    if match:
        return _clean(match.group(1)), "label"
    return _closing_byline(body_text)


def _closing_byline(text: str) -> tuple[str | None, str]:
    lines = [line for line in text.split("\n") if line.strip()][-3:]
    for line in reversed(lines):
        line = line.strip()
        with_unit = _BYLINE_WITH_UNIT.match(line)
        if with_unit:
            return with_unit.group(1).strip(), "byline"
        if _CAPS_BYLINE.match(line) and 1 <= len(line.split()) <= 5:
            return line, "byline"
    return None, "none"


def _clean(value: str) -> str | None:
    value = _PREFIX.sub("", clean_text(value)).strip(" :-–")
    return value if 1 < len(value) <= 80 else None
