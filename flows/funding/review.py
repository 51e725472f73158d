"""Counting one application's votes: quorum, approval rule, conflicts of interest.

A member who declared a conflict does not vote on that application, so they
count neither for the quorum nor for the approval. Abstentions count for the
quorum (the member took part) but not for the approval share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flows.funding.models import CONFLICT, Vote

APPROVED = "approved"
DECLINED = "declined"
UNDECIDED = "undecided"
RULES = ("majority", "two_thirds", "unanimous")


@dataclass(frozen=True, slots=True)
class ReviewRule:
    """``quorum`` answering (non-conflicted) members; ``approval`` one of :data:`RULES`."""

    quorum: int = 2
    approval: str = "majority"


@dataclass(frozen=True, slots=True)
class Tally:
    approve: int
    decline: int
    abstain: int
    conflicts: int
    mean_score: float
    outcome: str


def tally(votes: Sequence[Vote], rule: ReviewRule) -> Tally:
    """The outcome of the finished votes on one application."""
    done = [v for v in votes if v.done or v.choice == CONFLICT]
    approve = sum(1 for v in done if v.choice == "approve")
    decline = sum(1 for v in done if v.choice == "decline")
    abstain = sum(1 for v in done if v.choice == "abstain")
    conflicts = sum(1 for v in done if v.choice == CONFLICT)
    scores = [v.score for v in done if v.choice != CONFLICT and v.score is not None]
    mean = sum(scores) / len(scores) if scores else 0.0
    return Tally(
        approve, decline, abstain, conflicts, mean, _outcome(approve, decline, abstain, rule)
    )


def _outcome(approve: int, decline: int, abstain: int, rule: ReviewRule) -> str:
    if approve + decline + abstain < rule.quorum or approve + decline == 0:
        return UNDECIDED
    if rule.approval == "unanimous":
        return APPROVED if decline == 0 else DECLINED
    needed = 2 / 3 if rule.approval == "two_thirds" else 1 / 2
    share = approve / (approve + decline)
    if rule.approval == "majority" and share == needed:
        return UNDECIDED  # a tie: the coordinator decides
    return APPROVED if share >= needed else DECLINED
