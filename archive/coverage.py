"""Coverage of the registry by province: who publishes for each of the 34 provinces.

Pure: takes sources, returns rows. For each province of today it counts the
Sở Y tế and CDC sources of the province itself, and separately those of each
former province merged into it in 2025 ("former"): a former department's site
is a different site, often frozen or gone, not the department of today.
A province only renamed (Thừa Thiên Huế → Huế) counts as the same unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .provinces import current_provinces, legacy_to_current
from .registry import Source



@dataclass(frozen=True)
class FormerCoverage:
    """One former province merged away in 2025, and its sources."""

    name: str
    so_y_te: int = 0
    cdc: int = 0
    other: int = 0  # district health centres and hospitals


@dataclass(frozen=True)
class ProvinceCoverage:
    """One province of today: counts of its own sources, and its former provinces."""

    name: str
    so_y_te: int = 0
    cdc: int = 0
    other: int = 0
    former: tuple[FormerCoverage, ...] = ()

    @property
    def has_both(self) -> bool:
        return self.so_y_te > 0 and self.cdc > 0

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(kind for kind, count in (("so-y-te", self.so_y_te), ("cdc", self.cdc)) if not count)


@dataclass(frozen=True)
class Coverage:
    provinces: tuple[ProvinceCoverage, ...]
    unplaced: tuple[str, ...] = field(default=())  # sources with no province

    @property
    def with_both(self) -> list[str]:
        return [p.name for p in self.provinces if p.has_both]

    @property
    def with_one(self) -> list[str]:
        return [p.name for p in self.provinces if len(p.missing) == 1]

    @property
    def with_none(self) -> list[str]:
        return [p.name for p in self.provinces if len(p.missing) == 2]

    def lacking(self, kind: str) -> list[str]:
        return [p.name for p in self.provinces if kind in p.missing]

    @property
    def former(self) -> list[FormerCoverage]:
        return [f for p in self.provinces for f in p.former]

    def summary(self) -> dict:
        former = self.former
        return {
            "provinces": len(self.provinces),
            "with_both": len(self.with_both),
            "with_one": len(self.with_one),
            "with_none": len(self.with_none),
            "former_provinces": len(former),
            "former_with_so_y_te": sum(1 for f in former if f.so_y_te),
            "former_with_cdc": sum(1 for f in former if f.cdc),
            "former_with_both": sum(1 for f in former if f.so_y_te and f.cdc),
            "former_with_any": sum(1 for f in former if f.so_y_te or f.cdc or f.other),
        }


def merged_away() -> dict[str, str]:
    """The former provinces that ceased to exist in 2025 (29) -> the province of today.

    Not counted: those whose name lives on, and a province only renamed."""
    mapping = legacy_to_current()
    members: dict[str, int] = {}
    for new in mapping.values():
        members[new] = members.get(new, 0) + 1
    return {old: new for old, new in mapping.items() if old != new and members[new] > 1}


def _bucket(kind: str | None) -> str:
    return {"so-y-te": "so_y_te", "cdc": "cdc"}.get(kind or "", "other")


def coverage(sources: Iterable[Source]) -> Coverage:
    """Count sources per province of today and per former province."""
    away = merged_away()
    today: dict[str, dict[str, int]] = {name: {"so_y_te": 0, "cdc": 0, "other": 0} for name in current_provinces()}
    former: dict[str, dict[str, int]] = {name: {"so_y_te": 0, "cdc": 0, "other": 0} for name in away}
    unplaced: list[str] = []
    for source in sources:
        bucket = _bucket(source.kind)
        if source.legacy_province in away:
            former[source.legacy_province][bucket] += 1
        elif source.province in today:
            today[source.province][bucket] += 1
        else:
            unplaced.append(source.name)
    rows = []
    for name in current_provinces():
        olds = tuple(FormerCoverage(old, **former[old]) for old, new in away.items() if new == name)
        rows.append(ProvinceCoverage(name, **today[name], former=olds))
    return Coverage(tuple(rows), tuple(unplaced))


def coverage_lines(cov: Coverage) -> list[str]:
    """The coverage table as text lines (for `soyte sources`)."""

    def mark(count: int) -> str:
        return str(count) if count else "-"

    lines = [f"{'province of today':20} {'so-y-te':>7} {'cdc':>4} {'other':>5}  former provinces (so-y-te/cdc/other)"]
    for row in cov.provinces:
        olds = ", ".join(f"{f.name} {mark(f.so_y_te)}/{mark(f.cdc)}/{mark(f.other)}" for f in row.former)
        lines.append(f"{row.name:20} {mark(row.so_y_te):>7} {mark(row.cdc):>4} {mark(row.other):>5}  {olds}".rstrip())
    s = cov.summary()
    lines.append("")
    lines.append(f"{s['with_both']} of {s['provinces']} provinces have a Sở Y tế and a CDC source, "
                 f"{s['with_one']} have one of them, {s['with_none']} have neither.")
    lines.append(f"{s['former_with_any']} of {s['former_provinces']} former provinces have a source "
                 f"({s['former_with_so_y_te']} a Sở Y tế, {s['former_with_cdc']} a CDC).")
    for kind, label in (("so-y-te", "Sở Y tế"), ("cdc", "CDC")):
        names = cov.lacking(kind)
        if names:
            lines.append(f"No {label} source: {', '.join(names)}.")
    if cov.unplaced:
        lines.append(f"No province given: {', '.join(cov.unplaced)}.")
    return lines
