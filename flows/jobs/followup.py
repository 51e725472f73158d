"""What to do with a follow-up prompt that fell due. Pure.

The due-runner loads the prompt, the case's plan, the person's choices and
when they were last prompted, asks :func:`decide`, and carries out the
decision in the same transaction as the prompt's new state, so a prompt is
sent at most once per occurrence (its key), restarts included. A check-in
missed while the bot was down is sent late once, or replaced by the newest
one that fell due meanwhile; one still open in the person's conversation is
not followed by another (no nagging).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from flows.followup import schedule
from flows.followup.policy import FollowupPolicy
from flows.followup.records import CHECKIN, DUE, REMINDED, SENT, Plan, Prefs, Prompt
from flows.followup.zones import zone, zone_name

SEND = "send"
REMIND = "remind"
FLAG = "flag"
DEFER = "defer"
SKIP = "skip"
SUPERSEDE = "supersede"
END = "end"
NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything :func:`decide` reads, loaded by the due-runner."""

    prompt: Prompt
    now: datetime
    prefs: Prefs
    country: str | None
    """The person's country (of their first request; a collaborator's: the case's)."""
    case_status: str | None
    plan: Plan | None
    prompted: Sequence[datetime]
    """When the person was prompted in the last day (any case): the fatigue cap."""
    open_in_conversation: bool
    """A follow-up of this kind about this case is active or waiting in their conversation."""


@dataclass(frozen=True, slots=True)
class Decision:
    action: str
    at: datetime | None = None
    slot: int = 0


def decide(s: Situation, policy: FollowupPolicy) -> Decision:
    prompt = s.prompt
    if prompt.state not in (DUE, SENT, REMINDED):
        return Decision(NOTHING)
    if s.prefs.stopped or s.case_status is None:
        return Decision(SKIP)
    if prompt.state == REMINDED:
        return Decision(FLAG)  # to the facilitator, whatever the person's hours
    if prompt.kind == CHECKIN and prompt.state == DUE:
        ended = _ended(s)
        if ended is not None:
            return ended
    here = zone(zone_name(s.country, s.prefs.zone))
    if s.prefs.paused_until is not None and s.now < s.prefs.paused_until:
        return Decision(DEFER, schedule.after_quiet(s.prefs.paused_until, here, policy))
    if prompt.state == DUE and s.open_in_conversation:
        return Decision(SKIP)
    moment = schedule.not_before(s.now, here, s.prompted, policy)
    if moment > s.now:
        return Decision(DEFER, moment)
    return Decision(SEND if prompt.state == DUE else REMIND)


def _ended(s: Situation) -> Decision | None:
    """A check-in whose case left implementation, or one a newer check-in replaces."""
    plan = s.plan
    if plan is None or s.case_status != "implementation":
        return Decision(END)
    last = schedule.last_slot(plan.starts_at, plan.cadence_days, plan.ends_at)
    if s.prompt.slot > last:
        return Decision(END)
    newest = schedule.latest_slot(plan.starts_at, plan.cadence_days, s.now, last)
    if newest > s.prompt.slot:
        return Decision(
            SUPERSEDE, schedule.slot_time(plan.starts_at, plan.cadence_days, newest), newest
        )
    return None
