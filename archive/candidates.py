"""Candidate sites for the units the registry lacks, and how a site's own pages
name their unit: the pure half of `soyte sources --discover`.

Nothing here touches the network. The crawler (crawler/discover.py) fetches the
candidates this module proposes and hands the pages back to `read_identity`,
`rejection` and `linked_units`; the CLI turns the verified ones into registry
entries with `sources_toml`.

A *unit* is one publisher a province should have: its Sở Y tế or its CDC (of a
province of today, or of a former province merged away in 2025, counted apart
as `soyte sources` counts them), or a district health centre (TTYT), known only
by a link to it from its province's Sở Y tế. Candidates come from the host-name
patterns the known sources follow (data/unit_patterns.toml, each with the
sources that show it) and from links on the unit's province's pages.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from urllib.parse import urljoin, urlsplit

from .coverage import merged_away
from .provinces import current_province, current_provinces, legacy_province, legacy_to_current
from .registry import Source, parse_registry
from .text import clean_text, fold, line_key
from .urls import host_of

DISCOVER_KINDS = ("so-y-te", "cdc", "ttyt")
DEFAULT_KINDS = ("so-y-te", "cdc")  # TTYTs are found through their Sở Y tế's links: asked for by --kind ttyt
_KIND_LABEL = {"so-y-te": "Sở Y tế", "cdc": "CDC", "ttyt": "TTYT", "benh-vien": "bệnh viện", "portal": "cổng tỉnh"}
_NAME_PREFIX = {"so-y-te": "soyte", "cdc": "cdc", "ttyt": "ttyt"}


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Pattern:
    kind: str  # so-y-te | cdc | portal
    host: str  # with {slug}
    seen_in: tuple[str, ...]

    def hosts(self, slug: str) -> str:
        return self.host.replace("{slug}", slug)

    @property
    def registrable(self) -> bool:
        """The slug is in the first label (cdcnghean.vn), so "www." may be what answers."""
        return "{slug}" in self.host.split(".")[0]


@cache
def _data() -> dict:
    return tomllib.loads(files("archive").joinpath("data/unit_patterns.toml").read_text("utf-8"))


@cache
def patterns() -> tuple[Pattern, ...]:
    return tuple(Pattern(p["kind"], p["host"], tuple(p.get("seen_in", ()))) for p in _data()["pattern"])


@cache
def reject_markers() -> dict[str, tuple[str, ...]]:
    return {why: tuple(line_key(m) for m in markers) for why, markers in _data()["rejects"].items()}


def default_slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(name).lower())


def slugs(name: str) -> tuple[str, ...]:
    """The ASCII spellings of one province's name used in host names."""
    extra = _data().get("slugs", {}).get(name)
    return tuple(extra) if extra else (default_slug(name),)


# --------------------------------------------------------------------------- units


@dataclass(frozen=True)
class Unit:
    """One publisher a province should have."""

    kind: str  # so-y-te | cdc | ttyt
    province: str  # of today
    former: str | None = None  # the former province (merged away in 2025) it belonged to
    host: str | None = None  # a TTYT: the site its Sở Y tế links to
    label: str | None = None  # a TTYT: the link's text

    @property
    def key(self) -> str:
        return ":".join(p for p in (self.kind, self.former or self.province, self.host) if p)

    @property
    def title(self) -> str:
        if self.kind == "ttyt":
            return f"{self.label or 'TTYT'} ({self.host}; {self.former or self.province})"
        where = f"{self.former} (now {self.province})" if self.former else self.province
        return f"{_KIND_LABEL[self.kind]} {where}"

    def as_dict(self) -> dict:
        return {"kind": self.kind, "province": self.province, "former": self.former, "host": self.host,
                "label": self.label}

    @classmethod
    def from_dict(cls, data: dict) -> Unit:
        return cls(data["kind"], data["province"], data.get("former"), data.get("host"), data.get("label"))


def resolve_province(name: str) -> tuple[str, str | None]:
    """(province of today, former province merged away or None) for a name of
    either time; raises ValueError for a name that is neither."""
    away = merged_away()
    legacy = legacy_province(name)
    if legacy in away:
        return away[legacy], legacy
    today = current_province(name) or (legacy_to_current()[legacy] if legacy else None)
    if not today:
        raise ValueError(name)
    return today, None


def units_lacking(sources: Iterable[Source], province: str | None = None,
                  kinds: Iterable[str] = DEFAULT_KINDS) -> list[Unit]:
    """The Sở Y tế and CDC units (of kinds asked) that no source covers, for one
    province (today's with its former ones, or one former) or all of them."""
    kinds = [k for k in kinds if k in ("so-y-te", "cdc")]
    away = merged_away()
    have: set[tuple[str, str, str | None]] = set()
    for source in sources:
        if source.kind in ("so-y-te", "cdc") and source.province:
            former = source.legacy_province if source.legacy_province in away else None
            have.add((source.kind, source.province, former))
    wanted: list[tuple[str, str | None]] = []
    if province:
        today, former = resolve_province(province)
        wanted = [(today, former)] if former else [(today, None)] + [
            (today, old) for old, new in away.items() if new == today]
    else:
        for today in current_provinces():
            wanted += [(today, None)] + [(today, old) for old, new in away.items() if new == today]
    return [Unit(kind, today, former) for today, former in wanted for kind in kinds
            if (kind, today, former) not in have]


def names_of(unit: Unit) -> tuple[str, ...]:
    """The province names a unit's own pages may use (either time, canonical)."""
    if unit.former:
        return (unit.former,)
    away = merged_away()
    return (unit.province, *[old for old, new in legacy_to_current().items()
                             if new == unit.province and old not in away and old != unit.province])


# --------------------------------------------------------------------------- candidates


@dataclass
class Probe:
    """One host to fetch, and the units that proposed it."""

    host: str
    urls: list[str]
    units: list[str] = field(default_factory=list)  # unit keys
    via: list[str] = field(default_factory=list)  # how it was proposed
    www_fallback: bool = False  # on a name that does not resolve, try www.<host>

    def as_dict(self) -> dict:
        return {"host": self.host, "urls": self.urls, "units": self.units, "via": self.via,
                "www_fallback": self.www_fallback}


def unit_slugs(unit: Unit) -> list[str]:
    """The slugs of a unit's province names (today's first, then the former ones)."""
    return _unit_slugs(unit)


def _unit_slugs(unit: Unit) -> list[str]:
    names = [unit.former] if unit.former else [unit.province] + [
        old for old, new in legacy_to_current().items() if new == unit.province and old != unit.province]
    out: list[str] = []
    for name in names:
        out += [s for s in slugs(name) if s not in out]
    return out


def candidates_for(unit: Unit) -> list[tuple[str, str, bool]]:
    """(host, how, www fallback) for a Sở Y tế or CDC unit, best-evidenced patterns first."""
    out: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    for pattern in sorted((p for p in patterns() if p.kind == unit.kind), key=lambda p: -len(p.seen_in)):
        for slug in _unit_slugs(unit):
            host = pattern.hosts(slug)
            if host not in seen:
                seen.add(host)
                out.append((host, f"pattern {pattern.host}", pattern.registrable))
    return out


def portal_hosts(unit: Unit) -> list[str]:
    """The province portals to read for links to this unit."""
    return [p.hosts(s) for p in patterns() if p.kind == "portal" for s in _unit_slugs(unit)]


def plan_probes(units: Iterable[Unit], known_hosts: Iterable[str] = ()) -> list[Probe]:
    """Every candidate host once, with the units that proposed it; hosts already
    in the registry are left out (they are sources already)."""
    known = {h.removeprefix("www.") for h in known_hosts}
    probes: dict[str, Probe] = {}
    for unit in units:
        for host, how, www in candidates_for(unit):
            if host in known:
                continue
            probe = probes.get(host)
            if probe is None:
                probe = probes[host] = Probe(host, [f"https://{host}/", f"http://{host}/"], www_fallback=www)
            if unit.key not in probe.units:
                probe.units.append(unit.key)
            if how not in probe.via:
                probe.via.append(how)
    return list(probes.values())


# --------------------------------------------------------------------------- reading a page

_UNIT_PHRASES: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])"))
                                                            for kind, words in (
    ("cdc", r"trung tam kiem soat benh tat|kiem soat benh tat|ttksbt|cdc|trung tam y te du phong"),
    ("so-y-te", r"so y te"),
    ("ttyt", r"trung tam y te(?! du phong)|ttyt"),
    ("benh-vien", r"benh vien|bvdk"),
    ("portal", r"cong thong tin dien tu tinh|cong thong tin dien tu thanh pho|uy ban nhan dan tinh|ubnd tinh"),
))
_NOT_ITSELF = re.compile(r"^\W*(co quan chu quan|don vi chu quan|chu quan|co quan quan ly|thiet ke|phat trien boi|"
                         r"ghi ro nguon|nguon|lien ket|website lien ket|tin tuc|xem them)\b")
_HEADER_XPATH = ("//header | //*[@id='header' or @id='banner' or @id='heading' or @id='logo' or @id='top']"
                 " | //*[contains(concat(' ', normalize-space(@class), ' '), ' header ')"
                 " or contains(@class, 'banner') or contains(@class, 'logo') or contains(@class, 'site-name')"
                 " or contains(@class, 'site_name') or contains(@class, 'site-title') or contains(@class, 'brand')"
                 " or contains(@class, 'ten-don-vi') or contains(@class, 'tendonvi')]")
_FOOTER_XPATH = ("//footer | //*[@id='footer' or contains(@class, 'footer') or contains(@class, 'copyright')"
                 " or contains(@class, 'bottom')]")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "section", "span", "a"}
_INLINE = {"span", "a", "br", "strong", "b", "em", "i", "img", "font", "small", "u", "sup", "sub"}
_MAX_LINE = 220


@cache
def _province_names() -> tuple[tuple[str, str], ...]:
    """(folded name, canonical name) for every province of either time and the
    usual other spellings, longest first (so "thua thien hue" wins over "hue")."""
    names: dict[str, str] = {}
    for name in (*legacy_to_current(), *current_provinces()):
        names[line_key(re.sub(r"[^\w]+", " ", name))] = name
    for alias, name in (("thanh pho ho chi minh", "TP. Hồ Chí Minh"), ("tp ho chi minh", "TP. Hồ Chí Minh"),
                        ("ho chi minh", "TP. Hồ Chí Minh"), ("tp hcm", "TP. Hồ Chí Minh"),
                        ("tphcm", "TP. Hồ Chí Minh"), ("ba ria vung tau", "Bà Rịa - Vũng Tàu"),
                        ("daklak", "Đắk Lắk"), ("dac lac", "Đắk Lắk")):
        names[alias] = name
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


def _plain(line: str) -> str:
    return " " + " ".join(re.sub(r"[^\w]+", " ", fold(line).lower()).split()) + " "


def provinces_named(line: str) -> list[tuple[int, str]]:
    """(position, canonical name) of each province a line names."""
    text = _plain(line)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for key, name in _province_names():
        for match in re.finditer(rf"(?<= ){re.escape(key)}(?= )", text):
            span = (match.start(), match.end())
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                found.append((match.start(), name))
    return sorted(found)


def unit_named(line: str) -> tuple[int, str] | None:
    """(position, kind) of the first unit a line names."""
    text = _plain(line)
    hits = [(m.start(), kind) for kind, rx in _UNIT_PHRASES if (m := rx.search(text))]
    return min(hits) if hits else None


@dataclass(frozen=True)
class Identity:
    """Who a page says it is: the unit kind, the province (canonical, as named:
    a former province or today's) and the line that said so."""

    kind: str | None = None
    province: str | None = None
    line: str = ""
    where: str = ""

    def unit_key(self, host: str | None = None) -> str | None:
        if not self.kind or not self.province:
            return None
        today, former = resolve_province(self.province)
        return Unit(self.kind, today, former, host if self.kind == "ttyt" else None).key

    @property
    def description(self) -> str:
        if not self.kind:
            return "names no health unit"
        label = _KIND_LABEL.get(self.kind, self.kind)
        return f"{label} {self.province}" if self.province else f"{label} of no province named"


def _lines_of(element) -> list[str]:
    """The short lines of an element: each text run, and each small block whole
    (so "SỞ Y TẾ<br>TỈNH NGHỆ AN" is one line too), with img alt and link titles."""
    lines: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in ("alt", "title"):
            if node.get(attr) and node.tag in ("img", "a"):
                lines.append(node.get(attr))
        if (node.tag in _BLOCKS or node is element) and not any(
                isinstance(d.tag, str) and d.tag not in _INLINE for d in node.iterdescendants()):
            text = " ".join(" ".join(node.itertext()).split())  # "SỞ Y TẾ<br>TỈNH X" as one line
            if 0 < len(text) <= _MAX_LINE:
                lines.append(text)
        if node.text and node.text.strip():
            lines.append(node.text)
        if node.tail and node.tail.strip():
            lines.append(node.tail)
    return [" ".join(clean_text(line).split()) for line in lines if line and line.strip()]


def identity_lines(root) -> list[tuple[str, str]]:
    """(where, line) of the places a site names itself, strongest first: the
    <title>, the site name in the head, the header and logo, the footer."""
    out: list[tuple[str, str]] = []
    for title in root.xpath("//title"):
        out.append(("title", " ".join(title.text_content().split())))
    for value in root.xpath("//meta[@property='og:site_name' or @name='application-name']/@content"):
        out.append(("site name", " ".join(value.split())))
    for element in root.xpath(_HEADER_XPATH):
        if element.tag in ("nav", "ul", "form"):
            continue
        out += [("header", line) for line in _lines_of(element)]
    for element in root.xpath(_FOOTER_XPATH):
        out += [("footer", line) for line in _lines_of(element)]
    seen: set[tuple[str, str]] = set()
    unique = []
    for where, line in out:
        if line and (where, line) not in seen and len(line) <= _MAX_LINE:
            seen.add((where, line))
            unique.append((where, line))
    return unique


def read_identity(root) -> Identity:
    """The unit and province a home page names in its title, head, header or
    footer; lines about the site's parent ("Cơ quan chủ quản: Sở Y tế …") do not count."""
    lines = [(w, line) for w, line in identity_lines(root) if not _NOT_ITSELF.match(_plain(line).strip())]
    unit_only: tuple[str, str, str] | None = None
    for where, line in lines:
        hit = unit_named(line)
        if not hit:
            continue
        after = [name for pos, name in provinces_named(line) if pos >= hit[0]]
        anywhere = [name for pos, name in provinces_named(line)]
        province = (after or anywhere or [None])[0]
        if province:
            return Identity(hit[1], province, line, where)
        if unit_only is None:
            unit_only = (hit[1], line, where)
    if unit_only:
        # The unit in one line ("SỞ Y TẾ"), the province in another of the same places.
        for where, line in lines:
            named = provinces_named(line)
            if named and not unit_named(line):
                return Identity(unit_only[0], named[0][1], f"{unit_only[1]} | {line}", unit_only[2])
        return Identity(unit_only[0], None, unit_only[1], unit_only[2])
    return Identity()


def rejection(page_text: str) -> str | None:
    """"parked domain", "registrar page" or "a server's default page" when a
    page's text says it is one; None otherwise."""
    text = line_key(page_text)
    labels = {"parked": "parked domain", "registrar": "registrar page", "default_page": "a server's default page"}
    for why, markers in reject_markers().items():
        if any(m in text for m in markers):
            return labels.get(why, why)
    return None


def platform_of(html: str) -> str | None:
    """The CMS a page shows (registry `platform` values), when it says so."""
    lowered = html.lower()
    for needle, platform in (('content="nukeviet', "nukeviet"), ("nukeviet", "nukeviet"),
                             ('content="wordpress', "wordpress"), ("/wp-content/", "wordpress"),
                             ('content="joomla', "joomla"), ("liferay", "liferay"), ("dnn_", "dotnetnuke"),
                             ("dotnetnuke", "dotnetnuke"), ("_layouts/15", "sharepoint"),
                             ("spwebpartmanager", "sharepoint"), ("/webcenter/", "webcenter")):
        if needle in lowered:
            return platform
    return None


@dataclass(frozen=True)
class Link:
    kind: str  # so-y-te | cdc | ttyt
    url: str
    text: str
    province: str | None  # a province the link's text names
    by_text: bool = True  # its text names the unit (else only its host looks like one)


def _kind_of_link(text: str, host: str) -> str | None:
    hit = unit_named(text)
    if hit and hit[1] in DISCOVER_KINDS:
        return hit[1]
    label = host.removeprefix("www.").split(".")
    if any(w in label[0] for w in ("cdc", "ksbt", "kiemsoatbenhtat")) or label[0] == "cdc":
        return "cdc"
    if label[0].startswith(("ttyt", "trungtamyte")):
        return "ttyt"
    if label[0] in ("soyte", "syt", "soyt") or label[0].startswith("soyte"):
        return "so-y-te"
    return None


def linked_units(root, base_url: str) -> list[Link]:
    """Links to other sites that name a Sở Y tế, a CDC or a TTYT (by their text,
    or their host): what a "Liên kết website" box or a province portal lists.
    Both <a href> and the <option value> of a link drop-down count."""
    here = host_of(base_url)
    out: list[Link] = []
    seen: set[str] = set()
    for element in root.xpath("//a[@href] | //option[@value]"):
        href = (element.get("href") or element.get("value") or "").strip()
        try:
            url = urljoin(base_url, href)
            parts = urlsplit(url)
        except ValueError:
            continue
        host = host_of(url)
        if parts.scheme not in ("http", "https") or not host or host == here or host in seen:
            continue
        text = " ".join((element.text_content() or element.get("title") or "").split())
        kind = _kind_of_link(text, host)
        if kind:
            seen.add(host)
            named = provinces_named(text)
            by_text = bool((hit := unit_named(text)) and hit[1] == kind)
            out.append(Link(kind, f"{parts.scheme}://{parts.netloc}{parts.path or '/'}", text,
                            named[0][1] if named else None, by_text))
    return out


# --------------------------------------------------------------------------- writing the result


def source_name(unit: Unit, line: str, host: str, taken: set[str]) -> str:
    prefix = _NAME_PREFIX[unit.kind]
    if unit.kind == "ttyt":
        text = _plain(re.split(r" \| |[:,(\-–]", line)[0])
        match = re.search(r" trung tam y te (?:(?:huyen|thi xa|thanh pho|quan|khu vuc|tp) )?(.+?)(?= tinh | thanh pho | dia chi |$)",
                          text)
        words = match.group(1).split()[:3] if match else []
        stem = "".join(words) or host.removeprefix("www.").split(".")[0]
    else:
        stem = slugs(unit.former or unit.province)[0]
    base = f"{prefix}-{re.sub(r'[^a-z0-9-]+', '', stem)}"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def sources_toml(verified: list[dict], taken_names: Iterable[str] = (), header: str = "") -> str:
    """The verified sites as registry entries ([[source]] tables), checked by the
    registry's own parser before they are handed out."""
    taken = set(taken_names)
    blocks = [header.rstrip() + "\n"] if header else []
    for site in verified:
        unit = Unit.from_dict(site["unit"])
        name = source_name(unit, site["evidence_line"], site["host"], taken)
        today, former = unit.province, unit.former
        named_today = site.get("province_named") or today
        legacy = former or (named_today if named_today in legacy_to_current() else None)
        title = site.get("title") or unit.title
        examples = "; ".join(f"{a['url']} ({a['published'][:10]})" for a in site["articles"][:2])
        notes = (f"verified by `soyte sources --discover` on {site['checked_on']}: the {site['where']} names the "
                 f"unit; {len(site['articles'])} dated articles read, e.g. {examples}")
        lines = ["[[source]]", f"name = {_toml_string(name)}", f"title = {_toml_string(title)}",
                 f"url = {_toml_string(site['url'])}", f"province = {_toml_string(today)}"]
        if legacy:
            lines.append(f"legacy_province = {_toml_string(legacy)}")
        lines.append(f"kind = {_toml_string(unit.kind)}")
        if site.get("platform"):
            lines.append(f"platform = {_toml_string(site['platform'])}")
        lines += [f"evidence = {_toml_string(site['evidence'])}",
                  f"evidence_line = {_toml_string(site['evidence_line'])}",
                  f"discovered = {_toml_string(site['checked_on'])}",
                  f"checked = {_toml_string(site['checked_on'][:7])}",
                  f"notes = {_toml_string(notes)}"]
        blocks.append("\n".join(lines) + "\n")
    text = "\n".join(blocks)
    if verified:
        parse_registry(text, "<discovered sources>")  # what is handed out always validates
    return text


def site_title(identity_line: str, unit: Unit) -> str:
    """A title for the new source: the unit's own words when the line is short."""
    first = identity_line.split(" | ")[0]
    for sep in (" - ", " – ", " | ", " :: "):
        parts = [p.strip() for p in first.split(sep)]
        named = [p for p in parts if unit_named(p)]
        if named:
            first = named[0]
            break
    first = " ".join(first.split())
    if 8 <= len(first) <= 90 and unit_named(first):
        return _title_case(first) if first.isupper() else first
    return unit.title


def _title_case(text: str) -> str:
    """"SỞ Y TẾ TỈNH NGHỆ AN" -> "Sở Y tế tỉnh Nghệ An" (the way these units write it)."""
    words = text.lower().split()
    out = " ".join(w.capitalize() for w in words)
    for word in ("Tế", "Tỉnh", "Thành Phố", "Huyện", "Thị Xã", "Khu Vực", "Dự Phòng", "Tâm", "Soát Bệnh Tật"):
        out = out.replace(word, word.lower())
    return out


# --------------------------------------------------------------------------- the run's report


@dataclass(frozen=True)
class UnitOutcome:
    key: str
    title: str
    tried: int  # candidate hosts that were fetched (or looked up)
    site: dict | None  # the verified site chosen for it
    why: str  # what became of it, in a few words
    reported: tuple[str, ...] = ()  # candidates that answered but are not it


def outcomes(result: dict) -> list[UnitOutcome]:
    """Per unit: the verified site (the one with the most dated articles, then the
    newest), or why none, from the crawler's discovery result."""
    rows = []
    for unit in result["units"]:
        key = unit["key"]
        hosts = [h for h in result["hosts"] if key in h["units"]]
        verified = [h["site"] for h in hosts if h.get("site") and Unit.from_dict(h["site"]["unit"]).key == key]
        verified.sort(key=lambda s: (len(s["articles"]), s["articles"][0]["published"] if s["articles"] else ""),
                      reverse=True)
        answered = [h for h in hosts if h["state"] == "done" and not (h.get("site") and h["site"] in verified)]
        reported = tuple(f"{h['host']}: {h['verdict']}" for h in answered)
        tried = sum(1 for h in hosts if h["state"] != "pending")
        if verified:
            site = verified[0]
            newest = site["articles"][0]["published"][:10]
            why = f"verified: {site['host']} ({len(site['articles'])} dated articles, newest {newest})"
            also = [s["host"] for s in verified[1:]]
            if also:
                why += f"; also verified, not added: {', '.join(also)}"
            rows.append(UnitOutcome(key, unit["title"], tried, site, why, reported))
            continue
        counts = {state: sum(1 for h in hosts if h["state"] == state) for state in ("no-dns", "no-answer", "pending")}
        parts = [f"{h['host']}: {h['verdict']}" for h in answered[:3]]
        if len(answered) > 3:
            parts.append(f"{len(answered) - 3} more answered")
        if counts["no-dns"]:
            parts.append(f"{counts['no-dns']} names do not resolve" if counts["no-dns"] != 1
                         else "1 name does not resolve")
        if counts["no-answer"]:
            parts.append(f"{counts['no-answer']} did not answer")
        if counts["pending"]:
            parts.append(f"{counts['pending']} not tried (time limit)")
        rows.append(UnitOutcome(key, unit["title"], tried, None, "no site: " + ("; ".join(parts) or "no candidate"),
                                reported))
    return rows


def summary_lines(rows: list[UnitOutcome]) -> list[str]:
    width = max([len(r.title) for r in rows] + [4])
    lines = [f"{'unit':{width}}  tried  result"]
    for row in rows:
        lines.append(f"{row.title:{width}}  {row.tried:5}  {row.why}")
    found = sum(1 for r in rows if r.site)
    lines.append("")
    lines.append(f"{found} of {len(rows)} units verified.")
    return lines
