"""Numbers as these sites write them: "1.234" (dot for thousands), "12,5" (comma
for decimals), and in words ("hai", "mười lăm", "hai mươi mốt", "một nghìn")."""

from __future__ import annotations

import re

from .lexicon import syllable_key

_GROUPED = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_PLAIN = re.compile(r"0|[1-9]\d{0,6}")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")

# folded word -> (value, its written forms with diacritics)
_DIGIT_WORDS = {
    "mot": (1, ("một", "mốt")), "hai": (2, ("hai",)), "ba": (3, ("ba",)), "bon": (4, ("bốn",)),
    "nam": (5, ("năm",)), "sau": (6, ("sáu",)), "bay": (7, ("bảy", "bẩy")), "tam": (8, ("tám",)),
    "chin": (9, ("chín",)),
}
_AFTER_TENS = {"tu": (4, ("tư",)), "lam": (5, ("lăm",)), "nham": (5, ("nhăm",))}
_OTHER = {"muoi": ("mười", "mươi"), "tram": ("trăm",), "linh": ("linh",), "le": ("lẻ",),
          "nghin": ("nghìn",), "ngan": ("ngàn",), "trieu": ("triệu",)}
_KEYS = {w: {syllable_key(f) for f in forms}
         for w, forms in [*((w, v[1]) for w, v in _DIGIT_WORDS.items()),
                          *((w, v[1]) for w, v in _AFTER_TENS.items()), *_OTHER.items()]}


def digits_value(token: str) -> int | None:
    """An integer written with digits, or None (decimals, phone numbers, leading zeros)."""
    if _GROUPED.fullmatch(token):
        return int(re.sub(r"[.,]", "", token))
    if _PLAIN.fullmatch(token):
        return int(token)
    return None


def decimal_text(token: str) -> str | None:
    """"12,5" -> "12.5"; integers as they are."""
    if _DECIMAL.fullmatch(token):
        return token.replace(",", ".")
    value = digits_value(token)
    return None if value is None else str(value)


def words_value(folded: list[str], original: list[str], i: int, accented: bool) -> tuple[int, int] | None:
    """(value, index after) for a number in words starting at token i, or None."""
    total = hundreds = small = 0
    last = None
    j = i
    while j < len(folded):
        t = folded[j]
        if t in _KEYS and accented and syllable_key(original[j]) not in _KEYS[t]:
            break
        if t in _DIGIT_WORDS and last != "digit":
            if t == "mot" and last not in (None, "tens", "linh", "hundred", "thousand"):
                break
            small += _DIGIT_WORDS[t][0]
            last = "digit"
        elif t in _AFTER_TENS and last == "tens":
            small += _AFTER_TENS[t][0]
            last = "digit"
        elif t == "muoi":
            if last == "digit" and small < 10:
                small *= 10
            elif last in (None, "hundred", "thousand"):
                small += 10
            else:
                break
            last = "tens"
        elif t == "tram" and last == "digit" and small < 10:
            hundreds += small * 100
            small = 0
            last = "hundred"
        elif t in ("linh", "le") and last == "hundred":
            last = "linh"
        elif t in ("nghin", "ngan", "trieu") and last in ("digit", "tens", "hundred"):
            total += (hundreds + small) * (1000 if t != "trieu" else 1_000_000)
            hundreds = small = 0
            last = "thousand"
        else:
            break
        j += 1
    if j == i or last == "linh":
        return None
    return total + hundreds + small, j
