"""Small-count suppression that cannot be undone with arithmetic.

Every count of people or cases under :data:`THRESHOLD` is shown as "fewer than 5"
(primary suppression). That alone is not enough: when a table shows its total
and all its cells but one, the hidden one is the difference. So counts that add
up (a table's cells to its total, a region's countries to the region) are given
as equations, and the reader's best attack is run against what would be shown:
from the shown numbers, "fewer than 5" meaning 1 to 4, and "hidden" meaning 5 or
more, every hidden count's smallest and largest possible value is worked out by
propagating bounds through the equations. While some hidden count has only one
possible value, the smallest shown count next to it is hidden too (secondary
suppression). The report's equations form a tree (the request total, each
table's cells, each region's countries), and on such a tree this propagation
finds exactly the values arithmetic allows, so what it accepts cannot be solved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

THRESHOLD = 5
_UNBOUNDED = 10**12


class Mark(StrEnum):
    SHOWN = "shown"
    FEW = "few"
    """Between 1 and THRESHOLD - 1: shown as "fewer than 5"."""
    HIDDEN = "hidden"
    """THRESHOLD or more, hidden so that a small count next to it cannot be worked out."""
    WITHHELD = "withheld"
    """Not shown at all, not even as a row: when counts are so few that listing them
    would tell (four requests from four listed countries are one each)."""


@dataclass(frozen=True, slots=True)
class Equation:
    """``total`` is the sum of ``parts`` (cell ids), and the reader can know it."""

    total: str
    parts: tuple[str, ...]


Bounds = dict[str, tuple[int, int]]


def primary(value: int) -> Mark:
    return Mark.FEW if 0 < value < THRESHOLD else Mark.SHOWN


def reader_bounds(
    values: Mapping[str, int], marks: Mapping[str, Mark], equations: Sequence[Equation]
) -> Bounds:
    """What a reader can work out about each cell from what is shown."""
    bounds: Bounds = {}
    equations = visible(equations, marks)
    for cell, value in values.items():
        mark = marks.get(cell, Mark.SHOWN)
        if mark is Mark.WITHHELD:
            continue
        if mark is Mark.SHOWN:
            bounds[cell] = (value, value)
        elif mark is Mark.FEW:
            bounds[cell] = (1, THRESHOLD - 1)
        else:
            bounds[cell] = (THRESHOLD, _UNBOUNDED)
    for _ in range(10 * (len(equations) + 1)):
        changed = False
        for eq in equations:
            changed = _tighten(bounds, eq) or changed
        if not changed:
            break
    return bounds


def visible(equations: Sequence[Equation], marks: Mapping[str, Mark]) -> list[Equation]:
    """The equations a reader can see: none whose parts are withheld."""
    return [
        eq
        for eq in equations
        if marks.get(eq.total) is not Mark.WITHHELD
        and all(marks.get(p) is not Mark.WITHHELD for p in eq.parts)
    ]


def _tighten(bounds: Bounds, eq: Equation) -> bool:
    changed = False
    low_sum = sum(bounds[p][0] for p in eq.parts)
    high_sum = sum(bounds[p][1] for p in eq.parts)
    t_low, t_high = bounds[eq.total]
    new_total = (max(t_low, low_sum), min(t_high, high_sum))
    if new_total != bounds[eq.total]:
        bounds[eq.total] = new_total
        changed = True
    t_low, t_high = new_total
    for part in eq.parts:
        p_low, p_high = bounds[part]
        others_low = low_sum - p_low
        others_high = high_sum - p_high
        new_part = (max(p_low, t_low - others_high), min(p_high, t_high - others_low))
        if new_part != (p_low, p_high):
            bounds[part] = new_part
            low_sum += new_part[0] - p_low
            high_sum += new_part[1] - p_high
            changed = True
    return changed


def exposed(
    values: Mapping[str, int], marks: Mapping[str, Mark], equations: Sequence[Equation]
) -> list[str]:
    """Hidden cells whose value a reader can work out exactly."""
    bounds = reader_bounds(values, marks, equations)
    return sorted(
        c for c, m in marks.items() if m in (Mark.FEW, Mark.HIDDEN) and len(set(bounds[c])) == 1
    )


def protect(
    values: Mapping[str, int], equations: Sequence[Equation], protected_last: Iterable[str] = ()
) -> dict[str, Mark]:
    """The mark of every cell: primary suppression, then secondary until nothing hidden
    can be worked out. Cells in ``protected_last`` (headline totals) are hidden only
    when nothing else would do."""
    marks = {cell: primary(value) for cell, value in values.items()}
    last = frozenset(protected_last)
    while True:
        found = exposed(values, marks, equations)
        if not found:
            return marks
        extra = _next_to_hide(found[0], values, marks, visible(equations, marks), last)
        if extra is not None:
            marks[extra] = Mark.HIDDEN
        elif not _withhold(found[0], marks, equations):
            raise AssertionError(f"cannot protect {found[0]}")  # every cell is withheld


def _withhold(cell: str, marks: dict[str, Mark], equations: Sequence[Equation]) -> bool:
    """Everything around ``cell`` is hidden and it still shows: withhold the rows of the
    innermost equations it is in (those whose parts total nothing themselves)."""
    totals = {eq.total for eq in visible(equations, marks)}
    changed = False
    for eq in visible(equations, marks):
        if cell in (eq.total, *eq.parts) and not totals & set(eq.parts):
            for part in eq.parts:
                changed = changed or marks[part] is not Mark.WITHHELD
                marks[part] = Mark.WITHHELD
    if not changed and marks.get(cell) is not Mark.WITHHELD:
        marks[cell] = Mark.WITHHELD
        changed = True
    return changed


def _next_to_hide(
    cell: str,
    values: Mapping[str, int],
    marks: Mapping[str, Mark],
    equations: Sequence[Equation],
    last: frozenset[str],
) -> str | None:
    """The smallest shown count that the derivation of ``cell`` leans on: any shown count
    in an equation reached from ``cell`` through hidden counts (a region's countries
    can give away a region hidden to protect its neighbour)."""
    candidates: list[tuple[bool, int, int, str]] = []
    seen = {cell}
    frontier = [cell]
    depth = 0
    while frontier:
        depth += 1
        following: list[str] = []
        for current in frontier:
            for eq in equations:
                members = (*eq.parts, eq.total)
                if current not in members:
                    continue
                for other in members:
                    if other in seen:
                        continue
                    seen.add(other)
                    if marks[other] is not Mark.SHOWN:
                        following.append(other)
                    elif values[other] >= THRESHOLD:
                        candidates.append((other in last, values[other], depth, other))
        frontier = following
    return min(candidates)[3] if candidates else None
