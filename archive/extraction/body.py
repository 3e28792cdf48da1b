"""The article body: chrome pruned from the tree, trafilatura for the text, then
the line-level leaks these sites are known for removed."""

from __future__ import annotations

import re

import trafilatura
from lxml.etree import XPath

from datetime import datetime, timezone

from ..text import clean_text, fold
from .dates import parse_date_text
from .dom import chrome_boxes, is_chrome_element, protected_path, select, text_of

# Lines that are page furniture wherever they appear (matched folded, lower case).
_FURNITURE_LINE = re.compile(
    r"^(chia se( bai viet)?|in bai viet|in bai|gui email|gui bai viet|ban in|dong cua so|in trang nay"
    r"|quay lai|tro ve|ve dau trang|dau trang|len dau trang|tieng viet\s*[|/]?\s*english|english"
    r"|(da xem|luot xem|luot doc|so lan xem|view count)\s*:?\s*[\d.,]*|luot truy cap.*|dang online.*"
    r"|tra loi|email cua ban se khong duoc hien thi cong khai.*|cac truong bat buoc duoc danh dau.*"
    r"|de lai mot binh luan.*|binh luan cua ban|gui binh luan|ghi ro nguon.*phat hanh lai.*"
    r"|facebook|twitter|zalo|tweet|like|share|chia se facebook|font size.*|co chu.*|a\s*a\s*a"
    r"|xem them|doc tiep|tai ve|download|bai viet cung chuyen muc|print|email|in|gui|chia se:?|in bai nay|in trang|gui cho ban be"
    r"|gui cho ban|co chu|doc \d[\d.,]* lan|luot doc:?\s*[\d.,]*|ban in|phan hoi|bo qua noi dung)\s*[:.]?$"
)
# A line that opens a list of other articles or the comment section: the article
# text has ended.
_END_OF_ARTICLE = re.compile(
    r"^(tin lien quan|cac tin khac|tin khac|tin cung chuyen muc|bai viet lien quan|nhung tin moi hon"
    r"|nhung tin cu hon|tin doc nhieu|tin xem nhieu|tin moi|binh luan|y kien ban doc|de lai mot binh luan"
    r"|cac bai viet khac|xem tiep|bai viet khac|tin bai khac|cac tin da dua)\s*:?$"
)
_LABEL_LINE = re.compile(r"^(tac gia|nguoi viet|nguon tin|tu khoa|tags?|xem them|dang trong|chuyen muc|danh muc)\s*:?\s", re.I)
_BYLINE_BY = re.compile(r"^(boi|dang boi|posted by|by|viet boi)\s+\S+(\s+\S+){0,4}$")
_BULLET = re.compile(r"^[-*•·»›>|]+\s*")
_BREADCRUMB = re.compile(r"^[^.!?]{0,120}(\s[>»/›]\s[^.!?]{0,60}){1,6}$")
_DATE_ONLY_LINE = re.compile(r"^[^a-z]*\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?[^a-z]*$|^(thu|ngay dang|cap nhat|dang ngay)[^.]{0,60}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^.]{0,40}$")


# Only these can be chrome (is_chrome_element reads the tag, class and id), so
# the other elements of the page are never turned into Python objects.
_CHROME_CANDIDATES = XPath("//*[@class or @id]|//nav|//footer|//aside|//select|//button|//iframe|//form|//header")


def prune_chrome(root, keep: list, prune_selectors: tuple[str, ...] = (), protected: set | None = None,
                 extra: list = ()) -> None:
    """Drop navigation, sidebars, related lists and hinted elements, except
    what lies on the path from the root to an element of `keep` (the headline,
    the densest text block, the hinted body): a class word may name chrome on
    the article's own container ("content-with-sidebar-wrp",
    "l-sidebar-fixed l-article-body-segment"), so no class rule deletes it."""
    # A set of the elements themselves, not of id(): lxml proxies are created on
    # access, so an id() can be reused by another element once a proxy is freed.
    protected = set(protected or ()) | protected_path(*keep)
    doomed = [el for sel in prune_selectors for el in select(root, sel)] + root.xpath("//script")
    doomed += [el for el in _CHROME_CANDIDATES(root) if is_chrome_element(el)]
    doomed += chrome_boxes(root)
    doomed += extra
    # A wrapper classed like chrome ("body" id="top", "col-left") holds the
    # article: an element with most of the page's text is never pruned.
    most = 0.5 * len(root.text_content())
    for el in doomed:
        if el not in protected and el.getparent() is not None and len(el.text_content()) < most:
            el.drop_tree()


_EXSLT_RE = {"re": "http://exslt.org/regular-expressions"}


# trafilatura's rules that delete by class, id, style or tag before it reads text.
def _trafilatura_rules():
    """Each rule asked of one element ("self::*[…]" for its ".//*[…]"): only
    the few elements on the protected path are tested, not the whole tree."""
    from trafilatura import xpaths

    rules = []
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH", "OVERALL_DISCARD_XPATH",
                 "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS", "REMOVE_COMMENTS_XPATH"):
        for rule in getattr(xpaths, name, []):
            path = rule.path.strip()
            rules.append(XPath("self::*" + path[len(".//*"):], namespaces=_EXSLT_RE) if path.startswith(".//*")
                         else rule)
    return rules


_TRAF_RULES: list | None = None
# Tags trafilatura deletes whole (settings.MANUALLY_CLEANED): an ASP.NET <form>
# or a theme's <aside>/<header> may wrap the article.
_TRAF_CLEANED_TAGS = {"aside", "footer", "form", "nav", "menu", "header", "figure", "fieldset", "label"}
_TRAF_ATTRS = ("class", "id", "style", "role", "aria-hidden", "data-component", "data-lp-replacement-content")


def disarm_trafilatura(root, protected: set) -> int:
    """Take off the names by which trafilatura's English-web rules would delete
    an element on the protected path (Elementor's "elementor-widget-theme-post-content"
    matches its "widget", a fact-check's body its "rating", Blogger's article
    its "widget"), and retag a wrapping <form>/<aside>. Every other element
    keeps its class and id, so trafilatura's own boilerplate rules stay on.
    Returns how many elements were changed."""
    global _TRAF_RULES
    if _TRAF_RULES is None:
        _TRAF_RULES = _trafilatura_rules()
    changed = 0
    for el in protected:
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        # Tested before a retag: the rules name tags (div, section, aside…).
        # They read only the attributes in _TRAF_ATTRS: an element with none is never hit.
        attrib = el.attrib
        hit = any(a in attrib for a in _TRAF_ATTRS) and any(rule(el) for rule in _TRAF_RULES)
        if el.tag in _TRAF_CLEANED_TAGS:
            el.tag = "div"
            changed += 1
        if hit:
            for attr in _TRAF_ATTRS:
                if attr in el.attrib:
                    el.set("data-soyte-" + attr, el.attrib.pop(attr))
            changed += 1
    return changed


# How these CMSes mark an article's lead paragraph (Liferay p.sapo, NukeViet
# .hometext, DotNetNuke News .articleSummary, generic themes).
LEAD_SELECTORS = (".sapo", ".hometext", ".articleSummary", ".article-summary", ".asset-summary", ".news-summary",
                  ".summary", ".lead", ".news-lead", ".tomtat", ".tom-tat", ".mota", ".mo-ta", ".chapeau",
                  "[itemprop=description]", "[class*=sapo]", "[class*=Summary]", "[class*=summary]")
_FAR_FUTURE = datetime(2100, 1, 1, tzinfo=timezone.utc)  # any date may be a dateline's
_INLINE_CAPTION_XPATH = (
    "//*[self::i or self::em or self::span or self::font or self::b or self::strong or self::small]"
    "[starts-with(normalize-space(), 'Ảnh') or starts-with(normalize-space(), '(Ảnh')]"
    "[preceding-sibling::img or ../preceding-sibling::img or preceding-sibling::br/preceding-sibling::img]"
    "[string-length(normalize-space()) < 300]"
)
_BLOCKS = ("div", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form")
_BLOCKS_XPATH = " | ".join(f".//{tag}" for tag in _BLOCKS)


def prepare_for_text(root, protected: set | None = None, vietnamese: bool = True) -> None:
    """Reshape what trafilatura would misread on these sites:
    - photo captions ("Ảnh: …") belong to the article, but trafilatura drops
      <figure> and anything classed "caption" when images are off (a
      convention of Vietnamese news: elsewhere trafilatura's rule stands);
    - old portals (DotNetNuke, ASP.NET) lay pages out with tables, which
      trafilatura renders as "| cell |" rows: a table whose cells hold blocks,
      or that has a single column, is layout, not data."""
    for el in (root.iter("figure", "figcaption") if vietnamese else ()):
        el.tag = "div" if el.tag == "figure" else "p"
    for el in (root.xpath("//*[contains(@class, 'caption') or contains(@id, 'caption')]") if vietnamese else ()):
        el.attrib.pop("class", None)
        el.attrib.pop("id", None)
        if el.tag in ("span", "td", "div"):
            el.tag = "p"
    # "<div><img><br><i>Ảnh: …</i></div>": a caption set in inline markup
    # beside a photo, which trafilatura drops with the image.
    for el in root.xpath(_INLINE_CAPTION_XPATH):
        el.tag = "p"
    for table in reversed(root.xpath("//table")):
        if _is_layout_table(table):
            # A cell of text (a caption under a photo) becomes a paragraph, which
            # trafilatura keeps; a cell of blocks becomes a plain container.
            for el in table.iter("td", "th"):
                el.tag = "div" if el.xpath(_BLOCKS_XPATH) else "p"
            for el in table.iter("table", "tbody", "thead", "tfoot", "tr"):
                el.tag = "div"
    # trafilatura keeps its own class/id rules (they know the English-web
    # chrome); only where they would delete the article itself, on the path
    # to the headline and the densest text, are the offending names taken off.
    if protected:
        disarm_trafilatura(root, protected)


def _is_layout_table(table) -> bool:
    """Layout, not data: one row (a title bar with buttons), one column (a photo
    over its caption), or cells that hold blocks (a page grid)."""
    cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
    rows = table.xpath("./tr|./*/tr")
    if not cells or len(rows) == 1:
        return True
    single_column = all(len(row.xpath("./td|./th")) <= 1 for row in rows)
    return single_column or any(cell.xpath(_BLOCKS_XPATH) for cell in cells)


def extract_body(root, url: str, *, title: str | None, body_hint: str | None = None,
                 protected: set | None = None, title_element=None, block=None) -> tuple[str, str]:
    """(text, rule). `root` should already be pruned."""
    if body_hint:
        hinted = select(root, body_hint)
        if hinted:
            return clean_lines("\n".join(_block_text(el) for el in hinted), title), f"hint:{body_hint}"
    lead = _lead_text(root)
    prepare_for_text(root, protected, vietnamese=is_vietnamese(block if block is not None else root))
    raw = _trafilatura_text(root, url, fast=True)
    if _short_of(raw, block):
        # trafilatura's full cascade (readability, jusText) only when its fast
        # path left out much of the page's densest prose: the cost stays low.
        raw = _trafilatura_text(root, url, fast=False) or raw
    if lead and raw and not _already_in(lead, raw):
        # trafilatura settles on the body container (itemprop=articleBody,
        # #news-bodyhtml) and loses the lead these CMSes keep beside it.
        return clean_lines(lead + "\n" + raw, title), "trafilatura+lead"
    if raw and block is not None and (missing := _missing_opening(title_element, block, raw)):
        # The same, found by position: prose between the headline and the text
        # trafilatura chose (Joomla K2's itemIntroText beside itemFullText).
        return clean_lines("\n".join(missing) + "\n" + raw, title), "trafilatura+opening"
    return clean_lines(raw, title), "trafilatura"


_VI_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ")


def is_vietnamese(el) -> bool:
    """Whether a block's text is Vietnamese: its letters only Vietnamese has."""
    text = el.text_content()[:3000]
    letters = len(text) - sum(text.count(ch) for ch in set(text) if not ch.isalpha())  # counted per distinct character
    return letters > 0 and sum(text.count(ch) for ch in _VI_LETTERS) >= 0.02 * letters


def _trafilatura_text(root, url: str, *, fast: bool) -> str:
    result = trafilatura.bare_extraction(
        root, url=url, include_comments=False, include_tables=True, with_metadata=False, fast=fast
    )
    return (result.text if result is not None else "") or ""


def _short_of(raw: str, block) -> bool:
    """Whether the text misses much of the densest block's prose."""
    if block is None:
        return len(raw) < 250
    prose = len(" ".join(block.text_content().split()))
    return len(raw) < 0.8 * prose or len(raw) < 250


def _lead_text(root) -> str | None:
    for selector in LEAD_SELECTORS:
        for el in select(root, selector):
            # A lead is one paragraph; a container of several ("[class*=summary]"
            # also matches Drupal's body field "text-with-summary") is the body.
            if len(el.xpath(".//p|.//li|.//table")) > 1:
                continue
            text = text_of(el)
            if len(text.split()) >= 8:
                return text
    return None


_TEXT_BLOCKS = ("p", "div", "td", "blockquote", "li")


def _missing_opening(title_element, block, raw: str) -> list[str]:
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
        if el.tag in ("h1", "h2", "h3") or el.xpath(_BLOCKS_XPATH):
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


def _already_in(lead: str, raw: str) -> bool:
    """Whether trafilatura's text already has the lead (its opening words: the
    lead's markup may split it into lines that the raw text joins differently)."""
    opening = " ".join(lead.split()[:12])
    return opening in " ".join(clean_text(raw).split())


def _block_text(el) -> str:
    blocks = el.xpath(".//p|.//li|.//h2|.//h3|.//h4|.//tr|.//figcaption|.//div[not(.//div|.//p)]")
    return "\n".join(text_of(b) for b in blocks) if blocks else text_of(el)


def _after_title(lines: list[str], folded_title: str | None) -> list[str]:
    """When the headline is among the first lines, what precedes it (category,
    breadcrumb, dateline) is page furniture too."""
    for index, line in enumerate(lines[:4]):
        if folded_title and fold(line).lower().strip() == folded_title:
            return lines[index + 1:]
    return lines


def _is_date_line(line: str, key: str) -> bool:
    """A dateline ("Thứ tư, 12 Tháng 6 2024 10:30", "Ngày đăng: 05/06/2025"):
    short, and a date once the date is taken out leaves little else."""
    if _DATE_ONLY_LINE.match(key):
        return True
    return len(key.split()) <= 12 and parse_date_text(line, now=_FAR_FUTURE) is not None


def clean_lines(text: str, title: str | None) -> str:
    """Remove furniture lines, a leading breadcrumb/title/date, and everything
    after a related-articles heading."""
    folded_title = fold(title).lower() if title else None
    kept: list[str] = []
    for line in _after_title(clean_text(text).split("\n"), folded_title):
        key = _BULLET.sub("", fold(line).lower().strip())
        if _END_OF_ARTICLE.match(key):
            break
        if not key or _FURNITURE_LINE.match(key) or _LABEL_LINE.match(key) or _BYLINE_BY.match(key):
            continue
        if not kept and (key == folded_title or _BREADCRUMB.match(key) or _is_date_line(line, key)):
            continue
        kept.append(line)
    while kept and _is_date_line(kept[-1], fold(kept[-1]).lower().strip()):
        kept.pop()  # "Lần cập nhật cuối lúc …", a dateline under the article
    return "\n".join(kept)
