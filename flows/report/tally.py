"""Counting the facts one by one, so a report over any number of cases holds only the
counts, never the cases."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from flows.report.facts import CaseFact, Period

UNKNOWN = "unknown"
"""The key of a case whose answer was not given or was erased."""

ADDITIVE = ("region", "level", "channel", "language", "month", "sector")
"""Dimensions where every request counts once: their cells add up to the request total."""
MULTIPLE = ("strategy", "rights", "financier")
"""Dimensions where a request may name several values (or none)."""


@dataclass(slots=True)
class Durations:
    """Hours to claim / to first response, per region (kept as whole minutes)."""

    claim: dict[str, list[int]] = field(default_factory=dict)
    response: dict[str, list[int]] = field(default_factory=dict)

    def add(self, region: str, claim: float | None, response: float | None) -> None:
        if claim is not None and claim >= 0:
            self.claim.setdefault(region, []).append(round(claim * 60))
        if response is not None and response >= 0:
            self.response.setdefault(region, []).append(round(response * 60))


@dataclass(slots=True)
class Tally:
    """Counts over the facts of a period; :meth:`add` each fact once."""

    period: Period
    requests: int = 0
    collaborations: int = 0
    connections: int = 0
    erased_beneficiaries: int = 0
    beneficiaries: set[str] = field(default_factory=set)
    """Pseudonyms of requesters of collaborations (only their number leaves the tally)."""
    counted_beneficiaries: int = 0
    """Distinct requesters a store counted itself (instead of adding pseudonyms)."""
    by: dict[str, Counter[str]] = field(
        default_factory=lambda: {d: Counter() for d in (*ADDITIVE, *MULTIPLE)}
    )
    by_country: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(region, country) → requests; country ``unknown`` when not given."""
    collaboration_countries: set[str] = field(default_factory=set)
    durations: Durations = field(default_factory=Durations)

    def add(self, fact: CaseFact) -> None:
        self.connections += sum(1 for d in fact.connection_dates if self.period.holds(d))
        if fact.agreed_at is not None and self.period.holds(fact.agreed_at):
            self._collaboration(fact)
        if self.period.holds(fact.created_at):
            self._request(fact)

    def _collaboration(self, fact: CaseFact) -> None:
        self.collaborations += 1
        if fact.country:
            self.collaboration_countries.add(fact.country)
        if fact.requester is None:
            self.erased_beneficiaries += 1
        else:
            self.beneficiaries.add(fact.requester)

    def _request(self, fact: CaseFact) -> None:
        self.requests += 1
        by = self.by
        by["region"][fact.region] += 1
        by["level"][str(fact.level)] += 1
        by["channel"][fact.channel] += 1
        by["language"][fact.locale] += 1
        by["month"][fact.created_at[:7]] += 1
        by["sector"][fact.sector or UNKNOWN] += 1
        by["strategy"].update(set(fact.strategies))
        by["rights"].update(set(fact.rights))
        by["financier"].update(set(fact.financiers))
        self.by_country[(fact.region, fact.country or UNKNOWN)] += 1
        self.durations.add(fact.region, fact.hours_to_claim, fact.hours_to_response)

    @property
    def beneficiary_count(self) -> int:
        """Distinct requesters of collaborations; each erased requester counts once per case
        (at most one too many per extra case of the same person)."""
        return len(self.beneficiaries) + self.counted_beneficiaries + self.erased_beneficiaries

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(c for (_, c) in self.by_country if c != UNKNOWN)
