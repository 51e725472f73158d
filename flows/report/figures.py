"""The report's follow-up and funding figures, counted from the rows both backends
read the same way: the store filters by period, this module only counts, so the
SQLite and memory stores cannot disagree about what an outcome or a grant is.

Only option ids and numbers come in (outcome ids, 1-5 answers, amounts): an
evaluation's free text never reaches the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from flows.followup.evaluation import OUTCOMES, SCALES
from flows.report.facts import (
    CheckinRate,
    FollowupFigures,
    FundingFigures,
    OutcomeCount,
    RegionMoney,
    SurveyScore,
)

SATISFACTION = "satisfaction"
"""The overall score: each evaluation's mean over the 1-5 questions it answered."""
COUNTED = ("ev_outcomes", *SCALES)
"""The only answers of an evaluation the report reads (option ids and 1-5 scores)."""


def counted(answers: Mapping[str, Any]) -> dict[str, Any]:
    """An evaluation's answers without what the report never reads (its free text), so
    a store holds no more than that while it counts."""
    return {key: answers[key] for key in COUNTED if key in answers}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One party's completed evaluation of a case in ``region``."""

    region: str
    ref: str
    answers: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Checkin:
    """A check-in sent in the period, and whether it was answered."""

    region: str
    answered: bool


class FollowupCount:
    """Outcomes (cases, however many parties reported one), scores and check-in rates,
    counted one evaluation and one check-in at a time: a score keeps only its number of
    answers and their sum, so a store can count while it reads."""

    def __init__(self) -> None:
        self._outcomes: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._scores: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        self._rates: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def evaluation(self, evaluation: Evaluation) -> None:
        chosen = evaluation.answers.get("ev_outcomes")
        for outcome in chosen if isinstance(chosen, list) else ():
            if outcome in OUTCOMES:
                self._outcomes[(evaluation.region, outcome)].add(evaluation.ref)
        given = [_score(evaluation.answers.get(q)) for q in SCALES]
        answered = [v for v in given if v is not None]
        for question, value in zip(SCALES, given, strict=True):
            if value is not None:
                self._score(evaluation.region, question, value)
        if answered:  # one response per evaluation
            self._score(evaluation.region, SATISFACTION, round(sum(answered) / len(answered)))

    def _score(self, region: str, question: str, value: int) -> None:
        score = self._scores[(region, question)]
        score[0] += 1
        score[1] += value

    def checkin(self, checkin: Checkin) -> None:
        rate = self._rates[checkin.region]
        rate[0] += 1
        rate[1] += int(checkin.answered)

    def figures(self) -> FollowupFigures:
        return FollowupFigures(
            outcomes=tuple(
                OutcomeCount(region, outcome, len(refs))
                for (region, outcome), refs in sorted(self._outcomes.items())
            ),
            scores=tuple(
                SurveyScore(region, question, responses, total / responses)
                for (region, question), (responses, total) in sorted(self._scores.items())
            ),
            checkins=tuple(
                CheckinRate(region, sent, answered)
                for region, (sent, answered) in sorted(self._rates.items())
            ),
        )


def followup_figures(
    evaluations: Iterable[Evaluation], checkins: Iterable[Checkin]
) -> FollowupFigures:
    """:class:`FollowupCount` over all of them at once."""
    count = FollowupCount()
    for evaluation in evaluations:
        count.evaluation(evaluation)
    for checkin in checkins:
        count.checkin(checkin)
    return count.figures()


def _score(value: object) -> int | None:
    """A 1-5 answer (saved as its option id, ``"1"`` … ``"5"``), or None."""
    text = str(value) if isinstance(value, str | int) else ""
    return int(text) if text in ("1", "2", "3", "4", "5") else None


@dataclass(frozen=True, slots=True)
class Decided:
    """An application decided in the period: its region, status and cents granted."""

    region: str
    status: str
    granted_cents: int


@dataclass(frozen=True, slots=True)
class Paid:
    """Money recorded in the period: ``disbursement`` or ``spent``, in USD cents."""

    region: str
    kind: str
    usd_cents: int


def funding_figures(
    call_kinds: Iterable[str],
    applications: int,
    decided: Iterable[Decided],
    referrals: int,
    paid: Iterable[Paid],
) -> FundingFigures:
    """Calls run, applications received, grants awarded, referrals; per region, dollars
    committed (grants awarded) and spent (disbursed to the collaborations)."""
    kinds = list(call_kinds)
    committed: dict[str, int] = defaultdict(int)
    spent: dict[str, int] = defaultdict(int)
    grants = 0
    for item in decided:
        if item.status == "approved":
            grants += 1
            committed[item.region] += item.granted_cents
    for money in paid:
        if money.kind == "disbursement":
            spent[money.region] += money.usd_cents
    regions = sorted(set(committed) | set(spent))
    return FundingFigures(
        calls_open=kinds.count("open"),
        calls_targeted=kinds.count("targeted"),
        applications=applications,
        grants_awarded=grants,
        grant_referrals=referrals,
        money=tuple(
            RegionMoney(r, _dollars(committed.get(r, 0)), _dollars(spent.get(r, 0)))
            for r in regions
        ),
    )


def _dollars(cents: int) -> int:
    return (cents + 50) // 100
