"""What the report is made of: one anonymous fact per case, the directory's shape, and
the figures other parts of the exchange (follow-up, funding) hand in.

Facts carry categories and durations, never words a person wrote. ``requester`` is
a pseudonym used only to count distinct people inside the aggregation; it never
leaves it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flows.followup.evaluation import OUTCOMES as EVALUATION_OUTCOMES

OUTCOMES: tuple[str, ...] = EVALUATION_OUTCOMES
"""The pilot evaluation's eight outcome categories, in its order, as the evaluation
survey offers them."""


@dataclass(frozen=True, slots=True)
class Period:
    """From ``start`` (included) to ``end`` (excluded), as ISO dates."""

    start: date
    end: date

    def holds(self, iso_moment: str) -> bool:
        return self.start.isoformat() <= iso_moment[:10] < self.end.isoformat()


@dataclass(frozen=True, slots=True)
class CaseFact:
    """One request, as the report may count it: the request is counted in the period it
    was created in, its collaboration in the period it was agreed in, each connection in
    the period it was accepted in."""

    created_at: str
    region: str
    country: str | None
    level: int
    status: str
    channel: str
    locale: str
    strategies: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    financiers: tuple[str, ...] = ()
    sector: str | None = None
    requester: str | None = None
    agreed_at: str | None = None
    """When an agreement was first recorded: a collaboration facilitated."""
    connection_dates: tuple[str, ...] = ()
    """When each collaborator introduced to the case accepted (ISO dates)."""
    hours_to_claim: float | None = None
    hours_to_response: float | None = None
    """To the first message a facilitator sent the requester through the bot."""


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One collaborator as the gap analysis sees them: where and what, never who."""

    strategies: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    available: bool = True


@dataclass(frozen=True, slots=True)
class RegionInfo:
    id: str
    countries: frozenset[str]


# --- follow-up (check-ins, evaluation surveys): filled in by the follow-up part ---------


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    """Cases in ``region`` whose evaluation reported ``outcome`` (one of :data:`OUTCOMES`)."""

    region: str
    outcome: str
    cases: int


@dataclass(frozen=True, slots=True)
class SurveyScore:
    """Answers to one survey question in a region, on a 1-5 scale."""

    region: str
    question: str
    responses: int
    mean: float


@dataclass(frozen=True, slots=True)
class CheckinRate:
    region: str
    sent: int
    answered: int


@dataclass(frozen=True, slots=True)
class FollowupFigures:
    outcomes: tuple[OutcomeCount, ...] = ()
    scores: tuple[SurveyScore, ...] = ()
    """``question`` ``satisfaction`` is the overall satisfaction."""
    checkins: tuple[CheckinRate, ...] = ()


# --- funding (calls, applications, grants, money): filled in by the funding part -----


@dataclass(frozen=True, slots=True)
class RegionMoney:
    """US dollars committed (grants awarded) and spent (disbursed) for a region."""

    region: str
    committed: int
    spent: int


@dataclass(frozen=True, slots=True)
class FundingFigures:
    calls_open: int = 0
    calls_targeted: int = 0
    applications: int = 0
    grants_awarded: int = 0
    grant_referrals: int = 0
    money: tuple[RegionMoney, ...] = field(default_factory=tuple)


def _chosen(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()


def facets_of(answers: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """(rights, financiers, sector) chosen in an intake: option ids only, never text."""
    sector = answers.get("sector")
    return (
        _chosen(answers.get("rights")),
        _chosen(answers.get("financiers")),
        sector if isinstance(sector, str) else None,
    )
