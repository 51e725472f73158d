"""The ranking the bot proposes to a grants working group, and what the call can fund.

Priorities from the design document: a request made by a group or collective
comes first, except that security support for a human-rights defender is
never put behind for being an individual's; then collaborations that
strengthen capacity; then the members' mean priority score. Approved
applications are funded in that order while the call's amount lasts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flows.funding.models import Application
from flows.funding.review import APPROVED, DECLINED, UNDECIDED, Tally

FUNDED = "funded"
NO_FUNDS = "no_funds"
REASONS = ("approved", "declined_by_group", "no_funds", "undecided")


def priority_tier(application: Application) -> int:
    """0 for a group or collective (or a defender's security support), 1 otherwise."""
    return 0 if application.applicant == "group" or application.security else 1


def rank(applications: Sequence[Application], tallies: Mapping[int, Tally]) -> list[Application]:
    """Every application, best first; ties keep the order they were submitted in."""

    def key(app: Application) -> tuple[int, int, float, int]:
        score = tallies[app.id].mean_score if app.id in tallies else 0.0
        return (priority_tier(app), 0 if app.capacity else 1, -score, app.id)

    return sorted(applications, key=key)


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one application; ``reason`` is one of :data:`REASONS`."""

    application: Application
    position: int
    reason: str
    granted_cents: int = 0


def decide(
    ranked: Sequence[Application], tallies: Mapping[int, Tally], available_cents: int
) -> list[Decision]:
    """Fund approved applications in ranking order while the call's amount lasts."""
    left = available_cents
    decisions = []
    for position, app in enumerate(ranked, start=1):
        outcome = tallies[app.id].outcome if app.id in tallies else UNDECIDED
        if outcome == APPROVED and app.amount_cents <= left:
            left -= app.amount_cents
            decisions.append(Decision(app, position, "approved", app.amount_cents))
        elif outcome == APPROVED:
            decisions.append(Decision(app, position, NO_FUNDS))
        elif outcome == DECLINED:
            decisions.append(Decision(app, position, "declined_by_group"))
        else:
            decisions.append(Decision(app, position, "undecided"))
    return decisions
