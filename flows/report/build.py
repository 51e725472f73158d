"""From the counts to the report: tables, suppression over all of them at once, speed,
follow-up and funding figures, and the gaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from flows.report.facts import (
    OUTCOMES,
    DirectoryEntry,
    FollowupFigures,
    FundingFigures,
    RegionInfo,
)
from flows.report.gaps import find_gaps
from flows.report.model import (
    Count,
    CountTable,
    Headline,
    MoneyRow,
    OutcomeRow,
    RateRow,
    Report,
    ScoreRow,
    SpeedRow,
)
from flows.report.suppression import THRESHOLD, Equation, Mark, primary, protect
from flows.report.tally import ADDITIVE, MULTIPLE, UNKNOWN, Tally

TOTAL = "requests"
LEVELS = ("1", "2", "3")
CHARTED = frozenset({"region", "month", "sector", "strategy", "rights", "financier"})


@dataclass(frozen=True, slots=True)
class Inputs:
    tally: Tally
    regions: Sequence[RegionInfo]
    directory: Sequence[DirectoryEntry]
    followup: FollowupFigures
    funding: FundingFigures
    targets: Mapping[str, int]
    followup_pending: bool = True
    funding_pending: bool = True


def months(start: date, end: date) -> tuple[str, ...]:
    found: list[str] = []
    year, month = start.year, start.month
    while date(year, month, 1) < end:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(found)


def _keys(inputs: Inputs, dimension: str) -> list[str]:
    """Row keys: fixed lists where there is one (zeros shown), else what was counted."""
    counted = inputs.tally.by[dimension]
    if dimension == "region":
        known = [r.id for r in inputs.regions]
        return known + sorted(k for k in counted if k not in known)
    if dimension == "level":
        return list(LEVELS) + sorted(k for k in counted if k not in LEVELS)
    if dimension == "month":
        return list(months(inputs.tally.period.start, inputs.tally.period.end))
    return sorted(counted, key=lambda k: (k == UNKNOWN, -counted[k], k))


def _cells(inputs: Inputs) -> tuple[dict[str, int], list[Equation], dict[str, list[str]]]:
    """Every count that adds up, with its equations; and each table's cell ids."""
    tally = inputs.tally
    values = {TOTAL: tally.requests}
    equations: list[Equation] = []
    layout: dict[str, list[str]] = {}
    for dimension in ADDITIVE:
        ids = [f"{dimension}:{k}" for k in _keys(inputs, dimension)]
        values.update(
            {f"{dimension}:{k}": tally.by[dimension][k] for k in _keys(inputs, dimension)}
        )
        equations.append(Equation(TOTAL, tuple(ids)))
        layout[dimension] = ids
    country_ids: list[str] = []
    for region in _keys(inputs, "region"):
        members = sorted(
            (c for (r, c) in tally.by_country if r == region),
            key=lambda c: (c == UNKNOWN, -tally.by_country[(region, c)], c),
        )
        ids = [f"country:{region}/{c}" for c in members]
        values.update({f"country:{region}/{c}": tally.by_country[(region, c)] for c in members})
        if ids:
            equations.append(Equation(f"region:{region}", tuple(ids)))
        country_ids.extend(ids)
    layout["country"] = country_ids
    return values, equations, layout


def count_tables(inputs: Inputs) -> tuple[tuple[CountTable, ...], Count]:
    """The request tables, protected together (they share the request total)."""
    values, equations, layout = _cells(inputs)
    marks = protect(values, equations, protected_last=(TOTAL,))
    total = Count.of(values[TOTAL], marks[TOTAL])
    tables: list[CountTable] = []
    for dimension in (*ADDITIVE, "country"):
        cells = layout[dimension]
        rows = tuple(
            (cell.split(":", 1)[1], Count.of(values[cell], marks[cell]))
            for cell in cells
            if marks[cell] is not Mark.WITHHELD
        )
        withheld = len(rows) < len(cells)
        charted = dimension in CHARTED
        tables.append(CountTable(f"by-{dimension}", dimension, rows, total, charted, withheld))
    for dimension in MULTIPLE:
        counted = inputs.tally.by[dimension]
        keys = sorted(counted, key=lambda k: (-counted[k], k))
        rows = tuple((k, Count.of(counted[k], primary(counted[k]))) for k in keys)
        tables.append(CountTable(f"by-{dimension}", dimension, rows, None, True))
    return tuple(tables), total


def _single(value: int) -> Count:
    return Count.of(value, primary(value))


def headlines(inputs: Inputs, requests: Count) -> tuple[Headline, ...]:
    tally, funding, targets = inputs.tally, inputs.funding, inputs.targets
    committed = sum(m.committed for m in funding.money)
    spent = sum(m.spent for m in funding.money)
    pending = inputs.funding_pending
    found = (
        Headline("requests", requests),
        Headline("collaborations", _single(tally.collaborations)),
        Headline("beneficiaries", _single(tally.beneficiary_count)),
        Headline("countries", Count(len(tally.collaboration_countries))),
        Headline("connections", _single(tally.connections)),
        Headline(
            "calls",
            Count(funding.calls_open + funding.calls_targeted),
            pending=pending,
            parts=(("open", funding.calls_open), ("targeted", funding.calls_targeted)),
        ),
        Headline("applications", _single(funding.applications), pending=pending),
        Headline("grants", _single(funding.grants_awarded), pending=pending),
        Headline("referrals", _single(funding.grant_referrals), pending=pending),
        Headline("committed", dollars=committed, pending=pending),
        Headline("spent", dollars=spent, pending=pending),
        Headline("directory", _single(len(inputs.directory))),
    )
    return tuple(
        Headline(h.id, h.count, h.dollars, targets.get(h.id), h.pending, h.parts) for h in found
    )


def percentile(sorted_minutes: Sequence[int], share: float) -> float:
    """Nearest-rank percentile, in hours."""
    rank = max(1, -(-len(sorted_minutes) * share // 1))
    return sorted_minutes[int(rank) - 1] / 60


def _spread(minutes: list[int] | None) -> tuple[float, float] | None:
    if not minutes or len(minutes) < THRESHOLD:
        return None
    minutes.sort()
    return percentile(minutes, 0.5), percentile(minutes, 0.9)


def speed(inputs: Inputs) -> tuple[SpeedRow, ...]:
    durations = inputs.tally.durations
    rows = []
    for region in _keys(inputs, "region"):
        claim = durations.claim.get(region)
        response = durations.response.get(region)
        if not claim and not response:
            continue
        rows.append(
            SpeedRow(
                region,
                _single(len(claim or ())),
                _spread(claim),
                _spread(response),
                _single(len(response or ())),
            )
        )
    return tuple(rows)


def outcomes(followup: FollowupFigures) -> tuple[OutcomeRow, ...]:
    grid: dict[str, dict[str, int]] = {}
    for item in followup.outcomes:
        grid.setdefault(item.region, {})[item.outcome] = item.cases
    return tuple(
        OutcomeRow(region, tuple(_single(cells.get(o, 0)) for o in OUTCOMES))
        for region, cells in sorted(grid.items())
    )


def scores(followup: FollowupFigures) -> tuple[ScoreRow, ...]:
    return tuple(
        ScoreRow(
            s.region,
            s.question,
            _single(s.responses),
            round(s.mean, 1) if s.responses >= THRESHOLD else None,
        )
        for s in sorted(followup.scores, key=lambda s: (s.question, s.region))
    )


def rates(followup: FollowupFigures) -> tuple[RateRow, ...]:
    def rate(sent: int, answered: int) -> float | None:
        if answered < THRESHOLD or (sent - answered < THRESHOLD and sent != answered):
            return None
        return answered / sent

    return tuple(
        RateRow(c.region, _single(c.sent), rate(c.sent, c.answered))
        for c in sorted(followup.checkins, key=lambda c: c.region)
    )


def build(inputs: Inputs) -> Report:
    """The whole report; nothing in it can reveal a count under 5."""
    tables, requests = count_tables(inputs)
    return Report(
        period=inputs.tally.period,
        headlines=headlines(inputs, requests),
        tables=tables,
        speed=speed(inputs),
        outcomes=outcomes(inputs.followup),
        scores=scores(inputs.followup),
        rates=rates(inputs.followup),
        money=tuple(
            MoneyRow(m.region, m.committed, m.spent)
            for m in sorted(inputs.funding.money, key=lambda m: m.region)
        ),
        gaps=find_gaps(inputs.tally, inputs.regions, inputs.directory),
        followup_pending=inputs.followup_pending,
        funding_pending=inputs.funding_pending,
    )
