"""Where the exchange is thin: requests with no local collaborator, strategies with few
collaborators in a region, and the countries of each region it has not reached yet
(the pilot evaluation asks for all three)."""

from __future__ import annotations

from collections.abc import Sequence

from flows.intake.flow import QUESTIONS
from flows.report.facts import DirectoryEntry, RegionInfo
from flows.report.model import Count, Gaps
from flows.report.suppression import THRESHOLD, primary
from flows.report.tally import Tally

STRATEGIES = tuple(o for o in QUESTIONS["strategies"].options if o != "unsure")


def serves(entry: DirectoryEntry, region: RegionInfo) -> bool:
    return region.id in entry.regions or bool(entry.countries & region.countries)


def find_gaps(
    tally: Tally, regions: Sequence[RegionInfo], directory: Sequence[DirectoryEntry]
) -> Gaps:
    available = [e for e in directory if e.available]
    local = {c for e in available for c in e.countries}
    uncovered = tuple(sorted(tally.countries - local))
    thin: list[tuple[str, str, Count]] = []
    for region in regions:
        serving = [e for e in available if serves(e, region)]
        for strategy in STRATEGIES:
            n = sum(1 for e in serving if strategy in e.strategies)
            if n < THRESHOLD:
                thin.append((region.id, strategy, Count.of(n, primary(n))))
    reached = tally.countries
    unreached = tuple((region.id, tuple(sorted(region.countries - reached))) for region in regions)
    return Gaps(uncovered, tuple(thin), unreached)
