"""An independent attacker for the suppression tests: from what a report shows, find by
exhaustive search every value each hidden count can take. Written without the
report's own bound propagation, so that the tests do not check it against itself."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from flows.report.suppression import THRESHOLD, Equation, Mark, visible


def solutions(
    shown: Mapping[str, int | None],
    marks: Mapping[str, Mark],
    equations: Sequence[Equation],
    ceiling: int,
) -> Iterator[dict[str, int]]:
    """Every assignment of the hidden cells consistent with what is shown: "fewer than
    5" is 1-4, "hidden" is 5 up to ``ceiling``, and every equation holds."""
    # Withheld rows are not shown at all: the reader sees neither them nor the
    # equations they belong to.
    equations = visible(equations, marks)
    hidden = sorted(c for c, m in marks.items() if m in (Mark.FEW, Mark.HIDDEN))
    domains = {
        c: range(1, THRESHOLD) if marks[c] is Mark.FEW else range(THRESHOLD, ceiling + 1)
        for c in hidden
    }

    def forced(values: dict[str, int]) -> tuple[str, int] | bool | None:
        """A cell an equation fixes once all its other cells are known; False if an
        equation is already broken; None if nothing is forced."""
        for eq in equations:
            cells = (eq.total, *eq.parts)
            unknown = [c for c in cells if c not in values]
            if len(unknown) > 1:
                continue
            parts = sum(values.get(p, 0) for p in eq.parts)
            if not unknown:
                if values[eq.total] != parts:
                    return False
                continue
            cell = unknown[0]
            value = parts if cell == eq.total else values[eq.total] - (parts - 0)
            return cell, value
        return None

    def search(values: dict[str, int]) -> Iterator[dict[str, int]]:
        step = forced(values)
        if step is False:
            return
        if isinstance(step, tuple):
            cell, value = step
            if value not in domains[cell]:
                return
            values[cell] = value
            yield from search(values)
            del values[cell]
            return
        free = [c for c in hidden if c not in values]
        if not free:
            yield {c: values[c] for c in hidden}
            return
        cell = min(free, key=lambda c: len(domains[c]))
        for value in domains[cell]:
            values[cell] = value
            yield from search(values)
            del values[cell]

    yield from search({c: int(v) for c, v in shown.items() if v is not None})


def possible_values(
    shown: Mapping[str, int | None],
    marks: Mapping[str, Mark],
    equations: Sequence[Equation],
    ceiling: int,
) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {
        c: set() for c, m in marks.items() if m in (Mark.FEW, Mark.HIDDEN)
    }
    for solution in solutions(shown, marks, equations, ceiling):
        for cell, value in solution.items():
            found[cell].add(value)
    return found
