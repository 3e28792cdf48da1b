"""The text around a search match, with the matched words marked: one rule for
`soyte search` and the Datasette search box (data/datasette/plugins)."""

from __future__ import annotations

import re

# Column 1 of articles_fts is the text; column 2 its đ-folded copy (with the title).
_TEXT, _FOLDED = 1, 2
# Starts a snippet taken from the folded copy, whose đ must be given back.
FOLDED_MARK = "\x01"


def best_snippet_sql(fts: str, open_mark: str = ":mark_open", close_mark: str = ":mark_close") -> str:
    """SQL for the snippet of a match in `fts`: from the text itself, or from
    its đ-folded copy when that holds more of the query's words ("dang vien"
    matches only there), so the marks always show why the article matched.
    The marks are SQL expressions: parameters by default, or quoted literals."""
    text, folded = (f"snippet({fts}, {column}, {open_mark}, {close_mark}, '…', 16)" for column in (_TEXT, _FOLDED))
    marks = [f"(length({s}) - length(replace({s}, {open_mark}, '')))" for s in (text, folded)]
    return f"CASE WHEN {marks[1]} > {marks[0]} THEN char(1) || {folded} ELSE {text} END"


def restore_folded(snippet: str | None, title: str | None, text: str | None, marks: tuple[str, str]) -> str | None:
    """A snippet of the đ-folded copy, in the article's own letters. The copy
    is title + newline + text with đ→d, one character for one, so the
    snippet's characters stand at the same places in the original."""
    if not snippet or not snippet.startswith(FOLDED_MARK):
        return snippet
    snippet = snippet[1:]
    original = f"{title or ''}\n{text or ''}"
    folded = original.replace("đ", "d").replace("Đ", "D")
    pieces = re.split(f"({re.escape(marks[0])}|{re.escape(marks[1])})", snippet)
    plain = "".join(p for p in pieces if p not in marks)
    core = plain.strip("…")
    start = folded.find(core)
    if start < 0:
        return snippet  # not found as is: show the folded letters rather than nothing
    at, out = start - (len(plain) - len(plain.lstrip("…"))), []
    for piece in pieces:
        if piece in marks:
            out.append(piece)
            continue
        inner = piece.strip("…") if piece.strip("…") else ""
        lead = piece[:len(piece) - len(piece.lstrip("…"))]
        tail = piece[len(lead) + len(inner):]
        out.append(lead + original[at + len(lead):at + len(lead) + len(inner)] + tail)
        at += len(piece)
    return "".join(out)
