"""The disease lexicon (data/diseases.toml) and the matcher that finds its names.

Text is matched in a folded copy (tone marks dropped, đ→d, lower case) of the
same length as the original, so offsets carry over. In text written with
diacritics a hit is then checked against the original: the tone marks and đ of
each syllable must be those of one written form (wherever the mark sits, so
"thuỷ đậu" = "thủy đậu"), which keeps "Lào" from reading as "lao" and "mô tả"
from passing the check only to be stopped by the cue rule. Text written without
diacritics is matched folded; forms that are ordinary words there need a cue.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..text import fold

_SEP = r"[\s\-\u2013/()]{0,3}"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

# Words right before a weak form that make it the disease ("bệnh lao", "chống lao",
# "mắc sởi", "chó dại", "vắc xin dại"), folded.
CUES = (
    "benh", "dich", "o dich", "ca", "ca benh", "ca mac", "mac", "nhiem", "dong nhiem", "vac xin",
    "vacxin", "vaccine", "tiem", "tiem phong", "chong", "phong", "benh nhan", "nguoi benh", "nghi",
    "nghi mac", "dieu tri", "do", "vi khuan", "vi rut", "virus", "cho", "meo", "len con", "bi",
    "phat hien", "sang loc", "duong tinh voi", "huyet thanh", "ve", "la",
)
_CUE_END = re.compile(r"(?:^|[^a-z0-9])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in
                                                         sorted(CUES, key=len, reverse=True)) + r")[\s,:]*$")
_LIST_GAP = re.compile(r"^\s*(?:,|;|-|/|va|hoac|hay)?\s*$")


@dataclass(frozen=True)
class Disease:
    id: str
    name: str
    group: str


@dataclass(frozen=True)
class Variant:
    disease: Disease
    form: str                 # as written in the lexicon
    keys: tuple               # per syllable: (folded, marks, đ count)
    abbr: bool
    weak: bool
    plain_weak: bool
    accent_only: bool
    block_next: frozenset


@dataclass(frozen=True)
class Hit:
    disease: Disease
    start: int
    end: int
    text: str


def syllable_key(token: str) -> tuple:
    """(folded letters, sorted tone/vowel marks, number of đ): equal for "thuỷ" and "thủy"."""
    low = unicodedata.normalize("NFC", token).casefold()
    marks = sorted(c for c in unicodedata.normalize("NFD", low) if unicodedata.combining(c))
    return fold(low), tuple(marks), low.count("đ")


def _tokens(value: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFC", value))


class _FoldOne(dict):
    """Code point -> its folded, lower-case character (one character), filled
    on first sight: a table for str.translate, which maps the whole text in C."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        f = fold(ch).lower()
        if len(f) != 1:
            f = ch.lower() if len(ch.lower()) == 1 else ch
        self[code] = f
        return f


_FOLD1 = _FoldOne()


def fold_same_length(value: str) -> str:
    """Folded, lower-case copy with one character per character of `value`."""
    return value.translate(_FOLD1)


class Lexicon:
    def __init__(self, data: dict):
        self.diseases: dict[str, Disease] = {}
        self.variants: dict[tuple, list[Variant]] = {}
        for entry in data["disease"]:
            disease = Disease(entry["id"], entry["name"], entry.get("group", ""))
            self.diseases[disease.id] = disease
            weak = {f.casefold() for f in entry.get("weak", [])}
            plain_weak = {f.casefold() for f in entry.get("plain_weak", [])}
            accent_only = {f.casefold() for f in entry.get("accent_only", [])}
            block = frozenset(entry.get("block_next", []))
            forms = [(f, False) for f in entry.get("names", [])] + [(f, True) for f in entry.get("abbr", [])]
            for form, is_abbr in forms:
                tokens = _tokens(form)
                variant = Variant(disease, form, tuple(syllable_key(t) for t in tokens), is_abbr,
                                  form.casefold() in weak, form.casefold() in plain_weak,
                                  form.casefold() in accent_only, block)
                self.variants.setdefault(tuple(k[0] for k in variant.keys), []).append(variant)
        alternatives = sorted(self.variants, key=lambda k: (-len(" ".join(k)), k))
        body = "|".join(_SEP.join(re.escape(t) for t in key) for key in alternatives)
        self.pattern = re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")

    def find(self, original: str, folded: str, accented: bool) -> list[Hit]:
        """Disease names in one sentence (`folded` = fold_same_length(original))."""
        hits: list[Hit] = []
        for m in self.pattern.finditer(folded):
            span = original[m.start():m.end()]
            tokens = _tokens(span)
            key = tuple(fold(t).lower() for t in tokens)
            variant = self._choose(key, tokens, accented, original, m.start())
            if variant is None:
                continue
            nxt = re.match(r"[\s\-]*([a-z0-9]+)", folded[m.end():])
            if nxt and nxt.group(1) in variant.block_next:
                continue
            if variant.weak or (variant.plain_weak and not accented):
                before = folded[max(0, m.start() - 40):m.start()]
                listed = hits and _LIST_GAP.match(folded[hits[-1].end:m.start()])
                if not (_CUE_END.search(before) or listed):
                    continue
            hits.append(Hit(variant.disease, m.start(), m.end(), span))
        return hits

    def _choose(self, key, tokens, accented, original, start) -> Variant | None:
        for variant in self.variants.get(key, []):
            if variant.abbr:
                if any(c.islower() for c in "".join(tokens)):
                    continue
                prev = re.search(r"(\S+)\s+$", original[:start])
                if prev and prev.group(1)[:1].isupper() and prev.start() > 0 and prev.group(1).isalpha():
                    continue  # a name written in capitals ("Nguyễn Văn TCM")
                return variant
            if accented:
                if len(tokens) == len(variant.keys) and all(
                        syllable_key(t) == k for t, k in zip(tokens, variant.keys)):
                    return variant
            elif not variant.accent_only:
                return variant
        return None


@cache
def lexicon() -> Lexicon:
    text = files("archive").joinpath("data/diseases.toml").read_text("utf-8")
    return Lexicon(tomllib.loads(text))
