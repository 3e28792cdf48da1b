"""The article body: chrome pruned from the tree, trafilatura for the text, then
the line-level leaks these sites are known for removed."""

from __future__ import annotations

import re

import trafilatura

from ..text import clean_text, fold
from .dom import chrome_boxes, is_chrome_element, select, text_of

# Lines that are page furniture wherever they appear (matched folded, lower case).
_FURNITURE_LINE = re.compile(
    r"^(chia se( bai viet)?|in bai viet|in bai|gui email|gui bai viet|ban in|dong cua so|in trang nay"
    r"|quay lai|tro ve|ve dau trang|dau trang|len dau trang|tieng viet\s*[|/]?\s*english|english"
    r"|(da xem|luot xem|luot doc|so lan xem|view count)\s*:?\s*[\d.,]*|luot truy cap.*|dang online.*"
    r"|tra loi|email cua ban se khong duoc hien thi cong khai.*|cac truong bat buoc duoc danh dau.*"
    r"|de lai mot binh luan.*|binh luan cua ban|gui binh luan|ghi ro nguon.*phat hanh lai.*"
    r"|facebook|twitter|zalo|tweet|like|share|chia se facebook|font size.*|co chu.*|a\s*a\s*a"
    r"|xem them|doc tiep|tai ve|download|bai viet cung chuyen muc|print|email|in|gui|chia se:?)\s*[:.]?$"
)
# A line that opens a list of other articles or the comment section: the article
# text has ended.
_END_OF_ARTICLE = re.compile(
    r"^(tin lien quan|cac tin khac|tin khac|tin cung chuyen muc|bai viet lien quan|nhung tin moi hon"
    r"|nhung tin cu hon|tin doc nhieu|tin xem nhieu|tin moi|binh luan|y kien ban doc|de lai mot binh luan"
    r"|cac bai viet khac|xem tiep|bai viet khac|tin bai khac|cac tin da dua)\s*:?$"
)
_LABEL_LINE = re.compile(r"^(tac gia|nguoi viet|nguon tin|tu khoa|tags?)\s*:", re.I)
_BREADCRUMB = re.compile(r"^[^.!?]{0,120}(\s[>»/›]\s[^.!?]{0,60}){1,6}$")
_DATE_ONLY_LINE = re.compile(r"^[^a-z]*\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?[^a-z]*$|^(thu|ngay dang|cap nhat|dang ngay)[^.]{0,60}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^.]{0,40}$")


def prune_chrome(root, keep: list, prune_selectors: tuple[str, ...] = ()) -> None:
    """Drop navigation, sidebars, related lists and hinted elements, except
    anything that holds an element of `keep` (the headline, the hinted body)."""
    # A set of the elements themselves, not of id(): lxml proxies are created on
    # access, so an id() can be reused by another element once a proxy is freed.
    protected = {a for el in keep if el is not None for a in el.iterancestors()}
    protected |= {el for el in keep if el is not None}
    doomed = [el for sel in prune_selectors for el in select(root, sel)] + root.xpath("//script")
    doomed += [el for el in root.iter() if isinstance(el.tag, str) and is_chrome_element(el)]
    doomed += chrome_boxes(root)
    for el in doomed:
        if el not in protected and el.getparent() is not None:
            el.drop_tree()


# How these CMSes mark an article's lead paragraph (Liferay p.sapo, NukeViet
# .hometext, DotNetNuke News .articleSummary, generic themes).
LEAD_SELECTORS = (".sapo", ".hometext", ".articleSummary", ".article-summary", ".summary", ".lead",
                  ".news-lead", ".tomtat", ".mota", "[itemprop=description]")
_BLOCKS = ("div", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form")


def prepare_for_text(root) -> None:
    """Reshape what trafilatura would misread on these sites:
    - photo captions ("Ảnh: …") belong to the article, but trafilatura drops
      <figure> and anything classed "caption" when images are off;
    - old portals (DotNetNuke, ASP.NET) lay pages out with tables, which
      trafilatura renders as "| cell |" rows: a table whose cells hold blocks,
      or that has a single column, is layout, not data."""
    for el in root.iter("figure", "figcaption"):
        el.tag = "div" if el.tag == "figure" else "p"
    for el in root.xpath("//*[contains(@class, 'caption') or contains(@id, 'caption')]"):
        el.attrib.pop("class", None)
        el.attrib.pop("id", None)
        if el.tag in ("span", "td", "div"):
            el.tag = "p"
    for table in reversed(root.xpath("//table")):
        if _is_layout_table(table):
            for el in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                el.tag = "div"
    # Chrome is already pruned by our own class/id rules; trafilatura's English-web
    # class rules then only misfire here (NukeViet's lead "hometext m-bottom" is
    # dropped as a "bottom" block), so it reads the rest by structure alone.
    for el in root.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)


def _is_layout_table(table) -> bool:
    cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
    rows = table.xpath("./tr|./*/tr")
    if not cells:
        return True
    single_column = all(len(row.xpath("./td|./th")) <= 1 for row in rows)
    holds_blocks = any(cell.xpath(" | ".join(f".//{tag}" for tag in _BLOCKS)) for cell in cells)
    return single_column or holds_blocks


def extract_body(root, url: str, *, title: str | None, body_hint: str | None = None) -> tuple[str, str]:
    """(text, rule). `root` should already be pruned."""
    if body_hint:
        hinted = select(root, body_hint)
        if hinted:
            return clean_lines("\n".join(_block_text(el) for el in hinted), title), f"hint:{body_hint}"
    lead = _lead_text(root)
    prepare_for_text(root)
    result = trafilatura.bare_extraction(
        root, url=url, include_comments=False, include_tables=True, with_metadata=False, fast=True
    )
    raw = (result.text if result is not None else "") or ""
    if lead and raw and lead not in clean_text(raw):
        # trafilatura settles on the body container (itemprop=articleBody,
        # #news-bodyhtml) and loses the lead these CMSes keep beside it.
        return clean_lines(lead + "\n" + raw, title), "trafilatura+lead"
    return clean_lines(raw, title), "trafilatura"


def _lead_text(root) -> str | None:
    for selector in LEAD_SELECTORS:
        for el in select(root, selector):
            text = text_of(el)
            if len(text.split()) >= 8:
                return text
    return None


def _block_text(el) -> str:
    blocks = el.xpath(".//p|.//li|.//h2|.//h3|.//h4|.//tr|.//figcaption|.//div[not(.//div|.//p)]")
    return "\n".join(text_of(b) for b in blocks) if blocks else text_of(el)


def clean_lines(text: str, title: str | None) -> str:
    """Remove furniture lines, a leading breadcrumb/title/date, and everything
    after a related-articles heading."""
    folded_title = fold(title).lower() if title else None
    kept: list[str] = []
    for line in clean_text(text).split("\n"):
        key = fold(line).lower().strip()
        if _END_OF_ARTICLE.match(key):
            break
        if not key or _FURNITURE_LINE.match(key) or _LABEL_LINE.match(key):
            continue
        if not kept and (key == folded_title or _BREADCRUMB.match(key) or _DATE_ONLY_LINE.match(key)):
            continue
        kept.append(line)
    return "\n".join(kept)
