"""A person coming back to a conversation they may no longer see.

After a restart or a long pause the first thing someone types is usually a
greeting, not the answer to a question asked hours ago. So a person who
writes again after :attr:`Policy.resume_after_hours` with a question
pending is first reminded where they were, and the message after the
reminder is the answer. The console shows the pending question when it
starts (``/pending``, sent by the console itself; ``/resume`` is the follow-up's).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def came_back(turn: Turn) -> bool:
    """Whether this message ends a long gap with something pending; records when they wrote.

    A long gap also ends the "conversation" about one case: the case chosen
    for relayed messages is asked again next time (see ``idle``).
    """
    st = turn.state
    seen, st.last_seen = st.last_seen, turn.ctx.now.isoformat()
    if seen is None:
        return False
    try:
        gap = turn.ctx.now - datetime.fromisoformat(seen)
    except (ValueError, TypeError):
        return False
    if gap < timedelta(hours=turn.policy.resume_after_hours):
        return False
    st.relay_case = None
    return pending(turn)


def pending(turn: Turn) -> bool:
    """Something is waiting for the person's answer (a flow's step or a confirmation)."""
    return turn.state.flow is not None or turn.state.interrupt is not None


def remind(turn: Turn) -> None:
    """Say where they were and ask it again; what they typed is not taken as the answer."""
    turn.state.retries = 0
    turn.say("welcome-back")
    turn.reprompt()


def cmd_pending(turn: Turn) -> None:
    """The console starting: show the pending question, or nothing when none is pending."""
    if pending(turn):
        remind(turn)
    else:
        turn.silent = True
