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


# --- one status vocabulary (issue 11, item 10) ---

STATUSES: tuple[str, ...] = (*ORDER, *ENDINGS, WITHDRAWN)
"""Every status id, in lifecycle order: what is stored, typed in filters and sent in buttons."""


def label_key(status: str) -> str:
    """The catalog id of a status's name (``status-triage``), the one name shown everywhere:
    to requesters and facilitators in the bot, by ``cre-admin`` and in the README."""
    return f"status-{status}"


def parse_status(text: str | None) -> str | None:
    """A status id from what a person typed (``Due diligence``, ``due-diligence``), or None."""
    if not text:
        return None
    folded = "_".join(text.strip().casefold().replace("-", " ").split())
    return folded if folded in STATUSES else None


# --- why a request ends without a collaboration (issue 11, item 8) ---

REASONS: tuple[str, ...] = (
    "out_of_scope",
    "not_enough_info",
    "better_elsewhere",
    "no_capacity",
    "duplicate",
)
"""The reason categories a facilitator picks when declining or referring a request, drawn
from the design document: outside what the exchange supports, too little to act on, another
organisation is better placed (emergency funding for defenders, for one), no capacity during
the pilot, or the same request twice."""


def reason_key(reason: str) -> str:
    """The catalog id of a reason category's name."""
    return f"reason-{reason}"


def next_step_key(reason: str) -> str:
    """The catalog id of what the requester can do next after a decision for this reason."""
    return f"decision-next-{reason}"
