"""The 34 provinces of today and the 63 they were formed from (data/provinces.toml).

Names are matched without diacritics, case or spacing, so "dong nai", "Đồng Nai"
and "TP HCM"-like spellings resolve to one canonical name.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from .text import fold

_ALIASES = {
    "ho chi minh": "TP. Hồ Chí Minh",
    "tp ho chi minh": "TP. Hồ Chí Minh",
    "thanh pho ho chi minh": "TP. Hồ Chí Minh",
    "tp hcm": "TP. Hồ Chí Minh",
    "hcm": "TP. Hồ Chí Minh",
    "thua thien hue": "Huế",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "hoa binh": "Hòa Bình",
    "thanh hoa": "Thanh Hóa",
    "khanh hoa": "Khánh Hòa",
}


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(name).lower()).strip()


@cache
def _table() -> list[dict]:
    data = tomllib.loads(files("archive").joinpath("data/provinces.toml").read_text("utf-8"))
    return data["province"]


@cache
def current_provinces() -> tuple[str, ...]:
    """The 34 provinces and centrally run cities of today."""
    return tuple(p["name"] for p in _table())


@cache
def legacy_to_current() -> dict[str, str]:
    """Each of the 63 former provinces -> the province it belongs to today."""
    return {old: p["name"] for p in _table() for old in p["merged_from"]}


def _lookup(name: str, names: list[str]) -> str | None:
    index = {_key(n): n for n in names}
    key = _key(name)
    alias = _ALIASES.get(key)
    return index.get(key) or (alias if alias in names else None)


def current_province(name: str) -> str | None:
    """Canonical name of a province of today, or None."""
    return _lookup(name, list(current_provinces()))


def legacy_province(name: str) -> str | None:
    """Canonical name of a former (pre-2025) province, or None."""
    return _lookup(name, list(legacy_to_current()))
