"""The report as the renderers see it: only what may be shown.

A suppressed count carries its mark and no number at all, so no renderer, CSV
writer or template can print it by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.report.facts import Period
from flows.report.suppression import Mark

HEADLINE_IDS: tuple[str, ...] = (
    "requests",
    "collaborations",
    "beneficiaries",
    "countries",
    "connections",
    "calls",
    "applications",
    "grants",
    "referrals",
    "committed",
    "spent",
    "directory",
)
"""The headline figures, in the report's order; a target may be set for each."""


@dataclass(frozen=True, slots=True)
class Count:
    shown: int | None
    """None when ``mark`` is not :attr:`Mark.SHOWN`."""
    mark: Mark = Mark.SHOWN

    @classmethod
    def of(cls, value: int, mark: Mark) -> Count:
        return cls(value if mark is Mark.SHOWN else None, mark)


@dataclass(frozen=True, slots=True)
class Headline:
    id: str
    count: Count | None = None
    dollars: int | None = None
    target: int | None = None
    pending: bool = False
    """Its figures come from a part of the exchange not recording them yet."""
    parts: tuple[tuple[str, int], ...] = ()
    """What the figure is made of, when that tells more (calls: open and targeted)."""


@dataclass(frozen=True, slots=True)
class CountTable:
    id: str
    dimension: str
    """How row keys are named: region, country, level, channel, language, month, sector,
    strategy, rights, financier. A country key is ``region/ISO``."""
    rows: tuple[tuple[str, Count], ...]
    total: Count | None = None
    """The request total, for tables whose rows add up to it."""
    chart: bool = False
    withheld: bool = False
    """Some rows are left out: their counts were too few to list safely."""


@dataclass(frozen=True, slots=True)
class SpeedRow:
    region: str
    cases: Count
    claim: tuple[float, float] | None
    """Median and 90th percentile in hours; None with fewer than 5 measured cases."""
    response: tuple[float, float] | None
    response_cases: Count


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    region: str
    cells: tuple[Count, ...]
    """In the order of :data:`flows.report.facts.OUTCOMES`."""


@dataclass(frozen=True, slots=True)
class ScoreRow:
    region: str
    question: str
    responses: Count
    mean: float | None


@dataclass(frozen=True, slots=True)
class RateRow:
    region: str
    sent: Count
    rate: float | None
    """Share answered, 0-1; None unless 5 or more answered and 5 or more did not."""


@dataclass(frozen=True, slots=True)
class MoneyRow:
    region: str
    committed: int
    spent: int


@dataclass(frozen=True, slots=True)
class Gaps:
    uncovered: tuple[str, ...]
    """Countries with requests but no available collaborator based there."""
    thin: tuple[tuple[str, str, Count], ...]
    """(region, strategy, collaborators) where fewer than 5 collaborators serve."""
    unreached: tuple[tuple[str, tuple[str, ...]], ...]
    """(region, countries of it with no request in the period)."""


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    headlines: tuple[Headline, ...]
    tables: tuple[CountTable, ...]
    speed: tuple[SpeedRow, ...]
    outcomes: tuple[OutcomeRow, ...]
    scores: tuple[ScoreRow, ...]
    rates: tuple[RateRow, ...]
    money: tuple[MoneyRow, ...]
    gaps: Gaps
    followup_pending: bool
    funding_pending: bool

    def table(self, table_id: str) -> CountTable:
        return next(t for t in self.tables if t.id == table_id)
