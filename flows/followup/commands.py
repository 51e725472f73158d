"""A requester's follow-up commands: ``/support``, ``/pause``, ``/stop`` and ``/resume``.

They work at any point, like the engine's own commands, and never count as
an answer. Pausing or stopping also closes the check-in in progress and
drops those waiting, so the person is not asked again until they resume.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from flows.core import lifecycle
from flows.core.events import FollowupPreference, SupportRequested
from flows.engine import opening
from flows.followup.checkin import CHECKIN, CHECKIN_MORE
from flows.followup.evaluation import EVALUATION, LASTING

if TYPE_CHECKING:
    from flows.engine.turn import Turn

FOLLOWUP_FLOWS = frozenset({CHECKIN, CHECKIN_MORE, EVALUATION, LASTING})
SUPPORTED = ("implementation", "evaluation")
"""Statuses whose cases ``/support`` reaches first (the work under way)."""


def cmd_support(turn: Turn) -> None:
    """More support, outside the schedule: the facilitators of the case hear at once."""
    st = turn.state
    open_cases = [c for c in turn.ctx.cases if lifecycle.is_open(c.status)]
    if st.case and any(c.ref == st.case for c in open_cases):
        refs = [st.case]
    else:
        refs = [c.ref for c in open_cases if c.status in SUPPORTED] or [c.ref for c in open_cases]
    if not refs:
        turn.say("support-no-case")
        turn.reprompt()
        return
    words = turn.text.partition(" ")[2].strip()[: turn.policy.max_text] or None
    turn.events.append(SupportRequested(tuple(refs), words))
    turn.say("support-sent", {"ref": ", ".join(refs)})
    turn.reprompt()


def cmd_pause(turn: Turn) -> None:
    until = turn.ctx.now + timedelta(days=turn.policy.followup.pause_days)
    date = until.date().isoformat()
    turn.events.append(FollowupPreference("pause", until.isoformat()))
    turn.say("followup-paused", {"date": date})
    _drop_followups(turn)


def cmd_stop(turn: Turn) -> None:
    turn.events.append(FollowupPreference("stop"))
    turn.say("followup-stopped")
    _drop_followups(turn)


def cmd_resume(turn: Turn) -> None:
    turn.events.append(FollowupPreference("resume"))
    turn.say("followup-resumed")
    turn.reprompt()


def _drop_followups(turn: Turn) -> None:
    """Close the follow-up in progress (the next waiting flow opens) or ask again."""
    st = turn.state
    st.waiting = [w for w in st.waiting if w.get("flow") not in FOLLOWUP_FLOWS]
    if st.flow in FOLLOWUP_FLOWS:
        st.reset()
        opening.open_waiting(turn)
    else:
        turn.reprompt()


COMMANDS = {
    "support": cmd_support,
    "pause": cmd_pause,
    "stop": cmd_stop,
    "resume": cmd_resume,
}
