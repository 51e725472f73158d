"""When a prompt may go: the cadence's slots, quiet hours and the fatigue cap. Pure.

Due times are instants (UTC); quiet hours are local to the person, so the
same rule gives 08:00 in Nairobi and 08:00 in Jakarta.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flows.followup.policy import FollowupPolicy

DAY = timedelta(days=1)


def slot_time(start: datetime, cadence_days: int, slot: int) -> datetime:
    """The ``slot``-th check-in of a plan (slot 1 is one cadence after the start)."""
    return start + timedelta(days=cadence_days * slot)


def latest_slot(start: datetime, cadence_days: int, now: datetime, last: int) -> int:
    """The newest slot already due at ``now`` (at most ``last``): older ones are superseded."""
    if now < slot_time(start, cadence_days, 1):
        return 0
    elapsed = (now - start) // timedelta(days=cadence_days)
    return min(int(elapsed), last)


def last_slot(start: datetime, cadence_days: int, ends: datetime) -> int:
    """How many check-ins fit between the start and the end date."""
    if ends <= start:
        return 0
    return int((ends - start) // timedelta(days=cadence_days))


def is_quiet(moment: datetime, zone: ZoneInfo, policy: FollowupPolicy) -> bool:
    hour = moment.astimezone(zone).hour
    start, end = policy.quiet_start, policy.quiet_end
    if start == end:
        return False
    if start > end:  # over midnight: 21:00-08:00
        return hour >= start or hour < end
    return start <= hour < end


def after_quiet(moment: datetime, zone: ZoneInfo, policy: FollowupPolicy) -> datetime:
    """``moment`` itself, or the end of the quiet hours it falls in (local morning)."""
    if not is_quiet(moment, zone, policy):
        return moment
    local = moment.astimezone(zone)
    morning = datetime.combine(local.date(), time(policy.quiet_end), tzinfo=zone)
    if morning <= local:
        morning = datetime.combine(local.date() + DAY, time(policy.quiet_end), tzinfo=zone)
    return morning.astimezone(moment.tzinfo)


def not_before(
    now: datetime, zone: ZoneInfo, sent: Sequence[datetime], policy: FollowupPolicy
) -> datetime:
    """The earliest moment from ``now`` that respects the fatigue cap and quiet hours.

    ``sent`` are the moments the person was last prompted (any case). With
    ``per_day`` of them in the last rolling day, the next waits until the oldest
    of those is a day old; then quiet hours push it to the local morning.
    """
    moment = now
    recent = sorted(s for s in sent if s > now - DAY)
    if policy.per_day > 0 and len(recent) >= policy.per_day:
        moment = max(moment, recent[len(recent) - policy.per_day] + DAY)
    return after_quiet(moment, zone, policy)
