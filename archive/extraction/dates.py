"""Find and parse the publication date of a Vietnamese health-news article page.

Two layers:

* ``parse_date_text`` turns one date string as a page shows it ("Ngày đăng
  13/05/2016 | 4:59 PM | View count: 1501", "(Thứ hai, 19/04/2021 15:17)",
  "Cập nhật: 9 tháng 06 năm 2024", "Chiều ngày 19/12") into a value.
* ``find_published`` decides *which* date on a page is the publication date:
  source hint, structured data, platform classes near the title, labelled text,
  then the first date right after the title.

Why our own regular expressions first: dateparser 1.5 returns None when a label
precedes the date, ``search_dates`` reads view counts ("1501") as years, and a
year-less "19/12" resolves into the future (see DOMAIN.md, "Dates").  So the
date substring is located with the patterns below, and when they already give
every field the value is built directly: dateparser costs ~1.6 ms per call after
warm-up (~100 ms for the first), parse_date_text ~10 µs, and a page may hold
several candidates.  dateparser stays as the fallback for machine-readable
attribute values our patterns do not know (RFC 2822 in a meta tag, month names).
"""

from __future__ import annotations

import datetime
import email.utils
import functools
import itertools
import json
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import lxml.etree
import lxml.html

log = logging.getLogger(__name__)

__all__ = ["VN_TZ", "PublishedDate", "parse_date_text", "find_published"]

VN_TZ = datetime.timezone(datetime.timedelta(hours=7))  # Asia/Ho_Chi_Minh, no DST

# Dates before this on a page are CMS placeholders ("01/01/1970", "01/01/0001")
# or history ("02/09/1945"), never a publication date of these sites.
MIN_YEAR = 1990

DateValue = datetime.datetime | datetime.date
_YearSource = int | None | Callable[[], int | None]


@dataclass(frozen=True)
class PublishedDate:
    value: DateValue  # aware datetime in +07:00, or a plain date when the page gives no time
    rule: str  # which rule found it, for `soyte extract --explain`

    def isoformat(self) -> str:
        if isinstance(self.value, datetime.datetime):
            return self.value.isoformat(timespec="seconds")
        return self.value.isoformat()


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# hh:mm[:ss] with an optional 12-hour marker.  "h"/"g"/"giờ" separators are
# Vietnamese ("08h15", "8g30", "14 giờ 30").  SA/CH = sáng/chiều (AM/PM).
_TIME = r"""
    (?<![\d:])(?P<H>[01]?\d|2[0-3])\s?(?::|h|g|giờ)\s?(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])
    (?:\s*(?P<AP>a\.?m\.?|p\.?m\.?|sa|ch|sáng|chiều|tối|trưa)(?![^\W\d_]))?
"""
# A time right after the date: "18/02/2020 - 21:04", "27/07/2022 | 04:04 PM".
_AFTER_TIME = re.compile(r"[\s\-–—|,:]*(?:(?:vào\s+)?lúc[\s:]*)?" + _TIME, re.I | re.X)
# A time right before the date: "Cập nhật lúc: 08:15 25/06/2024".
_BEFORE_TIME = re.compile(
    _TIME + r"[\s\-–—|,]*(?:ngày[\s:]*)?(?:(?:thứ\s+\w+|chủ\s+nhật)[\s,]*)?$", re.I | re.X
)
_TIME_ANYWHERE = re.compile(_TIME, re.I | re.X)

_EN_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# Vietnamese month names, as WordPress's vi locale writes them ("12 Tháng Ba,
# 2024", "Tháng Ba 12, 2024"); the longest first ("Mười Một" before "Mười").
_VI_MONTH_NAMES = {
    "mười một": 11, "mười hai": 12, "mười": 10, "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4,
    "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "chạp": 12,
}
_VI_MONTH = "(?:" + "|".join(n.replace(" ", r"\s+") for n in _VI_MONTH_NAMES) + r")(?![^\W\d_])"

# One pass finds every date shape; alternatives are tried in this order at each
# position, so "19/12/2022" is read as d/m/y before the year-less "19/12".
# Look-behinds/-aheads keep phone numbers ("0270.3822.135"), money
# ("1.500.000") and document numbers ("123/2024/QĐ-UBND") out: a day may not
# follow a digit or separator, and a year may not be followed by "/" or digits.
# The leading (?=\d) lets the engine reject non-digit positions at once
# (4x faster on body text than trying every alternative everywhere).
_DATE = re.compile(
    rf"""(?=\d)(?:
    (?P<iso>(?<![\d.,/])(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})
        (?:[T\s](?P<iH>[01]\d|2[0-3]):(?P<iM>[0-5]\d)(?::(?P<iS>[0-5]\d)(?:[.,]\d+)?)?
           \s?(?P<itz>Z|[+-]\d\d:?\d\d)?)?(?![\d/]))
   |(?P<dmy>(?<![\d.,/])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/]|\.\d))
   |(?P<vn>(?<![\d.,/])(?P<vd>\d{{1,2}})\s*tháng\s*(?P<vm>\d{{1,2}})
        (?:\s*(?:năm|,|/)?\s*(?P<vy>\d{{4}}))?(?![\d/]))
   |(?P<vw>(?<![\d.,/])(?P<wd>\d{{1,2}})\s+tháng\s+(?P<wm>{_VI_MONTH})\s*(?:,|năm)?\s*(?P<wy>\d{{4}})(?![\d/]))
   |(?P<en>(?<![\w.,/])(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<emon>{_EN_MONTHS})[a-z]*\.?,?\s+(?P<ey>\d{{4}})(?!\d))
   |(?P<dm>(?<![\d.,/])(?P<yd>\d{{1,2}})/(?P<ym>\d{{1,2}})(?![\d/]|\.\d))
    )""",
    re.I | re.X,
)
# "March 12, 2024": kept apart because a pattern that may start with a letter
# is tried at every letter of the text; run only when _DATE finds nothing.
_DATE_EN = re.compile(
    rf"(?<![^\W\d_])(?:(?P<emon>{_EN_MONTHS})[a-z]*\.?|tháng\s+(?P<wmon>{_VI_MONTH}|\d{{1,2}}))"
    rf"\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>\d{{4}})(?!\d)",
    re.I,
)
_HAS_EN_MONTH = re.compile(rf"(?<![^\W\d_])(?:{_EN_MONTHS}|tháng)", re.I)
_EN_MAX_CHARS = 500

_PUB_LABEL = (
    r"ngày\s+đăng(?:\s+tin)?|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản(?:\s+lúc|\s+ngày)?"
    r"|thời\s+gian\s+đăng|ngày\s+gửi|ngày\s+tạo|posted(?:\s+on)?|published(?:\s+on)?"
    r"|date\s+posted|publish(?:ed)?\s+date"
)
_MOD_LABEL = (
    r"(?:ngày\s+|thời\s+gian\s+)?cập\s+nhật(?:\s+lần\s+cuối)?(?:\s+lúc|\s+ngày)?"
    r"|(?:last\s+)?(?:updated|modified)(?:\s+on)?|ngày\s+sửa(?:\s+đổi)?"
)
# A published/modified label; the nearest one before a date classifies it.
_LABEL = re.compile(rf"(?<![^\W\d_])(?:(?P<mod>{_MOD_LABEL})|(?P<pub>{_PUB_LABEL}))(?![^\W\d_])", re.I)
# The same without word boundaries, for text_content(), which glues the text
# of neighbouring elements together ("Tiêu đềNgày đăng").
_LABEL_UNBOUNDED = re.compile(f"{_MOD_LABEL}|{_PUB_LABEL}", re.I)
# Substrings every label contains: a plain `in` test on lower-cased text is
# far cheaper than running _LABEL over a whole page (no literal prefix).
_LABEL_KEYWORDS = (
    "đăng", "cập nhật", "xuất bản", "ngày gửi", "ngày tạo", "ngày sửa", "posted", "publish", "updated", "modified",
)
# What may precede a year-less date for it to count as one ("Chiều ngày 19/12").
_YEARLESS_CONTEXT = re.compile(
    rf"(?:ngày|hôm|thứ\s+\w+|chủ\s+nhật|{_PUB_LABEL}|{_MOD_LABEL})[\s,:(\[]*$", re.I
)
_ONLY_PUNCT = re.compile(r"[\W_]*")

_AP_AM = frozenset({"am", "sa", "sáng"})
_AP_PM = frozenset({"pm", "ch", "chiều", "tối"})
_LABEL_WINDOW = 45  # chars before a date searched for its label
_BEFORE_TIME_WINDOW = 40


# --------------------------------------------------------------------------
# Text -> value
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    value: DateValue
    start: int  # span in the scanned text, including an attached time
    end: int
    has_year: bool
    label: str | None  # nearest published/modified label before it, as on the page
    modified: bool


def _nfc(text: str) -> str:
    # Old windows-1258 sites ship separate combining tone marks; labels and
    # "tháng" would not match without composing them.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _as_vn(now: datetime.datetime) -> datetime.datetime:
    if now.tzinfo is None:  # be lenient: a naive fetch time is local time
        return now.replace(tzinfo=VN_TZ)
    return now.astimezone(VN_TZ)


def _hour(hour: int, ap: str | None) -> int:
    if not ap:
        return hour
    ap = ap.lower().replace(".", "")
    if ap in _AP_AM:
        return 0 if hour == 12 else hour
    if ap in _AP_PM:
        return hour + 12 if hour < 12 else hour
    return hour if hour >= 11 else hour + 12  # "trưa": around noon


def _not_future(value: DateValue, now: datetime.datetime) -> DateValue | None:
    """The value, its date when only the time is ahead (same day), or None."""
    today = now.date()
    if isinstance(value, datetime.datetime):
        if value <= now:
            return value
        # A clock a few minutes fast must not lose the whole date.
        return value.date() if value.astimezone(VN_TZ).date() <= today else None
    return value if value <= today else None


def _make(y: int, mo: int, d: int, time: tuple[int, int, int] | None) -> DateValue | None:
    try:
        if time is None:
            return datetime.date(y, mo, d)
        return datetime.datetime(y, mo, d, *time, tzinfo=VN_TZ)
    except ValueError:  # 31/02, 25/13, hour 24 ...
        return None


def _fields(m: re.Match[str]) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a _DATE match."""
    g = m.group
    if m.re is _DATE_EN:
        month = _en_month(g("emon")) if g("emon") else _vi_month(g("wmon"))
        return int(g("ey")), month, int(g("ed"))
    if g("en"):
        return int(g("ey")), _en_month(g("emon")), int(g("ed"))
    if g("vw"):
        return int(g("wy")), _vi_month(g("wm")), int(g("wd"))
    if g("iso"):
        return int(g("iy")), int(g("im")), int(g("id"))
    if g("dmy"):
        return int(g("y")), int(g("m")), int(g("d"))
    if g("vn"):
        return (int(g("vy")) if g("vy") else None), int(g("vm")), int(g("vd"))
    return None, int(g("ym")), int(g("yd"))


def _en_month(name: str) -> int:
    return _EN_MONTHS.split("|").index(name[:3].lower()) + 1


def _vi_month(name: str) -> int:
    """"Ba" -> 3, "Mười Một" -> 11, "12" -> 12 (a number above 12 is no month: 0, which _make rejects)."""
    key = " ".join(name.lower().split())
    if key.isdigit():
        return int(key) if 1 <= int(key) <= 12 else 0
    return _VI_MONTH_NAMES[key]


def _iso_time(m: re.Match[str]) -> tuple[tuple[int, int, int], datetime.timezone | None] | None:
    if not m.group("iH"):
        return None
    tz = None
    if raw := m.group("itz"):
        if raw.upper() == "Z":
            tz = datetime.timezone.utc
        else:
            sign = -1 if raw[0] == "-" else 1
            digits = raw[1:].replace(":", "")
            offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            # "+25:00" is no offset at all: the time is read as the sites' local time.
            tz = datetime.timezone(offset) if abs(offset) < datetime.timedelta(hours=24) else None
    return (int(m.group("iH")), int(m.group("iM")), int(m.group("iS") or 0)), tz


def _attached_time(text: str, m: re.Match[str], floor: int) -> tuple[tuple[int, int, int] | None, int, int]:
    """The time written next to a date match: (h, m, s) or None, and the widened span."""
    start, end = m.span()
    after = _AFTER_TIME.match(text, end)
    if after:
        return (_hour(int(after["H"]), after["AP"]), int(after["M"]), int(after["S"] or 0)), start, after.end()
    before = _BEFORE_TIME.search(text, max(floor, start - _BEFORE_TIME_WINDOW), start)
    if before:
        return (_hour(int(before["H"]), before["AP"]), int(before["M"]), int(before["S"] or 0)), before.start(), end
    return None, start, end


def _label_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    last = None
    for last in _LABEL.finditer(text, max(floor, start - _LABEL_WINDOW), start):
        pass
    return last


def _resolve_year(mo: int, d: int, time, default_year: _YearSource, now: datetime.datetime) -> DateValue | None:
    """Year-less date: the given year (or now's), one year back if that is in the future."""
    year = (default_year() if callable(default_year) else default_year) or now.year
    for y in (year, year - 1):
        value = _make(y, mo, d, time)
        if value is not None and (value := _not_future(value, now)) is not None:
            return value
    return None


def _scan(
    text: str,
    now: datetime.datetime,
    *,
    default_year: _YearSource = None,
    yearless: str = "context",
) -> Iterator[_Found]:
    """Every valid, not-future date in ``text`` in order.

    ``yearless``: "context" accepts "19/12" only after "ngày", a weekday or a
    label ("Chiều ngày 19/12"), so fractions and "24/7" in body text are not
    dates; "standalone" also accepts it when it is all the text there is;
    "never" drops year-less dates.
    """
    floor = 0
    for m in _DATE.finditer(text):
        if m.start() < floor:
            continue
        found = _found(text, m, floor, now, default_year, yearless)
        if found is not None:
            floor = found.end
            yield found
    # English month names only in short texts (a date line, an attribute):
    # the pattern has no digit to anchor on, so it is slow on whole pages.
    if floor == 0 and len(text) <= _EN_MAX_CHARS and _HAS_EN_MONTH.search(text):
        for m in _DATE_EN.finditer(text):
            found = _found(text, m, floor, now, default_year, yearless)
            if found is not None:
                floor = found.end
                yield found


def _found(text, m, floor, now, default_year, yearless) -> _Found | None:
    year, mo, d = _fields(m)
    if year is None and not _yearless_ok(text, m, floor, yearless):
        return None
    tz = None
    if m.re is _DATE and m.group("iso") and (iso := _iso_time(m)):
        time, tz = iso
        start, end = m.span()
    else:
        time, start, end = _attached_time(text, m, floor)
    if year is None:
        value = _resolve_year(mo, d, time, default_year, now)
    else:
        value = _make(year, mo, d, time)
        if value is not None and tz is not None:
            value = value.replace(tzinfo=tz).astimezone(VN_TZ)
        value = _not_future(value, now) if value is not None else None
    if value is None:
        return None
    label = _label_before(text, start, floor)
    return _Found(
        value=value,
        start=start,
        end=end,
        has_year=year is not None,
        label=" ".join(label.group().split()) if label else None,
        modified=bool(label and label.group("mod")),
    )


def _yearless_ok(text: str, m: re.Match[str], floor: int, mode: str) -> bool:
    if mode == "never":
        return False
    if _YEARLESS_CONTEXT.search(text, max(floor, m.start() - 30), m.start()):
        return True
    if mode != "standalone":
        return False
    rest = text[: m.start()] + text[m.end():]
    rest = _TIME_ANYWHERE.sub(" ", rest, count=1)
    return bool(_ONLY_PUNCT.fullmatch(rest))


def parse_date_text(
    text: str, *, now: datetime.datetime, default_year: int | None = None
) -> datetime.datetime | datetime.date | None:
    """One date string as shown on a page (label, weekday, brackets allowed) -> value, or None."""
    if not text:
        return None
    for found in _scan(_nfc(text), _as_vn(now), default_year=default_year, yearless="standalone"):
        return found.value
    return None


def _parse_machine(raw: str, now: datetime.datetime) -> DateValue | None:
    """A machine-readable value (content/datetime attribute, JSON-LD)."""
    raw = _nfc(raw.strip())
    if not raw:
        return None
    value = _iso_or_rfc2822(raw)
    if value is not None:
        return _not_future(value, now)
    for found in _scan(raw, now, yearless="never"):
        return found.value
    return _dateparser_fallback(raw, now)


_ISO_DATE_ONLY = re.compile(r"\d{4}-?\d\d-?\d\d")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d")


def _iso_or_rfc2822(raw: str) -> DateValue | None:
    """Standard formats with their offset honoured ("…Z", "+02:00", "GMT")."""
    try:
        if _ISO_DATE_ONLY.fullmatch(raw):
            return datetime.date.fromisoformat(raw)
        if _RFC2822.match(raw):
            parsed = email.utils.parsedate_to_datetime(raw)
        else:
            parsed = datetime.datetime.fromisoformat(raw)
    except (ValueError, TypeError, IndexError):
        return None
    # No offset: the sites' local time.
    parsed = parsed.replace(tzinfo=VN_TZ) if parsed.tzinfo is None else parsed.astimezone(VN_TZ)
    return parsed.replace(microsecond=0)


def _dateparser_fallback(raw: str, now: datetime.datetime) -> DateValue | None:
    """dateparser for attribute values our patterns miss ("Tue, 12 Mar 2024 08:15:00 +0700")."""
    if not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", raw):
        return None  # no year: dateparser would invent one (and read counts as years)
    import dateparser  # deferred: ~0.3 s import, rarely needed

    parsed = dateparser.parse(
        raw,
        languages=["vi", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "TIMEZONE": "+0700",
            "TO_TIMEZONE": "+0700",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if parsed is None:
        return None
    value: DateValue = parsed.astimezone(VN_TZ).replace(microsecond=0)
    if not _TIME_ANYWHERE.search(raw):
        value = value.date()
    return _not_future(value, now)


# --------------------------------------------------------------------------
# Page -> publication date
# --------------------------------------------------------------------------

# Cost notes: every whole-document XPath costs ~0.15 µs per element (0.3 ms on
# a 2,400-element page) and a Python loop over all elements or text nodes
# several times that, so each rule runs one cheap query (or lxml's C-level
# iter(tag)) and filters the few hits in Python.

# class/id words of page parts that carry other articles' dates.
_NOISE_ATTR = re.compile(
    r"sidebar|side-bar|related|lien-?quan|tin-?khac|doc-?nhieu|xem-?nhieu|menu"
    r"|breadcrumb|comment|clock|today|current-?date|tin-?moi"
    r"|(?:^|[\s_-])(?:other|nav|most|hot|latest|lastest|recent|aside|banner|topbar|top-bar|(?:right|left)-?pane)"
    # WordPress "widget", "widget-area", "widget_recent_entries"; not
    # Elementor's "elementor-widget-…", which wraps the article itself.
    r"|(?:^|\s)widget(?:[\s_]|-area|$)",
    re.I,
)
# Page header/footer ("header", "site-header", "footer", "page-footer") ...
_PAGE_FRAME = re.compile(r"(?:^|[\s_-])(?:header|footer)", re.I)
# ... unless it is the article's own ("entry-header", "entry-footer" that
# holds WordPress' posted-on date, Joomla's "page-header" around the title).
_ARTICLE_PART = re.compile(r"entry|post|article|content|title|news|detail|page-header", re.I)
# Headings of such parts ("Tin liên quan", "Các tin khác", "Tin đọc nhiều", ...).
_NOISE_HEADING = re.compile(
    r"\W*(?:(?:các|những)\s+)?(?:tin|bài|tin\s+bài|tin\s+tức|bài\s+viết)\s+"
    r"(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|cùng\s+loại|đã\s+đưa"
    r"|mới(?:\s+nhất|\s+hơn|\s+cập\s+nhật)?|cũ(?:\s+hơn)?"
    r"|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|tiêu\s+điểm|trước|sau)"
    r"\W*|\W*(?:xem\s+thêm|related\s*\w*|most\s+(?:read|viewed|popular)|latest\s*\w*|recent\s+posts|other\s+news)\W*",
    re.I,
)
_NOISE_TAGS = frozenset({"aside", "nav"})
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "input", "select", "option", "textarea", "button", "html", "body", "head",
})

# Title / body markers of the platforms in DOMAIN.md, for the article anchor
# when the caller gives no title element (first match of the best kind wins).
# Liferay 7's "asset-title" is left out: sidebar abstracts use it too.
_TITLE_KINDS = ("class:asset-full-content-title", "itemprop:headline", "h1:entry-title")
_BODY_KINDS = ("class:journal-content-article", "itemprop:articleBody", "class:entry-content", "class:item-page")

# One query for every class the rules look at: date-ish classes, loosely and
# case-tolerantly ("Date", "DATE", "Time", "ngay", "create", "update";
# _class_tier decides on the tokens), and the anchor markers.  The [@class]
# test first: predicates on elements without the attribute are what cost.
_CLASS_QUERY = (
    ".//*[@class][contains(@class, 'ate') or contains(@class, 'ATE') or contains(@class, 'ime')"
    " or contains(@class, 'IME') or contains(@class, 'ublish') or contains(@class, 'osted') or contains(@class, 'gay')"
    " or contains(@class, 'itle') or contains(@class, 'ontent') or contains(@class, 'item-page')]"
)
# Platform classes that name the publication date; they outrank generic ones.
_SPECIFIC_CLASSES = frozenset({
    "assetpublishdate", "asset-publish-date", "entry-date", "posted-on", "published", "create",
    "publish-date", "published-date", "post-date", "news-date", "ngay-dang", "ngaydang",
    "article-date", "date-publish", "newsdate", "postdate", "publishdate", "date-created",
})
_GENERIC_CLASSES = frozenset({"date", "time", "news-time", "datetime", "ngay", "post-time"})
_MODIFIED_CLASS = re.compile(r"updat|modif", re.I)

_TEXT_FILTER = "[normalize-space()][not(parent::script or parent::style or parent::noscript)]"
_NEAR_TITLE_CHARS = 400
_BEFORE_TITLE_CHARS = 150
_ELEMENT_TEXT_CHARS = 200
_LABEL_FOLLOW_CHARS = 120


@dataclass
class _Candidate:
    value: DateValue
    rule: str
    element: lxml.html.HtmlElement | None
    tier: int = 0
    modified: bool = False


class _Page:
    """Per-call state: the article anchor, a noise memo and the page year."""

    def __init__(self, root: lxml.html.HtmlElement, now: datetime.datetime, title: lxml.html.HtmlElement | None):
        self.root = root
        self.now = now
        self._class_hits: list | None = None
        self._itemprop_hits: list | None = None
        self.title = title
        self.anchor = title
        if title is None:
            self.title, self.anchor = _guess_anchor(self)
        # The anchor and its ancestors, with their depth: the article's line.
        self.anchor_line: dict = {}
        self.anchor_portlet = None
        if self.anchor is not None:
            line = [self.anchor, *self.anchor.iterancestors()]
            self.anchor_line = {el: len(line) - i for i, el in enumerate(line)}
            self.anchor_portlet = next((a for a in line if "portlet-boundary" in (a.get("class") or "")), None)
        self._noise: dict = {}
        self._year: int | None | bool = False
        self._region = None

    # The two whole-document queries (~0.3-0.5 ms each on a big page), run
    # once and only by the rules that reach them.
    @property
    def class_hits(self) -> list:
        if self._class_hits is None:
            self._class_hits = self.root.xpath(_CLASS_QUERY)
        return self._class_hits

    @property
    def itemprop_hits(self) -> list:
        if self._itemprop_hits is None:
            self._itemprop_hits = self.root.xpath(".//*[@itemprop]")
        return self._itemprop_hits

    # -- noise ------------------------------------------------------------
    def is_noise(self, el) -> bool:
        """Inside a sidebar, related list, header, footer, menu or another portlet?"""
        while el is not None and not isinstance(el.tag, str):
            el = el.getparent()  # comments / PIs
        path = []  # el and its ancestors up to a known node, bottom-up
        inherited = False
        node = el
        while node is not None:
            if node in self._noise:
                inherited = self._noise[node]
                break
            # Everything from the article's own container upward holds the
            # article too, so it cannot be a sidebar.
            if node in self.anchor_line or node.tag in ("body", "html"):
                break
            path.append(node)
            node = node.getparent()
        if inherited:
            cut = len(path) - 1
        else:
            # Class/tag tests first: they settle most boxes without the
            # costlier look at headings.
            cut = _topmost(path, self._marked_noise)
            if cut is None:
                cut = _topmost(path, self._heading_noise)
        for i, p in enumerate(path):
            if cut is None:
                self._noise[p] = False
            elif i <= cut:
                self._noise[p] = True  # nodes above the noisy one stay unknown
        return cut is not None

    def _marked_noise(self, el) -> bool:
        tag = el.tag
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if tag in _NOISE_TAGS:
            return True
        if (tag in ("header", "footer") or _PAGE_FRAME.search(attrs)) and not _ARTICLE_PART.search(attrs):
            return True
        if _NOISE_ATTR.search(attrs):
            return True
        # Liferay: every box is a portlet; one other than the article's is a sidebar.
        return self.anchor_portlet is not None and "portlet-boundary" in attrs

    def _heading_noise(self, el) -> bool:
        """A "Tin liên quan"-style heading just before ``el`` or as its first child."""
        sibs = []
        prev = el.getprevious()
        while prev is not None and len(sibs) < 2:
            if isinstance(prev.tag, str):
                sibs.append(prev)
            prev = prev.getprevious()
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is not None and len(el) > 1:
            sibs.append(first)
        for sib in sibs:
            if sib in self.anchor_line or sib is self.title:
                continue
            head = _nfc("".join(itertools.islice(sib.itertext(), 6))[:90])
            if _NOISE_HEADING.fullmatch(head):
                return True
        return False

    # -- geometry ---------------------------------------------------------
    def closeness(self, el) -> int:
        """Depth of the deepest container shared with the article anchor
        (negated: smaller sorts first).  A date under the title's own
        container beats one that only shares <body> with it, and this costs
        a walk up the tree instead of numbering every element."""
        if el is None or not self.anchor_line:
            return 0
        for node in itertools.chain((el,), el.iterancestors()):
            depth = self.anchor_line.get(node)
            if depth is not None:
                return -depth
        return 0

    def region(self):
        """The article's container: the nearest ancestor of the anchor with
        some text (a title alone sits in a small box of its own)."""
        if self._region is None:
            self._region = self.root
            if self.anchor is not None:
                for i, el in enumerate(self.anchor.iterancestors()):
                    if i >= 4 or el.tag in ("body", "html"):
                        break
                    self._region = el
                    if len(_text_content(el)) > 1000:
                        break
        return self._region

    # -- dates ------------------------------------------------------------
    def scan(self, text: str, yearless: str) -> Iterator[_Found]:
        # The page year is costly (a pass over the article's text), so it is
        # passed as a callable and computed only when a year-less date shows up.
        return _scan(text, self.now, default_year=self.year, yearless=yearless)

    def year(self) -> int | None:
        """Most common year among the full dates around the article, else the page."""
        if self._year is False:
            self._year = None
            regions = [a for _, a in zip(range(4), self.anchor.iterancestors())] if self.anchor is not None else []
            for region in [*regions, self.root]:
                self._year = _common_year(_nfc(_text_content(region)), self.now)
                if self._year is not None:
                    break
        return self._year  # type: ignore[return-value]


# The year of a d/m/y or "d tháng m năm y" date, for counting only.
_YEAR_OF_DATE = re.compile(
    r"(?=\d)(?<![\d.,/])\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s*tháng\s*\d{1,2}\s*(?:năm|,)?\s*)((?:19|20)\d\d)(?![\d/])",
    re.I,
)
_YEAR_TEXT_CHARS = 8000


def _common_year(text: str, now: datetime.datetime) -> int | None:
    """Most common year of the dates in (the start of) ``text``; ties go to the later year."""
    # A light pattern on a capped text: the full scan (times, labels,
    # calendar checks) costs ~20 µs per date, and regexes run ~25 ns per
    # character of Vietnamese text.
    counts: Counter[int] = Counter()
    for m in _YEAR_OF_DATE.finditer(text, 0, _YEAR_TEXT_CHARS):
        year = int(m.group(1))
        if MIN_YEAR <= year <= now.year:
            counts[year] += 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _guess_anchor(page: _Page) -> tuple:
    """(title, anchor) from platform markers; the anchor may be the body."""
    root = page.root
    best: dict[str, lxml.html.HtmlElement] = {}
    for el in page.class_hits:
        tokens = (el.get("class") or "").split()
        for token in tokens:
            best.setdefault(f"class:{token}", el)
        if el.tag == "h1" and "entry-title" in tokens:
            best.setdefault("h1:entry-title", el)
    for el in page.itemprop_hits:
        best.setdefault(f"itemprop:{el.get('itemprop')}", el)
    title = next((best[k] for k in _TITLE_KINDS if k in best), None)
    if title is None:
        title = next((h for art in root.iter("article") for h in art.iter("h1")), None)
    if title is not None:
        return title, title
    body = next((best[k] for k in _BODY_KINDS if k in best), None)
    if body is None:
        body = next(root.iter("article"), None)
    return None, body


def _topmost(path: list, test: Callable) -> int | None:
    """Index in ``path`` (bottom-up) of the topmost node passing ``test``."""
    for i in range(len(path) - 1, -1, -1):
        if test(path[i]):
            return i
    return None


# HtmlElement.text_content() without requiring lxml.html elements.
_text_content = lxml.etree.XPath("string()")


def _owner(node):
    """The element a text node belongs to (a tail belongs to its parent's parent)."""
    parent = node.getparent()
    if getattr(node, "is_tail", False) and parent is not None and parent.getparent() is not None:
        return parent.getparent()
    return parent


def _element_text(el) -> str:
    return _nfc(" ".join(itertools.islice(el.itertext(), 12))[:_ELEMENT_TEXT_CHARS])


def _is_container(el) -> bool:
    """More text than a date line: a box that holds other things (a whole portlet, a list)."""
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size > _ELEMENT_TEXT_CHARS:
            return True
    return False


def _element_value(page: _Page, el) -> tuple[DateValue, _Found | None] | None:
    """Date of an element: machine attribute first, then its visible text."""
    for attr in ("datetime", "content", "value"):
        raw = el.get(attr)
        if raw and (value := _parse_machine(raw, page.now)) is not None:
            return value, None
    found = _best_in(page.scan(_element_text(el), yearless="standalone"))
    if found is not None:
        return found.value, found
    raw = el.get("title")
    if raw:
        found = _best_in(page.scan(_nfc(raw), yearless="never"))
        if found is not None:
            return found.value, found
    return None


def _best_in(founds: Iterable[_Found]) -> _Found | None:
    """First published-looking date in one text, else its first (modified) date."""
    first = None
    for f in founds:
        if not f.modified:
            return f
        first = first or f
    return first


def _plausible(value: DateValue) -> bool:
    return value.year >= MIN_YEAR


def _pick(page: _Page, cands: list[_Candidate]) -> tuple[_Candidate | None, _Candidate | None]:
    """Best published and best modified candidate: by tier, then closeness to
    the article, then document order (sort is stable)."""
    cands = [c for c in cands if _plausible(c.value)]
    if len(cands) > 1:
        cands.sort(key=lambda c: (c.tier, page.closeness(c.element)))
    pub = next((c for c in cands if not c.modified), None)
    mod = next((c for c in cands if c.modified), None)
    return pub, mod


# -- rule 1: registry hint -------------------------------------------------


@functools.lru_cache(maxsize=256)
def _compiled_hint(hint: str) -> Callable:
    if hint.lstrip().startswith(("/", "(")):
        return lxml.etree.XPath(hint)
    from lxml.cssselect import CSSSelector  # needs the cssselect package (a Scrapy dependency)

    return CSSSelector(hint)


def _from_hint(page: _Page, hint: str) -> PublishedDate | None:
    try:
        hits = _compiled_hint(hint)(page.root)
    except Exception as exc:  # a bad registry entry must not break extraction
        log.warning("date hint %r failed: %s", hint, exc)
        return None
    if not isinstance(hits, list):
        hits = [hits]
    for hit in hits:
        if isinstance(hit, str):
            value = _parse_machine(hit, page.now)
        elif isinstance(getattr(hit, "tag", None), str):
            got = _element_value(page, hit)
            value = got[0] if got else None
        else:
            continue
        if value is not None and _plausible(value):
            return PublishedDate(value, f"hint:{hint}")
    return None


# -- rule 2: structured data ------------------------------------------------

_META_PROPERTIES = {
    "article:published_time": False,
    "og:published_time": False,
    "article:modified_time": True,
    "og:updated_time": True,
}
_META_NAMES = frozenset({
    "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
})
_JSONLD_KEY = re.compile(r'"(datePublished|dateModified)"\s*:\s*"([^"]+)"')


def _from_structured(page: _Page) -> tuple[_Candidate | None, _Candidate | None]:
    """meta properties, itemprop, JSON-LD, <time datetime>/dd.published, meta names, in that order."""
    by_tag: dict[str, list] = {"meta": [], "time": [], "dd": [], "script": []}
    for el in page.root.iter("meta", "time", "dd", "script"):  # C-level walk, near free
        by_tag[el.tag].append(el)
    modified = None
    for collect in (_meta_property_candidates, _itemprop_candidates, _jsonld_candidates,
                    _time_candidates, _meta_name_candidates):
        pub, mod = _pick(page, collect(page, by_tag))
        if pub is not None:
            return pub, None
        modified = modified or mod
    return None, modified


def _meta_property_candidates(page: _Page, by_tag: dict) -> list[_Candidate]:
    out = []
    for meta in by_tag["meta"]:
        prop = meta.get("property") or meta.get("name") or ""
        if prop in _META_PROPERTIES and (value := _parse_machine(meta.get("content") or "", page.now)):
            out.append(_Candidate(value, f"meta[{prop}]", meta, modified=_META_PROPERTIES[prop]))
    return out


def _itemprop_candidates(page: _Page, by_tag: dict) -> list[_Candidate]:
    out = []
    for el in page.itemprop_hits:
        if el.get("itemprop") not in ("datePublished", "dateModified"):
            continue
        if el.tag != "meta" and page.is_noise(el):
            continue
        got = _element_value(page, el)
        if got:
            prop = el.get("itemprop")
            out.append(_Candidate(got[0], f"itemprop={prop}", el, modified=prop == "dateModified"))
    return out


def _jsonld_candidates(page: _Page, by_tag: dict) -> list[_Candidate]:
    # A regex instead of json.loads: these CMSes emit JSON-LD with stray
    # commas and raw newlines, and only the two keys matter.
    out = []
    for script in by_tag["script"]:
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        for key, raw in _JSONLD_KEY.findall(script.text or ""):
            try:
                raw = json.loads(f'"{raw}"')
            except ValueError:
                pass
            if (value := _parse_machine(raw, page.now)) is not None:
                out.append(_Candidate(value, f"json-ld:{key}", script, modified=key == "dateModified"))
    return out


def _time_candidates(page: _Page, by_tag: dict) -> list[_Candidate]:
    out = []
    for el in by_tag["time"] + by_tag["dd"]:
        cls = el.get("class") or ""
        if el.tag == "time" and not el.get("datetime"):
            continue
        if el.tag == "dd" and "published" not in cls.split():
            continue
        if el.get("itemprop") in ("datePublished", "dateModified") or page.is_noise(el):
            continue
        got = _element_value(page, el)
        if not got:
            continue
        # WordPress: "entry-date published" vs "updated"; a never-edited post
        # carries both words on one element.
        is_mod = bool(_MODIFIED_CLASS.search(cls)) and "published" not in cls and "entry-date" not in cls
        is_mod = is_mod or bool(got[1] and got[1].modified)
        rule = "time[datetime]" if el.tag == "time" else "dd.published"
        out.append(_Candidate(got[0], rule, el, modified=is_mod))
    return out


def _meta_name_candidates(page: _Page, by_tag: dict) -> list[_Candidate]:
    out = []
    for meta in by_tag["meta"]:
        name = (meta.get("name") or "").strip()
        if name.lower() in _META_NAMES and (value := _parse_machine(meta.get("content") or "", page.now)):
            out.append(_Candidate(value, f"meta[name={name}]", meta))
    return out


# -- rule 3: platform classes ----------------------------------------------


def _class_tier(cls: str) -> tuple[int, str] | None:
    """(tier, token) of the best date-ish class token; lower tier = more specific."""
    best = None
    for token in cls.split():
        low = token.lower()
        if low.startswith("portlet") or "publisher" in low:
            continue  # Liferay's "portlet-asset-publisher" wraps whole listings
        # "created": Drupal's field--name-created, "date-created" elsewhere.
        if low in _SPECIFIC_CLASSES or "publish" in low or "posted" in low or "created" in low:
            tier = 0
        elif low in _GENERIC_CLASSES or low.startswith(("date", "time")):
            tier = 1
        elif "date" in low:
            tier = 2
        else:
            continue
        if best is None or tier < best[0]:
            best = (tier, token)
    return best


def _from_classes(page: _Page) -> tuple[_Candidate | None, _Candidate | None]:
    cands = []
    for el in page.class_hits:
        if el.tag in _SKIP_TAGS:
            continue
        cls = el.get("class") or ""
        tier_token = _class_tier(cls)
        if tier_token is None or page.is_noise(el) or _is_container(el):
            continue
        if el.find(".//time[@datetime]") is not None or el.find(".//*[@itemprop]") is not None:
            continue  # rule 2 has read that date, with its published/modified role
        got = _element_value(page, el)
        if not got:
            continue
        is_mod = bool(_MODIFIED_CLASS.search(cls)) and "publish" not in cls.lower()
        is_mod = is_mod or bool(got[1] and got[1].modified)
        cands.append(_Candidate(got[0], f"class:{tier_token[1]}", el, tier=tier_token[0], modified=is_mod))
    return _pick(page, cands)


# -- rule 4: labelled text ---------------------------------------------------


def _from_labels(page: _Page) -> tuple[_Candidate | None, _Candidate | None]:
    cands = []
    for node, owner in _in_document_order(
        [(n, o) for n in _label_nodes(page) if (o := _owner(n)) is not None and not page.is_noise(o)]
    ):
        text = _nfc(str(node))
        for label in _LABEL.finditer(text):
            window = _nfc(" ".join([text[label.start():], *_following_texts(node, owner)]))
            found = _labelled_date(page, window[: len(text) - label.start() + _LABEL_FOLLOW_CHARS], label)
            if found is not None:
                cands.append(_Candidate(found.value, f"label:{found.label}", owner, modified=found.modified))
    return _pick(page, cands)


def _label_nodes(page: _Page) -> list:
    """Text nodes of the article region that may hold a label, found without
    walking every text node."""
    region = page.region()
    text = _text_content(region)
    nfc = _nfc(text)
    low = _folded(nfc)
    present = [k for k in _LABEL_KEYWORDS if k in low]
    if not present:
        return []
    if nfc is not text or len(low) != len(text):
        # Combining marks (old windows-1258 sites): the page's own spelling
        # differs from ours, so filter every text node in Python.
        nodes = region.xpath(f".//text(){_TEXT_FILTER}")
        return [n for n in nodes if any(k in _folded(_nfc(str(n))) for k in present)]
    # The keywords as the page spells them ("Đăng", "ĐĂNG", "Cập&nbsp;nhật")
    # where they are part of a real label (not "Đăng nhập" in the menu), each
    # handed to one XPath contains() query.
    spellings = set()
    for k in present:
        i = low.find(k)
        for _ in range(200):
            if i < 0 or len(spellings) >= 12:
                break
            if _LABEL_UNBOUNDED.search(low, max(0, i - 16), i + len(k) + 12):
                spellings.add(text[i:i + len(k)])
            i = low.find(k, i + 1)
    if not spellings:
        return []
    # One query per spelling: a single query OR-ing several contains() costs
    # ten times more.
    nodes: dict = {}
    for s in sorted(spellings):
        for n in region.xpath(".//text()[contains(., $s)]", s=s):
            nodes.setdefault((n.getparent(), n.is_tail), n)
    return list(nodes.values())


def _in_document_order(pairs: list[tuple]) -> list[tuple]:
    """(text node, owner) pairs sorted by the owner's place in the document."""
    if len(pairs) < 2:
        return pairs
    # count() runs in C; worth it only for the few label hits that survive.
    return sorted(pairs, key=lambda p: p[1].xpath("count(preceding::*) + count(ancestor::*)"))


def _folded(text: str) -> str:
    """Lower case, no-break spaces as spaces; same length as ``text``."""
    return text.lower().replace("\xa0", " ")


def _following_texts(node, owner, limit: int = _LABEL_FOLLOW_CHARS) -> list[str]:
    """Text after ``node`` up to ``limit`` chars (a label may sit in its own <span>)."""
    if getattr(node, "is_tail", False):
        pieces = itertools.islice(_texts_after(node.getparent()), 1, None)  # the first is the node
    else:
        pieces = itertools.chain(itertools.islice(_subtree_texts(owner), 1, None), _texts_after(owner))
    out = []
    size = 0
    for text, _ in itertools.islice(pieces, 40):
        if text.strip():
            out.append(text)
            size += len(text)
            if size >= limit:
                break
    return out


# Walking the tree from the title instead of XPath's following::/preceding::
# axes, which build the whole axis (every later node of the page) before
# the position() limit applies: ~0.3 ms per query on a big page, against a
# few µs for the first 400 characters here.
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})


def _subtree_texts(el) -> Iterator[tuple[str, object]]:
    """(text, owner) pairs of ``el``'s subtree in document order, without el's tail."""
    for event, e in lxml.etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if isinstance(e.tag, str) and e.tag not in _NO_TEXT_TAGS and e.text:
                yield e.text, e
        elif e is not el and e.tail:
            yield e.tail, e.getparent()


def _texts_after(el) -> Iterator[tuple[str, object]]:
    """(text, owner) pairs after the end of ``el``, in document order."""
    node = el
    while node is not None:
        parent = node.getparent()
        if node.tail:
            yield node.tail, parent
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield from _subtree_texts(sib)
            if sib.tail:
                yield sib.tail, parent
        node = parent


def _texts_before(el) -> Iterator[tuple[str, object]]:
    """(text, owner) pairs before the start of ``el``, nearest first."""
    node = el
    while node is not None:
        parent = node.getparent()
        for sib in node.itersiblings(preceding=True):
            if sib.tail:
                yield sib.tail, parent
            if isinstance(sib.tag, str):
                # Reversed, so materialised: XPath collects a big box in C.
                for text in reversed(sib.xpath("descendant-or-self::*/text()")):
                    yield str(text), _owner(text)
        if parent is not None and parent.text:
            yield parent.text, parent
        node = parent


def _labelled_date(page: _Page, window: str, label: re.Match[str]) -> _Found | None:
    """The date that ``label`` (at the start of ``window``) introduces, if any."""
    for f in page.scan(window, "context"):
        if f.start > len(label.group()) + _LABEL_WINDOW:
            return None
        # Its own label: the nearest before the date, which is this one unless
        # another label sits in between ("Cập nhật: … - Ngày đăng: …").
        if f.label is not None and f.label == " ".join(label.group().split()):
            return f
    return None


# -- rule 5: near the title --------------------------------------------------


def _near_text(page: _Page, after: bool, limit: int) -> str:
    """Up to ``limit`` chars of article text right after (or before) the title."""
    pieces = _texts_after(page.title) if after else _texts_before(page.title)
    parts: list[str] = []
    size = 0
    for text, owner in itertools.islice(pieces, 400):  # a long menu must not be walked to its end
        if not text.strip() or owner is None or owner.tag in _NO_TEXT_TAGS or page.is_noise(owner):
            continue
        parts.append(text)
        size += len(text) + 1
        if size >= limit:
            break
    if after:
        return _nfc(" ".join(parts))[:limit]
    return _nfc(" ".join(reversed(parts)))[-limit:]


def _after_title_pieces(page: _Page, limit: int) -> list[tuple[str, object]]:
    """(text, owner) pieces of article text right after the title, up to ``limit`` chars."""
    pieces: list[tuple[str, object]] = []
    size = 0
    for text, owner in itertools.islice(_texts_after(page.title), 400):
        if not text.strip() or owner is None or owner.tag in _NO_TEXT_TAGS or page.is_noise(owner):
            continue
        pieces.append((text, owner))
        size += len(text) + 1
        if size >= limit:
            break
    return pieces


_BLOCK_TAGS = frozenset({"p", "div", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                         "section", "article", "header", "footer", "main", "table", "tr", "ul", "ol", "form", "body"})
# A date line holds the date and a few words more (weekday, label, time, author,
# view count); a sentence around a date ("Chiều ngày 19/12, Đảng ủy … tổ chức …")
# is the story's prose: the date of an event, not of the page.
_DATELINE_MAX_WORDS = 20
_DATELINE_SENTENCE_WORDS = 8
_OPENING_WORDS = 3  # "Chiều ngày", "Sáng ngày", "Ngày" before the date that opens the story
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def _line_block(owner):
    node = owner
    while node is not None and node.tag not in _BLOCK_TAGS:
        node = node.getparent()
    return node if node is not None else owner


def _in_prose(line: str, found: _Found, date_text: str) -> bool:
    """Whether a date sits in a sentence of prose rather than on a date line."""
    words = len(line.split()) - len(date_text.split())
    return words > _DATELINE_MAX_WORDS or (words >= _DATELINE_SENTENCE_WORDS and bool(_SENTENCE_END.search(line)))


def _dateline_dates(page: _Page, pieces: list[tuple[str, object]]) -> Iterator[_Found]:
    """Dates after the title that sit in dateline position: each date's line
    (its block's text, or the run of text in that block around it) is short."""
    texts = [_nfc(t) for t, _ in pieces]
    joined = " ".join(texts)
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + 1
    blocks = [_line_block(owner) for _, owner in pieces]
    for found in page.scan(joined, "context"):
        if not _plausible(found.value):
            continue
        i = max(0, next((k for k in range(len(starts) - 1, -1, -1) if starts[k] <= found.start), 0))
        block = blocks[i]
        lo, hi = i, i
        while lo > 0 and blocks[lo - 1] is block:
            lo -= 1
        while hi + 1 < len(blocks) and blocks[hi + 1] is block:
            hi += 1
        if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in block):
            line = " ".join(_text_content(block).split())
        else:
            line = " ".join(" ".join(texts[lo:hi + 1]).split())
        if not _in_prose(line, found, joined[found.start:found.end]):
            yield found
        elif (found.has_year and len(joined[starts[lo]:found.start].split()) <= _OPENING_WORDS
              and len(joined[:starts[lo]].split()) <= _DATELINE_MAX_WORDS):
            # The story opens on its full date ("Chiều ngày 07/07/2023, tại …")
            # under the headline (and a category line or two): the dateline of
            # a page that shows no other.
            yield found


def _from_near_title(page: _Page) -> PublishedDate | None:
    """The first date on a date line after the title; a full date line just
    above the title beats a year-less "Chiều ngày 19/12". A date in the
    story's own sentences is an event's, never the page's."""
    if page.title is None:
        return None
    first = next(_dateline_dates(page, _after_title_pieces(page, _NEAR_TITLE_CHARS)), None)
    if first is not None and first.has_year:
        return PublishedDate(first.value, "near-title")
    before = [f for f in _scan(_near_text(page, False, _BEFORE_TITLE_CHARS), page.now, yearless="never")
              if _plausible(f.value)]
    if before:
        return PublishedDate(before[-1].value, "before-title")  # the one closest to the title
    if first is not None:
        return PublishedDate(first.value, "near-title")
    return None


# A date-structured permalink (WordPress "/%year%/%monthnum%/%day%/%postname%/"
# and the like): the CMS writes the post's date into its URL.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def url_date(url: str | None, now: datetime.datetime) -> datetime.date | None:
    """The day a /YYYY/MM/DD/ URL path names (never later than ``now``), else None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    m = _URL_DATE.search(path)
    if m is None:
        return None
    value = _make(int(m[1]), int(m[2]), int(m[3]), None)
    return _not_future(value, _as_vn(now)) if value is not None and _plausible(value) else None


def dated_permalink(url: str | None) -> bool:
    """Whether the URL's path holds a /YYYY/MM/DD/ date (a post's permalink)."""
    return bool(url) and _URL_DATE.search(url.split("?", 1)[0].split("#", 1)[0]) is not None


def _page_url_date(page: _Page, url: str | None) -> datetime.date | None:
    """The date of the page's URL, or of its canonical link."""
    value = url_date(url, page.now)
    if value is None:
        for link in page.root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical":
                value = url_date(link.get("href"), page.now)
                break
    return value


def find_published(
    root: lxml.html.HtmlElement,
    *,
    now: datetime.datetime,
    title_element: lxml.html.HtmlElement | None = None,
    hint: str | None = None,
    url: str | None = None,
) -> PublishedDate | None:
    """The page's publication date.

    ``hint`` is an optional CSS selector (or XPath if it starts with '/' or
    '(') from the source registry and wins when it yields a date.  Then
    machine-readable data (meta, itemprop, JSON-LD, time[datetime]); then what
    the page shows (platform classes, labels, a date line after the title).
    A published date beats a modified one from any rule; a modified date is
    used only when rules 1-4 find nothing else, and before the date line.  A
    ``url`` (or canonical link) with a /YYYY/MM/DD/ path is evidence: a shown
    date of that day is kept (it has the time), any other day gives way to it,
    and with no shown date the URL's day is the date.  Dates in the story's
    sentences ("Chiều ngày 19/12, …") are never the page's.
    """
    page = _Page(root, _as_vn(now), title_element)
    if hint:
        result = _from_hint(page, hint)
        if result is not None:
            return result
    pub, modified = _from_structured(page)
    if pub is not None:  # machine-readable: the CMS's own record of the date
        return PublishedDate(pub.value, pub.rule)
    from_url = _page_url_date(page, url)
    result = _from_shown(page, modified)
    if from_url is not None and (result is None or _day(result.value) != from_url):
        # The permalink's day is the post's; a shown date of another day is
        # an event's, a modification's or another article's.
        return PublishedDate(from_url, "url")
    return result


def _day(value: DateValue) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def _from_shown(page: _Page, modified: _Candidate | None) -> PublishedDate | None:
    """The date the page shows: platform classes, labels, a modified date, the date line."""
    for rule in (_from_classes, _from_labels):
        pub, mod = rule(page)
        if pub is not None:
            log.debug("published date %s by %s", pub.value, pub.rule)
            return PublishedDate(pub.value, pub.rule)
        modified = modified or mod
    if modified is not None:
        log.debug("only a modified date: %s by %s", modified.value, modified.rule)
        return PublishedDate(modified.value, modified.rule)
    return _from_near_title(page)
