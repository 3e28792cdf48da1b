"""Bytes to text: the charset from the HTTP header, a BOM or a meta tag, then NFC."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

from ..text import nfc


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page the way a browser would, and compose combining tone marks
    (windows-1258 sites write "ệ" as "ê" + a combining dot)."""
    _, text = html_to_unicode(content_type, body)
    return nfc(text)
