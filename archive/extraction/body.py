"""The article body: chrome pruned from the tree, trafilatura for the text, then
the line-level leaks these sites are known for removed."""

from __future__ import annotations

import re

import trafilatura

from datetime import datetime, timezone

from ..text import clean_text, fold, line_key
from .dates import parse_date_text
from .dom import select, text_of
from .prune import disarm_trafilatura
from .region import BLOCKS_XPATH, lines_outside_story, missing_closing, missing_opening, without_side_lines

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
# A label whose value trafilatura left out ("Ngày đăng:" before a <time>): at
# the top of the text it is the dateline's, not the article's.
_LONE_LABEL = re.compile(r"^[^.!?:]{1,30}:$")
_BREADCRUMB = re.compile(r"^[^.!?]{0,120}(\s[>»/›]\s[^.!?]{0,60}){1,6}$")
_DATE_ONLY_LINE = re.compile(r"^[^a-z]*\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?[^a-z]*$|^(thu|ngay dang|cap nhat|dang ngay)[^.]{0,60}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^.]{0,40}$")


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


def prepare_for_text(root, vietnamese: bool = True) -> None:
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
                el.tag = "div" if el.xpath(BLOCKS_XPATH) else "p"
            for el in table.iter("table", "tbody", "thead", "tfoot", "tr"):
                el.tag = "div"


def _is_layout_table(table) -> bool:
    """Layout, not data: one row (a title bar with buttons), one column (a photo
    over its caption), or cells that hold blocks (a page grid)."""
    cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
    rows = table.xpath("./tr|./*/tr")
    if not cells or len(rows) == 1:
        return True
    single_column = all(len(row.xpath("./td|./th")) <= 1 for row in rows)
    return single_column or any(cell.xpath(BLOCKS_XPATH) for cell in cells)


def extract_body(root, url: str, *, title: str | None, body_hint: str | None = None,
                 protected: set | None = None, title_element=None, block=None) -> tuple[str, str]:
    """(text, rule). `root` should already be pruned."""
    if body_hint:
        hinted = select(root, body_hint)
        if hinted:
            return clean_lines("\n".join(_block_text(el) for el in hinted), title), f"hint:{body_hint}"
    lead = _lead_text(root)
    vietnamese = is_vietnamese(block if block is not None else root)
    prepare_for_text(root, vietnamese=vietnamese)
    raw = _read_text(root, url, protected, block)
    steps = ""  # what was done to trafilatura's text, said in the rule
    if raw and (outside := lines_outside_story(root, title_element, block)):
        kept = without_side_lines(raw, outside)
        if kept != raw:
            raw, steps = kept, "-side"
    if vietnamese and raw and block is not None and (closing := missing_closing(block, raw)):
        # A source or signature line set in a <div> at the end of the body
        # ("Nguồn: CDC tỉnh"), which trafilatura's paragraph rules pass over:
        # a convention of Vietnamese news (elsewhere such a line is as often a
        # caption or a newsletter button).
        raw, steps = raw + "\n" + "\n".join(closing), steps + "+closing"
    if lead and raw and not _already_in(lead, raw):
        # trafilatura settles on the body container (itemprop=articleBody,
        # #news-bodyhtml) and loses the lead these CMSes keep beside it.
        return clean_lines(lead + "\n" + raw, title), f"trafilatura+lead{steps}"
    if raw and block is not None and (missing := missing_opening(title_element, block, raw)):
        # The same, found by position: prose between the headline and the text
        # trafilatura chose (Joomla K2's itemIntroText beside itemFullText).
        return clean_lines("\n".join(missing) + "\n" + raw, title), f"trafilatura+opening{steps}"
    return clean_lines(raw, title), f"trafilatura{steps}"


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


def _read_text(root, url: str, protected: set | None, block) -> str:
    """trafilatura's text of the page, first with every class and id on (its
    own boilerplate rules know the English-web chrome, and its body finder
    knows the themes' article containers). Only when that reading misses much
    of the densest block's prose were its rules likely to have deleted the
    article itself: then the names that hit the path to the headline and the
    densest text are taken off, and its full cascade (readability, jusText)
    runs; the cost stays low on the pages where the fast path is enough."""
    raw = _trafilatura_text(root, url, fast=True)
    if not _short_of(raw, block):
        return raw
    if protected and disarm_trafilatura(root, protected):
        disarmed = _trafilatura_text(root, url, fast=True)
        if len(disarmed) > len(raw):
            raw = disarmed
        if not _short_of(raw, block):
            return raw
    return _trafilatura_text(root, url, fast=False) or raw


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


OWN_LEAD_WORDS = 12  # a lede is prose; a unit's name, a slogan or a menu line is shorter
_DESCRIPTION_XPATH = ("//head/meta[@name='description' or @property='og:description' or @name='twitter:description'"
                      " or @itemprop='description']/@content")
_ELLIPSIS = re.compile(r"\s*(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")


def own_lead_keys(root) -> frozenset[str]:
    """Line keys (archive.text.line_key) of the page's own summary, as the
    page itself declares it: its meta description (og:, twitter:) and its
    marked lead paragraph (LEAD_SELECTORS: NukeViet .hometext, Liferay
    .sapo, EasyDNNnews .edn_articleSummary, ...), when it is prose of at least
    OWN_LEAD_WORDS words. A truncated description ("… so với tuần ...") is
    kept without its ellipsis: a line that starts with it is the page's too.
    Read after pruning, so that a sidebar's summary is not taken for the
    story's."""
    found = [clean_text(value) for value in root.xpath(_DESCRIPTION_XPATH)]
    lead = _lead_text(root)
    if lead:
        found.append(clean_text(lead))
    keys = set()
    for text in found:
        text = _ELLIPSIS.sub("", text or "")
        if len(text.split()) >= OWN_LEAD_WORDS:
            keys.add(line_key(text))
    return frozenset(keys)


def _already_in(lead: str, raw: str) -> bool:
    """Whether trafilatura's text already has the lead (its opening words: the
    lead's markup may split it into lines that the raw text joins differently)."""
    opening = " ".join(lead.split()[:12])
    return opening in " ".join(clean_text(raw).split())


def _block_text(el) -> str:
    blocks = el.xpath(".//p|.//li|.//h2|.//h3|.//h4|.//tr|.//figcaption|.//div[not(.//div|.//p)]")
    return "\n".join(text_of(b) for b in blocks) if blocks else text_of(el)


_FURNITURE_WORDS = 15  # a breadcrumb, a category or a dateline is shorter
_BEFORE_TITLE_LINES = 8  # a dateline, a view count and a toolbar's buttons (A- A+ In Gửi) fit


def _after_title(lines: list[str], folded_title: str | None) -> list[str]:
    """When the headline is among the first lines, what precedes it (category,
    breadcrumb, dateline) is page furniture too; a paragraph of prose before
    it (an event's summary over its title) is not, and nothing is dropped."""
    for index, line in enumerate(lines[:_BEFORE_TITLE_LINES]):
        if folded_title and fold(line).lower().strip() == folded_title:
            if any(len(before.split()) > _FURNITURE_WORDS for before in lines[:index]):
                return lines
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
        if not kept and (key == folded_title or _BREADCRUMB.match(key) or _is_date_line(line, key)
                         or _LONE_LABEL.match(key)):
            continue
        kept.append(line)
    while kept and _is_date_line(kept[-1], fold(kept[-1]).lower().strip()):
        kept.pop()  # "Lần cập nhật cuối lúc …", a dateline under the article
    return "\n".join(kept)
