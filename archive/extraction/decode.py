"""Bytes to text: the charset from the HTTP header, a BOM or a meta tag, then NFC.

Real sites get the declaration wrong both ways: Apache's `AddDefaultCharset`
sends "ISO-8859-1" over UTF-8 pages, and IIS sends "utf-8" over old
windows-1258 pages that declare their charset only in a meta tag. The bytes
settle it: text that is valid UTF-8 and not plain ASCII is UTF-8 (a legacy
single-byte Vietnamese page is never valid UTF-8 by chance), and a body that is
not valid UTF-8 is read with the charset its own meta tag names.

Also here: telling a body that is not an HTML page at all (empty, a PDF, an
image) from one that is, before anyone parses it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from ..text import nfc

# What a page in a charset nobody declared is read as: the fallback of a browser
# set to Vietnamese. Pages of these sites that are not UTF-8 are windows-1258.
UNDECLARED_LEGACY = "cp1258"

# The biggest page anything here reads (the crawler's DOWNLOAD_MAXSIZE is the same).
MAX_PAGE_BYTES = 16 * 1024 * 1024

# Problems worth counting in a crawl's record (decode_page().problem).
NO_CHARSET, WRONG_CHARSET, INVALID_BYTES = "no_charset", "wrong_charset", "invalid_bytes"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff", "image"), (b"GIF87a", "image"), (b"GIF89a", "image"),
    (b"II*\x00", "image"), (b"MM\x00*", "image"),
    (b"PK\x03\x04", "archive"), (b"Rar!\x1a\x07", "archive"), (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"\x1f\x8b", "archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),  # .doc/.xls
    (b"ID3", "media"), (b"\x00\x00\x00\x18ftyp", "media"), (b"\x00\x00\x00\x20ftyp", "media"),
)
_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_NOT_TEXT = re.compile(rb"<!--.*?-->|<![^>]*>|<\?[^>]*>|<[^>]*>|\s+", re.S)
_LINK = re.compile(rb"<(a|i?frame)\b", re.I)
_SNIFF_BYTES = 1024
_EMPTY_SCAN_BYTES = 64 * 1024


def sniff_not_html(body: bytes) -> str | None:
    """Why `body` is not an HTML page ("empty", "pdf", "image", "archive",
    "office", "media", "binary"), or None when it may be one.

    "empty" is a body with no text and no link: nothing, blanks, a lone
    comment ("<!-- cache -->"), a bare <html><body></body></html>.
    """
    if not body.strip():
        return "empty"
    head = body[:_SNIFF_BYTES]
    if head.startswith(_UNICODE_BOMS):
        return None
    stripped = head.lstrip()
    for magic, kind in _MAGIC:
        if stripped.startswith(magic):
            return kind
    if b"RIFF" == head[:4] and head[8:12] in (b"WEBP", b"AVI ", b"WAVE"):
        return "image" if head[8:12] == b"WEBP" else "media"
    if b"\x00" in head:  # text in an 8-bit charset or UTF-8 never holds NUL
        return "binary"
    # The link test first: it stops at a page's first link, where taking the
    # markup out of the whole body to see whether text is left costs more.
    if len(body) <= _EMPTY_SCAN_BYTES and not _LINK.search(body) and not _NOT_TEXT.sub(b"", body).strip():
        return "empty"
    return None


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC
    encoding: str  # the Python codec used
    problem: str | None  # NO_CHARSET | WRONG_CHARSET | INVALID_BYTES | None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page the way a careful browser would, and compose combining tone
    marks (windows-1258 sites write "ệ" as "ê" + a combining dot)."""
    return decode_page(body, content_type).text


def decode_page(body: bytes, content_type: str | None = None) -> Decoded:
    """The page's text, the codec that read it, and what was wrong with its declaration."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        text = body[len(bom):].decode(bom_encoding, errors="replace")
        return Decoded(nfc(text), bom_encoding, INVALID_BYTES if "\ufffd" in text else None)
    header = _codec(http_content_type_encoding(content_type) if content_type else None)
    meta = _codec(html_body_declared_encoding(body))
    declared = header or meta
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:  # valid UTF-8 (or plain ASCII)
        if not body.isascii():
            problem = NO_CHARSET if declared is None else (None if declared == "utf-8" else WRONG_CHARSET)
            return Decoded(nfc(text), "utf-8", problem)
        if declared is None or _ascii_compatible(declared):
            return Decoded(text, declared or "ascii", None)
    if header == "utf-8" and meta not in (None, "utf-8"):
        # The server's default header over a legacy page that names its own charset.
        return _decode(body, meta, WRONG_CHARSET)
    if declared is None:
        return _decode(body, UNDECLARED_LEGACY, NO_CHARSET)
    return _decode(body, declared, INVALID_BYTES if declared == "utf-8" else None)


def _decode(body: bytes, encoding: str, problem: str | None) -> Decoded:
    text = body.decode(encoding, errors="replace")
    if problem is None and "\ufffd" in text:
        problem = INVALID_BYTES
    return Decoded(nfc(text), encoding, problem)


def _codec(name: str | None) -> str | None:
    """A declared charset as Python's codec name ("utf-8", "cp1258"), or None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _ascii_compatible(codec: str) -> bool:
    return not codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32"))
