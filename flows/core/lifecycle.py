"""A case's lifecycle, as in the design document, and which moves are allowed.

received → triage → due diligence → matching → agreement → implementation →
evaluation → closed, or declined / referred elsewhere (with a reason) from
any open status. Facilitators may skip ahead (a level 1 request goes from
triage straight to closed) but never back out of a final status.
"""

from __future__ import annotations

ORDER: tuple[str, ...] = (
    "received",
    "triage",
    "due_diligence",
    "matching",
    "agreement",
    "implementation",
    "evaluation",
    "closed",
)
ENDINGS: tuple[str, ...] = ("declined", "referred")
WITHDRAWN = "withdrawn"
"""Where an open case goes when its requester erases themselves (``/forget``): final,
and no facilitator may move a case there."""
FINAL = frozenset({"closed", *ENDINGS, WITHDRAWN})
NEEDS_REASON = frozenset(ENDINGS)
REOPENED = "triage"
"""Where the coordinator's reopen puts a final case: looked at again from the start."""


def is_open(status: str) -> bool:
    return status not in FINAL


def can_move(current: str, target: str) -> bool:
    """Forward along the order, or to an ending, and only from an open status."""
    if current in FINAL or target == current:
        return False
    if target in ENDINGS:
        return True
    return target in ORDER and ORDER.index(target) > ORDER.index(current)


def next_statuses(current: str) -> tuple[str, ...]:
    """The moves a facilitator is offered: the next step, closing, and the endings."""
    if current in FINAL:
        return ()
    following = ORDER[ORDER.index(current) + 1 :] if current in ORDER else ()
    offered = following[:1] + (("closed",) if following[1:] else ())
    return offered + ENDINGS
