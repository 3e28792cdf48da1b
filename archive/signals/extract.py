"""Disease mentions in an article: which notifiable disease, the counts stated
next to it (cases, deaths, hospitalised), the change, the period, the place, and
whether the text reports an event or only names the disease.

Everything runs on one sentence at a time, on a folded copy of it (see
lexicon.py) whose offsets are those of the original. Counts are numbers followed
by a unit that counts people ("45 ca", "hai trường hợp", "30-40 trẻ") or a field
word ("0 tử vong"), or numbers a field word announces ("số ca mắc … là 315").
A number is not a count when it is a date, a year, a week or month number, a
phone number, a percentage, an age, or counts doses, samples, outbreaks, places
or people vaccinated, trained, examined, exposed or recovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field

from .lexicon import Hit, fold_same_length, lexicon, syllable_key
from .numbers import decimal_text, digits_value, words_value


@dataclass(frozen=True)
class Mention:
    disease: str                  # canonical id ("dengue")
    name: str                     # Vietnamese name ("sốt xuất huyết Dengue")
    field: str                    # "title" | "text": where the sentence is
    sentence: int                 # index of the sentence (the title is 0 when there is one)
    start: int                    # offsets of the disease name in `field`
    end: int
    matched: str                  # the name as written
    kind: str                     # "event" | "mention"
    negated: bool = False         # the text says there were no cases
    cases: int | None = None
    cases_max: int | None = None  # upper end of a range ("10-15 ca": cases 10, cases_max 15)
    deaths: int | None = None
    deaths_max: int | None = None
    hospitalised: int | None = None
    hospitalised_max: int | None = None
    change: str | None = None     # "+20%", "-4", "x2"
    period: str | None = None     # week | month | day | year | quarter | year_to_date | cumulative
    place: str | None = None      # "xã Bình Hòa Phước", as written
    carried: bool = False         # counts stated in the sentence after the one naming the disease


# --- sentences -----------------------------------------------------------------------------------

_ABBREV = {"tp", "ths", "bs", "ts", "pgs", "gs", "ck", "bsck", "bsckii", "bscki", "st", "tt", "kts", "ncs",
           "ds", "dd", "nxb", "no", "s"}
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[^\W_a-zà-ỹđ])|\n+")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; no split after "TP." or initials ("N.V.A.")."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start()].rstrip(".!?…\"”’)")
        last = re.search(r"(\w+)$", before)
        if m.group().strip() and last and (last.group(1).lower() in _ABBREV or len(last.group(1)) == 1):
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(o + len(s) - len(s.lstrip()), s.strip()) for o, s in out if s.strip()]


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())


def is_accented(text: str) -> bool | None:
    """Whether the text is written with diacritics (None: too little text to tell)."""
    # Letters counted in C: the ASCII ones (A-Z, a-z: the only ASCII
    # characters isalpha() takes) from the text's ASCII bytes, the others per
    # distinct character.
    plain = len(text.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTER))
    rest = _ASCII_RUN.sub("", text)
    marked = sum(rest.count(c) for c in set(rest) if c.isalpha())
    letters = plain + marked
    if letters < 15:
        return None
    return marked / letters >= 0.02


# --- tokens --------------------------------------------------------------------------------------

_TOK = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")
_STOP_PUNCT = {",", ";", ".", "(", ")", "!", "?"}


@dataclass
class Tok:
    f: str      # folded
    o: str      # original
    start: int
    end: int
    num: bool


def _tokens(original: str, folded: str) -> list[Tok]:
    return [Tok(m.group(), original[m.start():m.end()], m.start(), m.end(), m.group()[0].isdigit())
            for m in _TOK.finditer(folded)]


def _seq_at(toks: list[Tok], i: int, phrases) -> str | None:
    """The longest of `phrases` (folded, space-separated) starting at token i."""
    best = None
    for p in phrases:
        words = p.split()
        if i + len(words) <= len(toks) and all(toks[i + k].f == w for k, w in enumerate(words)):
            if best is None or len(words) > len(best.split()):
                best = p
    return best


def _seq_before(toks: list[Tok], i: int, phrases) -> str | None:
    """The longest of `phrases` ending right before token i."""
    best = None
    for p in phrases:
        words = p.split()
        if i - len(words) >= 0 and all(toks[i - len(words) + k].f == w for k, w in enumerate(words)):
            if best is None or len(words) > len(best.split()):
                best = p
    return best


# --- vocabulary (folded) -------------------------------------------------------------------------

STRONG_UNITS = ("ca", "ca benh", "ca mac", "truong hop", "benh nhan", "benh nhi", "nguoi benh", "bn", "th")
WEAK_UNITS = ("nguoi", "chau", "tre", "be", "em", "hoc sinh", "sinh vien", "cong nhan", "nong dan", "phu nu",
              "tre em", "hoc vien", "nguoi dan", "can bo")
NOT_PEOPLE = {"hoc vien", "can bo"}  # counted, but never as cases
FIELD_AFTER = {"tu vong": "deaths", "chet": "deaths", "nhap vien": "hospitalised", "mac": "cases",
               "mac moi": "cases", "nguoi mac": "cases"}
NUMBER_BLOCKERS = {
    "nam", "tuan", "thang", "ngay", "quy", "so", "lan", "khoa", "lop", "phuong", "quan", "thon", "ap", "to",
    "khu", "gio", "doi", "dot", "ky", "muc", "dieu", "khoan", "thi", "dinh", "van", "hotline", "goi",
    "thoai", "nhi", "dong", "cap", "phong", "giuong", "cach", "ngo", "hem", "duong", "vien", "lo",
}
# "năm 345 ca" (… từ đầu năm 345 ca) is a count, "năm 2024" is not
_CALENDAR_LIMITS = {"nam": 0, "thang": 12, "tuan": 53, "ngay": 31, "quy": 4}
NUMBER_BLOCKER_PHRASES = ("chi thi", "nghi dinh", "quyet dinh", "cong van", "thong tu", "so dien thoai",
                          "lop", "thu", "lan thu")
DEATH_CUES = ("tu vong", "chet", "thiet mang", "tu vong")
HOSP_CUES = ("nhap vien", "noi tru", "nam vien", "vao vien", "cap cuu")
EXCLUDE_CUES = ("tiep xuc", "duoc tiem", "da tiem", "chua tiem", "duoc uong", "tiem", "khoi", "xuat vien",
                "ra vien", "am tinh", "tham gia", "tham du", "an", "bi cho", "bi meo", "bi suc vat",
                "bi dong vat", "phau thuat", "duoc kham", "kham suc khoe", "duoc khen", "duoc tap huan",
                "da khoi", "hoi phuc", "cach ly y te", "tham kham")
CASE_CUES = ("mac", "nhiem", "duong tinh", "ngo doc", "bi", "co bieu hien", "co trieu chung", "nghi", "sot",
             "den kham", "dong nhiem", "bi ngo doc", "benh")
PRE_EXCLUDE = ("tiem", "tiem chung", "uong", "tap huan", "kham", "kham sang loc", "sang loc", "xet nghiem",
               "cap phat", "phat", "tuyen truyen", "truyen thong", "dao tao", "tiem phong")
PRE_CASE = ("ghi nhan", "phat hien", "ghi nhan them")
PRE_DEATH = ("sinh mang", "sinh mang cua", "lam chet", "tu vong", "so tu vong", "so ca tu vong")
LOOKBACK_FIELDS = {"mac": "cases", "ca": "cases", "tu vong": "deaths", "nhap vien": "hospitalised",
                   "cong don": "cases", "luy ke": "cases"}
_NEG_VERBS = ("ghi nhan", "co", "phat hien", "xuat hien", "xay ra", "de xay ra", "thay")
WINDOW_STOPS = {"khong", "chua", "nhung", "sau"}  # "… sau khi ăn thịt trâu chết": what came before

_PERIODS = [
    # "Từ đầu năm 2025 đến ngày 12/5": the year named and the day the count stops
    # belong to one year-to-date span, not to a "day" and a "year".
    ("year_to_date", r"(?:ke |tinh )?tu dau nam(?: \d{4}| nay)?(?:,? (?:den|toi) (?:het )?(?:nay|ngay \d+/\d+(?:/\d+)?"
                     r"|\d+/\d+(?:/\d+)?))?"),
    ("year_to_date", r"(?:cong don|luy ke) tu dau nam|\d+ thang dau nam|(?:\d+|sau|chin) thang qua"),
    ("cumulative", r"cong don|luy ke|tinh den(?: (?:het )?(?:\d+ gio |\d+h\d* )?(?:ngay )?\d+/\d+(?:/\d+)?| nay)?"
                   r"|(?:cho )?den nay|nang tong so|tong so ca"),
    ("week", r"trong tuan(?: qua| nay)?|tuan (?:qua|nay|\d+)|(?:trong )?7 ngay qua|moi tuan|hang tuan"),
    ("month", r"trong thang(?: \d+(?:/\d{4})?| qua| nay)?|(?:tu dau )?thang \d+(?:/\d{4})?|thang (?:qua|nay)"
              r"|moi thang|hang thang"),
    ("day", r"trong (?:vong )?24 gio(?: qua)?|24 gio qua|trong ngay|hom nay|hom qua|moi ngay|hang ngay"
            r"|ngay \d+/\d+(?:/\d{4})?"),
    ("year", r"trong nam(?: \d{4}| nay| qua)?|nam \d{4}|hang nam|nam nay|nam qua"),
    ("quarter", r"quy (?:iv|i{1,3}|\d)(?![a-z])"),
]
_PERIOD_RES = [(label, re.compile(r"(?<![a-z0-9])(?:" + rx + r")(?![a-z0-9])")) for label, rx in _PERIODS]
_COMPARED = re.compile(r"(?:so voi|cung ky|hon|voi|gap)\s*(?:cung ky\s*)?$")

_NEG = re.compile(
    r"(?<![a-z])(?:khong|chua)\s+(?:(?:he|thay|de)\s+)?(?:ghi nhan|co|phat hien|xuat hien|xay ra|thay)\s+"
    r"(?:them\s+)?(?:(?:bat ky|mot)\s+)?(?P<obj>ca benh|ca mac|ca|truong hop|benh nhan|o dich|dich|nguoi|tu vong)?")

_PLACE_UNITS = {
    "thi tran": "thị trấn", "thi xa": "thị xã", "thanh pho": "thành phố", "tp": "TP", "huyen": "huyện",
    "xa": "xã", "phuong": "phường", "quan": "quận", "ap": "ấp", "thon": "thôn", "khom": "khóm",
    "khu pho": "khu phố", "to dan pho": "tổ dân phố", "dac khu": "đặc khu", "tinh": "tỉnh", "ban": "bản",
}
_NUMBERED_UNITS = {"phuong", "quan", "thon", "ap", "khom", "khu pho", "to dan pho"}
_PLAIN_SKIP_UNITS = {"quan", "ban", "ap", "tp"}
_PLACE_RE = re.compile(r"(?<![a-z0-9])(" + "|".join(sorted((re.escape(u).replace(r"\ ", r"\s+")
                                                           for u in _PLACE_UNITS), key=len, reverse=True))
                       + r")\.?\s+")

MENTION_CUES = ("tap huan", "hoi nghi", "hoi thao", "chien dich", "tiem", "vac xin", "phat dong", "ra quan",
                "tuyen truyen", "truyen thong", "huong dan", "dien tap", "kiem tra", "tong ket", "so ket",
                "ke hoach", "trien khai", "bien phap", "khuyen cao", "giai phap", "quyet dinh", "ban chi dao",
                "ngay the gioi", "cap nhat thong tin", "sang loc", "khen thuong", "nguy co", "quyet tam",
                "khong de", "phong benh", "phong chong", "phong, chong", "chu de", "dieu tri ngoai tru",
                "lien he", "chua benh", "ngung tiep nhan", "phan dau", "muc tieu", "chi tieu")
EVENT_CUES = ("ghi nhan", "phat hien", "xuat hien", "bung phat", "o dich", "ca benh", "ca mac", "benh nhan",
              "benh nhi", "mac", "tu vong", "nhap vien", "gia tang", "tang", "giam", "lay lan", "nhiem",
              "duong tinh", "chan doan", "tiep xuc")


@dataclass
class Item:
    pos: int                 # where the number (or negation) starts
    end: int                 # end of its unit: where a disease named after it is looked for
    win_end: int             # end of its clause window
    kind: str                # "count" | "change" | "neg"
    field: str | None = None
    value: int | None = None
    high: int | None = None
    text: str | None = None  # change
    period: str | None = None
    disease: str | None = None


def _word_re(phrases) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
                      + r")(?![a-z0-9])")


_DEATH_RE, _HOSP_RE = _word_re(DEATH_CUES), _word_re(HOSP_CUES)
_EXCL_RE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in sorted(
    [c for c in EXCLUDE_CUES if c != "an"], key=len, reverse=True)) + r"|an(?! (?:toan|ninh|tam|sinh)))(?![a-z0-9])")
_CASE_RE = _word_re(CASE_CUES)
_MENTION_RE, _EVENT_RE = _word_re(MENTION_CUES), _word_re(EVENT_CUES)


# --- one sentence --------------------------------------------------------------------------------

@dataclass
class _Sentence:
    field: str
    index: int
    offset: int
    text: str
    folded: str
    accented: bool
    hits: list[Hit] = dc_field(default_factory=list)
    items: list[Item] = dc_field(default_factory=list)
    periods: list[tuple[int, int, str]] = dc_field(default_factory=list)
    places: list[tuple[int, int, str]] = dc_field(default_factory=list)


def _clause_window(toks: list[Tok], j: int, limit: int = 12) -> int:
    """Index after the last token of the window that starts at token j."""
    k = j
    while k < len(toks) and k - j < limit:
        t = toks[k]
        if t.num and k + 1 < len(toks) and (toks[k + 1].f == "tuoi" or _seq_at(toks, k + 1, ("thang tuoi",))):
            k += 2  # an age ("Một bệnh nhân 62 tuổi tử vong …")
            continue
        if t.f in WINDOW_STOPS and t.f != "sau" and not _seq_at(toks, k + 1, _NEG_VERBS):
            k += 1  # "chưa tiêm", not "chưa ghi nhận"
            continue
        if t.f in _STOP_PUNCT or t.num or t.f in WINDOW_STOPS or (t.f == "trong" and k + 1 < len(toks)
                                                                  and toks[k + 1].f == "do"):
            break
        k += 1
    k = min(k, len(toks))
    return k


def _pre_tokens(toks: list[Tok], i: int, limit: int = 8) -> list[Tok]:
    out = []
    k = i - 1
    while k >= 0 and len(out) < limit and toks[k].f not in _STOP_PUNCT and toks[k].f != ":":
        out.append(toks[k])
        k -= 1
    return out[::-1]


def _text(toks: list[Tok]) -> str:
    return " ".join(t.f for t in toks)


def _blocked(toks: list[Tok], i: int, original: str) -> bool:
    """Whether the number at token i is a date, a time, a code, a year, a week number …"""
    t = toks[i]
    before = original[t.start - 1] if t.start else " "
    after = original[t.end] if t.end < len(original) else " "
    if before in "/:" or after in "/:" or after.isalpha() or before.isalpha():
        return True
    if before in "-\u2013" and t.start >= 2 and original[t.start - 2].isalpha():
        return True  # COVID-19, SARS-CoV-2
    if i > 0 and toks[i - 1].f in NUMBER_BLOCKERS:
        limit = _CALENDAR_LIMITS.get(toks[i - 1].f)
        value = digits_value(t.f)
        if limit is None or value is None or value <= limit or (toks[i - 1].f == "nam" and 1900 <= value <= 2100):
            return True
    if _seq_before(toks, i, NUMBER_BLOCKER_PHRASES):
        return True
    return False


def _find_counts(s: _Sentence, toks: list[Tok]) -> None:
    i = 0
    while i < len(toks):
        t = toks[i]
        value = high = None
        percent = False
        if t.num:
            if _blocked(toks, i, s.text):
                i += 1
                continue
            value = digits_value(t.f)
            j = i + 1
            if (j + 1 < len(toks) and toks[j + 1].num and value is not None
                    and (toks[j].f in ("-", "\u2013") or toks[j].f in ("den", "toi"))):
                v2 = digits_value(toks[j + 1].f)
                if v2 is not None and v2 > value and not _blocked(toks, j + 1, s.text):
                    high, j = v2, j + 2
            if j < len(toks) and (toks[j].f == "%" or _seq_at(toks, j, ("phan tram",))):
                percent = True
                j += 1 if toks[j].f == "%" else 2
        else:
            parsed = words_value([x.f for x in toks], [x.o for x in toks], i, s.accented)
            if parsed is None or (toks[i].f == "mot" and i + 1 < len(toks)
                                  and toks[i + 1].f in ("so", "vai", "trong", "cach", "phan", "lan")):
                i += 1
                continue
            value, j = parsed
            if i > 0 and toks[i - 1].f in NUMBER_BLOCKERS | {"lop"}:
                i = j
                continue
        pre = _pre_tokens(toks, i, 14)
        # a change: "tăng 20 %", "giảm 4 ca", "tăng gấp 2 lần"
        prev = pre[-1].f if pre else ""
        prev2 = pre[-2].f if len(pre) > 1 else ""
        if prev in ("tang", "giam") or (prev == "them" and prev2 == "tang") or (prev == "gap" and prev2 in ("tang", "cao")):
            number = decimal_text(t.f) if t.num else str(value)
            if number is not None:
                if prev == "gap":
                    change = f"x{number}"
                else:
                    sign = "-" if (prev == "giam" or prev2 == "giam") else "+"
                    change = f"{sign}{number}{'%' if percent else ''}"
                we = toks[_clause_window(toks, j) - 1].end if j < len(toks) else t.end
                s.items.append(Item(t.start, toks[j - 1].end, we, "change", text=change))
            i = j
            continue
        if percent or value is None:
            i = j
            continue
        unit = _seq_at(toks, j, STRONG_UNITS + WEAK_UNITS)
        if unit == "ca" and (s.accented and syllable_key(toks[j].o) != syllable_key("ca")
                             or _seq_at(toks, j, ("ca nhan", "ca phau thuat", "ca mo"))):
            unit = None
        field_after = _seq_at(toks, j, tuple(FIELD_AFTER))
        field = None
        unit_end = j + (len(unit.split()) if unit else 0)
        if unit:
            k = _clause_window(toks, unit_end)
            post = _text(toks[unit_end:k])
            field = _classify(unit, post, _text(pre[-8:]))
            win_end = toks[k - 1].end if k > unit_end else toks[unit_end - 1].end
        elif field_after:
            field = FIELD_AFTER[field_after]
            unit_end = j + len(field_after.split())
            win_end = toks[_clause_window(toks, unit_end) - 1].end if unit_end < len(toks) else toks[-1].end
        else:
            field = _unitless(toks, i, j, pre)
            unit_end = j
            win_end = toks[j - 1].end
        if field:
            s.items.append(Item(t.start, toks[unit_end - 1].end, win_end, "count", field, value, high))
        i = max(j, i + 1)


def _classify(unit: str, post: str, pre: str) -> str | None:
    """The field a number with a person unit counts, from the words after and before it."""
    if unit in NOT_PEOPLE:
        return None
    if _DEATH_RE.search(post):
        return "deaths"
    if _HOSP_RE.search(post):
        return "hospitalised"
    ex, case = _EXCL_RE.search(post), _CASE_RE.search(post)
    if ex and (not case or ex.start() <= case.start()):
        return None
    if re.search(r"(?<![a-z])(?:nhap vien|noi tru|nam vien)$", pre):
        return "hospitalised"  # "điều trị nội trú 3 bệnh nhân"
    if unit in STRONG_UNITS:
        if re.search(r"(?<![a-z])(?:tiem|tiem chung|tiep xuc)$", pre):
            return None
        return "cases"
    if case:
        return "cases"
    if any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", pre) for p in PRE_DEATH) and "sinh mang" in pre:
        return "deaths"
    if any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", pre) for p in PRE_EXCLUDE):
        return None
    if any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", pre) for p in PRE_CASE):
        return "cases"
    return None


def _unitless(toks: list[Tok], i: int, j: int, pre: list[Tok]) -> str | None:
    """"số ca mắc … là 315", "tử vong 2", "nâng tổng số ca lên 27"."""
    if j < len(toks) and not (toks[j].f in _STOP_PUNCT or toks[j].f in ("va", "trong", "giam", "tang")):
        return None
    if not pre:
        return None
    direct = _seq_before(toks, i, ("tu vong", "mac", "nhap vien", "cong don", "luy ke"))
    if direct:
        return LOOKBACK_FIELDS[direct]
    if pre[-1].f not in ("la", ":", "len"):
        return None
    words = [t.f for t in pre[:-1]]
    for k in range(len(words) - 1, -1, -1):
        two = " ".join(words[k:k + 2])
        if two in LOOKBACK_FIELDS:
            return LOOKBACK_FIELDS[two]
        if words[k] in LOOKBACK_FIELDS:
            return LOOKBACK_FIELDS[words[k]]
    return None


def _find_negations(s: _Sentence) -> None:
    for m in _NEG.finditer(s.folded):
        after = s.folded[m.end():m.end() + 30]
        deaths = m.group("obj") == "tu vong" or bool(re.match(r"\s*(?:[a-z]+\s+){0,2}?tu vong", after))
        starts_disease = any(m.start() <= h.start <= m.end() + 25 and h.end > m.end() for h in s.hits)
        if not (m.group("obj") or starts_disease):
            continue
        s.items.append(Item(m.start(), m.end(), m.end(), "neg", "deaths" if deaths else "cases",
                            0 if deaths else None))


def _find_periods(s: _Sentence) -> None:
    found = []
    for label, rx in _PERIOD_RES:
        for m in rx.finditer(s.folded):
            if _COMPARED.search(s.folded[max(0, m.start() - 20):m.start()]):
                continue
            found.append((m.start(), m.end(), label))
    found.sort(key=lambda p: (p[0], -(p[1] - p[0])))
    for p in found:
        if not s.periods or p[0] >= s.periods[-1][1]:
            s.periods.append(p)


def _find_places(s: _Sentence) -> None:
    for m in _PLACE_RE.finditer(s.folded):
        unit = re.sub(r"\s+", " ", m.group(1))
        if not s.accented and unit in _PLAIN_SKIP_UNITS:
            continue
        written = s.text[m.start(1):m.end(1)]
        if s.accented and unit != "tp" and [syllable_key(w) for w in written.split()] != [
                syllable_key(w) for w in _PLACE_UNITS[unit].split()]:
            continue
        names, pos = [], m.end()
        for w in re.finditer(r"\S+", s.text[m.end():]):
            word = w.group().rstrip(",.;:)")
            if not word or not (word[0].isupper() or (word.isdigit() and unit in _NUMBERED_UNITS and not names)):
                break
            names.append(word)
            pos = m.end() + w.start() + len(word)
            if len(names) == 4 or word != w.group():
                break
        if names:
            head = written if unit == "tp" else written[0].lower() + written[1:]
            s.places.append((m.start(), pos, f"{head} {' '.join(names)}"))


def _period_for(s: _Sentence, item: Item) -> str | None:
    def clause_break(a: int, b: int) -> bool:
        return bool(re.search(r"[,;:]", s.folded[a:b]))
    left = [p for p in s.periods if p[1] <= item.pos]
    right = [p for p in s.periods if p[0] >= item.pos]
    if left and not clause_break(left[-1][1], item.pos):
        return left[-1][2]
    if right and not clause_break(item.pos, right[0][0]):
        return right[0][2]
    if left:
        return left[-1][2]
    if right and not any(other.pos > item.pos for other in s.items if other.kind == "count"):
        return right[0][2]  # "… trong quý I" closing the sentence, unless a later count owns it
    return None


def _assign(s: _Sentence) -> None:
    """Each count, change and negation to a disease of the sentence."""
    counts = sorted((it for it in s.items if it.kind != "neg"), key=lambda it: it.pos)
    for it in s.items:
        it.period = _period_for(s, it)
        if it.kind == "neg":
            nxt = [c.pos for c in counts if c.pos > it.end]
            stop = min(nxt + [len(s.folded)])
            semi = s.folded.find(";", it.end)
            if semi != -1:
                stop = min(stop, semi)
            after = [h for h in s.hits if h.end > it.end and it.pos <= h.start < stop]  # "ca [bệnh tả]"
            if after and after[0].start <= it.end + 25:
                it.disease = ",".join(dict.fromkeys(h.disease.id for h in after))
            else:
                before = [h for h in s.hits if h.end <= it.pos]
                it.disease = before[-1].disease.id if before else None
            continue
        after = [h for h in s.hits if it.end <= h.start < it.win_end]
        before = [h for h in s.hits if h.end <= it.pos]
        later = [h for h in s.hits if h.start >= it.pos]
        inside = [h for h in s.hits if h.start <= it.pos < h.end]
        if inside:
            continue  # the number is part of a name (COVID-19)
        if after:
            it.disease = after[0].disease.id
        elif before:
            it.disease = before[-1].disease.id
        elif later:
            it.disease = later[0].disease.id


# --- mentions ------------------------------------------------------------------------------------

def _kind(s: _Sentence) -> str:
    if _MENTION_RE.search(s.folded):
        return "mention"
    return "event" if _EVENT_RE.search(s.folded) else "mention"


def _nearest_place(s: _Sentence, pos: int, limit: int = 80) -> str | None:
    best = None
    for a, b, name in s.places:
        d = pos - b if b <= pos else a - pos if a >= pos else 0
        if d <= limit and (best is None or d < best[0]):
            best = (d, name)
    return best[1] if best else None


def _mentions_of(s: _Sentence, carried_hits: list[Hit] | None = None) -> list[Mention]:
    lex = lexicon()
    hits = carried_hits or s.hits
    order = list(dict.fromkeys(h.disease.id for h in hits))
    out = []
    for disease_id in order:
        spans = [h for h in hits if h.disease.id == disease_id]
        items = sorted((it for it in s.items if it.disease and disease_id in it.disease.split(",")),
                       key=lambda it: it.pos)
        groups: list[dict] = []
        for it in items:
            target = None
            if it.period is None and groups:
                target = groups[-1]
            else:
                same = [g for g in groups if g["period"] == it.period]
                target = same[-1] if same else None
            key = it.field if it.kind != "change" else "change"
            if target is not None and it.kind == "count" and target.get(key) not in (None, 0) :
                target = None
            if target is not None and it.kind == "change" and target.get("change"):
                target = None
            if target is None:
                target = {"period": it.period, "first": it}
                groups.append(target)
            if it.kind == "change":
                target["change"] = it.text
            elif it.kind == "neg":
                if it.field == "deaths":
                    target.setdefault("deaths", 0) if target.get("deaths") is None else None
                else:
                    target["neg"] = True
            else:
                target[it.field] = it.value
                if it.high is not None:
                    target[it.field + "_max"] = it.high
        disease = lex.diseases[disease_id]
        if not groups:
            h = spans[0]
            out.append(_mention(s, h, disease, {"period": None}, _kind(s),
                                _nearest_place(s, h.start, 40), carried_hits is not None))
            continue
        for g in groups:
            first = g["first"]
            h = min(spans, key=lambda x: abs(x.start - first.pos))
            counted = any(g.get(f) is not None for f in ("cases", "deaths", "hospitalised"))
            kind = "event" if counted or g.get("neg") or g.get("change") else _kind(s)
            place = _nearest_place(s, first.pos) if first.kind != "neg" else _nearest_place(s, h.start, 40)
            out.append(_mention(s, h, disease, g, kind, place, carried_hits is not None))
    return out


def _mention(s: _Sentence, h: Hit, disease, g: dict, kind: str, place: str | None, carried: bool) -> Mention:
    negated = bool(g.get("neg")) and not g.get("cases")
    return Mention(
        disease=disease.id, name=disease.name, field=s.field, sentence=s.index,
        start=(h.start + s.offset) if not carried else h.start, end=(h.end + s.offset) if not carried else h.end,
        matched=h.text, kind=kind, negated=negated,
        cases=g.get("cases"), cases_max=g.get("cases_max"), deaths=g.get("deaths"),
        deaths_max=g.get("deaths_max"), hospitalised=g.get("hospitalised"),
        hospitalised_max=g.get("hospitalised_max"), change=g.get("change"), period=g.get("period"),
        place=place, carried=carried)


def _analyse(field: str, index: int, offset: int, text: str, default_accented: bool) -> _Sentence:
    s = _scan(field, index, offset, text, default_accented)
    _read_items(s)
    return s


def _scan(field: str, index: int, offset: int, text: str, default_accented: bool) -> _Sentence:
    """A sentence with its disease names found (the first half of _analyse)."""
    folded = fold_same_length(text)
    accented = is_accented(text)
    s = _Sentence(field, index, offset, text, folded, default_accented if accented is None else accented)
    s.hits = lexicon().find(text, folded, s.accented)
    return s


def _read_items(s: _Sentence) -> None:
    """Its counts, changes, negations, periods and places, each given to a
    disease (the second half of _analyse: it reads only the sentence)."""
    toks = _tokens(s.text, s.folded)
    _find_counts(s, toks)
    _find_negations(s)
    _find_periods(s)
    _find_places(s)
    _assign(s)


def extract_mentions(title: str, text: str) -> list[Mention]:
    """Every notifiable disease the article names, one Mention per disease and
    period of the counts stated for it (or one with no counts)."""
    title, text = (title or "").strip(), text or ""
    accented = bool(is_accented(title + "\n" + text))
    # Each sentence's names are found first; its counts are read only where
    # they can count: in a sentence that names a disease, or one right after a
    # sentence of text naming a single disease (its counts carried to it).
    # Most sentences of an article name none, and reading counts is the cost.
    sentences: list[_Sentence] = []
    if title:
        sentences.append(_scan("title", 0, 0, title, accented))
    for offset, sentence in split_sentences(text):
        sentences.append(_scan("text", len(sentences), offset, sentence, accented))
    out: list[Mention] = []
    previous: _Sentence | None = None
    for s in sentences:
        if s.hits:
            _read_items(s)
            out.extend(_mentions_of(s))
        elif (previous is not None and s.field == "text" and previous.field == "text"
              and len(ids := {h.disease.id for h in previous.hits}) == 1):
            _read_items(s)
            if any(it.kind == "count" for it in s.items):
                carried = [Hit(h.disease, h.start + previous.offset, h.end + previous.offset, h.text)
                           for h in previous.hits]
                for it in s.items:
                    it.disease = next(iter(ids))
                out.extend(_mentions_of(s, carried))
        previous = s
    return out
