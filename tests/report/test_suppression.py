"""Small counts cannot be recovered from what the report shows: every hidden count has at
least two values consistent with the shown numbers, the totals and the equations a
reader knows (a table adds up to its total, a region's countries to the region)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.report.suppression import Equation, Mark, exposed, protect
from tests.report.reader import possible_values
from tests.support.budget import scaled


def _family(regions: list[list[int]], months: list[int]) -> tuple[dict[str, int], list[Equation]]:
    """A request total split by region and country, and again by month."""
    values: dict[str, int] = {}
    equations = []
    region_ids = []
    for r, countries in enumerate(regions):
        ids = [f"country:{r}/{c}" for c in range(len(countries))]
        values.update(dict(zip(ids, countries, strict=True)))
        values[f"region:{r}"] = sum(countries)
        region_ids.append(f"region:{r}")
        equations.append(Equation(f"region:{r}", tuple(ids)))
    values["total"] = sum(values[r] for r in region_ids)
    equations.append(Equation("total", tuple(region_ids)))
    month_ids = [f"month:{m}" for m in range(len(months))]
    values.update(dict(zip(month_ids, months, strict=True)))
    equations.append(Equation("total", tuple(month_ids)))
    return values, equations


@st.composite
def families(draw: st.DrawFn) -> tuple[dict[str, int], list[Equation]]:
    regions = draw(
        st.lists(st.lists(st.integers(0, 9), min_size=1, max_size=3), min_size=1, max_size=3)
    )
    total = sum(map(sum, regions))
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=1, max_size=2)))
    months = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    return _family(regions, months)


def _shown(values: dict[str, int], marks: dict[str, Mark]) -> dict[str, int | None]:
    return {c: (v if marks[c] is Mark.SHOWN else None) for c, v in values.items()}


def test_one_small_count_beside_a_total_takes_a_second_count_with_it() -> None:
    values, equations = _family([[20, 3, 15]], [38])
    marks = protect(values, equations, protected_last=("total",))
    assert marks["country:0/1"] is Mark.FEW
    assert marks["country:0/2"] is Mark.HIDDEN  # else 38 - 20 - 15 = 3
    assert marks["country:0/0"] is Mark.SHOWN
    assert exposed(values, marks, equations) == []


def test_two_small_counts_that_only_one_way_add_up_are_protected() -> None:
    values, equations = _family([[1, 1, 30]], [32])  # 32 - 30 = 2 = 1 + 1: both would be 1
    marks = protect(values, equations, protected_last=("total",))
    possible = possible_values(_shown(values, marks), marks, equations, values["total"] + 5)
    assert all(len(v) >= 2 for v in possible.values()), possible


def test_a_region_hidden_to_protect_another_is_not_given_away_by_its_countries() -> None:
    # asia 3 (few) and latin 6 would be hidden; latin's only country must not show 6.
    values, equations = _family([[3], [6], [50]], [59])
    marks = protect(values, equations, protected_last=("total",))
    possible = possible_values(_shown(values, marks), marks, equations, values["total"] + 5)
    assert all(len(v) >= 2 for v in possible.values()), (marks, possible)


@settings(max_examples=scaled(150, 60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(families())
def test_no_suppressed_count_can_be_recovered_from_what_is_shown(
    family: tuple[dict[str, int], list[Equation]],
) -> None:
    values, equations = family
    marks = protect(values, equations, protected_last=("total",))
    for cell, value in values.items():
        assert not (marks[cell] is Mark.SHOWN and 0 < value < 5), cell  # never a small number
        assert not (marks[cell] is Mark.FEW and value >= 5), cell  # never a false "fewer than 5"
    # The reader does not know how large a hidden count is; any room above the truth
    # is enough to show it is not pinned down (a larger ceiling only adds solutions).
    possible = possible_values(_shown(values, marks), marks, equations, values["total"] + 5)
    for cell, seen in possible.items():
        assert values[cell] in seen  # the truth is among the reader's solutions
        assert len(seen) >= 2, f"{cell} = {values[cell]} can be recovered: {marks}"
