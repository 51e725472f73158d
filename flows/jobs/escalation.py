"""What happens when a scheduled job falls due: raise unclaimed cases to the coordinator.

Pure: the due-runner loads the case and the coordinators, calls
:func:`on_due`, and commits the replies with the job's completion, so each
escalation is sent exactly once even across restarts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from flows.core import lifecycle, tokens
from flows.core.events import Audited, Event
from flows.core.messages import Choice, Outbound
from flows.core.policy import Policy
from flows.workspace.desk import CaseView, Facilitator

UNCLAIMED = "unclaimed"


def unclaimed_due(now: datetime, urgent: bool, policy: Policy) -> datetime:
    hours = policy.urgent_unclaimed_hours if urgent else policy.unclaimed_hours
    return now + timedelta(hours=hours)


def on_due(
    kind: str, case: CaseView | None, coordinators: Sequence[Facilitator], policy: Policy
) -> tuple[list[Outbound], list[Event]]:
    if kind != UNCLAIMED or case is None:
        return [], []
    if case.assignee is not None or not lifecycle.is_open(case.status):
        return [], []
    hours = policy.urgent_unclaimed_hours if case.urgent else policy.unclaimed_hours
    outbound = [
        Outbound(
            c.person,
            "ws-escalation",
            {"ref": case.ref, "region": case.region, "hours": int(hours)},
            (
                Choice(tokens.desk("open", case.ref), "ws-act-open"),
                Choice(tokens.desk("claim", case.ref), "ws-act-claim"),
            ),
        )
        for c in coordinators
    ]
    if case.requester:
        outbound.append(Outbound(case.requester, "still-looking", {"ref": case.ref}))
    return outbound, [Audited("case.escalated", case.ref, f"after:{int(hours)}h")]
