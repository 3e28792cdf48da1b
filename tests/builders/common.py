"""What the fixture builders share: text helpers, stories, page checks, templates.

Both builders (`demo_sites.py`: the demo sites served by `soyte demo`; `corpus.py`:
the extraction corpus in `bench/corpus/`) read stories from a plain-text file
and render them through Jinja2 templates in `templates/`. Tests import what
they need from here (`to_cp1258`, `Story`, `load_stories`), never from a builder.

A stories file holds sections like this one (lines starting with `#` are comments)::

    === s01
    title: Headline of the story
    date: 2024-03-14 08:15          (or a date alone: the page shows no time)
    key: value                      (other header lines, kept in Story.meta)

    First paragraph: the lead.

    A paragraph; lines of one paragraph are joined with spaces.

    ! Caption of a photo (a lone "!" is a photo without caption)

    | table | header |
    | a     | b      |

    ~ Closing byline
    ~ its second line

Templates escape like the hand-written markup they replaced: `{{ x }}` escapes
`& < >` of text (quotes stay as typed), `{{ x|q }}` also quotes, for attribute
values; markup (`Markup`, a macro's or a `{% set %}` block's output) passes as is.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import jinja2
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


# --------------------------------------------------------------------------- text


def esc(text: str) -> str:
    """Escape text for element content (quotes stay as typed)."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Escape text for a quoted attribute value."""
    return html.escape(text, quote=True)


def slugify(text: str, limit: int = 90) -> str:
    """ASCII slug the way Vietnamese CMSes make them: tone marks dropped, đ -> d."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def dmy(moment: dt.date) -> str:
    return moment.strftime("%d/%m/%Y")


def hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def to_cp1258(text: str) -> bytes:
    """Encode the way old Vietnamese (IIS) sites stored text in windows-1258.

    The code page has letters with vowel modifiers (â ê ô ă ơ ư) but writes tone
    marks as separate combining characters, so "ệ" is stored as "ê" + U+0323 even
    though Python's codec cannot encode the precomposed letter.
    """
    modifiers = {"\u0302", "\u0306", "\u031b"}
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        kept = "".join(m for m in marks if m in modifiers)
        tones = "".join(m for m in marks if m not in modifiers)
        out.append(unicodedata.normalize("NFC", base + kept) + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def decode_page(body: bytes) -> str:
    """A generated page as text (NFC): windows-1258 when its meta tag says so."""
    head = body[:3000].lower()
    text = body.decode("cp1258") if b"charset=windows-1258" in head else body.decode("utf-8")
    return unicodedata.normalize("NFC", text)


class _TextOf(HTMLParser):
    def __init__(self, skip: frozenset[str], blocks: frozenset[str], close_too: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_tags, self._blocks, self._close_too = skip, blocks, close_too
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._skip_tags:
            self._skip += 1
        elif tag in self._blocks:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skip_tags and self._skip:
            self._skip -= 1
        elif tag in self._blocks and self._close_too:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(page: str, *, skip: tuple[str, ...] = ("script", "style"), blocks: tuple[str, ...] = (),
                 close_too: bool = False) -> str:
    """The text a reader sees: `skip` elements left out, a new line at each
    block element's start (and end, with `close_too`)."""
    parser = _TextOf(frozenset(skip), frozenset(blocks), close_too)
    parser.feed(page)
    return "".join(parser.parts)


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True)
class Block:
    """One unit of article body: a paragraph, a photo (with optional caption) or a table."""

    kind: str  # "p" | "img" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Story:
    """One news story as written by its publisher, from a stories file."""

    id: str
    site: str
    title: str
    published: dt.datetime
    show_time: bool
    lead: str | None
    blocks: list[Block]
    byline: list[str]
    modified: dt.datetime | None = None
    category: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, str] = field(default_factory=dict)  # every header line, as written

    @property
    def author(self) -> str | None:
        return self.byline[0] if self.byline else None

    def captions(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "img" and b.text]

    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "p"]


def parse_date(value: str) -> tuple[dt.datetime, bool]:
    """A `date:` value and whether it carries a time."""
    value = value.strip()
    if len(value) == 10:
        return dt.datetime.strptime(value, "%Y-%m-%d"), False
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M"), True


def _parse_chunk(chunk: str) -> Block | list[str]:
    """A body chunk: a Block, or the byline's lines."""
    lines = chunk.split("\n")
    if all(line.startswith("~ ") for line in lines):
        return [line[2:].strip() for line in lines]
    if all(line.startswith("|") for line in lines):
        return Block("table", rows=tuple(tuple(c.strip() for c in line.strip("|").split("|")) for line in lines))
    if chunk.startswith("!"):
        return Block("img", text=chunk[1:].strip())
    return Block("p", text=" ".join(line.strip() for line in lines))


def parse_story(section: str, site: str | None = None, story_class: type[Story] = Story) -> Story:
    """One "=== id" section; the site is the `site:` header line, else `site`."""
    head, _, body = section.strip().partition("\n\n")
    lines = head.strip().split("\n")
    meta = dict(line.split(": ", 1) for line in lines[1:])
    published, show_time = parse_date(meta["date"])
    blocks: list[Block] = []
    byline: list[str] = []
    for chunk in (c.strip() for c in body.strip().split("\n\n")):
        parsed = _parse_chunk(chunk)
        if isinstance(parsed, Block):
            blocks.append(parsed)
        else:
            byline = parsed
    lead = blocks.pop(0).text if blocks and blocks[0].kind == "p" else None
    return story_class(
        id=lines[0].removeprefix("===").strip(), site=meta.get("site", site), title=meta["title"],
        published=published, show_time=show_time, lead=lead, blocks=blocks, byline=byline,
        modified=parse_date(meta["modified"])[0] if "modified" in meta else None,
        category=meta.get("category"), encoding=meta.get("encoding", "utf-8"), meta=meta,
    )


def load_stories(path: Path, site: str | None = None, story_class: type[Story] = Story) -> list[Story]:
    """Every story of a stories file (NFC, `#` comment lines dropped)."""
    text = unicodedata.normalize("NFC", path.read_text("utf-8"))
    text = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    sections = [s for s in re.split(r"(?m)^(?==== )", text) if s.strip()]
    return [parse_story(s, site, story_class) for s in sections]


# --------------------------------------------------------------------------- templates


def _as_text(value: object) -> object:
    """`{{ x }}`: markup as it is, anything else escaped as element text."""
    if hasattr(value, "__html__"):
        return value
    return Markup(esc(str(value)))


def _quoted(value: object) -> Markup:
    return Markup(attr(str(value)))


def _join_text(items: object, sep: str = "") -> Markup:
    """Items escaped as text, joined by `sep` (markup, e.g. "<br>")."""
    return Markup(sep.join(str(_as_text(item)) for item in items))  # type: ignore[attr-defined]


def template_env(**globals_: object) -> jinja2.Environment:
    """Templates under `templates/`, escaping as the module docstring says.

    A block tag's own line leaves no blank line (trim_blocks, lstrip_blocks),
    and a template's last line break is not output.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, finalize=_as_text,
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["q"] = _quoted
    env.filters["join_text"] = _join_text
    env.globals.update(globals_)
    return env
