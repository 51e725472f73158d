"""Slash commands a person can type at any point.

``/start``, ``/help``, ``/language``, ``/cancel``, ``/status``, ``/forget``,
``/back``, ``/skip``, ``/switch`` and ``/case`` (which of several open
requests a message is about); ``/pending`` is sent by the console when it
starts. A command never counts as an answer.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from flows.core.messages import ArgValue, Ref
from flows.core.state import CONSENT, EDIT, LANGUAGE, PROGRESS, SUMMARY
from flows.engine import asking, idle, interrupts, more, opening, returning
from flows.followup import commands as followup_commands

if TYPE_CHECKING:
    from flows.engine.turn import Turn

_REFERRAL = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def command(turn: Turn, text: str) -> None:
    head, _, rest = text.partition(" ")
    name = head[1:].split("@", 1)[0].casefold()
    payload = rest.strip()
    if name == "start":
        turn.state.retries = 0
        cmd_start(turn, payload)
        return
    handler = COMMANDS.get(name)
    if handler is None:
        turn.say("unknown-command", {"command": head[:32]})
        turn.reprompt()
        return
    turn.state.retries = 0
    handler(turn)


def cmd_start(turn: Turn, payload: str) -> None:
    turn.state.interrupt = None
    if turn.flow is not None:
        turn.say("already-in-progress")
        turn.reprompt()
        return
    code = payload if _REFERRAL.match(payload) else None
    opening.start_intake(turn, code)


def cmd_help(turn: Turn) -> None:
    turn.say("help")
    turn.reprompt()


def cmd_language(turn: Turn) -> None:
    turn.state.interrupt = LANGUAGE
    interrupts.ask_language(turn)


def cmd_cancel(turn: Turn) -> None:
    turn.state.interrupt = None
    if turn.state.flow is None:
        turn.say("nothing-to-cancel")
        turn.reprompt()
    elif turn.state.consented_at is None:
        interrupts.cancel_now(turn)
    else:
        turn.state.interrupt = "cancel"
        interrupts.ask_confirm(turn, "cancel")


def cmd_status(turn: Turn) -> None:
    if not turn.ctx.cases:
        turn.say("status-none")
    else:
        parts: list[tuple[str, dict[str, ArgValue]]] = [
            (
                "status-line",
                {"ref": c.ref, "status": Ref((f"status-{c.status}",)), "date": c.created_at},
            )
            for c in turn.ctx.cases
        ]
        turn.say("status-intro", {"count": len(turn.ctx.cases)}, parts=parts)
    if turn.state.waiting:  # other conversations waiting their turn: /switch takes them up
        turn.say("status-waiting", {"count": len(turn.state.waiting)})
    turn.reprompt()


def cmd_forget(turn: Turn) -> None:
    turn.state.interrupt = "forget"
    interrupts.ask_confirm(turn, "forget")


def cmd_back(turn: Turn) -> None:
    st = turn.state
    if st.interrupt:
        st.interrupt = None
        turn.say("kept-going")
        turn.reprompt()
    elif turn.flow is None or st.step in (LANGUAGE, CONSENT):
        turn.say("nothing-to-go-back")
        turn.reprompt()
    elif st.adding is not None:  # "add more?" was the step: back to the question itself
        if st.history and st.history[-1] == st.adding:
            st.history.pop()
        asking.go(turn, st.adding)
    elif st.step == EDIT:
        asking.go(turn, SUMMARY)
    elif not st.history:
        turn.say("back-at-start")
        turn.reprompt()
    else:
        asking.go(turn, st.history.pop())


def cmd_skip(turn: Turn) -> None:
    question = turn.question_now()
    if turn.state.interrupt is None and turn.state.adding is not None:
        more.finish(turn)  # "that's all" for a long answer
    elif turn.state.interrupt is None and question is not None and question.optional:
        asking.accept(turn, question, None)
    else:
        turn.say("cannot-skip")
        turn.reprompt()


def cmd_switch(turn: Turn) -> None:
    """Put the conversation in progress aside and take up the one waiting longest."""
    st = turn.state
    st.interrupt = None
    if not st.waiting:
        turn.say("switch-nothing")
        turn.reprompt()
        return
    following = st.waiting.pop(0)
    if st.flow is not None:
        st.waiting.append({name: copy.deepcopy(getattr(st, name)) for name in PROGRESS})
    st.reset()
    opening.resume(turn, following)
    if not turn.out:
        turn.reprompt()


def cmd_case(turn: Turn) -> None:
    """Choose again which open request the next messages are about."""
    if turn.state.flow is not None or turn.state.interrupt is not None:
        turn.say("case-not-now")
        turn.reprompt()
        return
    idle.switch_case(turn)


COMMANDS: dict[str, Callable[[Turn], None]] = {
    "help": cmd_help,
    "language": cmd_language,
    "cancel": cmd_cancel,
    "status": cmd_status,
    "forget": cmd_forget,
    "back": cmd_back,
    "skip": cmd_skip,
    "switch": cmd_switch,
    **followup_commands.COMMANDS,
    "case": cmd_case,
    "pending": returning.cmd_pending,
}
"""The commands without a payload; ``/start`` takes the referral code after it."""
