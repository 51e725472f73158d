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
    for cell, value in values.items():
        mark = marks.get(cell, Mark.SHOWN)
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
    return sorted(c for c, m in marks.items() if m is not Mark.SHOWN and len(set(bounds[c])) == 1)


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
        extra = _next_to_hide(found[0], values, marks, equations, last)
        if extra is None:  # nothing left to hide around it: cannot happen with a total shown
            raise AssertionError(f"cannot protect {found[0]}")
        marks[extra] = Mark.HIDDEN


def _next_to_hide(
    cell: str,
    values: Mapping[str, int],
    marks: Mapping[str, Mark],
    equations: Sequence[Equation],
    last: frozenset[str],
) -> str | None:
    candidates: list[tuple[bool, bool, int, str]] = []
    for eq in equations:
        if cell != eq.total and cell not in eq.parts:
            continue
        for other in (*eq.parts, eq.total):
            if other != cell and marks[other] is Mark.SHOWN and values[other] >= THRESHOLD:
                candidates.append((other in last, other == eq.total, values[other], other))
    return min(candidates)[3] if candidates else None
