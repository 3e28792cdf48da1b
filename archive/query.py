"""What people type into a search box, made into an FTS5 query.

By default a query is words and "quoted phrases", as search engines and
Datasette's search box read it: every word must match, and punctuation never
reaches FTS5 as syntax. Punctuation inside a word keeps it together as a
phrase, so "COVID-19" finds "COVID-19" and "COVID 19", "TP.HCM" finds
"TP. HCM" and "27/2/2025" finds the date however it is split. AND, OR, NOT,
NEAR, prefix* and column filters are FTS5's own syntax, for `--raw` only.
"""

from __future__ import annotations

import re

from .errors import QueryError
from .text import nfc

# A word as FTS5's unicode61 tokenizer cuts one: letters, digits and marks.
_WORD = re.compile(r"[^\W_]+")
_PHRASE_OR_CHUNK = re.compile(r'"([^"]*)"|([^\s"]+)')


def words_query(typed: str) -> str:
    """The FTS5 query that finds every word and phrase of `typed`, all of them.

    Raises QueryError when `typed` holds no word at all ("*", "%", "")."""
    terms = []
    for phrase, chunk in _PHRASE_OR_CHUNK.findall(nfc(typed)):
        words = _WORD.findall(phrase or chunk)
        if words:
            terms.append('"' + " ".join(words) + '"')
    if not terms:
        raise QueryError(f"the query {typed.strip()[:80]!r} has no word to search for",
                         hint='type words or "a phrase" (with or without diacritics); '
                              "--raw takes FTS5 syntax (AND, OR, NOT, NEAR, prefix*)")
    return " ".join(dict.fromkeys(terms))


def literal_query(typed: str) -> str:
    """Every word as a term of its own, quotes ignored (`--literal`)."""
    return words_query(" ".join(_WORD.findall(nfc(typed))))
