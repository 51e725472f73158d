"""What the funding rules read: calls, applications, votes and grants members.

The store builds these from its rows; a member's view of an application
(:class:`ApplicationSummary`) is deliberately minimal and pseudonymous: no
requester account, contact, name or words of the intake.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "open"
REVIEW = "review"
DECIDED = "decided"
CLOSED_EMPTY = "closed"
CALL_KINDS = ("open", "targeted")

APPLICANT_KINDS = ("individual", "group", "organisation")
VOTES = ("approve", "decline", "abstain")
CONFLICT = "conflict"
SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class Call:
    """A call for proposals: ``region`` is a region id or ``all``."""

    id: int
    region: str
    kind: str
    opens_on: str
    closes_on: str
    review_until: str
    amount_cents: int
    status: str
    criteria: dict[str, str]

    def covers(self, region: str) -> bool:
        return self.region in ("all", region)

    def accepts(self, day: str) -> bool:
        """Whether applications are taken on ``day`` (ISO date): open, and between its
        opening and closing dates, both included."""
        return self.status == OPEN and self.opens_on <= day <= self.closes_on

    def criteria_in(self, locale: str) -> str:
        return (
            self.criteria.get(locale)
            or self.criteria.get("en")
            or next(iter(self.criteria.values()), "-")
        )


@dataclass(frozen=True, slots=True)
class Application:
    """One application to a call, for one case (level 3 may continue a level-2 one)."""

    id: int
    call_id: int
    ref: str
    region: str
    level: int
    amount_cents: int
    applicant: str
    security: bool
    capacity: bool
    continues: int | None = None
    status: str = "submitted"


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    """What a grants member may see: no requester account, contact or intake words."""

    application: Application
    country: str | None
    strategies: tuple[str, ...]
    purpose: str
    capacity_text: str


@dataclass(frozen=True, slots=True)
class Vote:
    """One member's answer on one application; ``choice`` is a vote or ``conflict``."""

    member: int
    application: int
    choice: str
    score: int | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class GrantsMember:
    """A registered member of a region's grants working group. ``id`` is what audits name."""

    id: int
    person: str
    name: str
    region: str
    locale: str


@dataclass(frozen=True, slots=True)
class Resource:
    """Another fund (emergency funds for defenders…) the coordinator lists per region
    and language; public information, offered between calls and on referral."""

    id: int
    region: str
    locale: str
    body: str


@dataclass(frozen=True, slots=True)
class FundingTotal:
    """An anonymous aggregate for the annual report: one region, level or call.

    Money is in USD cents; ``key`` is the region id, the level as text or the call id.
    """

    by: str
    key: str
    grants: int
    committed_cents: int
    disbursed_cents: int
    spent_cents: int
    referrals: int
    applications: int


TOTALS_BY = ("region", "level", "call")
MONEY_KINDS = ("disbursement", "spent")


@dataclass(frozen=True, slots=True)
class FundingDesk:
    """What a facilitator's funding actions read about one case, loaded by the service."""

    call: Call | None = None
    """The open call covering the case's region, if any."""
    continuation: bool = False
    """The requester asked to continue at level 3."""
    applications: tuple[Application, ...] = ()
    resources: tuple[Resource, ...] = ()
    """Other funds of the case's region, for between calls."""
