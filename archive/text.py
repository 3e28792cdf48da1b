"""Text normalisation shared by extraction, dedup and search.

Old sites serve windows-1258 with tone marks as combining characters; the same
word then has two spellings in Unicode. Everything that is hashed, compared or
indexed goes through NFC first, or dedup and search silently miss those pages.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache, wraps

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Invisible marks inside words: the soft hyphen a theme puts at each break
# point ("wol\u00adlen"), the word joiner, a stray byte-order mark. Left in,
# the word matches no search and no copy of the story.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def nfc(value: str) -> str:
    """Compose combining marks, so one word has one spelling."""
    return unicodedata.normalize("NFC", value)


_MEMO_CHARS = 200


def kept_for_short_texts(size: int):
    """Decorate a function of one text so that its results for short texts
    are kept per process (the `size` most recent, functools.lru_cache): a
    site's menus, sidebars and footers repeat on each of its pages, and
    extraction and the template observation read each of their lines. Only
    exact str values are kept, never lxml's "smart" strings (they hold their
    element, and so the whole tree)."""

    def decorate(function):
        kept = lru_cache(maxsize=size)(function)

        @wraps(function)
        def call(value):
            return kept(value) if type(value) is str and len(value) <= _MEMO_CHARS else function(value)

        return call

    return decorate


@kept_for_short_texts(4096)
def clean_text(value: str) -> str:
    """NFC, single spaces inside lines, no blank-line runs, no edge space."""
    # _SPACE never matches a line break: replaced over the whole text at once,
    # as it would be line by line.
    value = _SPACE.sub(" ", _INVISIBLE.sub("", nfc(value)))
    if "\n" not in value:
        return value.strip()  # one line: no blank lines to merge
    return _BLANK_LINES.sub("\n", "\n".join([line.strip() for line in value.split("\n")])).strip()


class _FoldTable(dict):
    """Code point -> the character without its marks, filled on first sight
    (extraction folds every line of every page; per-character NFD was its
    largest cost). Folding character by character equals folding the string:
    NFD only reorders the combining marks, and those are all dropped."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLD = _FoldTable({ord("đ"): "d", ord("Đ"): "D"})


def fold(value: str) -> str:
    """Strip tone marks and map đ/Đ to d/D: what a user types without diacritics."""
    return value if value.isascii() else value.translate(_FOLD)


@kept_for_short_texts(4096)
def line_key(text: str) -> str:
    """How a line or a name is compared: folded (no tone marks, đ→d), lower case, spaces collapsed."""
    return " ".join(fold(text).lower().split())


def slugify(value: str) -> str:
    """ASCII slug as Vietnamese CMSes build it from a title ("Sở Y tế" -> "so-y-te")."""
    return _NOT_WORD.sub("-", fold(value).lower()).strip("-")


def word_tokens(value: str) -> list[str]:
    """Lower-cased syllables (Vietnamese words are space-separated syllables)."""
    return [t for t in _NOT_WORD.split(nfc(value).casefold()) if t]


def fingerprint(value: str) -> str | None:
    """Hash of the text's syllables: equal for the same text whatever its spacing,
    case, punctuation or Unicode form. None for empty text."""
    tokens = word_tokens(value)
    if not tokens:
        return None
    return hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()


# Scripts written without spaces between words (Chinese, Japanese): a run of
# their characters counts one word per two characters, so a story in them is
# not "a short body" for want of spaces.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of a text: whitespace-separated, with unspaced scripts counted by characters."""
    count = 0
    for token in text.split():
        unspaced = 0 if token.isascii() else len(_UNSPACED.findall(token))
        count += max(1, (unspaced + 1) // 2)
    return count
